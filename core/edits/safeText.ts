import type { CellValue } from '../grid/grid';
import type { OutCell } from './editTypes';
import { collapseSpaces, firstWords as firstWordsOf } from '../text/cleanText';

/** Excel's (and Sheets') limit on the characters one cell holds. */
export const MAX_CELL_TEXT = 32767;

/** The number format that makes a cell hold text as typed. */
export const TEXT_FORMAT = '@';

/**
 * Text a spreadsheet would read as a formula (or a DDE command) if it were typed in:
 * "=…", "+…", "-…", "@…", or text starting with a tab or carriage return.
 */
export function isFormulaLike(value: unknown): value is string {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value);
}

// C0 controls that cannot be stored in an xlsx (XML 1.0) cell; tab, LF and CR are allowed
// eslint-disable-next-line no-control-regex -- these controls are exactly what is stripped
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text copied from a plan cell, made storable: unstorable characters dropped, capped at the cell limit. */
export function safeText(text: string): string {
  const clean = text.replace(UNSTORABLE, '');
  if (clean.length <= MAX_CELL_TEXT) return clean;
  // keep a surrogate pair whole
  let cut = MAX_CELL_TEXT - 1;
  const code = clean.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return clean.slice(0, cut) + '…';
}

/** A plan value as text for PlanCheck's own sheets. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return safeText(typeof value === 'string' ? value : String(value));
}

/**
 * The number format a writer gives an OutCell: "@" (text) for every string, so that no copied
 * text can become a formula, number or date; otherwise the cell's own format.
 */
export function cellNumberFormat(cell: OutCell): string {
  if (typeof cell.value === 'string') return TEXT_FORMAT;
  return cell.numberFormat ?? 'General';
}

/** The first `count` words of a text, with "…" where words were left off, safe to write. */
export function firstWords(text: string, count = 12): string {
  return safeText(firstWordsOf(text, count));
}

/** At most `max` characters, cut at a word where possible, with "…" where text was left off. */
export function shorten(text: string, max: number): string {
  const t = collapseSpaces(text).trim();
  if (t.length <= max) return safeText(t);
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return safeText((space > max * 0.6 ? cut.slice(0, space) : cut) + '…');
}
