/**
 * Time-zone arithmetic for the double: the instant at which a wall-clock date and time begins
 * in a named time zone (how Sheets turns a date cell into a script Date), and back.
 */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86400000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a time zone. */
export function wallClock(t: number, tz: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const p: Record<string, number> = {};
  for (const part of formatter(tz).formatToParts(new Date(t))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { y: p.year!, mo: p.month!, d: p.day!, h: p.hour! % 24, mi: p.minute!, s: p.second! };
}

function wallMs(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  const x = new Date(0);
  x.setUTCFullYear(y, mo - 1, d);
  x.setUTCHours(h, mi, s, ms);
  return x.getTime();
}

/** UTC offset (ms) of the zone at an instant. */
function offsetAt(t: number, tz: string): number {
  const w = wallClock(t, tz);
  const ms = ((t % 1000) + 1000) % 1000;
  return wallMs(w.y, w.mo, w.d, w.h, w.mi, w.s, ms) - t;
}

/** The instant (epoch ms) at which a serial's wall-clock time occurs in the zone. */
export function serialToInstant(serial: number, tz: string): number {
  const wall = EPOCH_MS + Math.round(serial * MS_PER_DAY);
  let guess = wall;
  for (let i = 0; i < 4; i++) {
    const next = wall - offsetAt(guess, tz);
    if (next === guess) break;
    guess = next;
  }
  return guess;
}

/** The serial of an instant's wall-clock time in the zone. */
export function instantToSerial(t: number, tz: string): number {
  const w = wallClock(t, tz);
  const ms = ((t % 1000) + 1000) % 1000;
  return Math.round(((wallMs(w.y, w.mo, w.d, w.h, w.mi, w.s, ms) - EPOCH_MS) / MS_PER_DAY) * 1e8) / 1e8;
}

/** Utilities.formatDate for the Java-style patterns the add-on uses (yyyy MM dd HH mm ss). */
export function formatDateJava(date: Date, tz: string, pattern: string): string {
  const w = wallClock(date.getTime(), tz);
  const pad = (n: number, k = 2) => String(n).padStart(k, '0');
  return pattern.replace(/yyyy|MM|dd|HH|mm|ss/g, (tok) => {
    switch (tok) {
      case 'yyyy':
        return pad(w.y, 4);
      case 'MM':
        return pad(w.mo);
      case 'dd':
        return pad(w.d);
      case 'HH':
        return pad(w.h);
      case 'mm':
        return pad(w.mi);
      default:
        return pad(w.s);
    }
  });
}
