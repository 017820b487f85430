import type { OutCell } from './editTypes';
import { collapseSpaces } from '../text/cleanText';

/**
 * Excel's limit on the characters one cell holds. Text copied from a plan cell into PlanCheck's
 * sheets is kept verbatim, control characters too (issue 15): each writer stores it as its
 * format needs (the .xlsx writer escapes what XML cannot carry, cli/output/cellText.ts) and
 * refuses a cell beyond its limit, naming it, rather than cutting it short.
 */
export const MAX_CELL_TEXT = 32767;

/** The number format that makes a cell hold text as typed. */
export const TEXT_FORMAT = '@';

/**
 * Text a spreadsheet would read as a formula (or a DDE command) if it were typed in:
 * "=…", "+…", "-…", "@…", or text starting with a tab or carriage return.
 *
 * @example
 * isFormulaLike('=HYPERLINK("http://example.org")') //=> true
 * isFormulaLike('Review the plan') //=> false
 */
export function isFormulaLike(value: unknown): value is string {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value);
}

/** A plan value as text for PlanCheck's own sheets (the one rule, in core/grid). */
export { cellText } from '../grid/grid';

/**
 * The number format a writer gives an OutCell: "@" (text) for every string, so that no copied
 * text can become a formula, number or date; otherwise the cell's own format.
 *
 * @example
 * cellNumberFormat({ value: '=1+1' }) //=> '@'
 * cellNumberFormat({ value: 0.5, numberFormat: '0%' }) //=> '0%'
 */
export function cellNumberFormat(cell: OutCell): string {
  if (typeof cell.value === 'string') return TEXT_FORMAT;
  return cell.numberFormat ?? 'General';
}

/** The first words of a text, with "…" where words were left off (the one rule, in core/text). */
export { firstWords } from '../text/cleanText';

/**
 * At most `max` characters, cut at a word where possible, with "…" where text was left off.
 *
 * @example
 * shorten('Publish the annual report and circulate', 20) //=> 'Publish the annual…'
 * shorten('Audit', 20) //=> 'Audit'
 */
export function shorten(text: string, max: number): string {
  const t = collapseSpaces(text).trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}
