import { cellNumberFormat, cellText, firstWords, isFormulaLike } from '../../../core/edits/safeText';
import { text } from '../../../core/edits/cells';
import { placeSheet, safeSheetName } from '../../../core/edits/sheetNames';
import { longDate } from '../../../core/view/longDate';
import { nextPeriod } from '../../../core/dates/planPeriod';
import type { Grid } from '../../../core/grid/grid';
import { INJECTIONS } from '../../helpers/sampleResult';

describe('safe text', () => {
  test('formula-like text is recognised: = + - @ tab CR', () => {
    for (const s of [...INJECTIONS, '\tx', '\rx']) expect(isFormulaLike(s)).toBe(true);
    for (const s of ['Green', ' =1', '1-1', '', 12]) expect(isFormulaLike(s)).toBe(false);
  });

  test('every string is written with the text format; numbers keep theirs', () => {
    expect(cellNumberFormat({ value: '=1+1' })).toBe('@');
    expect(cellNumberFormat({ value: '1.1' })).toBe('@');
    expect(cellNumberFormat({ value: 0.5, numberFormat: '0%' })).toBe('0%');
    expect(cellNumberFormat({ value: null })).toBe('General');
  });

  // issue 15: copied text is kept verbatim, control characters too, and never cut short; the
  // .xlsx writer escapes what XML cannot carry and refuses a cell over Excel's limit, naming it
  test('text is kept as typed: formula-like, control characters and length as they are', () => {
    expect(cellText('=HYPERLINK("http://x","y")')).toBe('=HYPERLINK("http://x","y")');
    expect(text('a\u0000b\u0007c\u000Bd\te\nf').value).toBe('a\u0000b\u0007c\u000Bd\te\nf');
    expect(text('x'.repeat(40000)).value).toHaveLength(40000);
  });

  test('first words', () => {
    expect(firstWords('one two three', 2)).toBe('one two …');
    expect(firstWords('  one\n two  ')).toBe('one two');
  });
});

describe('sheet names', () => {
  test('no []:*?/\\, at most 31 characters', () => {
    expect(safeSheetName('Carry-over 2019/2021')).toBe('Carry-over 2019-2021');
    expect(safeSheetName('a[b]:c*d?e')).toBe('a b c d e');
    expect(safeSheetName('Carry-over a very long period label indeed')).toHaveLength(31);
    expect(safeSheetName("'quoted'")).toBe('quoted');
  });

  test('a taken name becomes "<name> (PlanCheck)", then "<name> 2" …, always within 31 characters', () => {
    const grid: Grid = { sheets: ['RAG summary', 'RAG SUMMARY (PlanCheck)', 'Carry-over 2019-20 long label x'].map((name) => ({ name, values: [] })) };
    expect(placeSheet(grid, 'summary', 'RAG summary').name).toBe('RAG summary 2');
    expect(placeSheet(grid, 'issues', 'Plan issues').name).toBe('Plan issues');
    expect(placeSheet(grid, 'carry-over', 'Carry-over 2019-20 long label x').name).toBe('Carry-over 2019-20 (PlanCheck)');
    expect(placeSheet(grid, 'issues', 'Plan issues', ['plan issues']).name).toBe('Plan issues (PlanCheck)');
  });
});

describe('dates', () => {
  test('long dates and the following period', () => {
    expect(longDate('2019-03-01')).toBe('1 March 2019');
    expect(nextPeriod({ label: '2018-19', start: '2018-04-01', end: '2019-03-31' })).toEqual({ label: '2019-20', start: '2019-04-01', end: '2020-03-31' });
    expect(nextPeriod({ label: '2019-21', start: '2019-04-01', end: '2021-03-31' })).toEqual({ label: '2021-23', start: '2021-04-01', end: '2023-03-31' });
  });
});
