/**
 * Hostile inputs (issue 7): build a workbook on the fly, run it through the command line
 * (in-process, captured), the Excel host on its double and the Sheets host on its double,
 * and check the common promises: a clear message, no stack trace, the file unchanged and
 * nothing written as a formula.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readXlsxFile } from '../../cli/readXlsx';
import { applyRagEdits, buildEdits, checkWorkbook, paneModel, reportSchema, undoApplyEdits } from '../../core/index';
import type { CheckResult, Grid, Report, SettingsInput, WorkbookEdits } from '../../core/index';
import { validatePlan, type Outcome } from '../../excel-addin/host/session';
import { Session, type CoreApi, type RunResult } from '../../sheets-addon/host/session';
import { SETTINGS_KEY } from '../../sheets-addon/host/settingsStore';
import { runCli, tempDir, removeDir, type CliRun } from '../cli/cliHelpers';
import { modelFromXlsx, cloneWorkbook, type SheetModel, type WorkbookModel, installOfficeDouble, uninstallOfficeDouble } from '../../testing/excel';
import { doubleFromGrid, type AppsScriptDouble } from '../../testing/sheets';
import { expectReadersAgree } from '../helpers/readerParity';

export { runCli, tempDir, removeDir };
export type { CliRun };

export const AS_OF = '2019-03-01';
export const NOW = new Date('2019-03-01T12:00:00Z');
export const SETTINGS: SettingsInput = { asOf: AS_OF };
export const HEADER = ['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'];
export const GOOD: (string | number | Date | null)[][] = [
  ['1.1', 'Establish a task and finish group', 'Lisa Morris', 'April 2018', 'Complete', 'Grey'],
  ['1.2', 'Review the threshold document', 'Sam Jones', 'March 2019', 'Draft reviewed by the board in January', 'Green'],
];

/** Builds a workbook in `dir` with ExcelJS; `build` adds the sheets. */
export async function buildWorkbook(dir: string, name: string, build: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await build(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** A plan sheet: title, blank row, header, then the rows. */
export function addPlan(wb: ExcelJS.Workbook, rows: (string | number | Date | null)[][], name = 'Plan'): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.addRow(['Business Plan 2018-19']);
  ws.addRow([]);
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return ws;
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export interface ExcelRun {
  outcome: Outcome;
  before: WorkbookModel;
  after: WorkbookModel;
}

export interface SheetsRun {
  result: RunResult;
  double: AppsScriptDouble;
  report: Report | null;
  edits: WorkbookEdits | null;
  /** The spreadsheet's sheets before the run, as values. */
  before: Map<string, unknown>;
}

export interface Everywhere {
  file: string;
  cli: CliRun & { json: Report | Report[] | null; out: string };
  /** null when ExcelJS cannot open the file (so neither could Excel). */
  excel: ExcelRun | null;
  /** null when the command line's reader cannot read the file (so Sheets could not import it). */
  sheets: SheetsRun | null;
}

/** The Excel task pane's Validate plan on the double filled from the file. */
export async function excelValidate(file: string, settings: SettingsInput = SETTINGS, tweak?: (m: WorkbookModel) => void): Promise<ExcelRun | null> {
  let model: WorkbookModel;
  try {
    model = await modelFromXlsx(file);
  } catch {
    return null;
  }
  tweak?.(model);
  const before = cloneWorkbook(model);
  const double = installOfficeDouble(model);
  try {
    const outcome = await validatePlan({ settings, now: NOW });
    return { outcome, before, after: double.model() };
  } finally {
    uninstallOfficeDouble();
  }
}

/** The Sheets add-on's Validate plan on the double holding the grid the command line reads. */
export function sheetsValidateGrid(grid: Grid, settings: SettingsInput = SETTINGS): SheetsRun {
  const double = doubleFromGrid(grid, { name: grid.fileName });
  double.PropertiesService.document.store.set(SETTINGS_KEY, JSON.stringify(settings));
  const before = new Map(double.ss.sheets.map((s) => [s.name, JSON.parse(JSON.stringify(s.data)) as unknown]));
  let report: Report | null = null;
  let edits: WorkbookEdits | null = null;
  const core: CoreApi = {
    checkWorkbook: (g, s, n) => {
      const r: CheckResult = checkWorkbook(g, s, n);
      report = reportSchema.parse(r.report);
      return r;
    },
    buildEdits: (g, r) => (edits = buildEdits(g, r)),
    applyRagEdits,
    undoApplyEdits,
    paneModel,
  };
  const result = new Session(double.services(), core).validate();
  return { result, double, report, edits, before };
}

export async function sheetsValidate(file: string, settings: SettingsInput = SETTINGS): Promise<SheetsRun | null> {
  let grid: Grid;
  try {
    grid = await readXlsxFile(file);
  } catch {
    return null;
  }
  return sheetsValidateGrid(grid, settings);
}

/** Runs the file through all three; asserts the file is unchanged and nothing printed a stack. */
export async function everywhere(file: string, opts: { args?: string[]; settings?: SettingsInput; excelTweak?: (m: WorkbookModel) => void } = {}): Promise<Everywhere> {
  const exists = fs.existsSync(file) && fs.statSync(file).isFile();
  const hash = exists ? sha256(file) : null;
  const out = path.join(path.dirname(file), `${path.basename(file).replace(/\.[^.]+$/, '')}.out.xlsx`);
  const r = await runCli(['validate', file, '--as-of', AS_OF, '--json', '--out', out, ...(opts.args ?? [])]);
  let json: Report | Report[] | null = null;
  if (r.code !== 2) json = JSON.parse(r.stdout) as Report | Report[];
  const excel = exists ? await excelValidate(file, opts.settings ?? SETTINGS, opts.excelTweak) : null;
  const sheets = exists ? await sheetsValidate(file, opts.settings ?? SETTINGS) : null;
  if (hash) expect(sha256(file)).toBe(hash);
  // the streaming reader and the ExcelJS path read every hostile workbook the same, cell for cell
  if (exists && /\.xlsx$/i.test(file)) await expectReadersAgree(file);
  expectNoStack(r.stdout, r.stderr, excelText(excel), sheets ? JSON.stringify(sheets.result) : '');
  return { file, cli: { ...r, json, out }, excel, sheets };
}

function excelText(e: ExcelRun | null): string {
  if (!e) return '';
  const o = e.outcome;
  return [o.kind === 'message' ? o.message : '', ...o.notices].join('\n');
}

export function expectNoStack(...texts: string[]): void {
  for (const t of texts) {
    expect(t).not.toMatch(/ {4}at /);
    expect(t).not.toMatch(/\n\s+at \S/);
  }
}

/** The report each host made (the command line's JSON, Excel's result, Sheets' captured report). */
export function reports(e: Everywhere): { cli: Report; excel: Report | null; sheets: Report | null } {
  const cli = e.cli.json as Report;
  const excel = e.excel && e.excel.outcome.kind === 'validated' ? reportSchema.parse(e.excel.outcome.result.report) : null;
  return { cli, excel, sheets: e.sheets?.report ?? null };
}

/** The three reports, where the hosts made one, are equal; returns the command line's. */
export function expectSameReports(e: Everywhere): Report {
  const r = reports(e);
  expect(r.excel).not.toBeNull();
  expect(r.sheets).not.toBeNull();
  expect(r.excel).toEqual(r.cli);
  expect(r.sheets).toEqual(r.cli);
  return r.cli;
}

/** Every issue code in a report, with the cell it names. */
export function issueCodes(report: Report): string[] {
  return [...report.issues, ...report.actions.flatMap((a) => a.issues)].map((i) => i.code);
}

/** No cell of the checked copy holds a formula (the plan's own input held none). */
export async function expectNoFormulaInCopy(out: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        expect({ at: `${ws.name}!${cell.address}`, formula: cell.type === ExcelJS.ValueType.Formula }).toEqual({ at: `${ws.name}!${cell.address}`, formula: false });
      }),
    );
  }
  return wb;
}

/** No cell of any sheet in the Sheets double holds a formula. */
export function expectNoFormulaInSheets(run: SheetsRun): void {
  for (const s of run.double.ss.sheets) {
    s.data.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell?.formula) expect({ at: `${s.name}!R${r + 1}C${c + 1}`, formula: cell.formula }).toBeUndefined();
      }),
    );
  }
}

/** Text in the Excel double that Excel would take as a formula is formatted as text (or quote-prefixed). */
export function expectNoFormulaInExcel(run: ExcelRun): void {
  const mine = new Set(run.before.sheets.map((s) => s.name));
  for (const s of run.after.sheets.filter((x) => !mine.has(x.name))) {
    for (const [k, c] of s.cells) {
      if (typeof c.value === 'string' && /^[=+\-@]./.test(c.value)) {
        expect({ at: `${s.name}!${k}`, text: c.numberFormat === '@' || !!c.quotePrefix }).toEqual({ at: `${s.name}!${k}`, text: true });
      }
    }
  }
}

/** A sheet's cells as a plain object, to compare before and after. */
export function cellsOf(s: SheetModel | undefined): unknown {
  return s ? { cells: Object.fromEntries(s.cells), merges: s.merges } : undefined;
}
