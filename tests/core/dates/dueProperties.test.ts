/** Properties of the due-text reader over any text, with fast-check. */
import fc from 'fast-check';
import { DueReading, clearDueTextCache, readDueText } from '../../../core/dates/dueText';
import { readDueCell } from '../../../core/dates/dueCell';
import { isIsoDate } from '../../../core/dates/isoDate';

const RUNS = { numRuns: 1500 };

const FRAGMENTS = [
  'January', 'Feb', 'March', 'Mar', 'April', 'Apr', 'May', 'may', 'June', 'Jun', 'July', 'Aug', 'Sept', 'Sep', 'October', 'Nov', 'Dec',
  'Q1', 'Q3', 'Q5', 'Quarter', 'Qtr', 'third quarter', 'from', 'From', 'to', 'until', 'and', 'between', 'end of', 'End of', 'by',
  'ongoing', 'On-going', 'as required', 'Annually', 'NEW', '<b>', '</b>', '<p>', '&nbsp;', '*', '•', 'st', 'th', "'",
  'Moved to new Strategic Plan', 'Next Strategic Plan', 'carry over', 'TBC', 'asap', 'Autumn', 'Winter', 'term',
  '2019/20', '2018-19', '2019/2021', '31/02/2019', '29/02/2020', '2019-03-31', '12/13/2019', '03/2019', '2100', '2101', '1989', '1990',
  '99', '00', '16', '18', '31', '1', '0', '2019', '2020', '9999',
];
const SEPARATORS = [' ', '', '-', '–', '/', '\n', ', ', '.', ' - ', ' to '];

const dueLike = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 0, max: 3000 }).map(String), fc.string({ maxLength: 4 })), fc.constantFrom(...SEPARATORS)), { maxLength: 9 })
  .map((parts) => parts.map(([a, b]) => a + b).join(''));

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 80 }), dueLike);

const inPlanYears = (iso: string) => iso >= '1990-01-01' && iso <= '2100-12-31';

/** What every reading must satisfy, whatever the text. */
function expectConsistent(r: DueReading): void {
  expect(['date', 'range', 'ongoing', 'none']).toContain(r.kind);
  expect(Number.isInteger(r.found) && r.found >= 0).toBe(true);
  if (r.start !== null) expect(isIsoDate(r.start) && inPlanYears(r.start)).toBe(true);
  if (r.end !== null) expect(isIsoDate(r.end) && inPlanYears(r.end)).toBe(true);
  if (r.start !== null && r.end !== null) expect(r.start <= r.end).toBe(true);
  if (r.kind === 'date' || r.kind === 'range') {
    expect(r.start !== null && r.end !== null).toBe(true);
    expect(r.found).toBeGreaterThanOrEqual(1);
    expect(r.unreadable).toBe(false);
  }
  if (r.kind === 'ongoing') expect(r.end).toBeNull();
  if (r.kind === 'none') expect([r.start, r.end, r.found]).toEqual([null, null, 0]);
  if (r.multiple) expect(r.found).toBeGreaterThan(1);
  if (r.unreadable) expect([r.kind, r.carryOver]).toEqual(['none', false]);
}

describe('readDueText properties', () => {
  test('never throws, and every reading is consistent: real ISO days in 1990–2100, start ≤ end', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: -2, max: 14 }), (text, ysm) => {
        expectConsistent(readDueText(text, { yearStartMonth: ysm }));
      }),
      RUNS,
    );
  });

  test('is deterministic: the same reading afresh, again, and from the memo', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        clearDueTextCache();
        const first = readDueText(text);
        clearDueTextCache();
        const second = readDueText(text);
        const remembered = readDueText(text);
        expect(second).toEqual(first);
        expect(remembered).toEqual(first);
      }),
      RUNS,
    );
  });

  test('a reading does not depend on what was read before it', () => {
    fc.assert(
      fc.property(fc.array(dueLike, { minLength: 1, maxLength: 5 }), (texts) => {
        clearDueTextCache();
        const inOrder = texts.map((t) => readDueText(t));
        clearDueTextCache();
        const reversed = [...texts].reverse().map((t) => readDueText(t)).reverse();
        expect(reversed).toEqual(inOrder);
      }),
      { numRuns: 1000 },
    );
  });

  test('any "Month YYYY" in 1990–2100 is that whole month', () => {
    const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1990, max: 2100 }), fc.boolean(), (m, year, short) => {
        const name = names[m] as string;
        const r = readDueText(`${short ? name.slice(0, 3) : name} ${year}`);
        const mm = String(m + 1).padStart(2, '0');
        expect(r.kind).toBe('date');
        expect(r.start).toBe(`${year}-${mm}-01`);
        expect(r.end?.slice(0, 8)).toBe(`${year}-${mm}-`);
        expect(isIsoDate(r.end as string)).toBe(true);
        expect(isIsoDate(`${year}-${mm}-${Number((r.end as string).slice(8)) + 1}`)).toBe(false); // the month's last day
      }),
      RUNS,
    );
  });

  test('any real dd/mm/yyyy is that day; an impossible one is unreadable, never another day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2100 }), (d, m, y) => {
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const r = readDueText(`${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`);
        if (isIsoDate(iso)) expect([r.kind, r.start, r.end]).toEqual(['date', iso, iso]);
        else expect([r.kind, r.unreadable]).toEqual(['none', true]);
      }),
      RUNS,
    );
  });
});

describe('readDueCell properties', () => {
  test('never throws on any value, text and format; readings are consistent', () => {
    const value = fc.oneof(fc.double(), fc.integer({ min: -10, max: 3_000_000 }), fc.string({ maxLength: 30 }), fc.boolean(), fc.constant(null));
    const format = fc.oneof(fc.constantFrom('General', 'dd/mm/yyyy', 'mmm-yy', 'mmmm yyyy', 'h:mm', '0.00', '@', '[$-809]dd mmmm yyyy;@'), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(value, fc.string({ maxLength: 30 }), format, (v, text, f) => expectConsistent(readDueCell(v, text, f))),
      RUNS,
    );
  });
});

describe('long cells (Excel allows 32 767 characters)', () => {
  const N = 32_767;
  test.each([
    ['spaces', `March${' '.repeat(N)}x`],
    ['tag openers', '<'.repeat(N)],
    ['entities', '&a'.repeat(N / 2)],
    ['month names', 'March '.repeat(N / 6)],
    ['dated lines', 'July 2018\n'.repeat(N / 10)],
    ['ranges', 'May - 12 June 2016 / '.repeat(N / 21)],
    ['ordinals', '1 st '.repeat(N / 5)],
  ])('%s: read without catastrophic backtracking', (_name, text) => {
    const started = performance.now();
    expectConsistent(readDueText(text));
    expect(performance.now() - started).toBeLessThan(5000); // quadratic regexes take minutes here
  });
});
