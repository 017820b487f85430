import { checkWorkbook } from '../../../core/check/checkWorkbook';
import { ISSUE_CODES, CATALOGUE } from '../../../core/issues/catalogue';
import { NOT_CALCULATED, type CellValue, type Grid } from '../../../core/grid/grid';
import { planGrid, simplePlan } from '../../helpers/planGrid';

const AS_OF = { asOf: '2019-03-01' };
const GOOD: CellValue[] = ['1.1', 'Establish a group', 'Lisa Morris', 'March 2019', 'A group exists', 'Meeting held in February', 'Green'];
const row = (over: Record<number, CellValue>): CellValue[] => GOOD.map((v, i) => (i in over ? over[i]! : v));

/** One case per code: a plan that must raise it at a cell, and the clean plan that must not. */
const CASES: [string, Grid, string | null][] = [
  ['no-plan-table', planGrid([['Business Plan 2018-19'], ['Some notes about the year']]), null],
  ['missing-column', planGrid([['Ref', 'Action', 'Date for completion', 'Progress'], ['1.1', 'Do it', 'March 2019', 'Going well']]), 'A1'],
  ['missing-action', simplePlan([row({ 0: null, 1: null })]), 'B4'],
  ['missing-owner', simplePlan([row({ 2: null })]), 'C4'],
  ['missing-due-date', simplePlan([row({ 3: null })]), 'D4'],
  ['unparsed-due-date', simplePlan([row({ 3: 'TBC' })]), 'D4'],
  ['no-fixed-due-date', simplePlan([row({ 3: 'Ongoing' })]), 'D4'],
  ['multiple-due-dates', simplePlan([row({ 3: 'September 2018 / March 2019' })]), 'D4'],
  ['due-outside-plan-period', simplePlan([row({ 3: 'June 2019', 6: 'Blue' })]), 'D4'],
  ['invalid-rag', simplePlan([row({ 6: 'Purplish' })]), 'G4'],
  ['rag-mismatch', simplePlan([row({ 3: 'October 2018', 5: 'Still working on it' })]), 'G4'],
  ['duplicate-ref', simplePlan([GOOD, row({ 1: 'Another action' })]), 'A5'],
  ['missing-progress', simplePlan([row({ 3: 'October 2018', 5: '.', 6: 'Red' })]), 'F4'],
  ['stale-progress', simplePlan([row({ 5: 'Update June 2018: started. Update Sept 2018: going well' })]), 'F4'],
  ['cell-error', simplePlan([row({ 2: '#REF!' })]), 'C4'],
  ['not-calculated', simplePlan([row({ 2: NOT_CALCULATED })]), 'C4'],
  ['looks-complete', simplePlan([row({ 5: 'Update Feb 19: Workshop ran in February for 40 staff' })]), 'F4'],
];

describe('§6 every issue code', () => {
  test('every code in the catalogue has a case here', () => {
    expect(CASES.map((c) => c[0]).sort()).toEqual([...ISSUE_CODES].sort());
  });

  test.each(CASES)('%s is raised where the rule applies', (code, grid, cell) => {
    const { report } = checkWorkbook(grid, AS_OF);
    const found = report.issues.filter((i) => i.code === code);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.cell).toBe(cell);
    expect(found[0]!.severity).toBe(CATALOGUE[code as keyof typeof CATALOGUE].severity);
    expect(found[0]!.message.length).toBeGreaterThan(20);
  });

  test('a clean plan raises none of them', () => {
    const { report } = checkWorkbook(simplePlan([GOOD]), AS_OF);
    expect(report.issues).toEqual([]);
    expect(report.actions[0]!.status).toBe('on-track');
  });

  test('looks-complete quotes the decisive words and the entry date, and says how to mark it', () => {
    const { report } = checkWorkbook(simplePlan([row({ 5: 'Update Dec 18: booked the venue. Update Feb 19: Workshop ran in February for 40 staff' })]), AS_OF);
    const found = report.issues.find((i) => i.code === 'looks-complete')!;
    expect(found.message).toBe(
      "The latest update (Feb 19) says 'Workshop ran in February for 40 staff'. If the action is complete, write Complete in its progress so the RAG counts it.",
    );
    expect(report.actions[0]!.reading).toEqual({ says: 'done', words: 'Workshop ran in February for 40 staff', entry: '2019-02' });
  });

  test('an action stated complete, or read as not done, gets no looks-complete', () => {
    for (const progress of ['Complete', 'Workshop planned for May', 'Workshop ran in February; a second is being arranged']) {
      const { report } = checkWorkbook(simplePlan([row({ 5: progress })]), AS_OF);
      expect(report.issues.map((i) => i.code)).not.toContain('looks-complete');
    }
  });

  test('due before the period start is outside it too', () => {
    const { report } = checkWorkbook(simplePlan([row({ 3: 'March 2018', 5: 'Complete', 6: 'Grey' })]), AS_OF);
    expect(report.issues.map((i) => i.code)).toContain('due-outside-plan-period');
  });

  test('a sub-action inheriting a ref is not a duplicate', () => {
    const { report } = checkWorkbook(simplePlan([GOOD, row({ 0: null, 1: null, 2: 'Another lead' })]), AS_OF);
    expect(report.actions[1]!.ref).toBe('1.1');
    expect(report.actions[1]!.parentRef).toBe('1.1');
    expect(report.issues.map((i) => i.code)).not.toContain('duplicate-ref');
  });

  test('a spreadsheet error in the due cell is a cell-error, not a missing date', () => {
    const { report } = checkWorkbook(simplePlan([row({ 3: '#N/A' })]), AS_OF);
    const codes = report.issues.map((i) => i.code);
    expect(codes).toContain('cell-error');
    expect(codes).not.toContain('missing-due-date');
  });

  test('every issue names its ref and sheet', () => {
    const { report } = checkWorkbook(simplePlan([row({ 2: null, 3: 'TBC' })]), AS_OF);
    for (const i of report.issues) {
      expect(i.sheet).toBe('Plan');
      expect(i.ref).toBe('1.1');
    }
  });
});

describe('who a progress issue asks', () => {
  const stale = (lead: CellValue) => checkWorkbook(simplePlan([row({ 2: lead, 5: 'Update June 2018: started. Update Sept 2018: going well' })]), AS_OF)
    .report.issues.find((i) => i.code === 'stale-progress')!.message;
  test.each([['TBC'], ['To be agreed'], ['?']])('a placeholder lead (%s) is nobody to ask: the lead is asked', (lead) => {
    expect(stale(lead)).toMatch(/Ask the lead for a fresh update\.$/);
  });
  test('a named lead is asked by name', () => expect(stale('Lisa Morris')).toMatch(/Ask Lisa Morris for a fresh update\.$/));
});
