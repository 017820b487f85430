/**
 * Excel 1900-system date serials <-> ISO days.
 *
 * Serial 1 is 1900-01-01. Excel (copying Lotus 1-2-3) believes 1900 was a leap year, so
 * serial 60 is a 29 February 1900 that never existed and every later serial is one day
 * "ahead": serial 61 is 1900-03-01. The fractional part of a serial is the time of day,
 * which a due date ignores.
 */
import { addDays, daysBetween, parseIso } from './isoDate';

/** The last day Excel can show: 9999-12-31. */
export const MAX_EXCEL_SERIAL = 2_958_465;
const FAKE_LEAP_DAY = 60;

/** The ISO day of a serial, or null for serials that are no real day (≤ 0, 60, past 9999, not finite). */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial); // the time of day is not part of a due date
  if (whole < 1 || whole > MAX_EXCEL_SERIAL || whole === FAKE_LEAP_DAY) return null;
  // before the fake leap day serials count from 1899-12-31, after it from 1899-12-30
  return whole < FAKE_LEAP_DAY ? addDays('1899-12-31', whole) : addDays('1899-12-30', whole);
}

/** The serial Excel stores for an ISO day, or null for a day Excel cannot hold (before 1900, after 9999). */
export function isoToSerial(iso: string): number | null {
  if (parseIso(iso) === null || iso < '1900-01-01') return null;
  const serial = iso < '1900-03-01' ? daysBetween('1899-12-31', iso) : daysBetween('1899-12-30', iso);
  return serial > MAX_EXCEL_SERIAL ? null : serial;
}
