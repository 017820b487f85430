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
