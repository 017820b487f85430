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
/* Links are internal jumps, never URLs. ExcelJS: { text, hyperlink: "#'Sheet name'!C12" };
 * Excel: range.hyperlink = { documentReference: "'Sheet name'!C12", textToDisplay };
 * Sheets: a rich-text link to "#gid=<sheetId>&range=C12". */

/**
 * One cell PlanCheck writes in a sheet of its own.
 *
 * The text rule (every writer — ExcelJS, Excel add-in, Sheets add-on — follows it):
 * - `value` is always a plain value. A string is kept exactly as staff typed it (no quote
 *   prefix is added by the core), capped at 32 767 characters, with characters a spreadsheet
 *   cannot hold (C0 controls other than tab, line feed, carriage return) removed.
 * - Every string value is written as TEXT, so that the spreadsheet cannot turn it into a
 *   formula ("=HYPERLINK(…)", "+cmd|…", "@SUM(1)", "-1+1"), a number ("1.1") or a date
 *   ("01/04/2019"): `cellNumberFormat(cell)` (core/edits/safeText) returns "@" for them.
 *     ExcelJS: assign the string itself (never `{ formula }`) and numFmt "@".
 *     Excel (Office.js): set `range.numberFormat` to "@" BEFORE `range.values`.
 *     Sheets (Apps Script): `setNumberFormat('@')` BEFORE `setValue(s)`.
 *   Where a host cannot set the format first, it writes formula-like text
 *   (`isFormulaLike(value)`) with a leading apostrophe, which both Excel and Sheets take as
 *   "this is text" without storing it.
 * - Numbers are written as numbers with `numberFormat` (default General).
 */
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

import type { PlanCheckSheetKind } from '../grid/marker';
export type { PlanCheckSheetKind };

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
  /** Hidden from staff (the undo record, the record of the last check). */
  hidden?: boolean;
  /** Native chart(s) to add to this sheet. */
  charts?: ChartSpec[];
}
/* Applying the sheets: delete every sheet named in `replaces` (and `deleteSheets`) first,
 * then add the new ones after the plan sheets, in order. PlanCheck recognises its own
 * sheets by the marker in rows 1–2 (core/grid/marker), never by name. */

/** A stacked bar chart of counts, one bar per category, one series per RAG label. */
export interface ChartSpec {
  type: 'stacked-bar';
  title: string;
  /** Where the chart's top-left corner sits, e.g. "J3". */
  anchor: string;
  /**
   * The data block in the same sheet: header row (label names) and one row per category.
   * Series i (0-based) is in column categoryColumn + 1 + i, rows headerRow+1 … headerRow+categoryCount.
   */
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
/* A plan cell is written in place: only its value and/or fill, never its number format,
 * font or borders. A string value that `isFormulaLike` is written as text (ExcelJS: the
 * string itself; Excel/Sheets: with a leading apostrophe), since the plan cell's own
 * number format must not be changed. */

export interface WorkbookEdits {
  /** Sheets to (re-)create, in the order they should appear after the plan sheets. */
  sheets: SheetEdit[];
  /** PlanCheck sheets from earlier runs to delete outright (e.g. an undo record once used). */
  deleteSheets: string[];
  /** Changes to plan cells (Apply RAG / Undo apply only). */
  planCells: PlanCellEdit[];
  /** Plain-English notes for the person running it (e.g. cells Undo apply left alone). */
  messages?: string[];
}
