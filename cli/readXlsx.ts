/**
 * Reads an .xlsx / .xlsm workbook into the core's Grid with ExcelJS (loaded only when an
 * .xlsx is read). Values as the core expects them: formulas as their cached result, dates
 * as Excel 1900-system serials computed in UTC, errors as their text, rich text and
 * hyperlinks as plain text. Anything that is not a readable workbook becomes a ReadError
 * with a one-line reason.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type * as ExcelJSTypes from 'exceljs';
import type { CellValue, Grid, GridSheet, MergedArea } from '../core/index';
import { NOT_CALCULATED } from '../core/index';
import { fillToHex, themePalette, type SheetFill } from './colours';
import { dateToSerial, displayText } from './displayText';
import { ReadError, describeFsError, oneLine } from './readError';
import { cleanString } from './cellText';
import { readPackageGrid, ReaderDeclined, ZipTooLarge } from './xlsx/readPackage';

type ExcelJSModule = typeof ExcelJSTypes;

let excelJs: ExcelJSModule | null = null;

/** ExcelJS, required on first use (it is slow to load), with its date reading made safe. */
export function loadExcelJs(): ExcelJSModule {
  if (excelJs) return excelJs;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('exceljs') as ExcelJSModule;
  patchDateReading();
  excelJs = mod;
  return mod;
}

/**
 * ExcelJS turns every cached formula result in a date-formatted cell into a Date, even a
 * text result or an error ({error:'#REF!'}), which then becomes an Invalid Date and is lost.
 * Only numbers are dates: anything else is passed through unchanged.
 */
function patchDateReading(): void {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const utils = require('exceljs/lib/utils/utils.js') as { excelToDate?: (v: unknown, d1904?: boolean) => unknown; __plancheckPatched?: boolean };
    const original = utils.excelToDate;
    if (typeof original !== 'function' || utils.__plancheckPatched) return;
    utils.excelToDate = (v: unknown, date1904?: boolean) => (typeof v === 'number' ? original.call(utils, v, date1904) : v);
    utils.__plancheckPatched = true;
  } catch {
    // a different ExcelJS layout: dates in formula results stay as ExcelJS reads them
  }
}

/** What the first bytes of a file say it is. */
export type FileKind = 'zip' | 'ole' | 'empty' | 'other';

export function sniffKind(buf: Uint8Array): FileKind {
  if (buf.length === 0) return 'empty';
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && (buf[2] === 0x03 || buf[2] === 0x05 || buf[2] === 0x07)) return 'zip';
  if (buf.length >= 8 && buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0 && buf[4] === 0xa1 && buf[5] === 0xb1 && buf[6] === 0x1a && buf[7] === 0xe1) return 'ole';
  return 'other';
}

/** An OLE2 (compound) file holding "EncryptionInfo": an Office file saved with a password. */
function isEncryptedOoxml(buf: Uint8Array): boolean {
  const needle = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).indexOf(needle) >= 0;
}

/** The one-line reason a buffer cannot be an .xlsx, or null where it looks like one. */
export function notXlsxReason(buf: Uint8Array): string | null {
  switch (sniffKind(buf)) {
    case 'empty':
      return 'the file is empty (0 bytes): check it was saved or copied completely';
    case 'ole':
      return isEncryptedOoxml(buf)
        ? 'the workbook is password-protected (encrypted): open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), save it and run again'
        : 'this is an old-style Excel 97-2003 workbook (.xls): open it in Excel, save it as "Excel Workbook (*.xlsx)" and run PlanCheck on the .xlsx';
    case 'other':
      return 'this is not an Excel workbook (.xlsx): open it in Excel and save it as "Excel Workbook (*.xlsx)", or export the plan as .csv';
    default:
      return null;
  }
}

/** Reads a workbook file. Throws ReadError only. */
export async function readXlsxFile(filePath: string): Promise<Grid> {
  const fileName = path.basename(filePath);
  let buf: Buffer;
  try {
    buf = await fs.readFile(filePath);
  } catch (e) {
    throw new ReadError(filePath, describeFsError(e));
  }
  return readXlsxBuffer(buf, fileName, filePath);
}

/** Reads a workbook held in memory. `shownAs` names the file in errors (default the file name). Throws ReadError only. */
const loadedWorkbooks = new WeakMap<Grid, ExcelJSTypes.Workbook>();

/** The whole workbook a grid was read from, where the reader was asked to keep it (for --out: read once, not twice). */
export function loadedWorkbook(grid: Grid): ExcelJSTypes.Workbook | undefined {
  return loadedWorkbooks.get(grid);
}

export interface ReadOptions {
  /** Keep the whole workbook (drawings, validations, formatting and all) to write a copy of it. */
  keepWorkbook?: boolean;
}

/**
 * Reads a workbook held in memory: with the streaming reader (cli/xlsx), or with ExcelJS where
 * that reader declines the file. Throws ReadError only.
 */
export async function readXlsxBuffer(buf: Uint8Array, fileName: string, shownAs: string = fileName, options: ReadOptions = {}): Promise<Grid> {
  const bad = notXlsxReason(buf);
  if (bad) throw new ReadError(shownAs, bad);
  const raw = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  let declinedFor: string | undefined;
  let grid: Grid | undefined;
  try {
    grid = await readPackageGrid(raw, fileName);
  } catch (e) {
    if (e instanceof ZipTooLarge) throw new ReadError(shownAs, zipBombReason(e));
    declinedFor = e instanceof ReaderDeclined ? e.message : `an unexpected ${e instanceof Error ? e.name : 'failure'}`;
    // tests: a failure that is not a decline is a bug in the reader, not a file to hand to ExcelJS
    if (!(e instanceof ReaderDeclined) && process.env.PLANCHECK_READER_STRICT === '1') throw e;
  }
  if (grid && !options.keepWorkbook) return grid;
  return readXlsxBufferWithExcelJs(raw, fileName, shownAs, options, grid, declinedFor);
}

/** A part that inflates past any real plan's, in one line. */
function zipBombReason(e: ZipTooLarge): string {
  return `the workbook's part ${e.part} inflates to more than ${Math.round(e.inflatedBytes / 1048576)} MB${e.why === 'ratio' ? ' from far less (a zip bomb or a damaged file)' : ''}: PlanCheck stopped reading it; open it in Excel and save it again, or check where the file came from`;
}

/**
 * The ExcelJS path: the whole workbook model (kept for --out), its grid unless the streaming
 * reader already gave one. `declinedFor` says what the streaming reader could not read, for
 * the message where ExcelJS cannot read the file either.
 */
export async function readXlsxBufferWithExcelJs(buf: Uint8Array, fileName: string, shownAs: string = fileName, options: ReadOptions = {}, streamed?: Grid, declinedFor?: string): Promise<Grid> {
  const bad = notXlsxReason(buf);
  if (bad) throw new ReadError(shownAs, bad);
  let ExcelJS: ExcelJSModule;
  try {
    ExcelJS = loadExcelJs();
  } catch (e) {
    throw new ReadError(shownAs, `cannot load the Excel reader (${oneLine(e instanceof Error ? e.message : String(e))}): reinstall PlanCheck`);
  }
  let wb = new ExcelJS.Workbook();
  const load = async (skip: string[]) =>
    wb.xlsx.load(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength) as unknown as ExcelJSTypes.Buffer, {
      ignoreNodes: skip,
    } as unknown as Partial<ExcelJSTypes.XlsxReadOptions>);
  // reading only: skip what the checks never look at; keeping a copy: skip nothing
  const READ_ONLY_SKIP = ['dataValidations', 'conditionalFormatting', 'extLst', 'drawing', 'legacyDrawing', 'picture', 'tableParts'];
  let keep = !!options.keepWorkbook;
  try {
    await load(keep ? [] : READ_ONLY_SKIP);
  } catch (e) {
    if (!keep) throw new ReadError(shownAs, describeLoadError(e, declinedFor));
    // ExcelJS cannot read the whole of some workbooks other programs write (their charts,
    // comments): the plan is still read; the writer says why it cannot change a copy
    keep = false;
    if (!streamed) {
      wb = new ExcelJS.Workbook();
      try {
        await load(READ_ONLY_SKIP);
      } catch (again) {
        throw new ReadError(shownAs, describeLoadError(again, declinedFor));
      }
    }
  }
  if (wb.worksheets.length === 0 && !streamed) {
    // a zip of another kind (a Word document, an OpenDocument spreadsheet, any archive)
    const raw = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    if (raw.indexOf('application/vnd.oasis.opendocument.spreadsheet') >= 0 && raw.indexOf('application/vnd.oasis.opendocument.spreadsheet') < 200) {
      throw new ReadError(shownAs, 'this is an OpenDocument spreadsheet (.ods), not an Excel workbook: save it as "Excel 2007-365 (.xlsx)" and run again');
    }
    if (raw.indexOf('xl/workbook.xml') < 0) {
      throw new ReadError(shownAs, 'this is a zip file but not an Excel workbook (no workbook inside): give the plan as .xlsx or .csv');
    }
    // a real workbook with no worksheets (only chart sheets, say): the core reports no plan table
  }
  try {
    const grid = streamed ?? workbookToGrid(wb, fileName);
    if (keep) loadedWorkbooks.set(grid, wb);
    return grid;
  } catch (e) {
    throw new ReadError(shownAs, declinedFor ? cannotRead(declinedFor) : `the workbook could not be read (${oneLine(e instanceof Error ? e.message : String(e))}): open it in Excel, save it again as .xlsx and run again`);
  }
}

/** What the streaming reader could not read, as the one line the user sees. */
function cannotRead(declinedFor: string): string {
  return `the workbook could not be read (${oneLine(declinedFor, 160)}): open it in Excel, save it again as .xlsx and run again`;
}

function describeLoadError(e: unknown, declinedFor?: string): string {
  const msg = oneLine(e instanceof Error ? e.message : String(e), 160);
  if (/end of (central directory|data)|corrupted zip|is this a zip|invalid (signature|zip)|unexpected end|crc32|compressed|inflate|zlib/i.test(msg)) {
    return 'the file is damaged or incomplete (its zip data cannot be read): open it in Excel and save it again, or copy it again from where it came';
  }
  // ExcelJS's own words ("Cannot set properties of undefined") say nothing to a user: name the part instead
  if (declinedFor && !/^the zip directory/.test(declinedFor)) return cannotRead(declinedFor);
  return `the workbook could not be read (${msg}): open it in Excel, save it again as .xlsx and run again`;
}

// ExcelJS ValueType numbers (stable since ExcelJS 1)
const VT_NULL = 0;
const VT_MERGE = 1;
const VT_NUMBER = 2;
const VT_STRING = 3;
const VT_DATE = 4;
const VT_HYPERLINK = 5;
const VT_FORMULA = 6;
const VT_RICHTEXT = 8;
const VT_BOOLEAN = 9;
const VT_ERROR = 10;

interface CellLike {
  type: number;
  value: unknown;
  /** A formula's cached result. */
  result?: unknown;
  style?: { numFmt?: string; fill?: SheetFill } | null;
}

interface RowLike {
  _cells?: (CellLike | undefined)[];
}

/** Rich text runs, a hyperlink's text or any nested text value as plain text. */
function plainText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: { text?: unknown }[]; text?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => (typeof r?.text === 'string' ? r.text : '')).join('');
    if (o.text !== undefined) return plainText(o.text);
    if (typeof o.error === 'string') return o.error;
  }
  return '';
}

/** A cached formula result (or any value) as a grid value; `date` tells whether it came as a Date. */
function toCellValue(v: unknown): { value: CellValue; date: boolean } {
  if (v === null || v === undefined) return { value: null, date: false };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : null, date: false };
  if (typeof v === 'string') return { value: cleanString(v), date: false };
  if (typeof v === 'boolean') return { value: v, date: false };
  if (v instanceof Date) {
    const t = v.getTime();
    return Number.isNaN(t) ? { value: null, date: false } : { value: dateToSerial(v), date: true };
  }
  if (typeof v === 'object') {
    const o = v as { error?: unknown };
    if (typeof o.error === 'string') return { value: o.error, date: false };
    return { value: cleanString(plainText(v)), date: false };
  }
  return { value: null, date: false };
}

interface StyleInfo {
  numFmt: string;
  fill: string | null;
}

function sheetToGrid(ws: ExcelJSTypes.Worksheet, palette: readonly string[]): GridSheet {
  const styleCache = new Map<object, StyleInfo>();
  const noStyle: StyleInfo = { numFmt: 'General', fill: null };
  const styleOf = (cell: CellLike): StyleInfo => {
    const st = cell.style;
    if (!st || typeof st !== 'object') return noStyle;
    let info = styleCache.get(st);
    if (!info) {
      info = { numFmt: typeof st.numFmt === 'string' && st.numFmt ? st.numFmt : 'General', fill: fillToHex(st.fill, palette) };
      styleCache.set(st, info);
    }
    return info;
  };

  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormats: string[][] = [];
  const fills: (string | null)[][] = [];

  /** Cells up to the last one with a value or a fill (trailing cells are left off: rows may be ragged). */
  const widthOf = (cells: (CellLike | undefined)[] | undefined): number => {
    if (!cells) return 0;
    for (let c = cells.length - 1; c >= 0; c--) {
      const cell = cells[c];
      if (cell && (cell.type !== VT_NULL || styleOf(cell).fill !== null)) return c + 1;
    }
    return 0;
  };
  const rows = rowsOf(ws);
  // trailing rows with nothing to read (formatting down to row 1 048 576, say) are left off
  let lastRow = rows.length;
  while (lastRow > 0 && widthOf(rows[lastRow - 1]?._cells) === 0) lastRow--;
  for (let r = 0; r < lastRow; r++) {
    const cells = rows[r]?._cells;
    const width = widthOf(cells);
    const vRow: CellValue[] = new Array<CellValue>(width);
    const tRow: string[] = new Array<string>(width);
    const fRow: string[] = new Array<string>(width);
    const cRow: (string | null)[] = new Array<string | null>(width);
    for (let c = 0; c < width; c++) {
      const cell = cells![c];
      if (!cell) {
        vRow[c] = null;
        tRow[c] = '';
        fRow[c] = 'General';
        cRow[c] = null;
        continue;
      }
      const style = styleOf(cell);
      fRow[c] = style.numFmt;
      cRow[c] = style.fill;
      let read: { value: CellValue; date: boolean };
      switch (cell.type) {
        case VT_NULL:
        case VT_MERGE:
          read = { value: null, date: false };
          break;
        case VT_NUMBER:
        case VT_STRING:
        case VT_BOOLEAN:
        case VT_DATE:
          read = toCellValue(cell.value);
          break;
        case VT_RICHTEXT:
        case VT_HYPERLINK:
          read = { value: cleanString(plainText(cell.value)), date: false };
          break;
        case VT_ERROR:
          read = toCellValue(cell.value);
          break;
        case VT_FORMULA:
          // cell.result, not cell.value.result: ExcelJS's value drops falsy results (0, false, "")
          // no result at all: saved by a program that writes formulas without calculating them
          read = cell.result === undefined ? { value: NOT_CALCULATED, date: false } : toCellValue(cell.result);
          break;
        default:
          read = toCellValue(cell.value);
      }
      vRow[c] = read.value;
      tRow[c] = displayText(read.value, style.numFmt, read.date);
    }
    values.push(vRow);
    text.push(tRow);
    numberFormats.push(fRow);
    fills.push(cRow);
  }

  const sheet: GridSheet = {
    name: ws.name,
    origin: { row: 1, column: 1 },
    values,
    text,
    numberFormats,
    fills,
    merges: mergesOf(ws),
  };
  if (ws.state === 'hidden' || ws.state === 'veryHidden') sheet.hidden = true;
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  if (protection && protection.sheet) sheet.protected = true;
  return sheet;
}

/** The worksheet's rows, index 0 = sheet row 1, without creating rows that are not there. */
function rowsOf(ws: ExcelJSTypes.Worksheet): (RowLike | undefined)[] {
  const internal = (ws as unknown as { _rows?: unknown })._rows;
  if (Array.isArray(internal)) return internal as (RowLike | undefined)[];
  // fallback through the public API (slower: it creates the rows it visits)
  const rows: (RowLike | undefined)[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: CellLike[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cell as unknown as CellLike;
    });
    rows[n - 1] = { _cells: cells };
  });
  return rows;
}

/** A worksheet's merged areas as ExcelJS keeps them (1-based corners), in no order. */
export function exceljsMerges(ws: ExcelJSTypes.Worksheet): { top: number; left: number; bottom: number; right: number }[] {
  const internal = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
  return internal && typeof internal === 'object' ? Object.values(internal).filter((m) => m && m.top > 0 && m.left > 0) : [];
}

function mergesOf(ws: ExcelJSTypes.Worksheet): MergedArea[] {
  const out = exceljsMerges(ws).map((m) => ({ row: m.top, column: m.left, rowCount: m.bottom - m.top + 1, columnCount: m.right - m.left + 1 }));
  out.sort((a, b) => a.row - b.row || a.column - b.column);
  return out;
}

/** The colours of a workbook's theme, for fills given as theme colours. */
export function workbookPalette(wb: ExcelJSTypes.Workbook): ReturnType<typeof themePalette> {
  const themes = (wb as unknown as { _themes?: Record<string, string> })._themes;
  return themePalette(themes?.theme1 ?? (themes ? Object.values(themes)[0] : undefined));
}

/** ExcelJS workbook to Grid. */
export function workbookToGrid(wb: ExcelJSTypes.Workbook, fileName: string): Grid {
  const palette = workbookPalette(wb);
  const sheets: GridSheet[] = [];
  for (const ws of wb.worksheets) {
    // chart sheets and dialog sheets come through as worksheets without rows
    sheets.push(sheetToGrid(ws, palette));
  }
  return { fileName, sheets };
}
