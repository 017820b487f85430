import { isDateFormat, isMonthOnlyFormat } from '../../../core/dates/numberFormat';

describe('isDateFormat / isMonthOnlyFormat', () => {
  // [format, shows a date, shows a month but no day]
  test.each([
    ['mmm-yy', true, true],
    ['mmmm yyyy', true, true],
    ['mmm yyyy', true, true],
    ['MMMM YYYY', true, true],
    ['[$-409]mmmm\\ yyyy;@', true, true],
    ['[$-809]mmm-yy;@', true, true],
    ['mmmm', true, true], // a month with no year still names a month
    ['mm/yyyy', true, true],
    ['dd/mm/yyyy', true, false],
    ['yyyy-mm-dd', true, false],
    ['d-mmm-yy', true, false],
    ['[$-809]dd mmmm yyyy;@', true, false],
    ['m/d/yyyy', true, false],
    ['M/d/yyyy', true, false],
    ['mm-dd-yy', true, false],
    ['dddd, d mmmm yyyy', true, false],
    ['dd/mm/yyyy hh:mm', true, false],
    ['yyyy', true, false],
    ['[Red]dd/mm/yyyy', true, false],
    ['"Due "mmm yy', true, true],
    ['General', false, false],
    ['general', false, false],
    ['', false, false],
    ['0.00', false, false],
    ['#,##0', false, false],
    ['0%', false, false],
    ['@', false, false],
    ['0.00E+00', false, false],
    ['h:mm', false, false], // m next to h is minutes
    ['hh:mm:ss', false, false],
    ['mm:ss', false, false], // m before s is minutes
    ['[h]:mm', false, false],
    ['h:mm AM/PM', false, false],
    ['[mm]:ss', false, false],
    ['"day month year"', false, false], // quoted literals are not codes
    ['\\d\\a\\y 0', false, false], // escaped characters are not codes
    ['_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)', false, false],
    ['#,##0;[Red]-#,##0', false, false], // [Red] is a colour, not codes
    ['[$£-809]#,##0.00', false, false], // a currency locale, not a date
    ['0;"dd/mm"', false, false], // only the first section counts
    ['0.00;[Red]-0.00;dd/mm/yyyy', false, false], // a date serial is positive: the first section is what shows
  ])('%j: date %p, month only %p', (format, date, monthOnly) => {
    expect(isDateFormat(format)).toBe(date);
    expect(isMonthOnlyFormat(format)).toBe(monthOnly);
  });
});
