import { readDueCell } from '../../../core/dates/dueCell';

describe('readDueCell: date cells, text cells and the rest', () => {
  test.each([
    // [value, text, format, kind, start, end, unreadable]
    [43555, '31/03/2019', 'dd/mm/yyyy', 'date', '2019-03-31', '2019-03-31', false],
    [43555.75, '31/03/2019 18:00', 'dd/mm/yyyy hh:mm', 'date', '2019-03-31', '2019-03-31', false],
    [43525, 'Mar-19', 'mmm-yy', 'date', '2019-03-01', '2019-03-31', false], // only month and year shown: the month
    [43555, 'March 2019', 'mmmm yyyy', 'date', '2019-03-01', '2019-03-31', false], // any day of it
    [43862, 'February 2020', '[$-409]mmmm\\ yyyy;@', 'date', '2020-02-01', '2020-02-29', false],
    [43831, 'January 2020', 'mmmm yyyy', 'date', '2020-01-01', '2020-01-31', false],
    [32874, '01/01/1990', 'dd/mm/yyyy', 'date', '1990-01-01', '1990-01-01', false],
    [73415, '31/12/2100', 'dd/mm/yyyy', 'date', '2100-12-31', '2100-12-31', false],
    [32873, '31/12/1989', 'dd/mm/yyyy', 'none', null, null, true], // outside 1990–2100
    [73416, '01/01/2101', 'dd/mm/yyyy', 'none', null, null, true],
    [1, '01/01/1900', 'dd/mm/yyyy', 'none', null, null, true],
    [60, '29/02/1900', 'dd/mm/yyyy', 'none', null, null, true],
    [0, '00/01/1900', 'dd/mm/yyyy', 'none', null, null, true],
    [-5, '########', 'dd/mm/yyyy', 'none', null, null, true],
    [2958465, '31/12/9999', 'dd/mm/yyyy', 'none', null, null, true],
    [43555, '43555', 'General', 'none', null, null, true], // a number with no date format is its text
    [2019, '2019', 'General', 'none', null, null, true],
    [43555, '', 'General', 'none', null, null, true],
    [43555, 'March 2019', '@', 'date', '2019-03-01', '2019-03-31', false], // shown as text: read the text
    [0.5, '12:00', 'h:mm', 'none', null, null, true], // a time is no date
    ['March 2019', 'March 2019', 'General', 'date', '2019-03-01', '2019-03-31', false],
    ['31/03/2019', '31/03/2019', '@', 'date', '2019-03-31', '2019-03-31', false],
    ['Ongoing', 'Ongoing', 'General', 'ongoing', null, null, false],
    ['TBC', 'TBC', 'General', 'none', null, null, true],
    ['', '', 'General', 'none', null, null, false],
    [true, 'TRUE', 'General', 'none', null, null, true],
    [false, 'FALSE', 'General', 'none', null, null, true],
    [true, '', 'General', 'none', null, null, true], // even with no text shown
    [null, '', 'General', 'none', null, null, false],
    [null, 'April 2018', 'General', 'date', '2018-04-01', '2018-04-30', false],
  ])('%p shown %j as %j', (value, text, format, kind, start, end, unreadable) => {
    const r = readDueCell(value, text, format);
    expect({ kind: r.kind, start: r.start, end: r.end, unreadable: r.unreadable }).toEqual({ kind, start, end, unreadable });
  });

  test('a date cell counts as one date found', () => {
    expect(readDueCell(43555, '31/03/2019', 'dd/mm/yyyy')).toEqual({
      kind: 'date', start: '2019-03-31', end: '2019-03-31', unreadable: false, multiple: false, carryOver: false, found: 1,
    });
  });

  test('text cells pass the year start month on', () => {
    expect(readDueCell('Q1 2019', 'Q1 2019', 'General', { yearStartMonth: 1 }).start).toBe('2019-01-01');
  });
});
