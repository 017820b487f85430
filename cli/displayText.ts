/**
 * Cheap display text for cell values by number format, close to what Excel shows in a
 * UK locale: dates by their format's tokens ("mmmm yyyy" → "March 2020"), simple number
 * formats (0.00, #,##0, 0%), General otherwise. Dates are read from serials in UTC: the
 * machine's time zone never shifts a day.
 */
import { firstSection, instantToSerial, isDateFormat, MONTH_NAMES, serialToInstant } from '../core/basics';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Excel 1900-system serial of a JS Date, from its UTC components (time of day kept as a fraction). */
export function dateToSerial(date: Date): number {
  return instantToSerial(date.getTime());
}

/** The UTC Date of an Excel 1900-system serial. */
export function serialToDate(serial: number): Date {
  return new Date(serialToInstant(serial));
}

/** True where the format shows a date (the core's reading of number formats). */
export { isDateFormat };

/** Formats that Excel shows in the system's short date (a UK machine: 31/03/2019). */
const SHORT_DATE = new Set(['mm-dd-yy', 'm/d/yy', 'm/d/yyyy', 'mm/dd/yyyy', 'mm/dd/yy', 'm-d-yy', 'yyyy-mm-dd hh:mm:ss']);

type Token = { kind: 'lit'; text: string } | { kind: 'code'; code: string };

function tokenize(fmt: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < fmt.length) {
    const ch = fmt[i]!;
    if (ch === '"') {
      const end = fmt.indexOf('"', i + 1);
      out.push({ kind: 'lit', text: fmt.slice(i + 1, end < 0 ? fmt.length : end) });
      i = end < 0 ? fmt.length : end + 1;
    } else if (ch === '\\') {
      out.push({ kind: 'lit', text: fmt[i + 1] ?? '' });
      i += 2;
    } else if (ch === '[') {
      const end = fmt.indexOf(']', i);
      const inner = fmt.slice(i + 1, end < 0 ? fmt.length : end);
      // elapsed time [h] [mm] [ss] counts as a code; locale and colour tags are dropped
      if (/^(h+|m+|s+)$/i.test(inner)) out.push({ kind: 'code', code: inner.toLowerCase() });
      i = end < 0 ? fmt.length : end + 1;
    } else if (ch === '_') {
      out.push({ kind: 'lit', text: ' ' });
      i += 2;
    } else if (ch === '*') {
      i += 2;
    } else if (/[ymdhse]/i.test(ch)) {
      let j = i;
      while (j < fmt.length && fmt[j]!.toLowerCase() === ch.toLowerCase()) j++;
      out.push({ kind: 'code', code: fmt.slice(i, j).toLowerCase() });
      i = j;
    } else if (/^(am\/pm|a\/p)/i.test(fmt.slice(i))) {
      const m = /^(am\/pm|a\/p)/i.exec(fmt.slice(i))![0];
      out.push({ kind: 'code', code: m.toLowerCase() });
      i += m.length;
    } else if (ch === '.' && /^\.0+/.test(fmt.slice(i))) {
      // fractions of a second: not shown
      i += /^\.0+/.exec(fmt.slice(i))![0].length;
    } else if (ch === '@' || ch === '#' || ch === '0' || ch === '?') {
      i++;
    } else {
      out.push({ kind: 'lit', text: ch });
      i++;
    }
  }
  return out;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Display text of a date serial in a date format, e.g. 43891, "mmmm yyyy" → "March 2020". */
export function formatDateSerial(serial: number, fmt: string): string {
  if (!Number.isFinite(serial)) return String(serial);
  let f = firstSection(fmt).trim();
  if (SHORT_DATE.has(f.toLowerCase())) f = f.toLowerCase().includes('h') ? 'dd/mm/yyyy hh:mm:ss' : 'dd/mm/yyyy';
  const d = serialToDate(serial);
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth();
  const day = d.getUTCDate();
  const tokens = tokenize(f);
  const ampm = tokens.some((t) => t.kind === 'code' && (t.code === 'am/pm' || t.code === 'a/p'));
  const hours = d.getUTCHours();
  const out: string[] = [];
  tokens.forEach((t, k) => {
    if (t.kind === 'lit') {
      out.push(t.text);
      return;
    }
    const c = t.code;
    // "m" after an hour or before a second is minutes
    const isMinute = (): boolean => {
      for (let p = k - 1; p >= 0; p--) {
        const q = tokens[p]!;
        if (q.kind === 'code') return q.code.startsWith('h');
      }
      for (let n = k + 1; n < tokens.length; n++) {
        const q = tokens[n]!;
        if (q.kind === 'code') return q.code.startsWith('s');
      }
      return false;
    };
    if (c.startsWith('y') || c.startsWith('e')) out.push(c.length <= 2 && c.startsWith('y') ? pad2(y % 100) : String(y));
    else if (c.startsWith('m') && c.length <= 2 && isMinute()) out.push(c.length === 2 ? pad2(d.getUTCMinutes()) : String(d.getUTCMinutes()));
    else if (c === 'm') out.push(String(mo + 1));
    else if (c === 'mm') out.push(pad2(mo + 1));
    else if (c === 'mmm') out.push(MONTH_NAMES[mo]!.slice(0, 3));
    else if (c === 'mmmmm') out.push(MONTH_NAMES[mo]!.slice(0, 1));
    else if (c.startsWith('m')) out.push(MONTH_NAMES[mo]!);
    else if (c === 'd') out.push(String(day));
    else if (c === 'dd') out.push(pad2(day));
    else if (c === 'ddd') out.push(DAYS[d.getUTCDay()]!.slice(0, 3));
    else if (c.startsWith('d')) out.push(DAYS[d.getUTCDay()]!);
    else if (c.startsWith('h')) {
      const h = ampm ? ((hours + 11) % 12) + 1 : hours;
      out.push(c.length >= 2 ? pad2(h) : String(h));
    } else if (c.startsWith('s')) out.push(c.length >= 2 ? pad2(d.getUTCSeconds()) : String(d.getUTCSeconds()));
    else if (c === 'am/pm') out.push(hours < 12 ? 'AM' : 'PM');
    else if (c === 'a/p') out.push(hours < 12 ? 'A' : 'P');
  });
  return out.join('');
}

/** Excel's General format: up to 11 significant digits, no float noise. */
export function formatGeneral(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) return n.toExponential(5).replace(/\.?0+e/, 'E').replace(/E\+?/, 'E+').replace('E+-', 'E-');
  return String(Number(n.toPrecision(11)));
}

function groupThousands(s: string): string {
  const [int, frac] = s.split('.') as [string, string | undefined];
  const neg = int.startsWith('-');
  const digits = neg ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** Display text of a number in a (non-date) number format; simple formats only, else General. */
export function formatNumber(n: number, fmt: string | undefined | null): string {
  if (!fmt || fmt === 'General' || fmt === '@') return formatGeneral(n);
  const f = firstSection(fmt).replace(/\[[^\]]*\]/g, '').replace(/_./g, '').replace(/\*./g, '').trim();
  const m = /^([#,0]*)(?:\.([0#]+))?(%?)$/.exec(f);
  if (!m || !/0|#/.test(f)) return formatGeneral(n);
  const decimals = (m[2] ?? '').length;
  const value = m[3] ? n * 100 : n;
  let s = value.toFixed(decimals);
  if (m[1]?.includes(',')) s = groupThousands(s);
  return `${s}${m[3] ?? ''}`;
}

/** Display text of a cell value by its number format. */
export function displayText(value: string | number | boolean | null, fmt: string, isDate: boolean): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate) return formatDateSerial(value, fmt);
  return formatNumber(value, fmt);
}
