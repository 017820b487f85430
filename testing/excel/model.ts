import { columnLetters } from '../../core/grid/address';
/**
 * The in-memory workbook behind the Excel double: plain data, no proxies. Tests fill it
 * (from an ExcelJS workbook, or generated) and assert on it after the host has run.
 * Values follow Excel's own rules: dates are 1900-system serials, number formats are in
 * US (invariant) form, errors are their text ("#REF!").
 */
import { displayText, isDateFormat } from '../../cli/displayText';

export type CellValue = string | number | boolean | null;

export interface HyperlinkModel {
  documentReference?: string;
  address?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface CellModel {
  value: CellValue;
  numberFormat?: string;
  /** '#RRGGBB'; undefined/null for no fill. */
  fill?: string | null;
  /**
   * The fill a conditional format shows over the cell's own ('#RRGGBB'): what
   * getDisplayedCellProperties reports (ExcelApi 1.19) and getCellProperties does not.
   */
  displayFill?: string | null;
  bold?: boolean;
  italic?: boolean;
  fontColour?: string;
  wrap?: boolean;
  hyperlink?: HyperlinkModel;
  /** Written with a leading apostrophe (Excel's quote prefix): kept as text. */
  quotePrefix?: boolean;
}

export interface MergeModel {
  /** 0-based, like Excel's rowIndex / columnIndex. */
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** One series of a chart: its name and the ranges its values and categories come from. */
export interface SeriesModel {
  name: string;
  /** e.g. "'RAG summary'!B11:B14". */
  values: string | null;
  /** The category labels' range, or null where Excel numbers the categories 1, 2, … */
  xValues: string | null;
  colour: string | null;
}

export interface ChartModel {
  type: string;
  /** Source range address given to charts.add, e.g. "'RAG summary'!A10:F14". */
  source: string;
  seriesBy: string;
  title: string;
  /** Every series, as Excel made it from the source (auto-detected) and as the host changed it. */
  series: SeriesModel[];
  seriesColours: (string | null)[];
  seriesCount: number;
  position: { start: string; end?: string } | null;
  width: number | null;
  height: number | null;
}

export interface SheetModel {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  /** Keyed by `${row0}:${col0}` (0-based). */
  cells: Map<string, CellModel>;
  merges: MergeModel[];
  freezeRows: number;
  autoFilter: string | null;
  charts: ChartModel[];
  /** 0-based column → width in points. */
  columnWidths: Map<number, number>;
  /** Under sheet protection, which cells may be selected (WorksheetProtectionOptions.selectionMode); default Normal. */
  selectionMode?: 'Normal' | 'Unlocked' | 'None';
  /** Conditional formats on the sheet (Range.conditionalFormats.getCount). */
  conditionalFormats?: number;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  activeSheet: string;
  selection: { sheet: string; address: string } | null;
  /** Workbook structure protection: no sheets may be added, deleted or hidden. */
  structureProtected: boolean;
  /** Office.context.document.url */
  url: string;
  /** Office.context.document.settings, as saved. */
  settings: Record<string, unknown>;
  /**
   * The user is typing in a cell: a batch run without delayForCellEdit fails with
   * InvalidOperationInCellEditMode; with it, Excel waits until they leave the cell.
   */
  cellEditMode?: boolean;
  /** Another workbook window has the focus: every batch fails with InactiveWorkbook. */
  inactive?: boolean;
  /** Set once a worksheet is deleted: deleting a sheet clears Excel's undo stack. */
  undoCleared?: boolean;
  /**
   * Excel on the web: how it refuses a request over 5 MB. It answers RequestPayloadSizeLimitExceeded,
   * or for some oversized writes only GeneralException ("An internal error has occurred").
   */
  oversizedRequest?: 'RequestPayloadSizeLimitExceeded' | 'GeneralException';
  /** The request limit in bytes (default Office's 5 MB), for tests that need a small one. */
  requestLimit?: number;
}

export function key(row0: number, col0: number): string {
  return `${row0}:${col0}`;
}

export function newSheet(name: string): SheetModel {
  return {
    name,
    visibility: 'Visible',
    protected: false,
    cells: new Map(),
    merges: [],
    freezeRows: 0,
    autoFilter: null,
    charts: [],
    columnWidths: new Map(),
  };
}

export function newWorkbook(sheets: SheetModel[], url = 'https://contoso.sharepoint.com/Plan.xlsx'): WorkbookModel {
  return { sheets, activeSheet: sheets[0]?.name ?? '', selection: null, structureProtected: false, url, settings: {} };
}

export function getCell(sheet: SheetModel, row0: number, col0: number): CellModel | undefined {
  return sheet.cells.get(key(row0, col0));
}

/** The cell, created empty where missing. */
export function cellAt(sheet: SheetModel, row0: number, col0: number): CellModel {
  const k = key(row0, col0);
  let c = sheet.cells.get(k);
  if (!c) {
    c = { value: null };
    sheet.cells.set(k, c);
  }
  return c;
}

/** True where the cell holds a value or formatting: what makes Excel count it as used. */
function isUsed(c: CellModel, valuesOnly: boolean): boolean {
  if (c.value !== null && c.value !== '') return true;
  if (valuesOnly) return false;
  return Boolean(
    (c.numberFormat && c.numberFormat !== 'General') || c.fill || c.bold || c.italic || c.fontColour || c.wrap || c.hyperlink,
  );
}

/** The used range, 0-based, like Worksheet.getUsedRange(valuesOnly); null for a blank sheet. */
export function usedBounds(
  sheet: SheetModel,
  valuesOnly = false,
): { row: number; column: number; rowCount: number; columnCount: number } | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const [k, c] of sheet.cells) {
    if (!isUsed(c, valuesOnly)) continue;
    const i = k.indexOf(':');
    const r = Number(k.slice(0, i));
    const col = Number(k.slice(i + 1));
    if (r < r0) r0 = r;
    if (r > r1) r1 = r;
    if (col < c0) c0 = col;
    if (col > c1) c1 = col;
  }
  if (!valuesOnly) {
    for (const m of sheet.merges) {
      r0 = Math.min(r0, m.row);
      c0 = Math.min(c0, m.column);
      r1 = Math.max(r1, m.row + m.rowCount - 1);
      c1 = Math.max(c1, m.column + m.columnCount - 1);
    }
  }
  if (r1 < 0) return null;
  return { row: r0, column: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 };
}

/** What Range.text shows for a cell: the value formatted by its number format (UK display). */
export function cellText(c: CellModel | undefined): string {
  if (!c || c.value === null) return '';
  const fmt = c.numberFormat ?? 'General';
  if (typeof c.value === 'number' && fmt === '@') return String(c.value);
  return displayText(c.value, fmt, typeof c.value === 'number' && isDateFormat(fmt));
}

/** A deep copy, for before/after comparisons. */
export function cloneWorkbook(wb: WorkbookModel): WorkbookModel {
  return workbookFromJson(workbookToJson(wb));
}

export type WorkbookJson = Omit<WorkbookModel, 'sheets'> & {
  sheets: (Omit<SheetModel, 'cells' | 'columnWidths'> & { cells: [string, CellModel][]; columnWidths: [number, number][] })[];
};

/** Plain JSON (for the browser test, which builds the double in the page). */
export function workbookToJson(wb: WorkbookModel): WorkbookJson {
  return JSON.parse(
    JSON.stringify({
      ...wb,
      sheets: wb.sheets.map((s) => ({ ...s, cells: [...s.cells.entries()], columnWidths: [...s.columnWidths.entries()] })),
    }),
  ) as WorkbookJson;
}

export function workbookFromJson(json: WorkbookJson): WorkbookModel {
  return {
    ...json,
    sheets: json.sheets.map((s) => ({ ...s, cells: new Map(s.cells), columnWidths: new Map(s.columnWidths) })),
  };
}

/** 0-based column index to letters. */
export function colLetters(col0: number): string {
  return columnLetters(col0 + 1);
}

/** Range address as Excel returns it: "Sheet1!A1:C3", the sheet quoted where needed. */
export function rangeAddress(sheet: string, row0: number, col0: number, rows: number, cols: number): string {
  const q = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const tl = `${colLetters(col0)}${row0 + 1}`;
  if (rows === 1 && cols === 1) return `${q}!${tl}`;
  return `${q}!${tl}:${colLetters(col0 + cols - 1)}${row0 + rows}`;
}
