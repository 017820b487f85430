import { findPeriodLabel, nextPeriod, periodContaining, periodFromLabel, PlanPeriod } from '../../../core/dates/planPeriod';

describe('findPeriodLabel: the first "20xx-yy"-style period in a text', () => {
  test.each([
    ['Business Plan 2018-19', '2018-19'],
    ['2018/19', '2018/19'],
    ['Kirklees Safeguarding Children Partnership Business Plan 2019/2021 (V1)', '2019/2021'],
    ['LSCB plan 2015-18', '2015-18'],
    ['2016-2017 business plan', '2016-2017'],
    ['FINAL LSCB BUSINESS PLAN 2014/15', '2014/15'],
    ['Plan 2018 - 2019', '2018 - 2019'],
    ['Plan 2018–19', '2018–19'],
    ['Oldham_LSCB_2018-19.xlsx', '2018-19'],
    ['oldham 2018-19.xlsx', '2018-19'],
    ['Updated 31/03/2019 for the 2019/20 plan', '2019/20'], // the day is skipped, the period found
    ['As at 2019-03-31, plan 2018-19', '2018-19'],
    ['2014-15 then 2015-16', '2014-15'], // the first
  ])('%j → %j', (text, label) => expect(findPeriodLabel(text)).toBe(label));

  test.each([
    ['2019-03-31', 'an ISO day'],
    ['31/03/2019', 'a day'],
    ['1.2.3', 'a ref'],
    ['Business plan', 'no years'],
    ['2019', 'a single year'],
    ['2019-03', 'a year and month: it would end before it starts'],
    ['2010-11-30', 'an ISO day whose month could pass for a year'],
    ['01/11/2010-11', 'a day'],
    ['2015-2030', 'longer than ten years'],
    ['1850-51', 'outside the plan years'],
    ['12018-19', 'part of a longer number'],
    ['', 'empty'],
  ])('%j → null (%s)', (text) => expect(findPeriodLabel(text)).toBeNull());
});

describe('periodFromLabel (PRODUCT §3)', () => {
  const rows: [string, number | undefined, string, string][] = [
    ['2018-19', undefined, '2018-04-01', '2019-03-31'],
    ['2015-18', undefined, '2015-04-01', '2018-03-31'],
    ['2019/2021', undefined, '2019-04-01', '2021-03-31'],
    ['2016-2017', undefined, '2016-04-01', '2017-03-31'],
    ['2014/15', undefined, '2014-04-01', '2015-03-31'],
    ['2018 - 2019', undefined, '2018-04-01', '2019-03-31'],
    [' 2018-19 ', undefined, '2018-04-01', '2019-03-31'],
    ['2019', undefined, '2019-04-01', '2020-03-31'], // a single year: the planning year starting in it
    ['2019', 4, '2019-04-01', '2020-03-31'],
    ['2019', 1, '2019-01-01', '2019-12-31'], // calendar years
    ['2019-20', 1, '2019-01-01', '2020-12-31'],
    ['2019-20', 9, '2019-09-01', '2020-08-31'], // academic years
    ['2099-00', undefined, '2099-04-01', '2100-03-31'],
    ['2015-25', undefined, '2015-04-01', '2025-03-31'], // ten years is still a plan
  ];
  test.each(rows)('%j (year starts in month %p) → %s … %s', (label, ysm, start, end) => {
    expect(periodFromLabel(label, ysm)).toEqual({ label: label.trim(), start, end });
  });

  test.each([
    ['2019-18', 'ends before it starts'],
    ['2019-2019', 'ends when it starts'],
    ['2015-26', 'longer than ten years'],
    ['2015/2030', 'longer than ten years'],
    ['Business Plan 2018-19', 'not a label alone'],
    ['18-19', 'no century'],
    ['1850', 'outside the plan years'],
    ['2019-03-31', 'a day'],
    ['', 'empty'],
    ['next year', 'words'],
  ])('%j → null (%s)', (label) => expect(periodFromLabel(label)).toBeNull());

  test('with January starts, "2015-25" is eleven calendar years: rejected', () => expect(periodFromLabel('2015-25', 1)).toBeNull());
});

describe('periodContaining: the financial year holding a day', () => {
  test.each([
    ['2019-03-01', undefined, { label: '2018-19', start: '2018-04-01', end: '2019-03-31' }],
    ['2019-03-31', undefined, { label: '2018-19', start: '2018-04-01', end: '2019-03-31' }],
    ['2019-04-01', undefined, { label: '2019-20', start: '2019-04-01', end: '2020-03-31' }],
    ['2014-10-31', 4, { label: '2014-15', start: '2014-04-01', end: '2015-03-31' }],
    ['2099-12-31', 4, { label: '2099-00', start: '2099-04-01', end: '2100-03-31' }],
    ['2019-06-15', 1, { label: '2019', start: '2019-01-01', end: '2019-12-31' }],
    ['2019-08-31', 9, { label: '2018-19', start: '2018-09-01', end: '2019-08-31' }],
    ['2019-09-01', 9, { label: '2019-20', start: '2019-09-01', end: '2020-08-31' }],
  ])('%s (year starts in month %p)', (iso, ysm, period) => expect(periodContaining(iso, ysm)).toEqual(period));

  test('its label reads back as the same period', () => {
    const p = periodContaining('2020-02-14');
    expect(periodFromLabel(p.label)).toEqual(p);
    const c = periodContaining('2020-02-14', 1);
    expect(periodFromLabel(c.label, 1)).toEqual(c);
  });

  test('a text that is not a day is a programming error', () => expect(() => periodContaining('2019-02-30')).toThrow(RangeError));
});

describe('nextPeriod: same length, starting the day after, label in the same style', () => {
  const p = (label: string, ysm?: number): PlanPeriod => periodFromLabel(label, ysm) as PlanPeriod;
  test.each([
    [p('2018-19'), { label: '2019-20', start: '2019-04-01', end: '2020-03-31' }],
    [p('2019/2021'), { label: '2021/2023', start: '2021-04-01', end: '2023-03-31' }],
    [p('2014/15'), { label: '2015/16', start: '2015-04-01', end: '2016-03-31' }],
    [p('2015-18'), { label: '2018-21', start: '2018-04-01', end: '2021-03-31' }],
    [p('2016-2017'), { label: '2017-2018', start: '2017-04-01', end: '2018-03-31' }],
    [p('2018 - 2019'), { label: '2019 - 2020', start: '2019-04-01', end: '2020-03-31' }],
    [p('2099-00'), { label: '2100-01', start: '2100-04-01', end: '2101-03-31' }],
    [p('2019'), { label: '2020', start: '2020-04-01', end: '2021-03-31' }],
    [p('2019', 1), { label: '2020', start: '2020-01-01', end: '2020-12-31' }],
    [{ label: 'Business Plan 2018-19', start: '2018-04-01', end: '2019-03-31' }, { label: 'Business Plan 2019-20', start: '2019-04-01', end: '2020-03-31' }],
    // not whole years: same number of months, label from the dates
    [{ label: 'H1', start: '2019-04-01', end: '2019-09-30' }, { label: '2019-20', start: '2019-10-01', end: '2020-03-31' }],
    // not whole months: same number of days
    [{ label: 'pilot', start: '2019-01-15', end: '2019-02-14' }, { label: '2019', start: '2019-02-15', end: '2019-03-17' }],
  ])('%j → %j', (period, next) => expect(nextPeriod(period)).toEqual(next));
});
