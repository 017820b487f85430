import { CellValue, GridSheet, MergedArea, cellText } from './grid';
import { isWhitespace } from '../text/cleanText';

/**
 * Read access to one grid sheet by 1-based sheet row and column, with merged areas
 * resolved: every cell of a merged area reads as its top-left cell, as staff see it.
 */
export class SheetView {
  readonly name: string;
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  readonly lastColumn: number;
  /**
   * Per sheet row, the merged spans covering it other than at their top-left cell, three numbers
   * each: first column, last column, owner key. Undefined for the (many) rows no merge touches,
   * so reading those costs one array look-up; a row rarely has more than two spans.
   */
  private readonly followerSpans: (number[] | undefined)[];

  constructor(readonly sheet: GridSheet) {
    this.name = sheet.name;
    this.firstRow = sheet.origin?.row ?? 1;
    this.firstColumn = sheet.origin?.column ?? 1;
    let width = 0;
    for (let r = 0; r < sheet.values.length; r++) {
      const values = sheet.values[r];
      if (values && values.length > width) width = values.length;
    }
    this.lastRow = this.firstRow + sheet.values.length - 1;
    this.lastColumn = this.firstColumn + width - 1;
    this.followerSpans = new Array(sheet.values.length);
    for (const m of sheet.merges ?? []) this.addMerge(m);
  }

  private key(row: number, column: number): number {
    return row * 16384 + column;
  }

  private addMerge(m: MergedArea): void {
    const owner = this.key(m.row, m.column);
    // a merge across a huge area (whole rows) is capped at the used range
    const lastRow = Math.min(m.row + m.rowCount - 1, this.lastRow);
    const lastCol = Math.min(m.column + m.columnCount - 1, this.lastColumn);
    for (let r = Math.max(m.row, this.firstRow); r <= lastRow; r++) {
      const first = r === m.row ? m.column + 1 : m.column;
      if (first > lastCol) continue;
      (this.followerSpans[r - this.firstRow] ??= []).push(first, lastCol, owner);
    }
  }

  /** The top-left cell of the merged area holding (row, column), or the cell itself. */
  owner(row: number, column: number): { row: number; column: number } {
    const k = this.ownerKey(row, column);
    if (k === undefined) return { row, column };
    return { row: Math.floor(k / 16384), column: k % 16384 };
  }

  /** True where (row, column) is inside a merged area but not its top-left cell. */
  isMergedFollower(row: number, column: number): boolean {
    return this.ownerKey(row, column) !== undefined;
  }

  private ownerKey(row: number, column: number): number | undefined {
    const spans = this.followerSpans[row - this.firstRow];
    if (spans === undefined) return undefined;
    // from the last span: of two overlapping merges (Excel allows none), the later one wins
    for (let i = spans.length - 3; i >= 0; i -= 3) if (column >= spans[i]! && column <= spans[i + 1]!) return spans[i + 2];
    return undefined;
  }

  /** True where some merged area covers part of the row other than its top-left cells. */
  rowHasMergedFollowers(row: number): boolean {
    return this.followerSpans[row - this.firstRow] !== undefined;
  }

  /** The row's own values as the host gave them (merges not resolved), for one-pass scans. */
  rowValues(row: number): readonly CellValue[] | undefined {
    return this.sheet.values[row - this.firstRow];
  }

  /** True where the merged area holding the cell spans several rows and started above. */
  isMergedFromAbove(row: number, column: number): boolean {
    const k = this.ownerKey(row, column);
    return k !== undefined && Math.floor(k / 16384) < row;
  }

  private raw<T>(grid: T[][] | undefined, row: number, column: number): T | undefined {
    if (!grid) return undefined;
    // no allocation per read: big plans read every cell several times
    const k = this.ownerKey(row, column);
    if (k === undefined) return grid[row - this.firstRow]?.[column - this.firstColumn];
    return grid[Math.floor(k / 16384) - this.firstRow]?.[(k % 16384) - this.firstColumn];
  }

  value(row: number, column: number): CellValue {
    const v = this.raw(this.sheet.values, row, column);
    return v === undefined ? null : v;
  }

  /** The display text (falls back to the value as text). */
  text(row: number, column: number): string {
    const t = this.raw(this.sheet.text, row, column);
    if (typeof t === 'string' && t !== '') return t;
    return cellText(this.value(row, column));
  }

  numberFormat(row: number, column: number): string {
    return this.raw(this.sheet.numberFormats, row, column) ?? 'General';
  }

  fill(row: number, column: number): string | null {
    return this.raw(this.sheet.fills, row, column) ?? null;
  }

  /** Text of the value for matching (strings as they are, numbers as written). */
  valueText(row: number, column: number): string {
    const v = this.value(row, column);
    if (v === null || v === undefined) return '';
    return typeof v === 'string' ? v : this.text(row, column);
  }

  rowIsEmpty(row: number): boolean {
    const r = this.sheet.values[row - this.firstRow];
    if (!r) return true;
    for (const v of r) if (v !== null && v !== undefined && !(typeof v === 'string' && isWhitespace(v))) return false;
    return true;
  }
}

const views = new WeakMap<GridSheet, SheetView>();

/** One view per sheet, built once: building one walks every merged area of the sheet. */
export function viewOf(sheet: GridSheet): SheetView {
  let view = views.get(sheet);
  if (!view) views.set(sheet, (view = new SheetView(sheet)));
  return view;
}
