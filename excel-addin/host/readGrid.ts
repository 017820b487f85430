/**
 * Reads the open workbook into the core's Grid in as few `context.sync()` calls as it can:
 *   sync 1  the sheets (names, visibility) and the workbook's structure protection;
 *   sync 2  every sheet's used range (position and size) and sheet protection;
 *   sync 3… every sheet's cells — values, display text, number formats, fills as shown
 *           (getDisplayedCellProperties, ExcelApi 1.19, so a RAG colour set by conditional
 *           formatting is seen; getCellProperties elsewhere) and the count of merged areas —
 *           in row chunks packed into
 *           as few syncs as fit Office's 5 MB payload limit. The chunk size comes from the
 *           used-range dimensions and an estimate of bytes per cell, re-measured after each
 *           sync; a batch Excel still finds too big is retried at half the size.
 *           Where a chunk has merged areas, their positions are loaded with the next sync
 *           (only a RangeAreas known not to be a null object is navigated), so merged cells
 *           cost one extra sync per run, not one per chunk.
 * A plan that fits in one payload is read in three syncs (four if it has merged cells).
 * No rule lives here: values go to the core exactly as Excel gives them (dates as
 * serials, number formats in US form, errors as their text).
 */
import type { CellValue, Grid, GridSheet } from '../../core/index';
import { FIRST_GUESS_BYTES_PER_CELL, MIN_BYTES_PER_CELL, PAYLOAD_BUDGET, TOO_BIG_CODES, errorCode, jsonBytes } from './payload';

export interface ReadProgress {
  sheet: string;
  rowsRead: number;
  rowsTotal: number;
}

export interface ReadOptions {
  /** File name for the core (a source of the plan period). */
  fileName?: string;
  /** Bytes one sync may carry by our estimate (default PAYLOAD_BUDGET). */
  budget?: number;
  /** Read fill colours (getCellProperties, ExcelApi 1.9). */
  readFills?: boolean;
  /** Read fills as shown, conditional formats included (getDisplayedCellProperties, ExcelApi 1.19). */
  readDisplayedFills?: boolean;
  /** Read merged areas (getMergedAreasOrNullObject, ExcelApi 1.13). */
  readMerges?: boolean;
  onProgress?: (p: ReadProgress) => void;
}

export interface ReadResult {
  grid: Grid;
  /** The workbook's structure is protected: no sheet can be added or deleted. */
  structureProtected: boolean;
  /** Every sheet is blank. */
  empty: boolean;
  /** context.sync calls made while reading. */
  syncs: number;
  /** Row chunks read (one per sheet for a plan that fits in one payload). */
  chunks: number;
  /** The largest response we estimated for one sync, in bytes. */
  largestEstimate: number;
  /**
   * Sheets with conditional formats whose colours were not read (fills read without
   * ExcelApi 1.19's getDisplayedCellProperties): a RAG shown by a rule was not seen.
   */
  conditionalFormatSheets: string[];
}

interface Extent {
  sheet: GridSheet;
  row: number; // 0-based
  column: number;
  rowCount: number;
  columnCount: number;
  next: number; // rows read so far
}

interface Chunk {
  extent: Extent;
  start: number; // offset from extent.row
  rows: number;
  range: Excel.Range;
  fills: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  merged: Excel.RangeAreas | null;
}

/** Merged areas whose positions are loaded in the next sync. */
interface PendingAreas {
  sheet: GridSheet;
  merged: Excel.RangeAreas;
}

/** A used range this much bigger than the cells with values is taken to be stray formatting. */
const STRAY_FORMAT_FACTOR = 4;
const STRAY_FORMAT_MIN_CELLS = 200_000;
/** Keep each chunk's merged areas under Excel's 512 with room to spare. */
const MAX_MERGES_PER_CHUNK = 400;

export async function readGrid(context: Excel.RequestContext, options: ReadOptions = {}): Promise<ReadResult> {
  const budget = options.budget ?? PAYLOAD_BUDGET;
  const readFills = options.readFills ?? true;
  const readMerges = options.readMerges ?? true;
  const displayed = readFills && (options.readDisplayedFills ?? false);
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };

  // sync 1: the sheets
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const wbProtection = context.workbook.protection;
  wbProtection.load('protected');
  await sync();

  // sync 2: used ranges and protection
  const probes = worksheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(false);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const valuesOnly = ws.getUsedRangeOrNullObject(true);
    valuesOnly.load('rowIndex,columnIndex,rowCount,columnCount');
    ws.protection.load('protected');
    // where fills are read without conditional formats' colours, count the rules to say so
    const rules = readFills && !displayed ? used.conditionalFormats.getCount() : null;
    return { ws, used, valuesOnly, rules };
  });
  await sync();

  const sheets: GridSheet[] = [];
  const extents: Extent[] = [];
  const conditionalFormatSheets: string[] = [];
  for (const { ws, used, valuesOnly, rules } of probes) {
    const sheet: GridSheet = { name: ws.name, values: [], text: [], numberFormats: [], fills: [], merges: [] };
    if (ws.protection.protected) sheet.protected = true;
    if (ws.visibility !== 'Visible') sheet.hidden = true;
    sheets.push(sheet);
    if (used.isNullObject) continue;
    if (rules && rules.value > 0) conditionalFormatSheets.push(ws.name);
    let area = { row: used.rowIndex, column: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount };
    if (!valuesOnly.isNullObject) {
      const all = area.rowCount * area.columnCount;
      const withValues = valuesOnly.rowCount * valuesOnly.columnCount;
      // formatting copied far below the plan (whole columns filled) would be read cell by cell
      if (all > STRAY_FORMAT_MIN_CELLS && all > STRAY_FORMAT_FACTOR * withValues) {
        area = { row: valuesOnly.rowIndex, column: valuesOnly.columnIndex, rowCount: valuesOnly.rowCount, columnCount: valuesOnly.columnCount };
      }
    }
    sheet.origin = { row: area.row + 1, column: area.column + 1 };
    extents.push({ sheet, ...area, next: 0 });
  }

  // sync 3…: the cells, in chunks
  let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  // Excel returns at most 512 merged areas per range: chunks are also capped by the merges seen
  let rowCap = Infinity;
  let chunksRead = 0;
  let largestEstimate = 0;
  const wsByName = new Map(probes.map((p) => [p.ws.name, p.ws] as const));
  let pending: PendingAreas[] = [];
  const queueAreas = (list: PendingAreas[]): void => {
    for (const p of list) p.merged.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount');
  };
  const takeAreas = (list: PendingAreas[]): void => {
    for (const p of list) {
      p.sheet.merges!.push(
        ...p.merged.areas.items.map((a) => ({ row: a.rowIndex + 1, column: a.columnIndex + 1, rowCount: a.rowCount, columnCount: a.columnCount })),
      );
    }
  };
  for (;;) {
    const batch: Chunk[] = [];
    let estimate = 0;
    for (const extent of extents) {
      while (extent.next < extent.rowCount) {
        const rowBytes = extent.columnCount * bytesPerCell;
        let rows = Math.floor((budget - estimate) / rowBytes);
        if (rows < 1) {
          if (batch.length > 0) break;
          rows = 1; // one row must go, whatever its size
        }
        rows = Math.min(rows, extent.rowCount - extent.next, rowCap);
        const ws = wsByName.get(extent.sheet.name)!;
        const range = ws.getRangeByIndexes(extent.row + extent.next, extent.column, rows, extent.columnCount);
        range.load('values,text,numberFormat');
        const fillOptions = { format: { fill: { color: true, pattern: true } } };
        const fills = !readFills ? null : displayed ? range.getDisplayedCellProperties(fillOptions) : range.getCellProperties(fillOptions);
        let merged: Excel.RangeAreas | null = null;
        if (readMerges) {
          merged = range.getMergedAreasOrNullObject();
          merged.load('areaCount');
        }
        batch.push({ extent, start: extent.next, rows, range, fills, merged });
        extent.next += rows;
        estimate += rows * rowBytes;
      }
      if (estimate >= budget) break;
    }
    if (batch.length === 0) break;
    largestEstimate = Math.max(largestEstimate, estimate);
    const inFlight = pending;
    try {
      await sync();
    } catch (e) {
      const code = errorCode(e);
      queueAreas(inFlight); // their loads were lost with the batch: ask again with the next one
      const rowsInBatch = batch.reduce((n, c) => n + c.rows, 0);
      if (rowsInBatch > 1 && (TOO_BIG_CODES.has(code ?? '') || code === 'GeneralException')) {
        // too big for Excel, or over 512 merged areas in a chunk: give these rows back, ask for half
        for (const c of batch) c.extent.next = Math.min(c.extent.next, c.start);
        if (TOO_BIG_CODES.has(code ?? '')) bytesPerCell *= 2;
        else rowCap = Math.max(1, Math.floor(Math.max(...batch.map((c) => c.rows)) / 2));
        continue;
      }
      throw e;
    }
    takeAreas(inFlight);
    pending = [];
    let bytes = 0;
    let cells = 0;
    for (const c of batch) {
      bytes += takeChunk(c);
      const merges = c.merged && !c.merged.isNullObject ? c.merged.areaCount : 0;
      if (merges > 0) {
        pending.push({ sheet: c.extent.sheet, merged: c.merged! });
        bytes += merges * 80;
      }
      if (merges > 0) rowCap = Math.min(rowCap, Math.max(1, Math.floor((MAX_MERGES_PER_CHUNK * c.rows) / merges)));
      cells += c.rows * c.extent.columnCount;
      chunksRead++;
      options.onProgress?.({ sheet: c.extent.sheet.name, rowsRead: c.start + c.rows, rowsTotal: c.extent.rowCount });
    }
    bytesPerCell = Math.max(MIN_BYTES_PER_CELL, Math.ceil((bytes / Math.max(1, cells)) * 1.25), bytesPerCell / 2);
    queueAreas(pending);
  }
  if (pending.length) {
    await sync(); // the last chunks' merged areas
    takeAreas(pending);
  }
  for (const sheet of sheets) sheet.merges!.sort((a, b) => a.row - b.row || a.column - b.column);

  const grid: Grid = { sheets };
  if (options.fileName) grid.fileName = options.fileName;
  return { grid, structureProtected: wbProtection.protected, empty: extents.length === 0, syncs, chunks: chunksRead, largestEstimate, conditionalFormatSheets };
}

/** Appends a chunk's cells to its grid sheet; returns the bytes it measured. */
function takeChunk(c: Chunk): number {
  const sheet = c.extent.sheet;
  const values = c.range.values as unknown[][];
  const text = c.range.text;
  const formats = c.range.numberFormat as unknown[][];
  const props = c.fills?.value ?? null;
  for (let i = 0; i < c.rows; i++) {
    const vRow = values[i] ?? [];
    sheet.values.push(vRow.map(toCellValue));
    sheet.text!.push((text[i] ?? []).map((t) => (typeof t === 'string' ? t : String(t ?? ''))));
    sheet.numberFormats!.push((formats[i] ?? []).map((f) => (typeof f === 'string' && f !== '' ? f : 'General')));
    sheet.fills!.push(props ? (props[i] ?? []).map(fillOf) : vRow.map(() => null));
  }
  return jsonBytes(values) + jsonBytes(text) + jsonBytes(formats) + (props ? jsonBytes(props) : 0);
}

/** Excel gives "" for an empty cell: the core's grid holds null there. */
function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/**
 * A cell's fill as '#RRGGBB', or null where it has none. Excel reports No Fill as #FFFFFF with
 * a null (or "None") pattern, the same as a white fill (office-js#4900, #6218): white is read
 * as no fill, so Undo apply clears such a cell rather than painting it white.
 */
export function fillOf(p: Excel.CellProperties): string | null {
  const fill = p.format?.fill;
  if (!fill || !fill.color) return null;
  if (fill.pattern === 'None') return null;
  const colour = fill.color.toUpperCase();
  if (colour === '#FFFFFF') return null;
  return /^#[0-9A-F]{6}$/.test(colour) ? colour : null;
}
