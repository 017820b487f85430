import { DueReading, clearDueTextCache, readDueText } from '../../../core/dates/dueText';

type Kind = DueReading['kind'];
type Row = [text: string, kind: Kind, start: string | null, end: string | null, extra?: Partial<DueReading>];
// test.each callbacks take rest arguments: jest reads a parameter the row does not fill as a done callback

/** Checks a reading; extra fields (multiple, carryOver, unreadable, found) are checked when given. */
function expectReading(text: string, kind: Kind, start: string | null, end: string | null, extra: Partial<DueReading> = {}, yearStartMonth?: number): void {
  const r = readDueText(text, yearStartMonth === undefined ? undefined : { yearStartMonth });
  expect({ kind: r.kind, start: r.start, end: r.end }).toEqual({ kind, start, end });
  for (const [k, v] of Object.entries(extra)) expect([k, r[k as keyof DueReading]]).toEqual([k, v]);
}

const whole = (y: number, m: number, last: number): [string, string] => {
  const mm = String(m).padStart(2, '0');
  return [`${y}-${mm}-01`, `${y}-${mm}-${last}`];
};

describe('PRODUCT §4: a month means the whole month; two-digit years are 20yy', () => {
  const rows: Row[] = [
    ['April 2018', 'date', ...whole(2018, 4, 30), { found: 1, multiple: false, unreadable: false }],
    ['April 2018*', 'date', ...whole(2018, 4, 30)],
    ['Apr 2018', 'date', ...whole(2018, 4, 30)],
    ['April 18', 'date', ...whole(2018, 4, 30)],
    ['Mar-16', 'date', ...whole(2016, 3, 31)],
    ['Mar 16', 'date', ...whole(2016, 3, 31)],
    ['Dec16', 'date', ...whole(2016, 12, 31)],
    ['Sept 17', 'date', ...whole(2017, 9, 30)],
    ['June 16', 'date', ...whole(2016, 6, 30)],
    ['Dec 15', 'date', ...whole(2015, 12, 31)],
    ["Nov '15", 'date', ...whole(2015, 11, 30)],
    ['February 2020', 'date', ...whole(2020, 2, 29)],
    ['February 2019', 'date', ...whole(2019, 2, 28)],
    ['april 2018', 'date', ...whole(2018, 4, 30)],
    ['  April 2018  ', 'date', ...whole(2018, 4, 30)],
  ];
  // rest parameters: jest reads a five-parameter callback on a four-value row as taking `done`
  test.each(rows)('%j', (...[text, kind, start, end, extra]: Row) => expectReading(text, kind, start, end, extra));
});

describe('PRODUCT §4: a day (day before month) is that day', () => {
  const rows: Row[] = [
    ['31 st March 2015', 'date', '2015-03-31', '2015-03-31', { found: 1 }],
    ['12th November 2014', 'date', '2014-11-12', '2014-11-12'],
    ['12 th November 2014', 'date', '2014-11-12', '2014-11-12'],
    ['31/03/2019', 'date', '2019-03-31', '2019-03-31'],
    ['2019-03-31', 'date', '2019-03-31', '2019-03-31'],
    ['01/04/2019', 'date', '2019-04-01', '2019-04-01'], // day first: 1 April, not 4 January
    ['1/4/19', 'date', '2019-04-01', '2019-04-01'],
    ['31-03-2019', 'date', '2019-03-31', '2019-03-31'],
    ['31.03.2019', 'date', '2019-03-31', '2019-03-31'],
    ['31 Mar 19', 'date', '2019-03-31', '2019-03-31'],
    ['Monday 12 March 2019', 'date', '2019-03-12', '2019-03-12'],
    ['29/02/2020', 'date', '2020-02-29', '2020-02-29'],
    ['03/2019', 'date', '2019-03-01', '2019-03-31'], // month/year: the whole month
    ['3/2019', 'date', '2019-03-01', '2019-03-31'],
  ];
  // rest parameters: jest reads a five-parameter callback on a four-value row as taking `done`
  test.each(rows)('%j', (...[text, kind, start, end, extra]: Row) => expectReading(text, kind, start, end, extra));
});

describe('PRODUCT §4: "end of" a month is its last day', () => {
  const rows: Row[] = [
    ['End of Nov 15', 'date', '2015-11-30', '2015-11-30'],
    ['End of September 2016', 'date', '2016-09-30', '2016-09-30'],
    ['by the end of February 2020', 'date', '2020-02-29', '2020-02-29'],
    ['by end March 2019', 'date', '2019-03-31', '2019-03-31'],
    ['end-June 2019', 'date', '2019-06-30', '2019-06-30'],
    ['End of Q3 2019/20', 'date', '2019-12-31', '2019-12-31'],
  ];
  // rest parameters: jest reads a five-parameter callback on a four-value row as taking `done`
  test.each(rows)('%j', (...[text, kind, start, end, extra]: Row) => expectReading(text, kind, start, end, extra));
});

describe("PRODUCT §4: ranges run from the first month's start to the last month's end", () => {
  const rows: Row[] = [
    ['April 2016-March 2017', 'range', '2016-04-01', '2017-03-31', { found: 1, multiple: false }],
    ['April 2016 – March 2017', 'range', '2016-04-01', '2017-03-31'],
    ['April 2016- June 2016', 'range', '2016-04-01', '2016-06-30'],
    ['October-December 2016', 'range', '2016-10-01', '2016-12-31'],
    ['May – June 2016', 'range', '2016-05-01', '2016-06-30'],
    ['May - June 2016', 'range', '2016-05-01', '2016-06-30'],
    ['July 2014 to January 2015', 'range', '2014-07-01', '2015-01-31'],
    ['Sep-Dec 2016', 'range', '2016-09-01', '2016-12-31'],
    ['Mar to June 16', 'range', '2016-03-01', '2016-06-30'],
    ['Nov-Feb 2017', 'range', '2016-11-01', '2017-02-28'], // the first month is in the year before
    ['December 2016 - January', 'range', '2016-12-01', '2017-01-31'], // the second month shares (the next) year
    ['Dec 15 – March 16', 'range', '2015-12-01', '2016-03-31'],
    ['between April and June 2016', 'range', '2016-04-01', '2016-06-30'],
    ['01/04/2019 - 31/03/2020', 'range', '2019-04-01', '2020-03-31'],
    ['1st April 19 - 31st March 20', 'range', '2019-04-01', '2020-03-31'],
    ['12 March to 14 June 2016', 'range', '2016-03-12', '2016-06-14'],
    ['May - 12 June 2016', 'range', '2016-05-01', '2016-06-12'], // 12 is a day of June, not 2012
    ['Dec 15 June 16', 'date', ...whole(2016, 6, 30), { multiple: true, found: 2 }],
    ['March 2017 - April 2016', 'range', '2016-04-01', '2017-03-31'], // ends written the wrong way round
  ];
  // rest parameters: jest reads a five-parameter callback on a four-value row as taking `done`
  test.each(rows)('%j', (...[text, kind, start, end, extra]: Row) => expectReading(text, kind, start, end, extra));
});

describe('PRODUCT §4: several dates — the one ending latest is used, with multiple set', () => {
  const rows: Row[] = [
    ['September 2016 / March 2017', 'date', ...whole(2017, 3, 31), { multiple: true, found: 2 }],
    ['March 2015 July 2015', 'date', ...whole(2015, 7, 31), { multiple: true, found: 2 }],
    ['July 2014 and January 2015', 'date', ...whole(2015, 1, 31), { multiple: true, found: 2 }],
    ['June 2016 September 2016 December 2016 March 2017', 'date', ...whole(2017, 3, 31), { multiple: true, found: 4 }],
    ['First review Dec 15 Refresh in June 16', 'date', ...whole(2016, 6, 30), { multiple: true, found: 2 }],
    // the same month five times over is three different dates
    ['July 2018\nMarch 2019\nAugust 2018\nMarch 2019\nMarch 2019', 'date', ...whole(2019, 3, 31), { multiple: true, found: 3 }],
    // not in order: still the latest
    ['March 2017 / September 2016', 'date', ...whole(2017, 3, 31), { multiple: true }],
    // two ending the same day: the later-starting one (31 March, not the whole month)
    ['March 2019 or 31/03/2019', 'date', '2019-03-31', '2019-03-31', { multiple: true, found: 2 }],
    ['31/03/2019 or March 2019', 'date', '2019-03-31', '2019-03-31', { multiple: true, found: 2 }],
    // the latest one is itself a range: kind range
    ['June 2016; October-December 2016', 'range', '2016-10-01', '2016-12-31', { multiple: true, found: 2 }],
    // a whole plan year and a month ending with it: the month
    ['2019-20, March 2020', 'date', ...whole(2020, 3, 31), { multiple: true }],
  ];
  // rest parameters: jest reads a five-parameter callback on a four-value row as taking `done`
  test.each(rows)('%j', (...[text, kind, start, end, extra]: Row) => expectReading(text, kind, start, end, extra));
});

describe('PRODUCT §4: dates inside sentences', () => {
  const rows: Row[] = [
    ['Report to LSCB in July 2014', 'date', ...whole(2014, 7, 31), { found: 1, multiple: false }],
    ['Reviewed annually – March 2016', 'date', ...whole(2016, 3, 31)],
    ['Next annual review March 2018', 'date', ...whole(2018, 3, 31)],
    // the same month twice is one date, not several
    ['Jun-18 on the June 18 agenda', 'date', ...whole(2018, 6, 30), { found: 1, multiple: false }],
    ['Process from April 2014 to report to the Board in October 2014', 'range', '2014-04-01', '2014-10-31', { found: 1, multiple: false }],
    ['Starting April 2014, then reviewed in June 2014 and March 2015', 'range', '2014-04-01', '2015-03-31'],
    // relative to a written date: chrono's reading is kept
    ['3 months after March 2019', 'date', ...whole(2019, 6, 30)],
    // relative to today: not a date (only March 2019 is)
    ['Within 6 months, by March 2019', 'date', ...whole(2019, 3, 31), { found: 1, multiple: false }],
    ['End of the month – March 2019', 'date', ...whole(2019, 3, 31), { found: 1 }],
  ];
  // rest parameters: jest reads a five-parameter callback on a four-value row as taking `done`
  test.each(rows)('%j', (...[text, kind, start, end, extra]: Row) => expectReading(text, kind, start, end, extra));
});

describe('PRODUCT §4: ongoing (no end; a start where one is given)', () => {
  const rows: Row[] = [
    ['Ongoing', 'ongoing', null, null, { unreadable: false, found: 0 }],
    ['On going', 'ongoing', null, null],
    ['On-going', 'ongoing', null, null],
    ['ongoing.', 'ongoing', null, null],
    ['As required', 'ongoing', null, null],
    ['as and when required', 'ongoing', null, null],
    ['As needed', 'ongoing', null, null],
    ['Annually', 'ongoing', null, null],
    ['Quarterly', 'ongoing', null, null],
    ['Rolling programme', 'ongoing', null, null],
    ['From April 2014', 'ongoing', '2014-04-01', null, { found: 1 }],
    ['from 1st May 2019', 'ongoing', '2019-05-01', null],
    ['May 2014 ongoing', 'ongoing', '2014-05-01', null, { found: 1, multiple: false }],
    // PRODUCT §4 (updated): ongoing only where the one date is a start; review dates are dates
    ['Ongoing - reviewed June 2016 and March 2017', 'date', '2017-03-01', '2017-03-31', { multiple: true, found: 2 }],
    ['Ongoing from June 2016', 'ongoing', '2016-06-01', null, { found: 1 }],
  ];
  // rest parameters: jest reads a five-parameter callback on a four-value row as taking `done`
  test.each(rows)('%j', (...[text, kind, start, end, extra]: Row) => expectReading(text, kind, start, end, extra));
});

describe('PRODUCT §4: financial quarters (Q1 starts with the planning year)', () => {
  const rows: [string, number | undefined, string, string][] = [
    ['Q3 2019/20', undefined, '2019-10-01', '2019-12-31'],
    ['Quarter 2 2018-19', undefined, '2018-07-01', '2018-09-30'],
    ['Q4 2019/20', undefined, '2020-01-01', '2020-03-31'],
    ['Q1 2019/20', undefined, '2019-04-01', '2019-06-30'],
    ['Q1 2019/20', 4, '2019-04-01', '2019-06-30'],
    ['Qtr 3 2019-20', undefined, '2019-10-01', '2019-12-31'],
    ['Q3 of 2019/20', undefined, '2019-10-01', '2019-12-31'],
    ['2019/20 Q3', undefined, '2019-10-01', '2019-12-31'],
    ['third quarter of 2019/20', undefined, '2019-10-01', '2019-12-31'],
    ['Q3 2019', undefined, '2019-10-01', '2019-12-31'], // a single year: the planning year starting in it
    ['Q1 2019', 1, '2019-01-01', '2019-03-31'], // calendar-year planning
    ['Q4 2019', 1, '2019-10-01', '2019-12-31'],
    ['Q1 2019/20', 9, '2019-09-01', '2019-11-30'], // academic-year planning
    ['Q2 2019/20', 9, '2019-12-01', '2020-02-29'],
  ];
  test.each(rows)('%j (year starts in month %p)', (text, ysm, start, end) => expectReading(text, 'date', start, end, { found: 1 }, ysm));

  test.each(['Q5 2019/20', 'Q0 2019/20', 'Quarter 7 2018-19', 'Q3'])('%j is unreadable', (text) =>
    expectReading(text, 'none', null, null, { unreadable: true, found: 0 }),
  );
});

describe('PRODUCT §4: carry-over signals, plus any date inside', () => {
  const rows: Row[] = [
    ['Moved to New Strategic Plan', 'none', null, null, { carryOver: true, unreadable: false, found: 0 }],
    ['Moved to new Strategic Plan for June 18', 'date', ...whole(2018, 6, 30), { carryOver: true, unreadable: false }],
    ['Next Strategic Plan', 'none', null, null, { carryOver: true, unreadable: false }],
    ['Carry over', 'none', null, null, { carryOver: true, unreadable: false }],
    ['carried forward', 'none', null, null, { carryOver: true }],
    ['Carried over to 2019-20', 'range', '2019-04-01', '2020-03-31', { carryOver: true }],
    ['Rolled over', 'none', null, null, { carryOver: true }],
    ["next year's business plan", 'none', null, null, { carryOver: true }],
    ['moved into the Strategic Plan', 'none', null, null, { carryOver: true }],
    ['Ongoing - carry over', 'ongoing', null, null, { carryOver: true }],
  ];
  // rest parameters: jest reads a five-parameter callback on a four-value row as taking `done`
  test.each(rows)('%j', (...[text, kind, start, end, extra]: Row) => expectReading(text, kind, start, end, extra));

  test.each(['March 2019', 'New action plan March 2019', 'TBC', 'Ongoing', 'new date June 2019'])('%j is no carry-over signal', (text) =>
    expect(readDueText(text).carryOver).toBe(false),
  );
});

describe('PRODUCT §4: no date at all', () => {
  test.each(['TBC', 'TBA', 'tbc', 'asap', 'ASAP', 'To be agreed', 'The group will decide when', 'N/A', '<b>NEW</b>', 'Complete'])(
    '%j is unreadable',
    (text) => expectReading(text, 'none', null, null, { unreadable: true, found: 0, multiple: false, carryOver: false }),
  );

  test.each(['', ' ', '\n\t', '-', '.', '*', '–', '• ', '<p></p>', '&nbsp;'])('%j is empty: none, not unreadable', (text) =>
    expectReading(text, 'none', null, null, { unreadable: false, found: 0 }),
  );

  test.each([
    ['31/02/2019', 'a day that does not exist'],
    ['30/02/2020', 'a day that does not exist'],
    ['2019-02-30', 'a day that does not exist'],
    ['12/13/2019', 'month 13: day first, never swapped to US order'],
    ['2019', 'a bare year'],
    ['31st March', 'a day and month with no year'],
    ['March', 'a month with no year'],
    ['April 1850', 'a year outside 1990–2100'],
    ['May 2150', 'a year outside 1990–2100'],
    ['today', 'relative words'],
    ['next week', 'relative words'],
    ['within 6 months', 'relative words'],
    ['10:30', 'a time'],
    ['Friday', 'a weekday'],
    ['03/19', 'month/two-digit year is too ambiguous'],
    ['13/2019', 'month 13'],
    ['1.2.13', 'a ref, not a date'],
    ['TBC, may 19 slip', 'lower-case "may" is a verb, not May 2019'],
  ])('%j is unreadable (%s)', (text) => expectReading(text, 'none', null, null, { unreadable: true, found: 0 }));
});

describe('a whole plan year in a due cell is that year (a range)', () => {
  const rows: [string, number | undefined, string, string][] = [
    ['2019-20', undefined, '2019-04-01', '2020-03-31'],
    ['2019/20', undefined, '2019-04-01', '2020-03-31'],
    ['By 2019/2020', undefined, '2019-04-01', '2020-03-31'],
    ['2019/2021', undefined, '2019-04-01', '2021-03-31'],
    ['2019-20', 1, '2019-01-01', '2020-12-31'],
  ];
  test.each(rows)('%j (year starts in month %p)', (text, ysm, start, end) => expectReading(text, 'range', start, end, {}, ysm));
});

describe('seasons and school terms', () => {
  const rows: Row[] = [
    ['Autumn 2018', 'date', '2018-09-01', '2018-11-30'],
    ['Spring 2019', 'date', '2019-03-01', '2019-05-31'],
    ['Summer 2019', 'date', '2019-06-01', '2019-08-31'],
    ['Winter 2018/19', 'date', '2018-12-01', '2019-02-28'],
    ['Autumn term 2018', 'date', '2018-09-01', '2018-12-31'],
    ['Spring term 2019', 'date', '2019-01-01', '2019-03-31'],
    ['Summer term 2019', 'date', '2019-04-01', '2019-07-31'],
  ];
  // rest parameters: jest reads a five-parameter callback on a four-value row as taking `done`
  test.each(rows)('%j', (...[text, kind, start, end, extra]: Row) => expectReading(text, kind, start, end, extra));
});

describe('what staff paste into a due cell is cleaned first', () => {
  const rows: Row[] = [
    ['<p>March 2019</p>', 'date', ...whole(2019, 3, 31)],
    ['<b>March 2019</b>', 'date', ...whole(2019, 3, 31)],
    ['<p>July 2018</p> <p>March 2019</p> <p>August 2018</p>', 'date', ...whole(2019, 3, 31), { multiple: true, found: 3 }],
    ['• March 2019', 'date', ...whole(2019, 3, 31)],
    ['**March 2019**', 'date', ...whole(2019, 3, 31)],
    ['March&nbsp;2019', 'date', ...whole(2019, 3, 31)],
    ['March\u00a02019', 'date', ...whole(2019, 3, 31)],
    // "NEW Mar 17" marks when the action was added, not its due date
    ['<b>NEW</b> Mar 17 September 2017', 'date', ...whole(2017, 9, 30), { found: 1, multiple: false }],
    ['NEW Mar 17\nMarch 2018', 'date', ...whole(2018, 3, 31), { found: 1 }],
    // … unless the marker is all there is
    ['NEW Mar 17', 'date', ...whole(2017, 3, 31)],
    // lower-case "new" is an ordinary word: its date counts
    ['new date June 2019, was March 2019', 'date', ...whole(2019, 6, 30), { multiple: true }],
  ];
  // rest parameters: jest reads a five-parameter callback on a four-value row as taking `done`
  test.each(rows)('%j', (...[text, kind, start, end, extra]: Row) => expectReading(text, kind, start, end, extra));
});

describe('memo', () => {
  test('a remembered reading is frozen: nobody can change the next reading through it', () => {
    clearDueTextCache();
    const first = readDueText('April 2018') as { start: string | null };
    expect(() => {
      first.start = 'changed';
    }).toThrow(TypeError);
    expect(readDueText('April 2018').start).toBe('2018-04-01');
    expect(readDueText('April 2018')).toBe(first); // the same reading, not a copy per call
  });

  test('the year start month is part of the key', () => {
    expect(readDueText('Q1 2019', { yearStartMonth: 1 }).start).toBe('2019-01-01');
    expect(readDueText('Q1 2019', { yearStartMonth: 4 }).start).toBe('2019-04-01');
    expect(readDueText('Q1 2019').start).toBe('2019-04-01');
  });

  test('an impossible year start month falls back to April', () => {
    expect(readDueText('Q1 2019/20', { yearStartMonth: 13 }).start).toBe('2019-04-01');
    expect(readDueText('Q1 2019/20', { yearStartMonth: 0.5 }).start).toBe('2019-04-01');
  });
});
