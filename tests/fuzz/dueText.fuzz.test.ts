/**
 * Fuzzing readDueText (issue 7): never throws, deterministic, start never after end, and
 * every date it gives is a real ISO calendar date.
 */
import fc from 'fast-check';
import { readDueText } from '../../core/dates/dueText';

const WORDS = [
  'Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q0', 'end', 'of', 'by', 'from', 'to', '-', '/', 'until', 'ongoing', 'TBC', 'March', 'Mar', 'Sept', 'February',
  'Feb', 'December', 'spring', 'summer', 'autumn', 'winter', '2019', '2019/20', '2018-19', '19', '31', '29', '30', '0', '00', '9999', '31/02/2019',
  '29/02/2019', '29/02/2020', '01/04/2019', '2019-13-45', 'new', 'plan', 'carried', 'forward', 'and', 'then', 'early', 'mid', 'late', '<b>', '</b>',
  '\n', ',', '.', "'", 'Moved to New Strategic Plan', 'asap', 'yr', 'year', '1st', '2nd', '3rd', 'half', 'H1', 'H2', '🚀', 'ملف',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((w) => w.join(' ')),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => w.join('')),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const ISO = /^\d{4}-\d{2}-\d{2}$/;
function isoValid(s: string): boolean {
  if (!ISO.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

test('readDueText never throws, is deterministic, and gives ordered, valid ISO dates', () => {
  fc.assert(
    fc.property(text, fc.option(fc.integer({ min: -2, max: 14 }), { nil: undefined }), (t, ysm) => {
      const opts = ysm === undefined ? undefined : { yearStartMonth: ysm };
      const a = readDueText(t, opts);
      const b = readDueText(t, opts);
      expect(b).toEqual(a);
      // a fresh copy of the text (not the memo's key object) reads the same
      expect(readDueText(`${t}`.slice(0), opts)).toEqual(a);
      for (const d of [a.start, a.end]) if (d !== null) expect(isoValid(d)).toBe(true);
      if (a.start !== null && a.end !== null) expect(a.start <= a.end).toBe(true);
      if (a.kind === 'date' || a.kind === 'range') expect(a.end).not.toBeNull();
      if (a.kind === 'none') expect([a.start, a.end]).toEqual([null, null]);
      expect(a.found).toBeGreaterThanOrEqual(0);
    }),
    { numRuns: 3000, seed: 20190301 },
  );
});
