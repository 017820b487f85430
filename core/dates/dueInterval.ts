/**
 * What the due-text reader finds in a text: intervals of days with where they were written.
 * Shared by the domain's own token readers (dueTokens) and the chrono adapter (dueChrono).
 */
import { addMonths, firstDayOfMonth, isoFromYmd, lastDayOfMonth } from './isoDate';
import { isPlanYear } from './periodLabel';

export interface DueInterval {
  index: number; // where it starts in the prepared text
  length: number; // how many characters it covers
  start: string; // ISO
  end: string; // ISO, inclusive
  kind: 'date' | 'range'; // a day, month or quarter is one date; "April–June" is a range
}

/** A whole month, or null outside the years plans use (1990–2100). */
export function monthSpan(year: number, month: number): { start: string; end: string } | null {
  if (!isPlanYear(year) || !Number.isInteger(month) || month < 1 || month > 12) return null;
  return { start: firstDayOfMonth(year, month), end: lastDayOfMonth(year, month) };
}

/** Consecutive whole months from a first month, or null outside the plan years. */
export function monthsSpan(year: number, month: number, count: number): { start: string; end: string } | null {
  const last = addMonths(year, month, count - 1);
  const first = monthSpan(year, month);
  const final = monthSpan(last.year, last.month);
  return first && final ? { start: first.start, end: final.end } : null;
}

/** One day, or null when it does not exist (31 February) or lies outside the plan years. */
export function daySpan(year: number, month: number, day: number): { start: string; end: string } | null {
  if (!isPlanYear(year)) return null;
  const iso = isoFromYmd(year, month, day);
  return iso ? { start: iso, end: iso } : null;
}

/** Two-digit years in plans are 20yy ("Mar-16" is March 2016). */
export function fullYear(written: string): number {
  const n = Number(written);
  return written.length <= 2 ? 2000 + n : n;
}
