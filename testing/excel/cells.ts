/** The cell rules ranges share: protected sheets, text Excel reads as a value, a range's properties as loaded. */
import { CellModel, SheetModel, cellText, getCell, rangeAddress } from './model';
import type { Area } from './address';
import { DoubleOfficeError } from './errors';

export function guardProtected(s: SheetModel): void {
  if (s.protected) {
    throw new DoubleOfficeError(
      'AccessDenied',
      `The cell or chart you're trying to change is on a protected sheet (${s.name}). To make a change, unprotect the sheet.`,
    );
  }
}

/** Where a range stands, once resolved (null for a null object). */
export type Resolved = { sheet: SheetModel; area: Area } | null;

/**
 * What Excel makes of text written into a cell not formatted as text: numbers, percentages,
 * booleans and dates become values, and a leading = + - @ starts a formula (which the
 * double refuses, so a test catches text that would have become one).
 */
export function coerceTyped(x: string): CellModel['value'] {
  if (x === '') return null;
  const t = x.trim();
  if (t !== '' && !Number.isNaN(Number(t))) return Number(t);
  if (/^-?\d+(\.\d+)?%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t) ?? null;
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (iso || uk) {
    const [y, m, d] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [Number(uk![3]), Number(uk![2]), Number(uk![1])];
    const ms = Date.UTC(y, m - 1, d);
    if (!Number.isNaN(ms)) return ms / 86400000 + 25569;
  }
  if (/^[=+\-@]/.test(x) && x.length > 1) {
    throw new DoubleOfficeError('InvalidArgument', `Excel would read this text as a formula: ${x.slice(0, 40)}`);
  }
  return x;
}

/** A range property as load() returns it. */
export function snapshotRange(sheet: SheetModel, area: Area, n: string): unknown {
  const grid = <T>(f: (c: CellModel | undefined) => T): T[][] => {
    const out: T[][] = [];
    for (let i = 0; i < area.rows; i++) {
      const row: T[] = [];
      for (let j = 0; j < area.cols; j++) row.push(f(getCell(sheet, area.row + i, area.col + j)));
      out.push(row);
    }
    return out;
  };
  if (area.rows * area.cols > 5_000_000) throw new DoubleOfficeError('RangeExceedsLimit', 'The range is too large to load.');
  switch (n) {
    case 'values':
      // Excel returns "" for an empty cell
      return grid((c) => (c === undefined || c.value === null ? '' : c.value));
    case 'text':
      return grid((c) => cellText(c));
    case 'numberFormat':
      return grid((c) => c?.numberFormat ?? 'General');
    case 'address':
      return rangeAddress(sheet.name, area.row, area.col, area.rows, area.cols);
    case 'rowCount':
      return area.rows;
    case 'columnCount':
      return area.cols;
    case 'rowIndex':
      return area.row;
    case 'columnIndex':
      return area.col;
    default:
      throw new DoubleOfficeError('NotImplemented', `The double does not load Range.${n}`);
  }
}
