import type { Due } from './dueSchema';
import { daysInMonth, parseIso } from './isoDate';

/** "March 2019" style wording of a due interval for messages. */
export function describeDue(due: Due): string {
  if (due.kind === 'ongoing') return due.start ? `from ${due.start}` : 'ongoing';
  if (!due.start || !due.end) return due.text.trim() || 'no date';
  if (due.start === due.end) return due.end;
  const first = wholeMonth(due.start, due.end);
  return first ?? `${due.start} to ${due.end}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "May 2019" where the interval is exactly one calendar month. */
function wholeMonth(start: string, end: string): string | null {
  const s = parseIso(start);
  const e = parseIso(end);
  if (!s || !e || s.day !== 1 || e.year !== s.year || e.month !== s.month || e.day !== daysInMonth(s.year, s.month)) return null;
  return `${MONTHS[s.month - 1]} ${s.year}`;
}
