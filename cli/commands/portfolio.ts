/**
 * plancheck portfolio FOLDER|FILES... [settings] [--html F] [--out F.xlsx] [--json] (issue 18)
 *
 * Every plan checked (on worker threads where there are several plans and idle cores), a file
 * that cannot be read reported on stderr and skipped, then one summary: printed, as JSON, as an
 * HTML page (each plan's own report written beside it) and as a workbook.
 * Exit status: 0 no error-severity issue; 1 error-severity issues or a file not read; 2 nothing
 * could be read, an output could not be written, or the arguments are wrong (one line on stderr).
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import type { Command } from 'commander';
import type { Portfolio, SheetEdit } from '../../core/index';
import { EXIT_FAILED, EXIT_ISSUES, EXIT_OK, UsageError, type CliIo } from '../cliIo';
import { SETTINGS_OPTIONS, addOptions, buildSettings, type OptionSpec, type SettingsOptions } from '../options';
import { printJson, printProblem } from '../print';
import { findPlans, stem } from '../walkFolder';
import type { CommandContext } from './commandContext';

const OPTIONS: readonly OptionSpec[] = [
  ...SETTINGS_OPTIONS.filter((o) => !o.flags.startsWith('--sheet')).map((o) =>
    o.flags.startsWith('--as-of') ? { ...o, description: "reporting date, YYYY-MM-DD (default: each plan's last PlanCheck check, else today)" } : o,
  ),
  { flags: '--html <file.html>', description: "write the portfolio page, each plan's own report beside it" },
  { flags: '--out <file.xlsx>', description: "write a workbook: a Portfolio sheet and each plan's RAG summary" },
  { flags: '--json', description: 'print the portfolio as JSON' },
];

type PortfolioOptions = Omit<SettingsOptions, 'sheet'> & { html?: string; out?: string; json?: boolean };

export function registerPortfolio(program: Command, ctx: CommandContext): void {
  const command = program
    .command('portfolio')
    .description('check many plans and summarise them together: a line per plan, totals by status, every late action, the leads with most')
    .argument('<paths...>', 'plan files (.xlsx, .xlsm, .csv) or folders of them');
  addOptions(command, OPTIONS);
  command.action(async (targets: string[], opts: PortfolioOptions) => {
    ctx.setExitCode(await portfolio(targets, opts, ctx.io));
  });
}

export async function portfolio(targets: string[], opts: PortfolioOptions, io: CliIo): Promise<number> {
  const now = io.now?.() ?? new Date();
  const settings = buildSettings(opts);
  const html = opts.html !== undefined ? await outputPath('--html', opts.html, ['.html', '.htm']) : undefined;
  const out = opts.out !== undefined ? await outputPath('--out', opts.out, ['.xlsx']) : undefined;
  const files = await planFiles(targets, io);
  if (!files.length) throw new UsageError(`${targets.join(', ')}: no .xlsx, .xlsm or .csv files here: name plan files or a folder holding them`);

  // loaded once there is work to do: --help and argument mistakes answer without the core
  const { checkPlans } = await import('../portfolio/checkPlans');
  const { summarisePortfolio } = await import('../../core/index');
  const names = portfolioNames(files);
  const reports = html ? reportPaths(names, html) : new Map<string, string>();
  const sheets = new Map<string, SheetEdit>();
  let writeFailed = false;
  const results = await checkPlans(
    files.map((f, i) => ({
      path: f,
      name: names[i]!,
      settings,
      now: now.getTime(),
      ...(reports.has(names[i]!) ? { html: reports.get(names[i]!)! } : {}),
      ...(out ? { sheet: true } : {}),
    })),
    {
      onResult: (r) => {
        // a bad file is reported as soon as it is met, and skipped
        if (r.digest.error !== undefined) printProblem(io, `${r.digest.file}: ${r.digest.error} (skipped)`);
        if (r.writeError) {
          writeFailed = true;
          printProblem(io, r.writeError);
        }
        if (r.sheet) sheets.set(r.digest.file, r.sheet);
      },
    },
  );
  const summary = summarisePortfolio(results.map((r) => r.digest));
  if (!summary.plans.length) {
    const first = summary.unreadable[0];
    printProblem(io, `none of the ${results.length} files could be read${first ? ` (${first.file}: ${first.error})` : ''}`);
    return EXIT_FAILED;
  }

  try {
    await writeOutputs(summary, { html, out, files, reports, sheets });
  } catch (e) {
    printProblem(io, e instanceof Error ? e.message : String(e));
    writeFailed = true;
  }
  if (opts.json) {
    await printJson(io, { version: 1, kind: 'portfolio', ...summary, plans: summary.plans.map(({ lateActions: _late, ...plan }) => plan) });
  } else {
    const { portfolioText } = await import('../portfolio/portfolioText');
    io.out(portfolioText(summary));
  }
  if (writeFailed) return EXIT_FAILED;
  return summary.unreadable.length || summary.totals.errors ? EXIT_ISSUES : EXIT_OK;
}

async function writeOutputs(
  summary: Portfolio,
  o: { html?: string; out?: string; files: string[]; reports: Map<string, string>; sheets: Map<string, SheetEdit> },
): Promise<void> {
  const { ProtectedFiles, writeOutputFile } = await import('../output/target');
  const protect = new ProtectedFiles(o.files);
  if (o.html) {
    const { buildPortfolioHtml } = await import('../output/portfolioHtml');
    // each plan links to its own report, where that was written
    const links = new Map(summary.plans.filter((p) => o.reports.has(p.file)).map((p) => [p.file, hrefBeside(o.html!, o.reports.get(p.file)!)]));
    await writeOutputFile('--html', o.html, buildPortfolioHtml(summary, { reports: links }), protect);
  }
  if (o.out) {
    const { loadExcelJs } = await import('../readXlsx');
    const { applyEditsExcelJs } = await import('../output/applyEditsExcelJs');
    const { portfolioWorkbookEdits } = await import('../../core/index');
    const workbook = new (loadExcelJs().Workbook)();
    applyEditsExcelJs(workbook, portfolioWorkbookEdits(summary, o.sheets));
    await writeOutputFile('--out', o.out, await workbook.xlsx.writeBuffer(), protect);
  }
}

async function outputPath(flag: string, given: string, extensions: string[]): Promise<string> {
  if (!given.trim()) throw new UsageError(`${flag} needs a file name, e.g. ${flag} portfolio${extensions[0]}`);
  if (!extensions.includes(path.extname(given).toLowerCase())) throw new UsageError(`${flag} "${given}": give a file name ending in ${extensions.join(' or ')}`);
  try {
    if (!(await fsp.stat(path.dirname(path.resolve(given)))).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new UsageError(`${flag} "${given}": the folder ${path.dirname(given)} does not exist: create it first or give another path`);
  }
  return given;
}

/**
 * Every plan named: a folder gives its spreadsheets (as validate finds them); a file is itself,
 * and one that is missing is reported as not read with the others checked. A folder with no
 * plans is said on stderr and passed over.
 */
async function planFiles(targets: string[], io: CliIo): Promise<string[]> {
  const files: string[] = [];
  for (const target of targets) {
    // a missing file is not a folder: it is reported as not read, with the others checked
    const isFolder = await fsp.stat(target).then((st) => st.isDirectory(), () => false);
    if (!isFolder) {
      files.push(target);
      continue;
    }
    try {
      files.push(...(await findPlans(target)).files);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      printProblem(io, `${e.message} (skipped)`);
    }
  }
  return [...new Set(files)];
}

/** Each plan's name in the portfolio: its file name, with its folder where two plans share one. */
function portfolioNames(files: string[]): string[] {
  const base = files.map((f) => path.basename(f));
  const count = (n: string, list: string[]) => list.filter((x) => x.toLowerCase() === n.toLowerCase()).length;
  const withFolder = files.map((f, i) => (count(base[i]!, base) > 1 ? `${path.basename(path.dirname(path.resolve(f)))}/${base[i]}` : base[i]!));
  return withFolder.map((n, i) => (count(n, withFolder) > 1 ? files[i]! : n));
}

/** Where each plan's own report goes: beside the portfolio page, named after the plan, never over the page or another report. */
function reportPaths(names: string[], html: string): Map<string, string> {
  const dir = path.dirname(html);
  const taken = new Set([path.basename(html).toLowerCase()]);
  const out = new Map<string, string>();
  for (const name of names) {
    const base = stem(name).replace(/[\\/:*?"<>|]+/g, '-');
    let file = `${base}.html`;
    for (let n = 2; taken.has(file.toLowerCase()); n++) file = `${base} ${n}.html`;
    taken.add(file.toLowerCase());
    out.set(name, path.join(dir, file));
  }
  return out;
}

/** A link from the portfolio page to a report in the same folder. */
function hrefBeside(page: string, report: string): string {
  return path.relative(path.dirname(page), report).split(path.sep).map(encodeURIComponent).join('/');
}
