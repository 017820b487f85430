/** Dates as a board paper writes them ("1 March 2019"), from ISO "2019-03-01"; pure, no locale APIs. */
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function parts(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function longDate(iso: string): string {
  const p = parts(iso);
  if (!p) return iso;
  return `${p[2]} ${MONTHS[p[1] - 1] ?? ''} ${p[0]}`;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number | null {
  const a = parts(from);
  const b = parts(to);
  if (!a || !b) return null;
  return Math.round((Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 86_400_000);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The period after [start, end]: same length in months, starting the day after (PRODUCT §3),
 * labelled like "2019-20" (one year) or "2021-23" (several).
 */
export function followingPeriod(start: string, end: string): { label: string; start: string; end: string } | null {
  const s = parts(start);
  const e = parts(end);
  if (!s || !e) return null;
  const months = (e[0] - s[0]) * 12 + (e[1] - s[1]) + 1;
  const nextStart = new Date(Date.UTC(e[0], e[1] - 1, e[2] + 1));
  const nextEnd = new Date(Date.UTC(nextStart.getUTCFullYear(), nextStart.getUTCMonth() + months, 0));
  const y1 = nextStart.getUTCFullYear();
  const y2 = nextEnd.getUTCFullYear();
  const label = y1 === y2 ? String(y1) : `${y1}-${String(y2 % 100).padStart(2, '0')}`;
  return { label, start: iso(nextStart), end: iso(nextEnd) };
}
