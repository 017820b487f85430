/**
 * Applies the core's WorkbookEdits to a spreadsheet in batches: per new sheet one
 * setNumberFormats + one setValues over the whole block (text cells formatted '@' first, so
 * copied text never becomes a formula, number or date), one call per other format in use, one
 * setRichTextValues per run of link cells in a column; plan cells (Apply RAG / Undo apply)
 * through one RangeList per distinct value and per distinct fill. The host decides no content.
 */
import type { ChartSpec, PlanCellEdit, SheetEdit, WorkbookEdits } from '../../core/index';
import { cellNumberFormat, isFormulaLike, parseA1 } from '../../core/index';
import { PLAIN_TEXT, SHEETS_GENERAL, columnPixels, excelToSheetsFormat } from './formats';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ApplyContext {
  ss: Spreadsheet;
  /** SpreadsheetApp: newRichTextValue() for links. */
  app: Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'newRichTextValue'>;
  /** Charts.Position.TOP, for the chart's legend. */
  legendTop: GoogleAppsScript.Charts.Position;
  /** Sheet ids (gids) by name, for links; sheets created here are added. */
  sheetIds: Map<string, number>;
  /** The Sheets number format of a plan cell as read ('@' where it is plain text), for Apply/Undo. */
  planCellFormat?: (sheet: string, cell: string) => string | undefined;
}

export interface ApplyOutcome {
  created: string[];
  deleted: string[];
  planCellsChanged: number;
}

export class ApplyError extends Error {
  override readonly name = 'ApplyError';
}

/** The link a cell gets to jump to another cell of this spreadsheet. */
export function cellLinkUrl(sheetId: number, cell: string): string {
  return `#gid=${sheetId}&range=${cell}`;
}

function deleteSheetNamed(ss: Spreadsheet, name: string): boolean {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return false;
  ss.deleteSheet(sheet);
  return true;
}

function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Block width: the widest row, or what the filter and widths need. */
function blockWidth(edit: SheetEdit): number {
  let w = 0;
  for (const row of edit.rows) if (row.length > w) w = row.length;
  if (edit.filter && edit.filter.lastColumn > w) w = edit.filter.lastColumn;
  return Math.max(w, 1);
}

function writeContent(ctx: ApplyContext, sheet: Sheet, edit: SheetEdit): void {
  const height = edit.rows.length;
  const width = blockWidth(edit);
  ensureSize(sheet, Math.max(height, edit.filter?.lastRow ?? 0, 1), Math.max(width, edit.columnWidths.length, 1));
  if (height > 0) {
    const values: (string | number)[][] = new Array(height);
    const formats: string[][] = new Array(height);
    const fills: (string | null)[][] = new Array(height);
    const weights: GoogleAppsScript.Spreadsheet.FontWeight[][] = new Array(height);
    const styles: GoogleAppsScript.Spreadsheet.FontStyle[][] = new Array(height);
    const colours: string[][] = new Array(height);
    const wraps: boolean[][] = new Array(height);
    let anyFill = false;
    let anyBold = false;
    let anyItalic = false;
    let anyColour = false;
    let anyWrap = false;
    for (let r = 0; r < height; r++) {
      const row = edit.rows[r]!;
      const vr: (string | number)[] = new Array(width);
      const fr: string[] = new Array(width);
      const br: (string | null)[] = new Array(width);
      const wr: GoogleAppsScript.Spreadsheet.FontWeight[] = new Array(width);
      const sr: GoogleAppsScript.Spreadsheet.FontStyle[] = new Array(width);
      const cr: string[] = new Array(width);
      const xr: boolean[] = new Array(width);
      for (let c = 0; c < width; c++) {
        const cell = row[c];
        const v = cell?.value;
        vr[c] = v === null || v === undefined ? '' : v;
        fr[c] = cell ? excelToSheetsFormat(cellNumberFormat(cell)) : SHEETS_GENERAL;
        br[c] = cell?.fill ?? null;
        wr[c] = cell?.bold ? 'bold' : 'normal';
        sr[c] = cell?.italic ? 'italic' : 'normal';
        cr[c] = cell?.fontColour ?? '#000000';
        xr[c] = !!cell?.wrap;
        if (cell?.fill) anyFill = true;
        if (cell?.bold) anyBold = true;
        if (cell?.italic) anyItalic = true;
        if (cell?.fontColour) anyColour = true;
        if (cell?.wrap) anyWrap = true;
      }
      values[r] = vr;
      formats[r] = fr;
      fills[r] = br;
      weights[r] = wr;
      styles[r] = sr;
      colours[r] = cr;
      wraps[r] = xr;
    }
    const block = sheet.getRange(1, 1, height, width);
    // formats first: a text cell is plain text before its value arrives
    block.setNumberFormats(formats);
    block.setValues(values);
    if (anyFill) block.setBackgrounds(fills);
    if (anyBold) block.setFontWeights(weights);
    if (anyItalic) block.setFontStyles(styles);
    if (anyColour) block.setFontColors(colours);
    if (anyWrap) block.setWraps(wraps);
    writeLinks(ctx, sheet, edit, width);
  }
  edit.columnWidths.forEach((w, i) => {
    if (w > 0) sheet.setColumnWidth(i + 1, columnPixels(w));
  });
  if (edit.freezeRows > 0) sheet.setFrozenRows(edit.freezeRows);
  const f = edit.filter;
  if (f && f.lastRow >= f.headerRow && f.lastColumn >= f.firstColumn) {
    sheet.getRange(f.headerRow, f.firstColumn, f.lastRow - f.headerRow + 1, f.lastColumn - f.firstColumn + 1).createFilter();
  }
  for (const chart of edit.charts ?? []) insertChart(ctx, sheet, chart);
}

/** One setRichTextValues per run of consecutive link cells in a column. */
function writeLinks(ctx: ApplyContext, sheet: Sheet, edit: SheetEdit, width: number): void {
  for (let c = 0; c < width; c++) {
    let runStart = -1;
    let run: GoogleAppsScript.Spreadsheet.RichTextValue[][] = [];
    const flush = () => {
      if (runStart >= 0 && run.length) sheet.getRange(runStart + 1, c + 1, run.length, 1).setRichTextValues(run);
      runStart = -1;
      run = [];
    };
    for (let r = 0; r < edit.rows.length; r++) {
      const cell = edit.rows[r]![c];
      const link = cell?.link;
      const id = link ? ctx.sheetIds.get(link.sheet) : undefined;
      if (!link || id === undefined || !parseA1(link.cell.split(':')[0] ?? '')) {
        flush();
        continue;
      }
      if (runStart < 0) runStart = r;
      const text = cell.value === null || cell.value === undefined ? link.cell : String(cell.value);
      run.push([ctx.app.newRichTextValue().setText(text).setLinkUrl(cellLinkUrl(id, link.cell)).build()]);
    }
    flush();
  }
}

/** The stacked bar chart, through Apps Script's typed bar-chart builder. */
function insertChart(ctx: ApplyContext, sheet: Sheet, spec: ChartSpec): void {
  const at = parseA1(spec.anchor) ?? { row: 1, column: 1 };
  const range = sheet.getRange(spec.data.headerRow, spec.data.categoryColumn, spec.data.categoryCount + 1, spec.series.length + 1);
  const chart = sheet
    .newChart()
    .asBarChart()
    .setStacked()
    .setTitle(spec.title)
    .setColors(spec.series.map((s) => s.colour))
    .setLegendPosition(ctx.legendTop)
    .addRange(range)
    .setNumHeaders(1)
    .setTransposeRowsAndColumns(false)
    .setPosition(at.row, at.column, 0, 0)
    .setOption('width', spec.widthPx)
    .setOption('height', spec.heightPx)
    .build();
  sheet.insertChart(chart);
}

/**
 * A string Sheets would not keep as the same text if typed in: a formula ("=…", "+…", "-…",
 * "@…"), a number, date, percentage or currency ("1", "March 2019", "5%"), TRUE/FALSE, or
 * text starting with an apostrophe. Text with no digit and none of those first characters
 * (the RAG labels "Green", "Amber" …) is kept as typed.
 */
export function needsTextGuard(s: string): boolean {
  return isFormulaLike(s) || /^'/.test(s) || /\d/.test(s) || /^\s*(true|false)\s*$/i.test(s) || /^\s*[$£€¥.,(]/.test(s);
}

/**
 * The value to write into a plan cell without changing its number format: a string that
 * Sheets would read as something else gets a leading apostrophe (Sheets keeps the rest as
 * text and does not store the apostrophe), except in a plain-text cell ('@'), which keeps
 * whatever is written as text already.
 */
export function planCellInput(value: PlanCellEdit['value'], cellFormat: string | undefined): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return value;
  if (value === '' || cellFormat === PLAIN_TEXT || !needsTextGuard(value)) return value;
  return `'${value}`;
}

/**
 * Apply RAG / Undo apply: only the value and/or the fill of the cells named, never their
 * number format or font; one RangeList per distinct value and one per distinct fill.
 */
function applyPlanCells(ctx: ApplyContext, edits: PlanCellEdit[]): number {
  const bySheet = new Map<string, PlanCellEdit[]>();
  for (const e of edits) {
    const list = bySheet.get(e.sheet);
    if (list) list.push(e);
    else bySheet.set(e.sheet, [e]);
  }
  const changed = new Set<string>();
  for (const [name, list] of bySheet) {
    const sheet = ctx.ss.getSheetByName(name);
    if (!sheet) throw new ApplyError(`The sheet "${name}" is no longer in this spreadsheet, so PlanCheck cannot change it. Run Validate plan again.`);
    const values = new Map<string, { input: string | number | boolean; cells: string[] }>();
    const fills = new Map<string, { fill: string | null; cells: string[] }>();
    for (const e of list) {
      if (e.value !== undefined) {
        const input = planCellInput(e.value, ctx.planCellFormat?.(name, e.cell));
        const key = `${typeof input}:${String(input)}`;
        const g = values.get(key);
        if (g) g.cells.push(e.cell);
        else values.set(key, { input, cells: [e.cell] });
        changed.add(`${name}!${e.cell}`);
      }
      if (e.fill !== undefined) {
        const key = e.fill === null ? '' : e.fill.toUpperCase();
        const g = fills.get(key);
        if (g) g.cells.push(e.cell);
        else fills.set(key, { fill: e.fill, cells: [e.cell] });
        changed.add(`${name}!${e.cell}`);
      }
    }
    for (const g of values.values()) sheet.getRangeList(g.cells).setValue(g.input);
    for (const g of fills.values()) sheet.getRangeList(g.cells).setBackground(g.fill);
  }
  return changed.size;
}

/** Applies all edits: deletes PlanCheck's old sheets, creates the new ones, changes plan cells. */
export function applyEdits(ctx: ApplyContext, edits: WorkbookEdits): ApplyOutcome {
  const { ss } = ctx;
  const deleted: string[] = [];
  const toDelete = [...edits.deleteSheets, ...edits.sheets.flatMap((s) => s.replaces)];
  for (const name of toDelete) {
    if (!deleted.includes(name) && deleteSheetNamed(ss, name)) deleted.push(name);
    ctx.sheetIds.delete(name);
  }
  // create every sheet first so links between PlanCheck's own sheets find their gids
  const created: { edit: SheetEdit; sheet: Sheet }[] = [];
  for (const edit of edits.sheets) {
    const sheet = ss.insertSheet(edit.name, ss.getNumSheets());
    ctx.sheetIds.set(edit.name, sheet.getSheetId());
    created.push({ edit, sheet });
  }
  for (const { edit, sheet } of created) {
    writeContent(ctx, sheet, edit);
    if (edit.hidden) sheet.hideSheet();
  }
  const planCellsChanged = edits.planCells.length ? applyPlanCells(ctx, edits.planCells) : 0;
  return { created: created.map((c) => c.edit.name), deleted, planCellsChanged };
}
