/**
 * Days that would move if anything used the machine's local time: the UK and US clock
 * changes, year ends and month ends. Each is pinned to its expected value, so a run under
 * any TZ (TZ=Europe/London, TZ=America/New_York, TZ=Pacific/Kiritimati …) fails if one moves.
 * (Jest gives each test file its own copy of process.env, so the zone cannot be switched here.)
 */
import { readDueText } from '../../../core/dates/dueText';
import { readDueCell } from '../../../core/dates/dueCell';
import { serialToIso, isoToSerial } from '../../../core/dates/excelSerial';
import { addDays, daysBetween } from '../../../core/dates/isoDate';
import { nextPeriod, periodContaining } from '../../../core/dates/planPeriod';
import { execFileSync } from 'child_process';
import path from 'path';

describe(`days stay put in this machine's zone (${Intl.DateTimeFormat().resolvedOptions().timeZone})`, () => {
  test.each([
    ['31/03/2019', '2019-03-31', '2019-03-31'], // UK clocks go forward that night
    ['31 March 2019', '2019-03-31', '2019-03-31'],
    ['27 October 2019', '2019-10-27', '2019-10-27'], // UK clocks go back
    ['10 March 2019', '2019-03-10', '2019-03-10'], // US clocks go forward
    ['1 January 2000', '2000-01-01', '2000-01-01'],
    ['31/12/1999', '1999-12-31', '1999-12-31'],
    ['March 2019 at 11pm', '2019-03-01', '2019-03-31'],
    ['End of March 2019', '2019-03-31', '2019-03-31'],
    ['October 2019', '2019-10-01', '2019-10-31'],
    ['1st April 19 - 31st March 20', '2019-04-01', '2020-03-31'],
  ])('%j → %s … %s', (text, start, end) => expect([readDueText(text).start, readDueText(text).end]).toEqual([start, end]));

  test.each([
    [43555, '2019-03-31'], [43555.99, '2019-03-31'], [43555.01, '2019-03-31'], [43765, '2019-10-27'], [43534, '2019-03-10'],
    [36526, '2000-01-01'], [36525.999, '1999-12-31'],
  ])('serial %p → %s, as a cell too', (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(Math.floor(serial));
    expect(readDueCell(serial, '', 'dd/mm/yyyy').start).toBe(iso);
  });

  test('arithmetic across clock changes', () => {
    expect(addDays('2019-03-30', 2)).toBe('2019-04-01');
    expect(addDays('2019-10-26', 2)).toBe('2019-10-28');
    expect(daysBetween('2019-03-30', '2019-04-01')).toBe(2);
    expect(daysBetween('2019-10-26', '2019-10-28')).toBe(2);
  });

  test('periods across clock changes', () => {
    expect(periodContaining('2019-03-31')).toEqual({ label: '2018-19', start: '2018-04-01', end: '2019-03-31' });
    expect(nextPeriod(periodContaining('2019-03-31')).start).toBe('2019-04-01');
  });
});

// Samoa skipped 30 December 2011 at local midnight: local-time day sums lose a day there.
test('day sums in a zone that skipped a whole day (Pacific/Apia, run in its own process)', () => {
  const isoDate = path.join(__dirname, '../../../core/dates/isoDate.ts');
  const code = `const d = require(${JSON.stringify(isoDate)});
    console.log(JSON.stringify([Intl.DateTimeFormat().resolvedOptions().timeZone, d.addDays('2011-12-29', 1), d.addDays('2012-01-01', -3), d.daysBetween('2011-12-29', '2012-01-01')]));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', code], { env: { ...process.env, TZ: 'Pacific/Apia' }, encoding: 'utf8' });
  expect(JSON.parse(out)).toEqual(['Pacific/Apia', '2011-12-30', '2011-12-29', 3]);
});
