/**
 * Apps Script hands date cells to scripts as JavaScript Date objects: the instant at which the
 * cell's date and time begin in the spreadsheet's time zone. The core wants Excel 1900-system
 * serials of the calendar day (and time) the sheet shows, whatever the script's or the
 * machine's time zone, so a Date is read back in the spreadsheet's time zone.
 */
import { instantToSerial } from '../../core/index';

/** Utilities.formatDate's shape, the documented way to read a Date in a named time zone. */
export type FormatDate = (date: Date, timeZone: string, format: string) => string;

/** True for a Date from any realm (a sandboxed context's Date is not this realm's instanceof Date). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** The serial of a wall-clock date and time (no time zone involved). */
export function serialOf(y: number, month: number, day: number, h = 0, mi = 0, s = 0, ms = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(y, month - 1, day);
  d.setUTCHours(h, mi, s, ms);
  return instantToSerial(d.getTime());
}

interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

function intlReader(timeZone: string): ((date: Date) => Parts) | null {
  try {
    const fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (typeof fmt.formatToParts !== 'function') return null;
    return (date) => {
      const p: Record<string, number> = {};
      for (const part of fmt.formatToParts(date)) {
        if (part.type !== 'literal') p[part.type] = Number(part.value);
      }
      return { y: p.year ?? NaN, mo: p.month ?? NaN, d: p.day ?? NaN, h: (p.hour ?? 0) % 24, mi: p.minute ?? 0, s: p.second ?? 0 };
    };
  } catch {
    return null;
  }
}

function formatDateReader(timeZone: string, formatDate: FormatDate): (date: Date) => Parts {
  return (date) => {
    const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(formatDate(date, timeZone, 'yyyy-MM-dd HH:mm:ss'));
    if (!m) return { y: NaN, mo: NaN, d: NaN, h: 0, mi: 0, s: 0 };
    return { y: +m[1]!, mo: +m[2]!, d: +m[3]!, h: +m[4]!, mi: +m[5]!, s: +m[6]! };
  };
}

function localReader(date: Date): Parts {
  return {
    y: date.getFullYear(),
    mo: date.getMonth() + 1,
    d: date.getDate(),
    h: date.getHours(),
    mi: date.getMinutes(),
    s: date.getSeconds(),
  };
}

export interface DateConverter {
  /** The serial of the calendar day and time the sheet shows for this Date; NaN if invalid. */
  (date: Date): number;
  /** How dates are being read: 'intl', 'formatDate' (Utilities) or 'local' (script time zone). */
  readonly method: 'intl' | 'formatDate' | 'local';
}

/**
 * A converter from Apps Script Dates to serials in the spreadsheet's time zone. Uses the
 * ECMAScript Intl time-zone data (no service call per cell); where that is missing, or it
 * disagrees with Utilities.formatDate on a first probe, every date is read with
 * Utilities.formatDate (one call per distinct date).
 */
export function makeDateConverter(timeZone: string, formatDate?: FormatDate): DateConverter {
  let read: (d: Date) => Parts;
  let method: DateConverter['method'];
  const intl = timeZone ? intlReader(timeZone) : null;
  if (intl) {
    read = intl;
    method = 'intl';
  } else if (formatDate && timeZone) {
    read = formatDateReader(timeZone, formatDate);
    method = 'formatDate';
  } else {
    read = localReader;
    method = 'local';
  }
  let probed = !(method === 'intl' && formatDate);
  const cache = new Map<number, number>();
  const convert = ((date: Date): number => {
    const t = date.getTime();
    if (Number.isNaN(t)) return NaN;
    const hit = cache.get(t);
    if (hit !== undefined) return hit;
    if (!probed && formatDate) {
      probed = true;
      const viaUtilities = formatDateReader(timeZone, formatDate)(date);
      const viaIntl = read(date);
      if (JSON.stringify(viaUtilities) !== JSON.stringify(viaIntl)) {
        read = formatDateReader(timeZone, formatDate);
        method = 'formatDate';
      }
    }
    const p = read(date);
    const ms = ((t % 1000) + 1000) % 1000;
    const serial = Number.isFinite(p.y) && Number.isFinite(p.mo) && Number.isFinite(p.d) ? serialOf(p.y, p.mo, p.d, p.h, p.mi, p.s, ms) : NaN;
    cache.set(t, serial);
    return serial;
  }) as DateConverter;
  Object.defineProperty(convert, 'method', { get: () => method });
  return convert;
}
