/**
 * The general date parser: chrono-node's British English configuration (day before month),
 * kept to what a due date can be. chrono reads far more than dates ("today", "in 3 months",
 * "10:30", "Friday"), and guesses a year it was not given; a due date is only what the text
 * itself pins down to a month of a real year.
 */
import * as chrono from 'chrono-node/en';
import { DueInterval, daySpan, monthSpan } from './dueInterval';
import { compareIso } from './isoDate';

// chrono needs a "now"; a fixed one keeps readings independent of today and of the clock's zone
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };
const HAS_YEAR = /(?<!\d)(?:19|20|21)\d{2}(?!\d)/;

type Components = chrono.ParsedResult['start'];

/** The day or whole month one side of a chrono result names; null when it names neither. */
function spanOf(c: Components, yearGiven: boolean): { start: string; end: string } | null {
  if (!c.isCertain('month') || !yearGiven) return null;
  const year = c.get('year') ?? 0;
  const month = c.get('month') ?? 0;
  // a day chrono had to imply ("April 2018" → 1 April) means the whole month
  return c.isCertain('day') ? daySpan(year, month, c.get('day') ?? 0) : monthSpan(year, month);
}

function toIntervals(r: chrono.ParsedResult): DueInterval[] {
  // only what names its year: not "today", "within 6 months", "end of the month", "31st March";
  // a reading relative to a written date ("3 months after March 2019") is kept
  if (!HAS_YEAR.test(r.text)) return [];
  const endYearGiven = r.end?.isCertain('year') ?? false;
  // "October-December 2016": the first month takes its year from the second
  const start = spanOf(r.start, r.start.isCertain('year') || endYearGiven);
  if (!start) return [];
  const at = { index: r.index, length: r.text.length };
  const end = r.end ? spanOf(r.end, endYearGiven || r.start.isCertain('year')) : null;
  if (!end) return [{ ...at, ...start, kind: 'date' }];
  if (compareIso(start.start, end.end) > 0) {
    // defensive: chrono orders a range's ends itself ("March 2017 - April 2016"); never start after end
    return [{ ...at, ...start, kind: 'date' }, { ...at, ...end, kind: 'date' }];
  }
  const single = start.start === end.start && start.end === end.end;
  return [{ ...at, start: start.start, end: end.end, kind: single ? 'date' : 'range' }];
}

/** Every day, month and range chrono finds in a text (positions are the text's own). */
export function readWithChrono(text: string): DueInterval[] {
  // "end of March" is the domain's to read (dueText), so chrono sees only "March"
  const forChrono = text.replace(/\bend\s+of\b/gi, (all) => ' '.repeat(all.length));
  return chrono.GB.parse(forChrono, REFERENCE).flatMap(toIntervals);
}
