import { checkWorkbook } from '../../../core/check/checkWorkbook';
import { headerRole } from '../../../core/plan/columnRoles';
import { splitLeadingRef, isContinuedRef } from '../../../core/plan/refs';
import { planGrid } from '../../helpers/planGrid';
import type { CellValue } from '../../../core/grid/grid';

describe('§2 header cells are recognised by role, from the words plans use', () => {
  test.each([
    ['Objective', 'action'],
    ['Actions', 'action'],
    ['What we will do', 'action'],
    ['Date for completion', 'due'],
    ['By when', 'due'],
    ['Timescale', 'due'],
    ['Target date', 'due'],
    ['Who Responsible / linked plan', 'owner'],
    ['Lead', 'owner'],
    ['Lead officer', 'owner'],
    ['By whom', 'owner'],
    ['Progress & Evidence', 'progress'],
    ['Progress update', 'progress'],
    ['Comments', 'progress'],
    ['Progress to date', 'progress'],
    ['What will success look like', 'describe'],
    ['Key actions', 'action'],
    ['RAG', 'rag'],
    ['RAG rating', 'rag'],
    ['Status', 'rag'],
    ['REF', 'ref'],
    ['Ref.', 'ref'],
    ['Priority', 'section'],
    ['Outcome Measure', 'describe'],
    ['What difference will it make for children and young people?', 'describe'],
    ['How this will be achieved', 'describe'],
    ['Measure which details a direct impact on children and young people', 'describe'],
  ])('%s → %s', (text, role) => expect(headerRole(text)?.role).toBe(role));

  test.each(['Progress and Evidence RAG', 'Progress (RAG)', 'Progress & Evidence RAG'])('%s holds progress and the RAG', (text) => {
    expect(headerRole(text)).toEqual({ role: 'progress', alsoRag: true });
  });
});

describe('refs', () => {
  test.each([
    ['1.1 Establish a group', '1.1', 'Establish a group'],
    ['3a. Monitor the plan', '3a', 'Monitor the plan'],
    ['<b>NEW</b> 12a. Review the audit', '12a', 'Review the audit'],
    ['6 SCRs were commissioned', null, '6 SCRs were commissioned'],
  ])('%s', (text, ref, rest) => expect(splitLeadingRef(text)).toEqual({ ref, text: rest }));
  test.each(["Cnt'd", 'Cont’d', 'continued'])('%s continues the action above', (t) => expect(isContinuedRef(t)).toBe(true));
});

const H: CellValue[] = ['Objective', 'Date for completion', 'Who Responsible', 'Outcome Measure', 'Progress & Evidence RAG'];

describe('§2 finding actions in real layouts', () => {
  const rows: CellValue[][] = [
    ['Safeguarding Board'],
    ['Business Plan 2018-19: progress report'],
    ['RAG:'],
    ['Green: if on or better than target'],
    ['Red: if worse than target, and below an acceptable tolerance level'],
    [],
    ['1. Priority: Arrangements', '1. Priority: Arrangements', '1. Priority: Arrangements', '1. Priority: Arrangements', '1. Priority: Arrangements'],
    ['Aim: To have a new model'],
    H,
    ['1.1 Establish a group', 'April 2018', 'Lisa Morris', 'Group exists', 'Complete'],
    [null, 'June 2018', 'Jo Bloggs', null, 'Second stage done'],
    [null, null, null, 'the rest of the measure, split by a page break', null],
    ['Blue: carry over to 2019-20'],
    ['Key Priority 2'],
    ['Who Responsible', 'Objective', 'Progress & Evidence RAG', 'Date for completion'],
    ['Sam Smith', '2.1 Publish the plan', 'Carry over', 'March 2019'],
  ];
  const grid = planGrid(rows, { merges: [{ row: 7, column: 1, rowCount: 1, columnCount: 5 }] });
  const { report } = checkWorkbook(grid, { asOf: '2019-03-01' });

  test('only action rows are actions', () => expect(report.actions.map((a) => a.row)).toEqual([10, 11, 16]));
  test('refs come out of the action text', () => expect(report.actions.map((a) => a.ref)).toEqual(['1.1', '1.1', '2.1']));
  test('a sub-action inherits its parent ref', () => expect(report.actions[1]!.parentRef).toBe('1.1'));
  test('sections come from the section rows, not "Aim:" lines', () => {
    expect(report.actions.map((a) => a.section)).toEqual(['1. Priority: Arrangements', '1. Priority: Arrangements', 'Key Priority 2']);
  });
  test('a differently ordered header is read by role', () => {
    expect(report.actions[2]).toMatchObject({ owner: 'Sam Smith', action: 'Publish the plan', status: 'carried-over' });
  });
  test('the period comes from the title block', () => expect(report.planPeriod).toMatchObject({ start: '2018-04-01', end: '2019-03-31' }));
});
