/**
 * plancheck portfolio FOLDER|FILES... [--as-of D] [--html F] [--out F.xlsx] [--json] (issue 18)
 *
 * Every plan checked (on worker threads where there are several plans and cores), a file that
 * cannot be read reported on stderr and skipped, then one summary: printed, as JSON, as an HTML
 * page (each plan's own report written beside it) and as a workbook.
 * Exit status: 0 no error-severity issue; 1 error-severity issues or a file not read; 2 nothing
 * could be read or the arguments are wrong (one line on stderr). Never throws.
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import type { SheetEdit } from '../../core/edits/editTypes';
import type { PlanDigest } from '../../core/portfolio/planDigest';
import { summarisePortfolio, type Portfolio } from '../../core/portfolio/portfolioSummary';
import { portfolioWorkbookEdits } from '../../core/portfolio/portfolioSheets';
import { settingsSchema, type SettingsInput } from '../../core/settings/settings';
import { FOLDER_EXTENSIONS } from '../readInput';
import { describeFsError, oneLine } from '../readError';
import { buildPortfolioHtml } from '../output/portfolioHtml';
import { checkPlans } from './checkPlans';
import type { PlanJob } from './planJob';
import { portfolioText } from './portfolioText';
import { portfolioDocument, writeJson } from './portfolioJson';

export interface PortfolioOptions {
  asOf?: string;
  html?: string;
  out?: string;
  json?: boolean;
}

export interface PortfolioIo {
  out(text: string): void;
  err(text: string): void;
  now?: () => Date;
}

class UsageError extends Error {}

export async function portfolioCommand(targets: string[], opts: PortfolioOptions, io: PortfolioIo): Promise<number> {
  const say = (line: string) => io.err(`plancheck: ${oneLine(line, 2000)}\n`);
  try {
    return await runPortfolio(targets, opts, io, say);
  } catch (e) {
    say(e instanceof UsageError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}; please report it`);
    return 2;
  }
}

async function runPortfolio(targets: string[], opts: PortfolioOptions, io: PortfolioIo, say: (line: string) => void): Promise<number> {
  const settings = settingsOf(opts);
  const html = opts.html !== undefined ? await outputPath('--html', opts.html, ['.html', '.htm']) : undefined;
  const out = opts.out !== undefined ? await outputPath('--out', opts.out, ['.xlsx']) : undefined;
  const files = await planFiles(targets);
  if (!files.length) throw new UsageError(`${targets.join(', ')}: no .xlsx, .xlsm or .csv files here: name plan files or a folder holding them`);

  const names = portfolioNames(files);
  const reports = html ? reportPaths(names, html) : new Map<string, string>();
  const now = (io.now?.() ?? new Date()).getTime();
  const jobs: PlanJob[] = files.map((f, i) => ({
    path: f,
    name: names[i]!,
    settings,
    now,
    ...(reports.has(names[i]!) ? { html: reports.get(names[i]!)! } : {}),
    ...(out ? { sheet: true } : {}),
  }));

  const sheets = new Map<string, SheetEdit>();
  let writeFailed = false;
  const results = await checkPlans(jobs, {
    onResult: (r) => {
      // a bad file is reported as soon as it is met, and skipped
      if (r.digest.error !== undefined) say(`${r.digest.file}: ${r.digest.error} (skipped)`);
      if (r.writeError) {
        writeFailed = true;
        say(r.writeError);
      }
      if (r.sheet) sheets.set(r.digest.file, r.sheet);
    },
  });
  const digests: PlanDigest[] = results.map((r) => r.digest);
  const portfolio = summarisePortfolio(digests);
  if (!portfolio.plans.length) {
    say(`none of the ${digests.length} files could be read (${digests[0]?.file}: ${digests[0]?.error})`);
    return 2;
  }

  const linked = new Map([...reports].filter(([name]) => portfolio.plans.some((p) => p.file === name)).map(([name, file]) => [name, hrefBeside(html!, file)]));
  try {
    if (html) await writeFile(html, buildPortfolioHtml(portfolio, { reports: linked }));
    if (out) await writeFile(out, await workbookBuffer(portfolio, sheets));
  } catch (e) {
    say(e instanceof Error ? e.message : String(e));
    writeFailed = true;
  }

  if (opts.json) writeJson(portfolioDocument(portfolio), (text) => io.out(text));
  else io.out(portfolioText(portfolio));
  if (writeFailed) return 2;
  return portfolio.unreadable.length || portfolio.totals.errors ? 1 : 0;
}

function settingsOf(opts: PortfolioOptions): SettingsInput {
  if (opts.asOf === undefined) return {};
  const asOf = opts.asOf.trim();
  const r = settingsSchema.safeParse({ asOf });
  if (!r.success) throw new UsageError(`--as-of "${opts.asOf}" ${r.error.issues[0]?.message ?? 'is not a date'}: give the reporting date as YYYY-MM-DD, e.g. 2019-03-01`);
  return { asOf };
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

/** Every plan named: a folder gives its spreadsheets (not hidden files or Office lock files); a file is itself. */
async function planFiles(targets: string[]): Promise<string[]> {
  const files: string[] = [];
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  for (const target of targets) {
    let isFolder = false;
    try {
      isFolder = (await fsp.stat(target)).isDirectory();
    } catch {
      isFolder = false; // a missing file is reported as not read, with the others checked
    }
    if (!isFolder) {
      files.push(target);
      continue;
    }
    let entries: import('fs').Dirent[];
    try {
      entries = await fsp.readdir(target, { withFileTypes: true });
    } catch (e) {
      throw new UsageError(`${target}: ${describeFsError(e)}`);
    }
    const names = entries
      .filter((d) => !d.isDirectory() && !d.name.startsWith('~$') && !d.name.startsWith('.') && FOLDER_EXTENSIONS.includes(path.extname(d.name).toLowerCase()))
      .map((d) => d.name)
      .sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
    files.push(...names.map((n) => path.join(target, n)));
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
    const stem = name.replace(/\.[^.]+$/, '').replace(/[\\/:*?"<>|]+/g, '-');
    let file = `${stem}.html`;
    for (let n = 2; taken.has(file.toLowerCase()); n++) file = `${stem} ${n}.html`;
    taken.add(file.toLowerCase());
    out.set(name, path.join(dir, file));
  }
  return out;
}

/** A link from the portfolio page to a report in the same folder. */
function hrefBeside(page: string, report: string): string {
  return path.relative(path.dirname(page), report).split(path.sep).map(encodeURIComponent).join('/');
}

async function workbookBuffer(portfolio: Portfolio, sheets: Map<string, SheetEdit>): Promise<Buffer> {
  const { loadExcelJs } = await import('../readXlsx');
  const { applyEditsExcelJs } = await import('../output/applyEditsExcelJs');
  const ExcelJS = loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  applyEditsExcelJs(workbook, portfolioWorkbookEdits(portfolio, sheets));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function writeFile(target: string, data: string | Buffer): Promise<void> {
  const { writeAtomically } = await import('../output/index');
  await writeAtomically(target, data);
}
