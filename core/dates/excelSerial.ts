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

/** Serial 25569 is 1970-01-01 00:00 in Excel's 1900 system and in Google Sheets. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * The serial of an instant's UTC wall-clock date and time (the time of day a fraction), as
 * Excel from 1 March 1900 on and Google Sheets count: whole days stay whole, float noise below
 * a millisecond is dropped.
 *
 * @example
 * instantToSerial(Date.UTC(2019, 2, 31)) //=> 43555
 * instantToSerial(Date.UTC(2019, 2, 31, 12)) //=> 43555.5
 */
export function instantToSerial(ms: number): number {
  const serial = ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return Math.round(serial * 1e8) / 1e8;
}

/**
 * The instant (milliseconds since 1970, UTC) of a serial's date and time, to the millisecond.
 *
 * @example
 * new Date(serialToInstant(43555.5)).toISOString() //=> '2019-03-31T12:00:00.000Z'
 */
export function serialToInstant(serial: number): number {
  return Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
}
