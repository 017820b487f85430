import {
  addDays, addMonths, compareIso, daysBetween, daysInMonth, firstDayOfMonth, formatIso, isIsoDate, isLeapYear,
  isoFromYmd, lastDayOfMonth, maxIso, minIso, parseIso,
} from '../../../core/dates/isoDate';

describe('ISO day helpers', () => {
  test.each([
    [2019, 2, 28], [2020, 2, 29], [1900, 2, 28], [2000, 2, 29], [2100, 2, 28],
    [2019, 1, 31], [2019, 4, 30], [2019, 6, 30], [2019, 9, 30], [2019, 11, 30], [2019, 12, 31],
  ])('daysInMonth(%i, %i) = %i', (y, m, n) => expect(daysInMonth(y, m)).toBe(n));

  test.each([[2000, true], [1900, false], [2020, true], [2019, false], [2100, false]])('isLeapYear(%i) = %p', (y, leap) =>
    expect(isLeapYear(y)).toBe(leap),
  );

  test.each([
    [2019, 3, 31, '2019-03-31'], [2019, 1, 1, '2019-01-01'], [2020, 2, 29, '2020-02-29'],
    [2019, 2, 29, null], [2019, 4, 31, null], [2019, 13, 1, null], [2019, 0, 1, null], [2019, 1, 0, null], [2019, 1.5, 1, null],
    [0, 1, 1, null], [10000, 1, 1, null],
  ])('isoFromYmd(%i, %i, %i) = %p', (y, m, d, iso) => expect(isoFromYmd(y, m, d)).toBe(iso));

  test('formatIso pads', () => expect(formatIso(999, 1, 2)).toBe('0999-01-02'));

  test.each([
    ['2019-03-31', { year: 2019, month: 3, day: 31 }],
    ['2019-02-29', null], ['2019-3-31', null], ['31/03/2019', null], ['2019-03-31T00:00', null], ['', null],
  ])('parseIso(%j)', (iso, parts) => {
    expect(parseIso(iso)).toEqual(parts);
    expect(isIsoDate(iso)).toBe(parts !== null);
  });

  test.each([
    ['2019-03-31', 1, '2019-04-01'], ['2019-12-31', 1, '2020-01-01'], ['2020-02-28', 1, '2020-02-29'],
    ['2019-02-28', 1, '2019-03-01'], ['2019-03-01', -1, '2019-02-28'], ['2019-03-31', 0, '2019-03-31'],
    ['2019-01-01', 365, '2020-01-01'], ['2019-03-31', 2, '2019-04-02'], ['2019-10-26', 2, '2019-10-28'], // across UK clock changes
    ['0050-02-28', 1, '0050-03-01'], // years below 100 are not taken as 19xx
  ])('addDays(%s, %i) = %s', (iso, n, out) => expect(addDays(iso, n)).toBe(out));

  test.each([
    ['2019-03-01', '2019-03-31', 30], ['2019-03-31', '2019-03-01', -30], ['2019-01-01', '2020-01-01', 365],
    ['2020-01-01', '2021-01-01', 366], ['2019-03-30', '2019-04-01', 2], ['2019-10-26', '2019-10-28', 2],
  ])('daysBetween(%s, %s) = %i', (a, b, n) => expect(daysBetween(a, b)).toBe(n));

  test('addDays and daysBetween refuse a text that is not a day', () => {
    expect(() => addDays('2019-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('x', '2019-01-01')).toThrow(RangeError);
  });

  test('compare, max, min', () => {
    expect(compareIso('2019-03-31', '2019-04-01')).toBeLessThan(0);
    expect(compareIso('2019-04-01', '2019-03-31')).toBeGreaterThan(0);
    expect(compareIso('2019-04-01', '2019-04-01')).toBe(0);
    expect(maxIso('2019-03-31', '2019-04-01')).toBe('2019-04-01');
    expect(minIso('2019-03-31', '2019-04-01')).toBe('2019-03-31');
  });

  test.each([
    [2019, 2, '2019-02-01', '2019-02-28'], [2020, 2, '2020-02-01', '2020-02-29'], [2019, 12, '2019-12-01', '2019-12-31'],
  ])('first and last day of %i-%i', (y, m, first, last) => {
    expect(firstDayOfMonth(y, m)).toBe(first);
    expect(lastDayOfMonth(y, m)).toBe(last);
  });

  test.each([
    [2019, 4, 0, 2019, 4], [2019, 4, 9, 2020, 1], [2019, 4, -4, 2018, 12], [2019, 1, -1, 2018, 12], [2019, 12, 1, 2020, 1], [2019, 4, 24, 2021, 4],
  ])('addMonths(%i, %i, %i) = %i-%i', (y, m, n, y2, m2) => expect(addMonths(y, m, n)).toEqual({ year: y2, month: m2 }));
});
