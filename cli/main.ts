/**
 * The plancheck command line (PRODUCT §8):
 *
 *   plancheck validate <file.xlsx|file.csv|folder> [--sheet NAME] [--as-of YYYY-MM-DD]
 *     [--plan-period 2018-19] [--scheme five|three|scheme.json] [--tolerance-days N]
 *     [--staleness-days N] [--year-start-month N] [--out checked.xlsx] [--apply-rag]
 *     [--undo-apply] [--html report.html] [--json]
 *
 * Exit status: 0 no error-severity issue; 1 error-severity issues found (or, in a folder, a
 * file that could not be read); 2 the input could not be read or the arguments are wrong,
 * with one line on stderr naming the file or flag and saying what to do. `run` never throws
 * and never prints a stack trace.
 */
import { promises as fsp, readFileSync } from 'fs';
import * as path from 'path';
import { Command, CommanderError } from 'commander';
import type { z } from 'zod';
import type { Grid } from '../core/grid/grid';
import type { CheckResult } from '../core/report/checkTypes';
import type { Report } from '../core/report/reportSchema';
import type { RagScheme } from '../core/rag/schemeSchema';
import type { SettingsInput } from '../core/settings/settings';
import { ReadError, describeFsError, oneLine } from './readError';

/**
 * The core and the readers, loaded on first use: --help, --version and argument mistakes
 * answer without loading zod, the core or ExcelJS.
 */
function lazy() {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    ...(require('../core/report/checkWorkbook') as typeof import('../core/report/checkWorkbook')),
    ...(require('../core/report/reportSchema') as typeof import('../core/report/reportSchema')),
    ...(require('../core/rag/schemeSchema') as typeof import('../core/rag/schemeSchema')),
    ...(require('../core/settings/settings') as typeof import('../core/settings/settings')),
    ...(require('../core/status/statusTypes') as typeof import('../core/status/statusTypes')),
    ...(require('../core/errors') as typeof import('../core/errors')),
    ...(require('./readInput') as typeof import('./readInput')),
    ...(require('./summaryText') as typeof import('./summaryText')),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}
let loaded: ReturnType<typeof lazy> | null = null;
const core = (): ReturnType<typeof lazy> => (loaded ??= lazy());

/** Where the command line writes, and what it knows of its terminal (tests pass their own). */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** stdout is a terminal (colours allowed unless NO_COLOR is set). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** The clock (the default reporting date is today). */
  now?: () => Date;
}

/** What `validate` was given, as commander parsed it. */
interface ValidateOptions {
  sheet?: string;
  asOf?: string;
  planPeriod?: string;
  scheme?: string;
  toleranceDays?: string;
  stalenessDays?: string;
  yearStartMonth?: string;
  out?: string;
  applyRag?: boolean;
  undoApply?: boolean;
  html?: string;
  json?: boolean;
}

/** A wrong argument: one line for stderr, exit 2. */
class UsageError extends Error {}

const EXIT_OK = 0;
const EXIT_ISSUES = 1;
const EXIT_FAILED = 2;

function defaultIo(): CliIo {
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    isTTY: !!process.stdout.isTTY,
    env: process.env,
  };
}

let processGuardsInstalled = false;

/** When run as the real command: a closed pipe (| head) or a stray async error ends quietly. */
function installProcessGuards(): void {
  if (processGuardsInstalled) return;
  processGuardsInstalled = true;
  const onStreamError = (e: NodeJS.ErrnoException) => {
    if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  };
  process.stdout.on('error', onStreamError);
  process.stderr.on('error', onStreamError);
  const fatal = (e: unknown) => {
    try {
      process.stderr.write(`plancheck: unexpected error: ${oneLine(e instanceof Error ? e.message : String(e))}; please report it\n`);
    } catch {
      // nothing more can be said
    }
    process.exit(EXIT_FAILED);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
}

function packageVersion(): string {
  for (const p of [path.join(__dirname, '..', '..', 'package.json'), path.join(__dirname, '..', 'package.json')]) {
    try {
      const v = (JSON.parse(readFileSync(p, 'utf8')) as { version?: unknown }).version;
      if (typeof v === 'string') return v;
    } catch {
      // try the next place
    }
  }
  return '0.0.0';
}

/**
 * Runs the command line. `argv` is process.argv (node, script, arguments…). Returns the
 * exit status; never throws.
 */
export async function run(argv: string[] = process.argv, io?: Partial<CliIo>): Promise<number> {
  if (!io) installProcessGuards();
  const sys: CliIo = { ...defaultIo(), ...(io ?? {}) };
  const fail = (line: string): number => {
    sys.err(`plancheck: ${oneLine(line, 2000)}\n`);
    return EXIT_FAILED;
  };
  try {
    const args = argv.slice(2);
    if (args.length === 0) {
      return fail('give a command: plancheck validate <file.xlsx|file.csv|folder> (see plancheck --help)');
    }
    let code = EXIT_OK;
    const program = new Command();
    program
      .name('plancheck')
      .description('Checks partnership action plans kept in spreadsheets: validates rows, computes RAG and carry-over.')
      .version(packageVersion(), '-V, --version', 'print the version')
      .helpOption('-h, --help', 'show help')
      .exitOverride()
      .showSuggestionAfterError(true)
      .configureOutput({
        writeOut: (s) => sys.out(s),
        writeErr: (s) => sys.err(s),
        outputError: () => undefined,
      });
    program
      .command('validate')
      .description('check a plan (.xlsx, .xlsm or .csv), or every plan in a folder')
      .argument('<path>', 'a plan file (.xlsx, .xlsm, .csv) or a folder of them')
      .option('--sheet <name>', 'check only this sheet')
      .option('--as-of <date>', 'reporting date, YYYY-MM-DD (default: today)')
      .option('--plan-period <label>', 'plan period such as 2018-19 or 2019/2021 (default: found in the plan)')
      .option('--scheme <scheme>', 'RAG scheme: five, three or a scheme .json file (default: the RAG key in the plan, else five)')
      .option('--tolerance-days <n>', 'days late an action may be and still be at risk rather than off track (default 30)')
      .option('--staleness-days <n>', 'age in days after which the latest progress update is stale (default 92)')
      .option('--year-start-month <n>', 'first month of the planning year, 1-12 (default 4, April)')
      .option('--out <file.xlsx>', 'write a checked copy of the workbook with PlanCheck sheets (for a folder: a folder)')
      .option('--apply-rag', 'write the computed RAG into the plan in the --out copy')
      .option('--undo-apply', 'restore what an earlier --apply-rag changed, in the --out copy')
      .option('--html <file.html>', 'write an HTML report (for a folder: a folder)')
      .option('--json', 'print the JSON report (version 1); an array of them for a folder')
      .action(async (target: string, opts: ValidateOptions) => {
        code = await validate(target, opts, sys);
      });
    program
      .command('portfolio')
      .description('check many plans and summarise them together: a line per plan, totals, every late action, the leads with most')
      .argument('<paths...>', 'plan files (.xlsx, .xlsm, .csv) or folders of them')
      .option('--as-of <date>', "reporting date, YYYY-MM-DD (default: each plan's last PlanCheck check, else today)")
      .option('--html <file.html>', "write the portfolio page, each plan's own report beside it")
      .option('--out <file.xlsx>', "write a workbook: a Portfolio sheet and each plan's RAG summary")
      .option('--json', 'print the portfolio as JSON')
      .action(async (targets: string[], opts: import('./portfolio/portfolioCommand').PortfolioOptions) => {
        const { portfolioCommand } = await import('./portfolio/portfolioCommand');
        code = await portfolioCommand(targets, opts, sys);
      });
    await program.parseAsync(argv, { from: 'node' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') {
        return e.code === 'commander.help' ? EXIT_FAILED : EXIT_OK;
      }
      const help = /unknown command/i.test(e.message) ? 'plancheck --help' : 'plancheck validate --help';
      return fail(`${commanderLine(e.message)} (see ${help})`);
    }
    if (e instanceof UsageError) return fail(e.message);
    return fail(`unexpected error: ${e instanceof Error ? e.message : String(e)}; please report it`);
  }
}

function commanderLine(message: string): string {
  return oneLine(message.replace(/^error:\s*/i, '').replace(/\n+/g, ' '));
}

// ---------------------------------------------------------------------------------------
// validate

interface Prepared {
  /** For a folder: the name each plan's outputs take (the file's stem, or its whole name where two plans share a stem). */
  outputNames?: Map<string, string>;
  settings: SettingsInput;
  now: Date;
  json: boolean;
  out?: string;
  html?: string;
  applyRag: boolean;
  undoApply: boolean;
}

async function validate(target: string, opts: ValidateOptions, io: CliIo): Promise<number> {
  const now = io.now?.() ?? new Date();
  const prepared: Prepared = {
    settings: buildSettings(opts),
    now,
    json: !!opts.json,
    applyRag: !!opts.applyRag,
    undoApply: !!opts.undoApply,
  };
  if (opts.applyRag && opts.undoApply) throw new UsageError('--apply-rag and --undo-apply cannot be used together: choose one');
  if ((opts.applyRag || opts.undoApply) && !opts.out) {
    const flag = opts.applyRag ? '--apply-rag' : '--undo-apply';
    throw new UsageError(`${flag} changes the plan in a copy, never in the file itself: add --out checked.xlsx`);
  }
  if (opts.out !== undefined && !opts.out.trim()) throw new UsageError('--out needs a file name, e.g. --out checked.xlsx');
  if (opts.html !== undefined && !opts.html.trim()) throw new UsageError('--html needs a file name, e.g. --html report.html');

  // the target: a file or a folder
  let isFolder: boolean;
  try {
    isFolder = (await fsp.stat(target)).isDirectory();
  } catch (e) {
    throw new UsageError(`${target}: ${describeFsError(e)}`);
  }
  let files: string[];
  if (isFolder) {
    files = await listSpreadsheets(target);
    if (!files.length) throw new UsageError(`${target}: no .xlsx, .xlsm or .csv files in this folder: check the folder, or name a plan file`);
  } else files = [target];
  if (isFolder) {
    const stems = new Map<string, number>();
    for (const f of files) stems.set(stem(path.basename(f)).toLowerCase(), (stems.get(stem(path.basename(f)).toLowerCase()) ?? 0) + 1);
    prepared.outputNames = new Map(files.map((f) => {
      const name = path.basename(f);
      return [f, (stems.get(stem(name).toLowerCase()) ?? 0) > 1 ? name : stem(name)];
    }));
  }

  const planName = stem(path.basename(target));
  if (opts.out !== undefined) prepared.out = await resolveOutput('--out', opts.out, isFolder, ['.xlsx'], `${planName}.checked.xlsx`);
  if (opts.html !== undefined) prepared.html = await resolveOutput('--html', opts.html, isFolder, ['.html', '.htm'], `${planName}.html`);
  if (prepared.out && !isFolder && path.resolve(prepared.out) === path.resolve(target)) {
    throw new UsageError(`--out "${opts.out}" is the plan being checked: give another file name (PlanCheck never overwrites the plan it reads)`);
  }
  if (prepared.out && isFolder && path.resolve(prepared.out) === path.resolve(target)) {
    throw new UsageError(`--out "${opts.out}" is the folder being checked: give another folder for the checked copies`);
  }

  // settings mistakes the core finds (e.g. a plan period it cannot read) are argument errors
  const probeSettings = { ...prepared.settings, sheet: undefined };
  try {
    core().checkWorkbook({ fileName: '', sheets: [] }, probeSettings, now);
  } catch (e) {
    if (e instanceof core().PlanCheckError) {
      const msg = e.message;
      throw new UsageError(/plan period/i.test(msg) && prepared.settings.planPeriod ? `--plan-period: ${msg}` : msg);
    }
    // anything else is the core's own business: each file reports it
  }

  const colour = io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
  const docs: Report[] = [];
  let outputFailed = false;
  for (const file of files) {
    const done = await checkOne(file, prepared, isFolder);
    if ('usage' in done) {
      // a single file that could not be read or checked: one line, exit 2
      io.err(`plancheck: ${oneLine(done.usage, 2000)}\n`);
      return EXIT_FAILED;
    }
    docs.push(done.doc);
    if (done.outputError) {
      outputFailed = true;
      io.err(`plancheck: ${oneLine(done.outputError, 2000)}\n`);
    }
    for (const note of done.notes ?? []) io.err(`plancheck: ${oneLine(`${path.basename(file)}: ${note}`, 2000)}\n`);
    if (!prepared.json) {
      const wrote = done.written?.length ? `  Written         ${done.written.map((w) => safeLine(w)).join(', ')}\n` : '';
      io.out(`${isFolder && docs.length > 1 ? '\n' : ''}${core().summaryText(done.doc, { colour, scheme: done.scheme })}${wrote}`);
    }
  }

  if (prepared.json) io.out(`${jsonText(isFolder ? docs : docs[0])}\n`);
  else if (isFolder) io.out(`\n${core().folderTotalsText(docs)}`);

  const readable = docs.filter((d) => !d.error);
  if (!readable.length) {
    const first = docs[0];
    io.err(`plancheck: ${oneLine(`${target}: none of the ${docs.length} spreadsheets could be read${first ? ` (${first.file}: ${first.error})` : ''}`, 2000)}\n`);
    return EXIT_FAILED;
  }
  if (outputFailed) return EXIT_FAILED;
  const anyError = docs.some((d) => !!d.error || d.summary.errors > 0 || d.issues.some((i) => i.severity === 'error'));
  return anyError ? EXIT_ISSUES : EXIT_OK;
}

type CheckOutcome = { doc: Report; scheme: RagScheme | null; outputError?: string; written?: string[]; notes?: string[] } | { usage: string };

/** Reads and checks one file; writes its outputs. A failure in a folder becomes an error document. */
async function checkOne(file: string, prepared: Prepared, inFolder: boolean): Promise<CheckOutcome> {
  const fileName = path.basename(file);
  const failed = (reason: string): CheckOutcome =>
    inFolder ? { doc: errorDocument(fileName, reason, prepared), scheme: null } : { usage: `${file}: ${reason}` };

  let grid: Grid;
  try {
    grid = await core().readInput(file, { keepWorkbook: !!prepared.out });
  } catch (e) {
    if (e instanceof ReadError) return failed(e.reason);
    return failed(`could not be read (${oneLine(e instanceof Error ? e.message : String(e))})`);
  }
  // a CSV has one sheet named after the file: --sheet names a workbook's sheet
  const settings = grid.sheets.length === 1 && /\.(csv|tsv|txt)$/i.test(fileName) ? { ...prepared.settings, sheet: undefined } : prepared.settings;
  let result: CheckResult;
  try {
    result = core().checkWorkbook(grid, settings, prepared.now);
  } catch (e) {
    if (e instanceof core().PlanCheckError) return failed(e.message);
    return failed(`PlanCheck failed while checking it (${oneLine(e instanceof Error ? e.message : String(e))}): please report this with the file`);
  }
  let doc: Report;
  try {
    doc = core().reportSchema.parse(result.report);
  } catch (e) {
    return failed(`PlanCheck made a report that breaks its JSON contract (${zodLine(e)}): please report this with the file`);
  }

  let outputError: string | undefined;
  const written: string[] = [];
  const notes: string[] = [];
  if (prepared.out || prepared.html) {
    const base = prepared.outputNames?.get(file) ?? stem(fileName);
    const out = prepared.out ? (inFolder ? path.join(prepared.out, `${base}.checked.xlsx`) : prepared.out) : undefined;
    const html = prepared.html ? (inFolder ? path.join(prepared.html, `${base}.html`) : prepared.html) : undefined;
    try {
      if (inFolder) {
        if (out) await fsp.mkdir(path.dirname(out), { recursive: true });
        if (html) await fsp.mkdir(path.dirname(html), { recursive: true });
      }
      const { writeOutputs } = await import('./output/index');
      const logged: string[] = [];
      const res: unknown = await writeOutputs({
        log: (line: string) => void logged.push(line),
        grid,
        result,
        sourcePath: path.resolve(file),
        ...(out ? { out } : {}),
        ...(html ? { html } : {}),
        ...(prepared.applyRag ? { applyRag: true } : {}),
        ...(prepared.undoApply ? { undoApply: true } : {}),
      });
      const summary = (res ?? {}) as { written?: unknown; messages?: unknown };
      if (Array.isArray(summary.written)) written.push(...summary.written.filter((w): w is string => typeof w === 'string'));
      else written.push(...[out, html].filter((w): w is string => !!w));
      // the writer's notes for the person running it (e.g. cells Undo apply left alone)
      const messages = logged.length ? logged : Array.isArray(summary.messages) ? summary.messages : [];
      for (const m of messages) if (typeof m === 'string' && m.trim()) notes.push(m);
    } catch (e) {
      const where = out ?? html ?? file;
      const message = e instanceof Error ? e.message : String(e);
      // the writer's own errors are already one line naming the flag or file
      outputError = e instanceof Error && e.name === 'OutputError' ? message : `${where}: could not be written (${message}): check the folder exists and the file is not open in Excel`;
    }
  }
  return { doc, scheme: result.scheme, written, notes, ...(outputError ? { outputError } : {}) };
}

/** A path or name safe to print on a terminal. */
function safeLine(text: string): string {
  return oneLine(text, 500);
}

function stem(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '');
}

/** The document for a file in a folder that could not be read: no actions, the reason in "error". */
function errorDocument(fileName: string, reason: string, prepared: Prepared): Report {
  const settings = { ...prepared.settings, sheet: undefined };
  let header: Report | null = null;
  try {
    // the period and scheme the core would use for this file, found from the settings and the file name
    header = core().checkWorkbook({ fileName, sheets: [] }, settings, prepared.now).report;
  } catch {
    header = null;
  }
  const asOf = header?.asOf ?? settings.asOf ?? core().todayIso(prepared.now);
  const scheme: Report['scheme'] = header?.scheme ?? {
    name: typeof settings.scheme === 'string' ? settings.scheme : (settings.scheme?.name ?? 'five'),
    source: settings.scheme ? 'setting' : 'default',
  };
  const doc: Report = {
    version: 1,
    file: fileName,
    title: null,
    asOf,
    planPeriod: header?.planPeriod ?? financialYear(asOf, settings.yearStartMonth ?? 4),
    scheme,
    toleranceDays: settings.toleranceDays ?? 30,
    actions: [],
    issues: [],
    summary: {
      actions: 0,
      byStatus: Object.fromEntries(core().STATUSES.map((s) => [s, 0])),
      byRag: Object.fromEntries((scheme.labels ?? []).map((l) => [l.label, 0])),
      errors: 0,
      warnings: 0,
      infos: 0,
    },
    error: oneLine(reason, 2000),
  };
  if (header?.nextPeriod) doc.nextPeriod = header.nextPeriod;
  return core().reportSchema.parse(doc);
}

/** The planning year holding a date (used only where the core cannot say). */
function financialYear(asOf: string, startMonth: number): Report['planPeriod'] {
  const [y, m] = asOf.split('-').map(Number) as [number, number];
  const first = m >= startMonth ? y : y - 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  const start = `${first}-${pad(startMonth)}-01`;
  const endDate = new Date(Date.UTC(first + 1, startMonth - 1, 1) - 86400000);
  const end = endDate.toISOString().slice(0, 10);
  const label = startMonth === 1 ? String(first) : `${first}-${pad((first + 1) % 100)}`;
  return { label, start, end };
}

// ---------------------------------------------------------------------------------------
// arguments

const FLAG_OF: Record<string, string> = {
  asOf: '--as-of',
  planPeriod: '--plan-period',
  scheme: '--scheme',
  toleranceDays: '--tolerance-days',
  stalenessDays: '--staleness-days',
  yearStartMonth: '--year-start-month',
  sheet: '--sheet',
};

const HINT_OF: Record<string, string> = {
  asOf: 'give the reporting date as YYYY-MM-DD, e.g. 2019-03-01',
  planPeriod: 'give a period such as 2018-19 or 2019/2021',
  sheet: 'give the name of the sheet holding the plan',
};

function buildSettings(opts: ValidateOptions): SettingsInput {
  const input: SettingsInput = {};
  if (opts.asOf !== undefined) input.asOf = opts.asOf.trim();
  if (opts.planPeriod !== undefined) input.planPeriod = opts.planPeriod.trim();
  if (opts.sheet !== undefined) input.sheet = opts.sheet;
  if (opts.toleranceDays !== undefined) input.toleranceDays = wholeNumber('--tolerance-days', opts.toleranceDays, 0, 3650, 'give a number of days from 0 to 3650, e.g. 30');
  if (opts.stalenessDays !== undefined) input.stalenessDays = wholeNumber('--staleness-days', opts.stalenessDays, 1, 3650, 'give a number of days from 1 to 3650, e.g. 92');
  if (opts.yearStartMonth !== undefined) input.yearStartMonth = wholeNumber('--year-start-month', opts.yearStartMonth, 1, 12, 'give a month from 1 (January) to 12 (December), e.g. 4 for April');
  if (opts.scheme !== undefined) input.scheme = loadScheme(opts.scheme);
  const r = core().settingsSchema.safeParse(input);
  if (!r.success) {
    const seen = new Set<string>();
    const first = r.error.issues.filter((i) => {
      // one message per flag: the first says what to do
      const key = String(i.path[0] ?? '');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const lines = first.map((i) => {
      const key = String(i.path[0] ?? '');
      const flag = FLAG_OF[key] ?? key;
      const given = (opts as Record<string, unknown>)[key];
      const value = typeof given === 'string' ? ` "${given}"` : '';
      const hint = HINT_OF[key];
      return /^is\b/.test(i.message)
        ? `${flag}${value} ${i.message}${hint ? `: ${hint}` : ''}`
        : `${flag}${value}: ${i.message}`;
    });
    throw new UsageError(lines.join('; '));
  }
  return input;
}

function wholeNumber(flag: string, raw: string, min: number, max: number, hint: string): number {
  const s = raw.trim();
  if (!/^[+-]?\d+$/.test(s)) throw new UsageError(`${flag} "${raw}" is not a whole number: ${hint}`);
  const n = Number(s);
  if (n < min || n > max) throw new UsageError(`${flag} ${n} is out of range: ${hint}`);
  return n;
}

/** --scheme: a built-in name, or a scheme file validated in full (every mistake on one line). */
function loadScheme(arg: string): 'five' | 'three' | RagScheme {
  const name = arg.trim().toLowerCase();
  if (name === 'five' || name === 'three') return name;
  let text: string;
  try {
    text = readFileSync(arg, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !/\.json$/i.test(arg)) {
      throw new UsageError(`--scheme "${arg}": use five, three or the path of a scheme file (.json)`);
    }
    throw new UsageError(`--scheme ${arg}: ${describeFsError(e)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${arg}: the scheme file is not valid JSON (${jsonErrorWhere(e, text)}): fix it, e.g. {"name": "board", "labels": [{"label": "Green", "colour": "#00B050", "statuses": ["on-track"]}, …]}`);
  }
  const r = core().ragSchemeSchema.safeParse(json);
  if (r.success) return r.data;
  // zod checks the scheme as a whole (a status on two labels, a status on none) only once each
  // label is well formed: check a repaired copy too, so that every mistake is on the one line
  let issues = r.error.issues;
  const repaired = core().ragSchemeSchema.safeParse(repairScheme(json));
  if (!repaired.success) {
    const known = new Set(issues.map((i) => i.message));
    issues = [...issues, ...repaired.error.issues.filter((i) => i.code === 'custom' && !known.has(i.message))];
  }
  throw new UsageError(`${arg}: ${describeSchemeIssues(issues, json)}`);
}

/** The scheme with malformed parts replaced by harmless ones (only to find the whole-scheme mistakes). */
function repairScheme(json: unknown): unknown {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return json;
  const o = json as { name?: unknown; labels?: unknown };
  if (!Array.isArray(o.labels)) return json;
  const statuses = core().STATUSES as readonly string[];
  return {
    name: typeof o.name === 'string' && o.name.trim() ? o.name.slice(0, 60) : 'scheme',
    labels: o.labels.map((l: unknown, i: number) => {
      const x = (l && typeof l === 'object' ? l : {}) as { label?: unknown; statuses?: unknown };
      return {
        label: typeof x.label === 'string' && x.label.trim() ? x.label.slice(0, 40) : `label ${i + 1}`,
        colour: '#000000',
        statuses: Array.isArray(x.statuses) ? x.statuses.filter((s): s is string => typeof s === 'string' && statuses.includes(s)) : [],
      };
    }),
  };
}

function jsonErrorWhere(e: unknown, text: string): string {
  const msg = oneLine(e instanceof Error ? e.message : String(e), 160);
  const m = /position (\d+)/.exec(msg);
  if (!m) return msg;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `${msg.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

function describeSchemeIssues(issues: z.core.$ZodIssue[], json: unknown): string {
  const labels = (json as { labels?: unknown } | null)?.labels;
  const labelName = (i: number): string => {
    const l = Array.isArray(labels) ? (labels[i] as { label?: unknown } | undefined) : undefined;
    return typeof l?.label === 'string' && l.label.trim() ? ` ("${oneLine(l.label, 40)}")` : '';
  };
  const parts = issues.map((issue) => {
    const p = issue.path.map((x) => (typeof x === 'symbol' ? String(x) : x));
    let message = issue.message;
    if (issue.code === 'invalid_type' && /received undefined/.test(message)) message = 'is missing';
    if (issue.code === 'invalid_value' && p[0] === 'labels' && p[2] === 'statuses') {
      const given = p.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k as string | number] : undefined), json);
      message = `${JSON.stringify(given)} is not a status: use ${core().STATUSES.join(', ')}`;
    }
    let where = '';
    if (p[0] === 'labels' && typeof p[1] === 'number') {
      where = `label ${p[1] + 1}${labelName(p[1])}`;
      const rest = p.slice(2);
      if (rest.length) where += ` ${rest.map((x, k) => (typeof x === 'number' ? `[${x}]` : `${k ? '.' : ''}"${x}"`)).join('')}`;
    } else if (p.length && !(p.length === 1 && p[0] === 'labels' && issue.code === 'custom')) {
      where = p.map((x) => (typeof x === 'number' ? `[${x}]` : `"${x}"`)).join('.');
    }
    return where ? `${where}${message.startsWith('is ') || message.startsWith('must ') || message.startsWith('needs ') ? ' ' : ': '}${message}` : message;
  });
  return [...new Set(parts)].join('; ');
}

function zodLine(e: unknown): string {
  const issues = (e as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
  if (!Array.isArray(issues)) return oneLine(e instanceof Error ? e.message : String(e), 200);
  return oneLine(
    issues
      .slice(0, 3)
      .map((i) => `${i.path.map(String).join('.')}: ${i.message}`)
      .join('; '),
    300,
  );
}

/**
 * Where an output goes. For a file: the name given, or for an existing folder a file in it
 * named after the plan. For a folder of plans: a folder (created when missing).
 */
async function resolveOutput(flag: string, given: string, inFolder: boolean, extensions: string[], nameInFolder: string): Promise<string> {
  let stat: import('fs').Stats | null = null;
  try {
    stat = await fsp.stat(given);
  } catch {
    stat = null;
  }
  if (inFolder) {
    if (stat && !stat.isDirectory()) throw new UsageError(`${flag} "${given}" is a file: for a folder of plans give a folder to write into`);
    return given;
  }
  if (stat?.isDirectory()) return path.join(given, nameInFolder);
  const ext = path.extname(given).toLowerCase();
  if (!extensions.includes(ext)) {
    throw new UsageError(`${flag} "${given}": give a file name ending in ${extensions.join(' or ')}`);
  }
  try {
    const dir = await fsp.stat(path.dirname(path.resolve(given)));
    if (!dir.isDirectory()) throw new Error('not a folder');
  } catch {
    throw new UsageError(`${flag} "${given}": the folder ${path.dirname(given)} does not exist: create it first or give another path`);
  }
  return given;
}

async function listSpreadsheets(folder: string): Promise<string[]> {
  let entries: import('fs').Dirent[];
  try {
    entries = await fsp.readdir(folder, { withFileTypes: true });
  } catch (e) {
    throw new UsageError(`${folder}: ${describeFsError(e)}`);
  }
  const names: string[] = [];
  for (const d of entries) {
    const n = d.name;
    // Office lock files (~$plan.xlsx) and hidden files are not plans
    if (n.startsWith('~$') || n.startsWith('.')) continue;
    if (!core().FOLDER_EXTENSIONS.includes(path.extname(n).toLowerCase())) continue;
    let isFile = d.isFile();
    if (d.isSymbolicLink()) {
      try {
        isFile = (await fsp.stat(path.join(folder, n))).isFile();
      } catch {
        isFile = true; // a broken link: reported as unreadable
      }
    }
    if (isFile) names.push(n);
  }
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  names.sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  return names.map((n) => path.join(folder, n));
}

/** JSON for a terminal or a pipe: C1 controls, line separators and bidi controls escaped too. */
function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
