/**
 * Calendar days as ISO 'YYYY-MM-DD' strings.
 *
 * Why strings: a calendar day has no time zone. The sums are date-fns's on UTC dates, made
 * and read in UTC, so no result moves a day with the machine's time zone.
 */
// one function each, not the package root: its index loads all ~250 functions (~40 ms at start-up)
import { addDays as addDaysToDate } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { UTCDate } from '@date-fns/utc';
import { BoundedMemo } from '../memo';

export interface Ymd {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}


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
  // read by character code, not by pattern: date sums run several times per action
  if (typeof iso !== 'string' || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 7);
  const day = digitsAt(iso, 8, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** The number written in text[from, to) in ASCII digits, or -1. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
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

/** The day as a UTC date: date-fns then counts in UTC, where no day is skipped or doubled. */
function utcDate(iso: string): UTCDate {
  const p = parseIso(iso);
  if (!p) throw new RangeError(`not an ISO calendar day: ${iso}`);
  const d = new UTCDate(0);
  d.setFullYear(p.year, p.month - 1, p.day); // not new UTCDate(y, …): that maps years 0–99 to 1900–1999
  return d;
}

const EPOCH = utcDate('1970-01-01');
/** Calendar days since 1970-01-01. Remembered: a plan has few distinct days, and every action asks. */
const dayNumber = new BoundedMemo<string, number>(10_000, (iso) => differenceInCalendarDays(utcDate(iso), EPOCH));

/** The day n days after (or, negative, before) iso. Throws on a text that is not an ISO day. */
export function addDays(iso: string, n: number): string {
  const d = addDaysToDate(utcDate(iso), n);
  return formatIso(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** Whole days from a to b (positive when b is later). Throws on a text that is not an ISO day. */
export function daysBetween(a: string, b: string): number {
  return dayNumber.get(b) - dayNumber.get(a);
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
