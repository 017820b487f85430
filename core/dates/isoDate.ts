/**
 * Calendar days as ISO 'YYYY-MM-DD' strings.
 *
 * Why strings: a calendar day has no time zone. Every computation here goes through
 * Date.UTC and getUTC*, so no result ever moves a day with the machine's time zone.
 */

export interface Ymd {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const MS_PER_DAY = 86_400_000;
const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month (1–12) of a year, Gregorian. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Formats parts as ISO without checking them; for parts already known to be a real day. */
export function formatIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO day for year/month/day, or null when that day does not exist (31 February). */
export function isoFromYmd(year: number, month: number, day: number): string | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return formatIso(year, month, day);
}

/** Parts of an ISO day, or null when the text is not a real calendar day. */
export function parseIso(iso: string): Ymd | null {
  const m = ISO_SHAPE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isoFromYmd(year, month, day) === null ? null : { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIso(text) !== null;
}

/** Negative, zero or positive as a is before, equal to or after b (fixed-width ISO sorts as text). */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxIso(a: string, b: string): string {
  return a >= b ? a : b;
}

export function minIso(a: string, b: string): string {
  return a <= b ? a : b;
}

function toUtcMs(iso: string): number {
  const p = parseIso(iso);
  if (!p) throw new RangeError(`not an ISO calendar day: ${iso}`);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999
  return new Date(0).setUTCFullYear(p.year, p.month - 1, p.day);
}

function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  return formatIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The day n days after (or, negative, before) iso. Throws on a text that is not an ISO day. */
export function addDays(iso: string, n: number): string {
  return fromUtcMs(toUtcMs(iso) + n * MS_PER_DAY);
}

/** Whole days from a to b (positive when b is later). Throws on a text that is not an ISO day. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / MS_PER_DAY);
}

export function firstDayOfMonth(year: number, month: number): string {
  return formatIso(year, month, 1);
}

export function lastDayOfMonth(year: number, month: number): string {
  return formatIso(year, month, daysInMonth(year, month));
}

/** The month n months after year/month (n may be negative). */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}
