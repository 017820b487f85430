/** A cell of the Sheets double: what it holds, what it shows, and how a typed value lands in it. */
import { isDateFormat, displayText } from '../../cli/displayText';
import type { DoubleState } from './state';

/** Sheets' Automatic number format, as getNumberFormats reports it. */
export const AUTOMATIC = '0.###############';

export interface Cell {
  value: string | number | boolean | null;
  formula?: string;
  error?: boolean;
  format: string;
  background: string | null;
  /** Display text where the test knows it (filled from a workbook); otherwise computed. */
  display?: string;
  fontWeight?: 'bold' | 'normal' | null;
  fontStyle?: 'italic' | 'normal' | null;
  fontColor?: string | null;
  wrap?: boolean;
  link?: string | null;
  /** The format was set to the pattern '0.###############' itself (not left Automatic). */
  customPattern?: boolean;
}

/** A merged block, 1-based. */
export interface Merge {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** A Sheets pattern in Excel's form (what cli/displayText renders). */
export function sheetsToExcel(fmt: string): string {
  if (fmt === AUTOMATIC) return 'General';
  return fmt.replace(/"[^"]*"|\[[^\]]*\]|\\.|AM\/PM|[YMDHS]/g, (t) => (t.length === 1 ? t.toLowerCase() : t));
}

/** Sheets' rendering of the custom pattern '0.###############': 222 → "222.", 0.5 → "0.5". */
function automaticPatternText(n: number): string {
  const t = String(Math.round(n * 1e15) / 1e15);
  return t.includes('.') ? t : `${t}.`;
}

/** What a cell shows: its known display text, else its value in its format. */
export function displayOf(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return '';
  if (cell.display !== undefined) return cell.display;
  if (cell.customPattern && typeof cell.value === 'number') return automaticPatternText(cell.value);
  const fmt = sheetsToExcel(cell.format);
  return displayText(cell.value, fmt, typeof cell.value === 'number' && isDateFormat(fmt));
}

export function emptyCell(): Cell {
  return { value: null, format: AUTOMATIC, background: null };
}

/** A value written with setValue(s), as Sheets takes what a user types (see the header). */
export function userEntered(v: unknown, cell: Cell, state: DoubleState): void {
  delete cell.formula;
  delete cell.error;
  delete cell.display;
  delete cell.link;
  if (v === null || v === undefined || v === '') {
    cell.value = null;
    return;
  }
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  if (Object.prototype.toString.call(v) === '[object Date]') {
    const t = (v as Date).getTime();
    const wall = new Date(t);
    // the serial of the instant's wall clock in the spreadsheet's zone
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone: state.timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(wall);
    const p: Record<string, number> = {};
    for (const x of parts) if (x.type !== 'literal') p[x.type] = Number(x.value);
    const d = new Date(0);
    d.setUTCFullYear(p.year!, p.month! - 1, p.day!);
    d.setUTCHours(p.hour!, p.minute!, p.second!, 0);
    cell.value = (d.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
    if (cell.format === AUTOMATIC) cell.format = 'M/d/yyyy';
    return;
  }
  const s = String(v);
  if (cell.format === '@') {
    cell.value = s;
    return;
  }
  if (s.startsWith("'")) {
    cell.value = s.slice(1);
    return;
  }
  if (s.startsWith('=')) {
    cell.formula = s;
    cell.value = '#NAME?';
    cell.error = true;
    return;
  }
  if (/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(s)) {
    cell.value = Number(s);
    return;
  }
  if (/^(true|false)$/i.test(s)) {
    cell.value = s.toLowerCase() === 'true';
    return;
  }
  cell.value = s;
}
