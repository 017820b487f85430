/**
 * Reads a spreadsheet into the core's Grid: per sheet one batch each of values, display
 * values, number formats, backgrounds and merged ranges over the data range. Nothing here
 * decides anything about plans; the core does.
 */
import type { CellValue, Grid, GridSheet, MergedArea } from '../../core/index';
import { isCellError } from '../../core/index';
import { isDate, makeDateConverter, type DateConverter, type FormatDate } from './dates';
import { sheetsFill, sheetsToExcelFormat } from './formats';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ReadOptions {
  /** SpreadsheetApp.ProtectionType.SHEET (an enum the host passes in). */
  sheetProtection: GoogleAppsScript.Spreadsheet.ProtectionType;
  /** Utilities.formatDate, the fallback for reading dates in the spreadsheet's time zone. */
  formatDate?: FormatDate;
  /**
   * Given a sheet's first two rows (A1:A2), true where nothing more of it is needed: the core
   * recognises its own sheets by the marker there, and an old Plan issues sheet of 50 000
   * rows need not be read only to be replaced. One small read per sheet.
   */
  headOnly?: (head: GridSheet) => boolean;
}

export interface SheetMeta {
  name: string;
  /** The sheet's gid, for links ('#gid=…&range=C12'). */
  sheetId: number;
  rows: number;
  columns: number;
  /** The number formats as Sheets gave them (the grid holds them converted), to put back exactly. */
  sheetsFormats: string[][];
  /** Only the first rows were read (a PlanCheck sheet of an earlier run). */
  headOnly?: boolean;
}

export interface GridRead {
  grid: Grid;
  /** One per grid sheet, same order. */
  sheets: SheetMeta[];
  timeZone: string;
  /** How dates were read (see dates.ts). */
  dateMethod: DateConverter['method'];
}

/** 'B3:D5' or 'B3' to a 1-based merged area. */
export function parseRangeA1(a1: string): MergedArea | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(a1.trim());
  if (!m) return null;
  const col = (letters: string) => {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n;
  };
  const r1 = Number(m[2]);
  const c1 = col(m[1]!);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? col(m[3]) : c1;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    columnCount: Math.abs(c2 - c1) + 1,
  };
}

/** One cell as the core wants it: dates as serials, errors as their text, empty as null. */
function toCellValue(v: unknown, text: string | undefined, toSerial: DateConverter): CellValue {
  if (v === '' || v === null || v === undefined) return text && isCellError(text) ? text : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : text || null;
  if (isDate(v)) {
    const serial = toSerial(v);
    return Number.isFinite(serial) ? serial : text || null;
  }
  return String(v);
}

/** A1:A2 only, where the caller says that is enough (see ReadOptions.headOnly). */
function readHead(sheet: Sheet, name: string, options: ReadOptions, toSerial: DateConverter): GridSheet | null {
  if (!options.headOnly) return null;
  let raw: unknown[][];
  try {
    raw = sheet.getRange(1, 1, 2, 1).getValues();
  } catch {
    return null; // a sheet of one row: read it whole
  }
  const values = raw.map((r) => [toCellValue(r[0], undefined, toSerial)]);
  const head: GridSheet = { name, origin: { row: 1, column: 1 }, values, text: values.map((r) => [typeof r[0] === 'string' ? r[0] : '']) };
  return options.headOnly(head) ? head : null;
}

function readSheet(sheet: Sheet, options: ReadOptions, toSerial: DateConverter): { grid: GridSheet; meta: SheetMeta } {
  const name = sheet.getName();
  const sheetId = sheet.getSheetId();
  const hidden = sheet.isSheetHidden();
  const head = readHead(sheet, name, options, toSerial);
  if (head) {
    if (hidden) head.hidden = true;
    return { grid: head, meta: { name, sheetId, rows: head.values.length, columns: 1, sheetsFormats: [], headOnly: true } };
  }
  const isProtected = sheet.getProtections(options.sheetProtection).some((p) => !p.canEdit());
  const range = sheet.getDataRange();
  const rawValues = range.getValues();
  const text = range.getDisplayValues();
  const rawFormats = range.getNumberFormats();
  const rawFills = range.getBackgrounds();
  const merges: MergedArea[] = [];
  for (const m of range.getMergedRanges()) {
    const area = parseRangeA1(m.getA1Notation());
    if (area && (area.rowCount > 1 || area.columnCount > 1)) merges.push(area);
  }
  const values: CellValue[][] = new Array(rawValues.length);
  const numberFormats: string[][] = new Array(rawFormats.length);
  const fills: (string | null)[][] = new Array(rawFills.length);
  for (let r = 0; r < rawValues.length; r++) {
    const vr = rawValues[r]!;
    const tr = text[r];
    const out: CellValue[] = new Array(vr.length);
    for (let c = 0; c < vr.length; c++) out[c] = toCellValue(vr[c], tr?.[c], toSerial);
    values[r] = out;
  }
  for (let r = 0; r < rawFormats.length; r++) {
    const fr = rawFormats[r]!;
    const out: string[] = new Array(fr.length);
    for (let c = 0; c < fr.length; c++) out[c] = sheetsToExcelFormat(fr[c]);
    numberFormats[r] = out;
  }
  for (let r = 0; r < rawFills.length; r++) {
    const br = rawFills[r]!;
    const out: (string | null)[] = new Array(br.length);
    for (let c = 0; c < br.length; c++) out[c] = sheetsFill(br[c]);
    fills[r] = out;
  }
  const grid: GridSheet = { name, origin: { row: 1, column: 1 }, values, text, numberFormats, fills, merges };
  if (isProtected) grid.protected = true;
  if (hidden) grid.hidden = true;
  const columns = rawValues[0]?.length ?? 0;
  return { grid, meta: { name, sheetId, rows: rawValues.length, columns, sheetsFormats: rawFormats } };
}

/** Reads every sheet of the spreadsheet (the core finds the plan tables and its own sheets). */
export function readGrid(ss: Spreadsheet, options: ReadOptions): GridRead {
  const timeZone = ss.getSpreadsheetTimeZone();
  const toSerial = makeDateConverter(timeZone, options.formatDate);
  const grid: Grid = { fileName: ss.getName(), sheets: [] };
  const sheets: SheetMeta[] = [];
  for (const sheet of ss.getSheets()) {
    const read = readSheet(sheet, options, toSerial);
    grid.sheets.push(read.grid);
    sheets.push(read.meta);
  }
  return { grid, sheets, timeZone, dateMethod: toSerial.method };
}
