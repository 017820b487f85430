/**
 * Host-neutral edits: everything PlanCheck writes, decided by the core, applied by a host
 * in one batch. A host never decides content; it only maps these onto its API.
 */

/** A link that jumps to a cell in this workbook. */
export interface CellLink {
  sheet: string;
  /** A1 address, e.g. "C12". */
  cell: string;
}

/** One cell PlanCheck writes in a sheet of its own. Text is always written as text, never a formula. */
export interface OutCell {
  value: string | number | null;
  /** Excel-style number format, e.g. "0%" or "yyyy-mm-dd"; default General. */
  numberFormat?: string;
  /** Fill as '#RRGGBB'. */
  fill?: string;
  /** Font colour as '#RRGGBB'. */
  fontColour?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  link?: CellLink;
}

export type PlanCheckSheetKind = 'issues' | 'summary' | 'carry-over' | 'undo';

/** A sheet PlanCheck creates (or re-creates) on every run. */
export interface SheetEdit {
  kind: PlanCheckSheetKind;
  /** The name to create it under (already made unique against the user's own sheets). */
  name: string;
  /** Names of PlanCheck's own sheets of this kind from an earlier run, to delete first. */
  replaces: string[];
  /** Rows from A1 down; rows may be ragged. */
  rows: OutCell[][];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Rows to freeze at the top (0 for none). */
  freezeRows: number;
  /** An autofilter over a header row and the rows below it, 1-based. */
  filter?: { headerRow: number; firstColumn: number; lastColumn: number; lastRow: number };
  /** Hidden from staff (the undo record). */
  hidden?: boolean;
  /** Native chart(s) to add to this sheet. */
  charts?: ChartSpec[];
}

/** A stacked bar chart of counts, one bar per category, one series per RAG label. */
export interface ChartSpec {
  type: 'stacked-bar';
  title: string;
  /** Where the chart's top-left corner sits, e.g. "J3". */
  anchor: string;
  /** The data block in the same sheet: header row (label names) and one row per category. */
  data: {
    /** 1-based first row of the block: the header row with the series names. */
    headerRow: number;
    /** 1-based column holding the category names; series follow in the next columns. */
    categoryColumn: number;
    /** Number of categories (rows below the header). */
    categoryCount: number;
  };
  categories: string[];
  series: { name: string; colour: string; values: number[] }[];
  widthPx: number;
  heightPx: number;
}

/** A change to a cell of the plan itself: only ever made by Apply RAG / Undo apply. */
export interface PlanCellEdit {
  sheet: string;
  cell: string;
  /** New text, where the RAG is a label column; undefined leaves the value alone. */
  value?: string | number | boolean | null;
  /** New fill; null clears it; undefined leaves the fill alone. */
  fill?: string | null;
}

export interface WorkbookEdits {
  /** Sheets to (re-)create, in the order they should appear after the plan sheets. */
  sheets: SheetEdit[];
  /** PlanCheck sheets from earlier runs to delete outright (e.g. an undo record once used). */
  deleteSheets: string[];
  /** Changes to plan cells (Apply RAG / Undo apply only). */
  planCells: PlanCellEdit[];
}
