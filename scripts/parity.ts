/**
 * Parity: one workbook through the command line's path (cli/readInput → checkWorkbook →
 * reportSchema.parse), the Excel host on its double (validatePlan) and the Google Sheets
 * host on its double (Session.validate), comparing the JSON reports and the sheets each
 * writes (names and rows).
 *
 *   npm run parity -- [--as-of YYYY-MM-DD] FILE...
 *
 * One line per file: "<file>: same" or "<file>: differs: <JSON path>: <values>".
 * Exit 0 all the same, 1 any difference, 2 a bad argument or a file that cannot be read.
 */
import * as path from 'path';
import { readInput } from '../cli/readInput';
import { applyRagEdits, buildEdits, checkWorkbook, paneModel, reportSchema, undoApplyEdits } from '../core/index';
import type { CheckResult, Grid, Report, SettingsInput, WorkbookEdits } from '../core/index';
import { validatePlan } from '../excel-addin/host/session';
import { Session, type CoreApi } from '../sheets-addon/host/session';
import { SETTINGS_KEY } from '../sheets-addon/host/settingsStore';
import { modelFromXlsx, installOfficeDouble, uninstallOfficeDouble, getCell, usedBounds, type SheetModel } from '../testing/excel';
import { doubleFromGrid, sheetValues } from '../testing/sheets';

type Value = string | number | boolean | null;

/** What a run wrote: each sheet's name and its values (trailing empties trimmed). */
export interface WrittenSheet {
  name: string;
  rows: Value[][];
}

export interface HostRun {
  host: 'cli' | 'excel' | 'sheets';
  /** The report after reportSchema.parse, or null where the host shows a message instead. */
  report: Report | null;
  /** The sheets written, or null where the host wrote none (a message, a protected structure). */
  written: WrittenSheet[] | null;
  /** The host's message when it gave one instead of a report. */
  message?: string;
}

export type Parity = { same: true; runs: HostRun[] } | { same: false; runs: HostRun[]; difference: string };

/** A file the command line could not read: the one line to print. */
export class ParityInputError extends Error {}

function trimRows(rows: Value[][]): Value[][] {
  const out = rows.map((r) => {
    const row = r.map((v) => (v === '' || v === undefined ? null : v));
    while (row.length && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (out.length && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

/** The sheets an edit list describes, as values. */
export function editsWritten(edits: WorkbookEdits): WrittenSheet[] {
  return edits.sheets.map((s) => ({ name: s.name, rows: trimRows(s.rows.map((r) => r.map((c) => c?.value ?? null))) }));
}

function excelSheetValues(sheet: SheetModel): Value[][] {
  const b = usedBounds(sheet);
  if (!b) return [];
  const rows: Value[][] = [];
  for (let r = 0; r < b.row + b.rowCount; r++) {
    const row: Value[] = [];
    for (let c = 0; c < b.column + b.columnCount; c++) row.push(getCell(sheet, r, c)?.value ?? null);
    rows.push(row);
  }
  return trimRows(rows);
}

/** The first place two JSON values differ, as a path and both values; null when equal. */
export function firstDifference(a: unknown, b: unknown, at = '$'): { path: string; left: unknown; right: unknown } | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return { path: at, left: a, right: b };
  if (Array.isArray(a) !== Array.isArray(b)) return { path: at, left: a, right: b };
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    if (a.length !== b.length) return { path: `${at}.length`, left: a.length, right: b.length };
    return null;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(ao), ...Object.keys(bo)])].filter((k) => ao[k] !== undefined || bo[k] !== undefined);
  for (const k of keys) {
    const d = firstDifference(ao[k], bo[k], /^[A-Za-z_$][\w$]*$/.test(k) ? `${at}.${k}` : `${at}[${JSON.stringify(k)}]`);
    if (d) return d;
  }
  return null;
}

function show(v: unknown): string {
  const s = v === undefined ? 'undefined' : JSON.stringify(v);
  return s.length > 200 ? `${s.slice(0, 197)}...` : s;
}

/** The command line's path. Throws ParityInputError when the file cannot be read or checked. */
export async function runCli(file: string, settings: SettingsInput, now: Date): Promise<{ run: HostRun; grid: Grid; result: CheckResult }> {
  let grid: Grid;
  try {
    grid = await readInput(file);
  } catch (e) {
    throw new ParityInputError(e instanceof Error ? e.message : String(e));
  }
  let result: CheckResult;
  try {
    result = checkWorkbook(grid, settings, now);
  } catch (e) {
    throw new ParityInputError(`${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const report = reportSchema.parse(result.report);
  return { run: { host: 'cli', report, written: editsWritten(buildEdits(grid, result)) }, grid, result };
}

/** The Excel host's Validate plan on the double filled from the workbook. */
export async function runExcel(file: string, settings: SettingsInput, now: Date): Promise<HostRun> {
  const model = await modelFromXlsx(file);
  const before = new Set(model.sheets.map((s) => s.name));
  const double = installOfficeDouble(model);
  try {
    const out = await validatePlan({ settings, now });
    if (out.kind !== 'validated') return { host: 'excel', report: null, written: null, message: out.kind === 'message' ? out.message : out.kind };
    const after = double.model();
    const written = out.wrote
      ? after.sheets.filter((s) => !before.has(s.name) || (out.written ?? out.sheets).includes(s.name)).map((s) => ({ name: s.name, rows: excelSheetValues(s) }))
      : null;
    return { host: 'excel', report: reportSchema.parse(out.result.report), written };
  } finally {
    uninstallOfficeDouble();
  }
}

/** The Sheets host's Validate plan on the double holding the grid as Sheets holds an upload. */
export function runSheets(grid: Grid, settings: SettingsInput): HostRun {
  const double = doubleFromGrid(grid, { name: grid.fileName });
  double.PropertiesService.document.store.set(SETTINGS_KEY, JSON.stringify(settings));
  const before = new Set(double.ss.sheets.map((s) => s.name));
  let result: CheckResult | null = null;
  const core: CoreApi = {
    checkWorkbook: (g, s, n) => (result = checkWorkbook(g, s, n)),
    buildEdits,
    applyRagEdits,
    undoApplyEdits,
    paneModel,
  };
  const done = new Session(double.services(), core).validate();
  if (!done.ok || !result) return { host: 'sheets', report: null, written: null, message: done.ok ? 'no report' : done.message };
  const written = double.ss.sheets.filter((s) => !before.has(s.name) || done.created.includes(s.name)).map((s) => ({ name: s.name, rows: trimRows(sheetValues(s)) }));
  return { host: 'sheets', report: reportSchema.parse((result as CheckResult).report), written };
}

/** Runs one file through all three and compares. */
export async function parityOf(file: string, settings: SettingsInput, now = new Date()): Promise<Parity> {
  const cli = await runCli(file, settings, now);
  const excel = await runExcel(file, settings, now);
  const sheets = runSheets(cli.grid, settings);
  const runs = [cli.run, excel, sheets];
  for (const other of [excel, sheets]) {
    if (other.report === null) {
      // a host shows a message rather than a report only when there is no plan to report on
      if (cli.run.report!.actions.length > 0) {
        return { same: false, runs, difference: `report: cli has ${cli.run.report!.actions.length} actions vs ${other.host} "${other.message ?? ''}"` };
      }
      continue;
    }
    const d = firstDifference(cli.run.report, other.report, 'report');
    if (d) return { same: false, runs, difference: `${d.path}: cli ${show(d.left)} vs ${other.host} ${show(d.right)}` };
  }
  for (const other of [excel, sheets]) {
    if (other.written === null) continue;
    const d = firstDifference(cli.run.written, other.written, 'edits.sheets');
    if (d) return { same: false, runs, difference: `${d.path}: cli ${show(d.left)} vs ${other.host} ${show(d.right)}` };
  }
  return { same: true, runs };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 2000);
}

/** The command: returns the exit status, never throws. */
export async function main(args: string[], io: { out(s: string): void; err(s: string): void } = { out: (s) => void process.stdout.write(s), err: (s) => void process.stderr.write(s) }): Promise<number> {
  const fail = (line: string): number => {
    io.err(`parity: ${oneLine(line)}\n`);
    return 2;
  };
  const files: string[] = [];
  let asOf: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--as-of' || a.startsWith('--as-of=')) {
      asOf = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (!asOf || !/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`)) || new Date(`${asOf}T00:00:00Z`).toISOString().slice(0, 10) !== asOf) {
        return fail(`--as-of needs a date as YYYY-MM-DD, not "${asOf ?? ''}"`);
      }
    } else if (a === '--help' || a === '-h') {
      io.out('usage: npm run parity -- [--as-of YYYY-MM-DD] FILE...\n');
      return 0;
    } else if (a.startsWith('-')) return fail(`unknown option "${a}": usage: npm run parity -- [--as-of YYYY-MM-DD] FILE...`);
    else files.push(a);
  }
  if (!files.length) return fail('name at least one workbook: npm run parity -- [--as-of YYYY-MM-DD] FILE...');
  const now = new Date();
  const settings: SettingsInput = { asOf: asOf ?? now.toISOString().slice(0, 10) };
  let code = 0;
  for (const file of files) {
    try {
      const p = await parityOf(file, settings, now);
      io.out(p.same ? `${file}: same\n` : `${file}: differs: ${oneLine(p.difference)}\n`);
      if (!p.same) code = Math.max(code, 1);
    } catch (e) {
      if (e instanceof ParityInputError) {
        fail(e.message);
        return 2;
      }
      io.err(`parity: ${oneLine(`${path.basename(file)}: unexpected error: ${e instanceof Error ? e.message : String(e)}`)}\n`);
      return 2;
    }
  }
  return code;
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
