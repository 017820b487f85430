/**
 * The Apps Script double as one object: services to hand to the host code (or to install as
 * globals of a vm context for the bundled Code.js), the call log, and helpers to fill it.
 */
import type { Grid, GridSheet } from '../../core/index';
import type { Services } from '../../sheets-addon/host/services';
import { CallLog } from './calls';
import { FakeHtmlService } from './html';
import { FAKE_CHARTS, FakeLockService, FakePropertiesService, FakeUtilities } from './services';
import { AUTOMATIC, FakeProtection, FakeSpreadsheet, FakeSpreadsheetApp, type Cell, type DoubleState, type FakeSheet } from './spreadsheet';

export { CallLog, isBuilderCall } from './calls';
export * from './spreadsheet';
export * from './html';
export * from './services';

export interface DoubleOptions {
  /** The spreadsheet's time zone (File → Settings); default Europe/London. */
  timeZone?: string;
  /** The spreadsheet's name (a converted upload drops the .xlsx). */
  name?: string;
  /** Project HTML files by name, e.g. { Sidebar: '<html>…' }. */
  files?: Record<string, string>;
  /** The realm's Date, where the script runs in a vm context. */
  DateCtor?: DateConstructor;
}

export class AppsScriptDouble {
  readonly log = new CallLog();
  readonly state: DoubleState;
  readonly ss: FakeSpreadsheet;
  readonly SpreadsheetApp: FakeSpreadsheetApp;
  readonly HtmlService: FakeHtmlService;
  readonly PropertiesService: FakePropertiesService;
  readonly LockService: FakeLockService;
  readonly Charts = FAKE_CHARTS;
  readonly Utilities: FakeUtilities;

  constructor(options: DoubleOptions = {}) {
    this.state = { log: this.log, timeZone: options.timeZone ?? 'Europe/London', DateCtor: options.DateCtor ?? Date, nextSheetId: 0 };
    this.ss = new FakeSpreadsheet(this.state, options.name ?? 'Plan');
    this.SpreadsheetApp = new FakeSpreadsheetApp(this.state, this.ss);
    this.HtmlService = new FakeHtmlService(this.log, options.files ?? {});
    this.PropertiesService = new FakePropertiesService(this.log);
    this.LockService = new FakeLockService(this.log);
    this.Utilities = new FakeUtilities(this.log);
  }

  /** The services as the host code takes them (typed as Google's). */
  services(): Services {
    return this.globals() as unknown as Services;
  }

  /** The globals Apps Script provides, for a vm context. */
  globals(): Record<string, unknown> {
    return {
      SpreadsheetApp: this.SpreadsheetApp,
      HtmlService: this.HtmlService,
      PropertiesService: this.PropertiesService,
      LockService: this.LockService,
      Charts: this.Charts,
      Utilities: this.Utilities,
    };
  }

  /** The spreadsheet as the host code takes it. */
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  }
}

/** Excel's 'General' is Sheets' Automatic; other formats are written the same way. */
export function excelToSheetsPattern(fmt: string | undefined): string {
  return !fmt || fmt === 'General' ? AUTOMATIC : fmt;
}

/**
 * Fills a sheet of the double from a grid sheet, as Sheets holds an uploaded workbook: values
 * (date serials stay numbers, shown as dates by their format), display text, formats, fills,
 * merges, hidden and protected state. Not counted.
 */
export function fillSheet(double: AppsScriptDouble, g: GridSheet): FakeSheet {
  return double.log.quietly(() => {
    const sheet = double.ss.addSheet(g.name);
    const r0 = (g.origin?.row ?? 1) - 1;
    const c0 = (g.origin?.column ?? 1) - 1;
    const height = Math.max(g.values.length, g.fills?.length ?? 0, g.numberFormats?.length ?? 0);
    let width = 0;
    for (const rows of [g.values, g.fills ?? [], g.numberFormats ?? []]) for (const r of rows) if (r && r.length > width) width = r.length;
    sheet.maxRows = Math.max(1000, r0 + height);
    sheet.maxColumns = Math.max(26, c0 + width);
    for (let r = 0; r < height; r++) {
      const row: (Cell | undefined)[] = [];
      for (let c = 0; c < width; c++) {
        const raw = g.values[r]?.[c] ?? null;
        // an empty string in a workbook cell is an empty cell in Sheets
        const v = raw === '' ? null : raw;
        const fmt = g.numberFormats?.[r]?.[c];
        const fill = g.fills?.[r]?.[c] ?? null;
        if (v === null && (fmt === undefined || fmt === 'General') && !fill) continue;
        const text = g.text?.[r]?.[c];
        const cell: Cell = { value: v, format: excelToSheetsPattern(fmt), background: fill ? fill.toLowerCase() : null };
        if (typeof v === 'string' && /^#(REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!)$/.test(v)) cell.error = true;
        if (v !== null && text !== undefined && text !== '') cell.display = text;
        if (cell.background === '#ffffff') cell.background = null;
        row[c0 + c] = cell;
      }
      sheet.data[r0 + r] = row;
    }
    for (const m of g.merges ?? []) sheet.merges.push({ row: m.row, column: m.column, rows: m.rowCount, columns: m.columnCount });
    if (g.hidden) sheet.hidden = true;
    if (g.protected) sheet.protections.push(new FakeProtection(double.log, 'SHEET', false));
    return sheet;
  });
}

/** A double holding a whole grid (e.g. a fixture read by the command line's reader). */
export function doubleFromGrid(grid: Grid, options: DoubleOptions = {}): AppsScriptDouble {
  const name = options.name ?? (grid.fileName ?? 'Plan').replace(/\.(xlsx|xlsm|csv)$/i, '');
  const double = new AppsScriptDouble({ ...options, name });
  for (const s of grid.sheets) fillSheet(double, s);
  if (!double.ss.sheets.some((s) => !s.hidden) && double.ss.sheets[0]) double.ss.sheets[0].hidden = false;
  const firstVisible = double.ss.sheets.find((s) => !s.hidden);
  if (firstVisible) double.ss.active = { sheet: firstVisible, range: firstVisible.range('A1') };
  return double;
}
