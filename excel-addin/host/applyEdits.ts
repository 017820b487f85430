/**
 * Applies the core's WorkbookEdits to the open workbook, queuing every write and syncing
 * once — or, where the writes are bigger than one 5 MB request, once per request-sized
 * batch. A batch Excel still refuses as too big (RequestPayloadSizeLimitExceeded, or the
 * GeneralException Excel on the web gives for some oversized writes) is split in half and
 * sent again, down to half a block of rows, so a run never stops part-way for its size.
 * PlanCheck's own sheets from an earlier run are cleared and rewritten, not deleted and
 * added again: deleting a worksheet clears Excel's undo stack (the user's history).
 * Nothing here decides content: it maps the edits onto the Excel API.
 *
 * Text rule (core/edits/editTypes): in PlanCheck's own sheets every string cell is given
 * the number format "@" BEFORE its value is written, so copied text that starts with
 * = + - @ (or looks like a number or date) stays text. Plan cells keep their own number
 * format, so a plan-cell string Excel would not keep as typed (formula-like, a number, a
 * date, TRUE/FALSE) is written with a leading apostrophe, which Excel takes as "text".
 */
import type { ChartSpec, OutCell, PlanCellEdit, SheetEdit, WorkbookEdits } from '../../core/index';
import { cellNumberFormat, columnLetters, isFormulaLike, parseA1 } from '../../core/index';
import { BYTES_PER_OPERATION, PAYLOAD_BUDGET, TOO_BIG_CODES, errorCode, jsonBytes } from './payload';

export interface ApplyOptions {
  budget?: number;
  onProgress?: (message: string) => void;
}

export interface ApplyResult {
  syncs: number;
  operations: number;
  /** The largest request we estimated for one sync, in bytes. */
  largestEstimate: number;
  /** Batches Excel refused as too big and that were sent again in halves. */
  splits: number;
}

/** A queued write: its estimated bytes, and where it is a block of rows, how to halve it. */
interface Operation {
  bytes: number;
  queue: () => void;
  split?: () => Operation[];
}

/** True where Excel refused a request for its size (Excel on the web may say only GeneralException). */
function tooBig(e: unknown): boolean {
  const code = errorCode(e) ?? '';
  return TOO_BIG_CODES.has(code) || code === 'GeneralException';
}

/**
 * Holds operations and syncs whenever the next one would take the request past the budget.
 * Operations are queued on the context only when their batch is sent, so a refused batch can
 * be sent again in halves (Office.js drops a failed batch's queue).
 */
export class Batcher {
  syncs = 0;
  operations = 0;
  largestEstimate = 0;
  splits = 0;
  private pending: Operation[] = [];
  private pendingBytes = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number = PAYLOAD_BUDGET,
  ) {}

  async add(argumentBytes: number, queue: () => void, split?: () => Operation[]): Promise<void> {
    const bytes = BYTES_PER_OPERATION + argumentBytes;
    if (this.pending.length > 0 && this.pendingBytes + bytes > this.budget) await this.flush();
    this.pending.push({ bytes, queue, split });
    this.pendingBytes += bytes;
    this.operations++;
  }

  async flush(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    if (ops.length) await this.send(ops);
  }

  private async send(ops: Operation[]): Promise<void> {
    this.largestEstimate = Math.max(this.largestEstimate, ops.reduce((n, o) => n + o.bytes, 0));
    for (const op of ops) op.queue();
    this.syncs++;
    try {
      await this.context.sync();
    } catch (e) {
      const halves = !tooBig(e) ? null : ops.length > 1 ? [ops.slice(0, Math.ceil(ops.length / 2)), ops.slice(Math.ceil(ops.length / 2))] : ops[0]!.split ? ops[0]!.split().map((o) => [o]) : null;
      if (!halves) throw e;
      this.splits++;
      for (const half of halves) await this.send(half);
    }
  }
}

/** Excel column width in points for a width in characters of the default font (Calibri 11). */
export function charsToPoints(chars: number): number {
  const px = Math.round(chars * 7 + 5);
  return Math.round(px * 0.75 * 100) / 100;
}

/** Always-quoted sheet reference for a link: 'Business Plan 2018-19'!C12 */
export function documentReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** A plan-cell value as written through range.values (see the text rule above). */
export function planCellValue(value: PlanCellEdit['value']): string | number | boolean {
  if (value === null || value === undefined) return ''; // "" clears the cell (null would leave it)
  if (typeof value !== 'string') return value;
  if (value === '') return '';
  if (isFormulaLike(value) || wouldBeRetyped(value)) return `'${value}`;
  return value;
}

/** Text Excel would turn into a number, percentage, date, time or boolean if typed in. */
function wouldBeRetyped(s: string): boolean {
  const t = s.trim();
  if (/^'/.test(s)) return true; // a leading apostrophe would itself be taken as the prefix
  if (/\d/.test(t) && /^[\d\s.,:/%$£€()-]+$/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (/\d/.test(t) && /^(\d{1,2}[\s-])?[A-Za-z]{3,9}[\s-]\d{2,4}$/.test(t)) return true; // 1 Mar 2019, March 2019, Mar-19
  if (/^\d{1,2}[\s-][A-Za-z]{3,9}$/.test(t)) return true; // 1-Mar
  return false;
}

function rectangles<T>(rows: OutCell[][], pick: (c: OutCell) => T | undefined): { row: number; col: number; rows: number; cols: number; value: T }[] {
  // runs of equal values along each row, then runs of equal runs down the rows
  const open = new Map<string, { row: number; col: number; rows: number; cols: number; value: T }>();
  const out: { row: number; col: number; rows: number; cols: number; value: T }[] = [];
  rows.forEach((cells, r) => {
    const runs: { col: number; cols: number; value: T }[] = [];
    cells.forEach((cell, c) => {
      const v = pick(cell);
      if (v === undefined) return;
      const last = runs[runs.length - 1];
      if (last && last.col + last.cols === c && last.value === v) last.cols++;
      else runs.push({ col: c, cols: 1, value: v });
    });
    const seen = new Set<string>();
    for (const run of runs) {
      const k = `${run.col}:${run.cols}:${String(run.value)}`;
      seen.add(k);
      const prev = open.get(k);
      if (prev && prev.row + prev.rows === r) prev.rows++;
      else {
        const rect = { row: r, col: run.col, rows: 1, cols: run.cols, value: run.value };
        open.set(k, rect);
        out.push(rect);
      }
    }
    for (const k of [...open.keys()]) if (!seen.has(k)) open.delete(k);
  });
  return out;
}

function address(row0: number, col0: number, rows: number, cols: number): string {
  const tl = `${columnLetters(col0 + 1)}${row0 + 1}`;
  return rows === 1 && cols === 1 ? tl : `${tl}:${columnLetters(col0 + cols)}${row0 + rows}`;
}

/** The earlier PlanCheck sheet an edit rewrites in place: the one of its own name, else the first it replaces. */
export function sheetToReuse(edit: SheetEdit): string | null {
  return edit.replaces.includes(edit.name) ? edit.name : edit.replaces[0] ?? null;
}

export async function applyEdits(context: Excel.RequestContext, edits: WorkbookEdits, options: ApplyOptions = {}): Promise<ApplyResult> {
  const b = new Batcher(context, options.budget);
  const worksheets = context.workbook.worksheets;
  const reuse = new Map(edits.sheets.map((e) => [e, sheetToReuse(e)] as const));
  const kept = new Set([...reuse.values()].filter((n): n is string => n !== null));

  // an earlier sheet's charts are removed before it is rewritten: they must be listed first
  let oldCharts: Excel.ChartCollection[] = [];
  if (kept.size) {
    oldCharts = [...kept].map((name) => worksheets.getItem(name).charts.load('items/name'));
    b.syncs++;
    await context.sync();
  }

  // PlanCheck's sheets from earlier runs that are not rewritten go first, so others can take their names
  const toDelete = [...new Set([...edits.deleteSheets, ...edits.sheets.flatMap((s) => s.replaces)])].filter((n) => !kept.has(n));
  for (const name of toDelete) await b.add(jsonBytes(name), () => worksheets.getItem(name).delete());
  for (const charts of oldCharts) for (const chart of charts.items) await b.add(8, () => chart.delete());

  for (const edit of edits.sheets) {
    options.onProgress?.(`Writing the sheet "${edit.name}"…`);
    await writeSheet(b, worksheets, edit, reuse.get(edit) ?? null);
  }

  if (edits.planCells.length) options.onProgress?.(`Writing ${edits.planCells.length} plan cell${edits.planCells.length === 1 ? '' : 's'}…`);
  for (const cell of edits.planCells) {
    if (cell.value !== undefined) {
      const v = planCellValue(cell.value);
      await b.add(jsonBytes(v) + jsonBytes(cell.cell), () => {
        worksheets.getItem(cell.sheet).getRange(cell.cell).values = [[v]];
      });
    }
    if (cell.fill !== undefined) {
      const fill = cell.fill;
      await b.add(24 + jsonBytes(cell.cell), () => {
        const r = worksheets.getItem(cell.sheet).getRange(cell.cell);
        if (fill === null) r.format.fill.clear();
        else r.format.fill.color = fill;
      });
    }
  }
  await b.flush();
  return { syncs: b.syncs, operations: b.operations, largestEstimate: b.largestEstimate, splits: b.splits };
}

async function writeSheet(b: Batcher, worksheets: Excel.WorksheetCollection, edit: SheetEdit, reused: string | null): Promise<void> {
  let ws: Excel.Worksheet | null = null;
  if (reused === null) {
    await b.add(jsonBytes(edit.name), () => {
      ws = worksheets.add(edit.name);
    });
  } else {
    // rewritten in place: renamed where the name moved on, emptied of the earlier run's cells
    await b.add(jsonBytes(edit.name) + 40, () => {
      ws = worksheets.getItem(reused);
      if (reused !== edit.name) ws.name = edit.name;
      ws.getRange().clear(Excel.ClearApplyTo.all);
      ws.freezePanes.unfreeze();
      ws.autoFilter.remove();
      ws.visibility = edit.hidden ? Excel.SheetVisibility.hidden : Excel.SheetVisibility.visible;
    });
  }
  const sheet = (): Excel.Worksheet => ws!;
  if (edit.hidden && reused === null) {
    await b.add(16, () => {
      sheet().visibility = Excel.SheetVisibility.hidden;
    });
  }

  // values, in blocks of rows that fit a request; number formats first (the text rule)
  const width = Math.max(0, ...edit.rows.map((r) => r.length));
  if (width > 0 && edit.rows.length > 0) {
    let start = 0;
    while (start < edit.rows.length) {
      let bytes = 0;
      let end = start;
      const values: (string | number | null)[][] = [];
      const formats: (string | null)[][] = [];
      while (end < edit.rows.length) {
        const cells = edit.rows[end]!;
        const v: (string | number | null)[] = [];
        const f: (string | null)[] = [];
        for (let c = 0; c < width; c++) {
          const cell = cells[c];
          // null leaves a cell as it is: a new sheet's cells are empty
          if (!cell || cell.value === null || cell.value === '') {
            v.push(null);
            f.push(cell?.numberFormat ?? null);
          } else {
            v.push(cell.value);
            f.push(cellNumberFormat(cell));
          }
        }
        const rowBytes = jsonBytes(v) + jsonBytes(f);
        if (end > start && bytes + rowBytes > 0.45 * PAYLOAD_BUDGET) break;
        values.push(v);
        formats.push(f);
        bytes += rowBytes;
        end++;
      }
      const block = rowBlock(sheet, start, width, formats, values, bytes);
      await b.add(block.bytes, block.queue, block.split);
      start = end;
    }
  }

  // formatting, one operation per rectangle of equal cells
  const formatOps: { addr: string; apply: (r: Excel.Range) => void; bytes: number }[] = [];
  for (const r of rectangles(edit.rows, (c) => c.fill)) {
    formatOps.push({ addr: address(r.row, r.col, r.rows, r.cols), bytes: 10, apply: (x) => void (x.format.fill.color = r.value) });
  }
  for (const r of rectangles(edit.rows, (c) => (c.bold ? true : undefined))) {
    formatOps.push({ addr: address(r.row, r.col, r.rows, r.cols), bytes: 4, apply: (x) => void (x.format.font.bold = true) });
  }
  for (const r of rectangles(edit.rows, (c) => (c.italic ? true : undefined))) {
    formatOps.push({ addr: address(r.row, r.col, r.rows, r.cols), bytes: 4, apply: (x) => void (x.format.font.italic = true) });
  }
  for (const r of rectangles(edit.rows, (c) => c.fontColour)) {
    formatOps.push({ addr: address(r.row, r.col, r.rows, r.cols), bytes: 10, apply: (x) => void (x.format.font.color = r.value) });
  }
  for (const r of rectangles(edit.rows, (c) => (c.wrap ? true : undefined))) {
    formatOps.push({ addr: address(r.row, r.col, r.rows, r.cols), bytes: 4, apply: (x) => void (x.format.wrapText = true) });
  }
  for (const op of formatOps) await b.add(op.bytes + op.addr.length, () => op.apply(sheet().getRange(op.addr)));

  // links that jump to plan cells
  for (let r = 0; r < edit.rows.length; r++) {
    const cells = edit.rows[r]!;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell?.link) continue;
      const hyperlink: Excel.RangeHyperlink = {
        documentReference: documentReference(cell.link.sheet, cell.link.cell),
        textToDisplay: cell.value === null ? cell.link.cell : String(cell.value),
      };
      const addr = address(r, c, 1, 1);
      await b.add(jsonBytes(hyperlink) + addr.length, () => {
        sheet().getRange(addr).hyperlink = hyperlink;
      });
    }
  }

  // column widths, runs of equal widths at once
  let c = 0;
  while (c < edit.columnWidths.length) {
    const w = edit.columnWidths[c]!;
    let e = c;
    while (e + 1 < edit.columnWidths.length && edit.columnWidths[e + 1] === w) e++;
    if (w > 0) {
      const cols = `${columnLetters(c + 1)}:${columnLetters(e + 1)}`;
      const points = charsToPoints(w);
      await b.add(cols.length + 8, () => {
        sheet().getRange(cols).format.columnWidth = points;
      });
    }
    c = e + 1;
  }

  if (edit.freezeRows > 0) {
    await b.add(8, () => sheet().freezePanes.freezeRows(edit.freezeRows));
  }
  if (edit.filter) {
    const f = edit.filter;
    const addr = address(f.headerRow - 1, f.firstColumn - 1, f.lastRow - f.headerRow + 1, f.lastColumn - f.firstColumn + 1);
    await b.add(addr.length, () => sheet().autoFilter.apply(addr));
  }
  for (const chart of edit.charts ?? []) await addChart(b, sheet, chart);
}

/**
 * One block of rows: number formats first (the text rule), then values, in one operation that
 * halves itself where Excel refuses it as too big.
 */
function rowBlock(sheet: () => Excel.Worksheet, at: number, width: number, formats: (string | null)[][], values: (string | number | null)[][], bytes: number): Operation {
  return {
    bytes,
    queue: () => {
      const range = sheet().getRangeByIndexes(at, 0, values.length, width);
      range.numberFormat = formats;
      range.values = values;
    },
    split:
      values.length < 2
        ? undefined
        : () => {
            const h = Math.ceil(values.length / 2);
            return [
              rowBlock(sheet, at, width, formats.slice(0, h), values.slice(0, h), Math.ceil(bytes / 2)),
              rowBlock(sheet, at + h, width, formats.slice(h), values.slice(h), Math.ceil(bytes / 2)),
            ];
          },
  };
}

/**
 * The stacked bar chart, its series built explicitly: the chart starts from the first series'
 * numbers alone (one column of numbers makes exactly one series), then every series is given
 * its name, values, category labels and colour, and the others are added with series.add.
 * Left to detect series from the whole block, Excel takes a column of numeric category labels
 * (section numbers, years) for a series of its own.
 */
async function addChart(b: Batcher, sheet: () => Excel.Worksheet, spec: ChartSpec): Promise<void> {
  if (spec.data.categoryCount < 1 || spec.series.length < 1) return;
  const anchor = parseA1(spec.anchor) ? spec.anchor : 'A1';
  const firstRow = spec.data.headerRow; // 0-based index of the first category row
  const categoryColumn = spec.data.categoryColumn - 1;
  const count = spec.data.categoryCount;
  await b.add(200 + jsonBytes(spec.title) + 160 * spec.series.length, () => {
    const ws = sheet();
    const column = (i: number) => ws.getRangeByIndexes(firstRow, categoryColumn + 1 + i, count, 1);
    const categories = ws.getRangeByIndexes(firstRow, categoryColumn, count, 1);
    const chart = ws.charts.add(Excel.ChartType.barStacked, column(0), Excel.ChartSeriesBy.columns);
    chart.title.text = spec.title;
    chart.setPosition(anchor);
    chart.width = Math.round(spec.widthPx * 0.75);
    chart.height = Math.round(spec.heightPx * 0.75);
    chart.legend.position = Excel.ChartLegendPosition.bottom;
    spec.series.forEach((s, i) => {
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
      series.name = s.name;
      series.setValues(column(i));
      series.setXAxisValues(categories);
      series.format.fill.setSolidColor(s.colour);
    });
  });
}
