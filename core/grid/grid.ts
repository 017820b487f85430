/**
 * The grid: what a host reads from a workbook in one batch and hands to the core.
 * Shaped like Office.js range properties (values / text / numberFormat as 2-D arrays)
 * so every host can fill it without per-cell calls.
 */

/** A cell's value. Dates are Excel 1900-system serials (numbers); errors are their text ("#REF!"). */
export type CellValue = string | number | boolean | null;

/** A merged area, 1-based and absolute in the sheet. */
export interface MergedArea {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export interface GridSheet {
  name: string;
  /** 1-based sheet row and column of values[0][0] (a used range need not start at A1). */
  origin?: { row: number; column: number };
  values: CellValue[][];
  /** Display text as the host shows it; missing rows/cells fall back to the value. */
  text?: string[][];
  /** Number formats in US (invariant) form, as Excel returns them. */
  numberFormats?: string[][];
  /** Fill colours as '#RRGGBB', or null for no fill. */
  fills?: (string | null)[][];
  merges?: MergedArea[];
  /** The host found the sheet protected: PlanCheck may read it but not write to it. */
  protected?: boolean;
  /** The host found the sheet hidden (still read: hidden is not deleted). */
  hidden?: boolean;
}

export interface Grid {
  /** File name (without folder) where there is one: a source of the plan period. */
  fileName?: string;
  sheets: GridSheet[];
}

/**
 * The value a reader puts in the grid for a formula cell saved without its result (openpyxl
 * and other programs that write formulas but never calculate them). The core reports such a
 * cell as `not-calculated` ("not calculated: open and save in Excel"), never as an empty cell
 * (so never "no lead"); its grid text may be anything (the formula, or ""). Excel and Sheets
 * always hold a result, so only file readers meet it.
 */
export const NOT_CALCULATED = '#NOT-CALCULATED';

/**
 * A formula cell with no result (see NOT_CALCULATED).
 *
 * @example
 * isNotCalculated(NOT_CALCULATED) //=> true
 * isNotCalculated('#REF!') //=> false
 */
export function isNotCalculated(value: CellValue): boolean {
  return value === NOT_CALCULATED;
}

const ERROR_VALUES = new Set([
  NOT_CALCULATED,
  '#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!',
  '#GETTING_DATA', '#ERROR!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
]);

/**
 * A spreadsheet error value (#REF!, #N/A …), as all hosts report it, or a formula never calculated: neither can be read.
 *
 * @example
 * isCellError('#REF!') //=> true
 * isCellError('Ref') //=> false
 */
export function isCellError(value: CellValue): value is string {
  if (typeof value !== 'string' || value.length > 16 || value.length < 4) return false;
  // every error starts with "#": most cells are answered without copying them
  if (value.charCodeAt(0) !== 35 && value.trimStart().charCodeAt(0) !== 35) return false;
  return ERROR_VALUES.has(value.trim().toUpperCase());
}
