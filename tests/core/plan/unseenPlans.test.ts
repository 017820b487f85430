/**
 * Plans PlanCheck has not seen (issue 11): rows written in the style of other boards' plans, one
 * block per class of misreading. New wording throughout, none of it from the shared fixtures.
 */
import { checkWorkbook } from '../../../core/check/checkWorkbook';
import { readDueText } from '../../../core/dates/dueText';
import { saysComplete } from '../../../core/status/progressText';
import { normaliseRef } from '../../../core/plan/refs';
import { planGrid } from '../../helpers/planGrid';
import type { CellValue } from '../../../core/grid/grid';
import type { ActionReport } from '../../../core/report/reportSchema';

const AS_OF = '2019-10-01';
const check = (rows: CellValue[][], extra: Parameters<typeof planGrid>[1] = {}) => checkWorkbook(planGrid(rows, extra), { asOf: AS_OF }).report;
const byRow = (actions: ActionReport[]) => new Map(actions.map((a) => [a.row, a]));

describe('1. a data row is never a header', () => {
  const HEADER: CellValue[] = ['Ref', 'Action', 'Lead', 'Timescale', 'Outcome', 'Progress update', 'RAG'];
  // each of these rows holds words that also name columns, in cells short enough to be labels
  const lookalikes: [string, CellValue[]][] = [
    ['a timescale in the due column', ['', 'Lead officers attend the Partnership meetings', 'Lead officer', 'Quarterly', 'Actions reviewed with partners', 'Progress reports shared with the Board', 'Green']],
    ['clauses, no date', ['', 'Lead officers attend the Partnership meetings', 'Named lead', 'TBC', 'Actions reviewed with partners', 'Progress reports shared with the Board', 'Amber']],
    ['a month in the due column', ['', 'Action plan owners trained', 'Lead nurse', 'June 2019', 'Key tasks reviewed', 'Update given to the group', 'Green']],
    ['a ref in the ref column', ['2.3', 'Action log kept', 'Lead GP', 'Target date agreed', 'Outcome measures set', 'Progress comments added', 'Red']],
    ['a ref leading the action', ['', '2.4 Key tasks for each partner', 'Lead officer', 'Deadline agreed', 'Outcomes recorded', 'Progress noted', 'Green']],
    ['sentences in the tracked columns', ['', 'Tasks from the audit are taken forward by every agency', 'Responsible officer', 'Due by the end of the year', 'Outcome', 'Progress is reported to every meeting of the group', 'Amber']],
  ];
  test.each(lookalikes)('%s: the row is an action and the table keeps its columns', (_, row) => {
    const report = check([
      ['Partnership Business Plan 2019-20'],
      HEADER,
      ['1.1', 'Agree the multi-agency neglect strategy with every partner', 'Chair', 'September 2019', 'Strategy agreed', 'Draft circulated', 'Green'],
      row,
      ['1.3', 'Run two neglect workshops for front-line staff', 'Training lead', 'March 2020', 'Workshops held', 'First workshop booked', 'Green'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(report.issues.filter((i) => i.code === 'missing-column')).toEqual([]);
    expect(report.actions.find((a) => a.row === 5)!.due.end).toBe('2020-03-31');
  });

  test('a second table under a reworded header is still found', () => {
    const report = check([
      ['Business Plan 2019-20'],
      HEADER,
      ['1.1', 'Agree the neglect strategy', 'Chair', 'September 2019', 'Agreed', 'Draft circulated', 'Green'],
      ['Priority 2: Exploitation'],
      ['No.', 'What we will do', 'Who', 'By when', 'Success measure', 'Latest update', 'Status'],
      ['2.1', 'Map the exploitation hotspots', 'Police lead', 'December 2019', 'Map in use', 'Data requested', 'Green'],
    ]);
    expect(report.actions.map((a) => [a.row, a.ref, a.owner])).toEqual([
      [3, '1.1', 'Chair'],
      [6, '2.1', 'Police lead'],
    ]);
  });
});

describe('2. merged cells flattened: a row of one repeated text is a banner', () => {
  const HEADER: CellValue[] = ['Ref', 'Action', 'Lead', 'Due', 'Progress', 'RAG'];
  const repeat = (text: string, n = HEADER.length): CellValue[] => Array.from({ length: n }, () => text);
  test.each([
    ['a priority heading', repeat('Priority 2: Tackling neglect')],
    ['a heading with no priority word', repeat('Early help and the front door')],
    ['a heading over part of the row', [...repeat('Exploitation and missing children', 4), null, null]],
    ['a RAG colour word as a heading', repeat('Workforce development')],
  ])('%s is a section, never an action, ref or owner', (_, banner) => {
    const report = check([['Business Plan 2019-20'], HEADER, ['1.1', 'Refresh the threshold guidance', 'Chair', 'June 2019', 'Complete', 'Grey'], banner, ['2.1', 'Audit neglect cases', 'Audit lead', 'March 2020', '', 'Green']]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 5]);
    expect(report.actions[1]!.section).toBe(String(banner[0]));
    expect(report.issues.filter((i) => i.cell?.endsWith('4'))).toEqual([]);
  });

  test('a CSV-like title block written across the row still gives the plan period', () => {
    const report = check([repeat('Safeguarding Adults Board Business Plan 2017/18'), HEADER, ['1.1', 'Publish the annual report', 'Manager', 'September 2017', '', '']]);
    expect(report.planPeriod).toMatchObject({ start: '2017-04-01', end: '2018-03-31', source: 'title' });
    expect(report.actions.map((a) => a.row)).toEqual([3]);
  });
});

describe('3. refs wherever the plan keeps them', () => {
  test('a ref leading an Issue column beside the action column', () => {
    const report = check([
      ['Business Plan 2019-20'],
      ['Issue', 'Actions for this year', 'Lead', 'By when', 'Progress'],
      ['4. Seek assurance on the quality of return interviews', 'Refresh the return interview protocol', 'Missing lead', 'July 2019', 'Protocol drafted'],
      ['', 'Audit twenty return interviews', 'Audit lead', 'December 2019', ''],
      ['5. Understand the impact of training', 'Evaluate the neglect training', 'Training lead', 'March 2020', ''],
    ]);
    const got = report.actions.map((a) => [a.row, a.ref, a.parentRef, a.action]);
    expect(got).toEqual([
      [3, '4', null, 'Refresh the return interview protocol'],
      [4, '4', '4', 'Audit twenty return interviews'],
      [5, '5', null, 'Evaluate the neglect training'],
    ]);
    expect(report.issues.filter((i) => i.code === 'duplicate-ref')).toEqual([]);
  });

  test('a numbered objective column merged down over its actions', () => {
    const report = check(
      [
        ['Business Plan 2019-20'],
        ['Objective', 'Key actions', 'Lead officer', 'Target date', 'Update'],
        ['2.1 Improve the voice of the child in assessments', 'Add a voice section to the assessment form', 'Social care lead', 'August 2019', ''],
        [null, 'Train assessors in direct work', 'Workforce lead', 'January 2020', ''],
      ],
      { merges: [{ row: 3, column: 1, rowCount: 2, columnCount: 1 }] },
    );
    expect(report.actions.map((a) => [a.row, a.ref, a.parentRef])).toEqual([
      [3, '2.1', null],
      [4, '2.1', '2.1'],
    ]);
  });

  test.each([
    ['Ensure the board hears from young people', null],
    ['See the action above for details', null],
    ['NEW', null],
    ['1.4', '1.4'],
    ['2.3.1.', '2.3.1'],
    ['3b NEW Jan 19', '3b'],
    ['SG-04', 'SG-04'],
    ['P2', 'P2'],
  ])('a REF cell holding %j reads as ref %j', (text, ref) => expect(normaliseRef(text)).toBe(ref));

  test('a sentence in the REF column is not a ref; a ref in the action text still is', () => {
    const report = check([
      ['Business Plan 2019-20'],
      ['Ref', 'Action', 'Lead', 'Due'],
      ['Ensure every partner reports', '3.2 Collect the section 11 returns', 'Manager', 'May 2019'],
      ['Ensure every partner reports', 'Chase the missing returns', 'Manager', 'June 2019'],
    ]);
    expect(report.actions.map((a) => a.ref)).toEqual(['3.2', null]);
  });
});

describe('4. due text with a qualifier: an explicit end wins', () => {
  test.each([
    ['April 2019-March 2020 (as required)', 'range', '2019-04-01', '2020-03-31'],
    ['March 2020 (or sooner)', 'date', '2020-03-01', '2020-03-31'],
    ['June 2019 (if needed)', 'date', '2019-06-01', '2019-06-30'],
    ['Sept 2019 – Dec 2019 (and as required thereafter)', 'range', '2019-09-01', '2019-12-31'],
    ['By 31/12/2019, then as required', 'date', '2019-12-31', '2019-12-31'],
    ['From April 2019', 'ongoing', '2019-04-01', null],
    ['May 2019 ongoing', 'ongoing', '2019-05-01', null],
    ['April 2019 onwards', 'ongoing', '2019-04-01', null],
    ['As required', 'ongoing', null, null],
    ['Ongoing', 'ongoing', null, null],
    // a date moved away from is no start; a two-digit plan year names its quarter
    ['December 2019 (revised from June 2019)', 'date', '2019-12-01', '2019-12-31'],
    ['Moved from May 2019 to October 2019', 'date', '2019-10-01', '2019-10-31'],
    ['Q4 19/20', 'date', '2020-01-01', '2020-03-31'],
    ['Qtr 1 20-21', 'date', '2020-04-01', '2020-06-30'],
  ])('%s → %s %s … %s', (text, kind, start, end) => {
    const r = readDueText(text);
    expect([r.kind, r.start, r.end]).toEqual([kind, start, end]);
  });
});

describe('5. hedged completion is not completion', () => {
  test.each([
    ['Audits returned late, so we cannot yet assure that every action was completed', false],
    ['We are unable to confirm completion of the action plan', false],
    ['There is no assurance that all are complete', false],
    ['Not all agencies have completed the audit', false],
    ['It is unclear whether the training was completed by all staff', false],
    ['We cannot say the review has been completed', false],
    ['No evidence yet that the actions are complete', false],
    ['Training completed in May for 40 staff', true],
    ['Complete – no further action needed', true],
    ['All actions completed; no concerns raised', true],
    ['The audit is complete and the report went to the board', true],
  ])('%s → complete: %s', (text, done) => expect(saysComplete(text)).toBe(done));
});

describe('6. text is reported verbatim, trimmed at the ends only', () => {
  const report = check([
    ['Business Plan 2019-20'],
    ['Ref', 'Action', 'Lead', 'Due', 'Progress'],
    ['1.1', '  Audit <script>alert(1)</script> cases\nand report  ', 'Named nurse\nDesignated doctor', ' June 2019 ', 'Line one\n\nLine <b>two</b>  '],
    ['', '1.2 <i>Review</i> the   <b>threshold</b> document', 'Head of\tService', 'July 2019', 'Started'],
    ['Priority 2:\nExploitation'],
    ['2.1', 'Map hotspots', '<Police>', 'May 2019', 'done & dusted'],
  ]);
  const rows = byRow(report.actions);
  test('action, owner, progress and due text keep line breaks and markup-looking text', () => {
    expect(rows.get(3)).toMatchObject({
      action: 'Audit <script>alert(1)</script> cases\nand report',
      owner: 'Named nurse\nDesignated doctor',
      progress: 'Line one\n\nLine <b>two</b>',
      due: { text: 'June 2019', kind: 'date' },
    });
  });
  test('a leading ref is split off and the rest kept as typed', () => {
    expect(rows.get(4)).toMatchObject({ ref: '1.2', action: '<i>Review</i> the   <b>threshold</b> document', owner: 'Head of\tService' });
  });
  test('sections and owners keep their text', () => {
    expect(rows.get(6)).toMatchObject({ section: 'Priority 2:\nExploitation', owner: '<Police>', progress: 'done & dusted' });
  });
});

describe('other boards’ columns: re-planned dates and quarterly RAG columns', () => {
  test('a revised date wins over the original; where it is empty the original is read', () => {
    const report = check([
      ['Business Plan 2019-20'],
      ['Ref', 'Action', 'Lead', 'Original timescale', 'Revised timescale', 'Update'],
      ['1.1', 'Publish the neglect toolkit', 'Chair', 'June 2019', 'December 2019', 'Draft with partners'],
      ['1.2', 'Launch the toolkit', 'Chair', 'January 2020', '', ''],
    ]);
    expect(report.actions.map((a) => [a.ref, a.due.text, a.due.end])).toEqual([
      ['1.1', 'December 2019', '2019-12-31'],
      ['1.2', 'January 2020', '2020-01-31'],
    ]);
  });

  test('start and end date columns: the end is the due date', () => {
    const report = check([
      ['Business Plan 2019-20'],
      ['Ref', 'Action', 'Lead', 'Start date', 'End date', 'Update'],
      ['1.1', 'Run the audit', 'Audit lead', 'April 2019', 'September 2019', ''],
    ]);
    expect(report.actions[0]!.due).toMatchObject({ text: 'September 2019', end: '2019-09-30' });
  });

  test('quarterly RAG columns: the latest filled one is the RAG given', () => {
    const report = check([
      ['Business Plan 2019-20'],
      ['Ref', 'Action', 'Lead', 'Due', 'Q1 RAG', 'Q2 RAG', 'Q3 RAG', 'Q4 RAG'],
      ['1.1', 'Run the audit', 'Audit lead', 'March 2020', 'Green', 'Amber', '', ''],
      ['1.2', 'Report the audit', 'Audit lead', 'March 2020', 'Green', '', '', ''],
    ]);
    expect(report.actions.map((a) => a.rag.given)).toEqual(['Amber', 'Green']);
    expect(report.issues.filter((i) => i.code === 'rag-mismatch').map((i) => i.cell)).toEqual(['F3']);
  });
});

describe('other boards’ RAG words: keys and status cells read by meaning', () => {
  // statusesOfMeaning reads both a key's meaning and a status cell's words
  const { statusesOfMeaning } = jest.requireActual('../../../core/rag/ragKey') as typeof import('../../../core/rag/ragKey');
  test.each([
    ['Significant concerns, not on track', 'off-track'],
    ['Serious delays; action stalled', 'off-track'],
    ['No progress made', 'off-track'],
    ['Some concerns – minor slippage', 'at-risk'],
    ['Delayed', 'at-risk'],
    ['Partially achieved', 'at-risk'],
    ['On track – no concerns', 'on-track'],
    ['Progressing well, no delays', 'on-track'],
    ['Work under way', 'on-track'],
    ['Delivered', 'complete'],
    ['Action deferred to next year', 'carried-over'],
  ])('"%s" means %s', (meaning, status) => expect(statusesOfMeaning(meaning)).toEqual([status]));

  test('a four-colour key in other words is read, and rates the plan', () => {
    const report = check([
      ['Business Plan 2019-20'],
      ['Red – significant concerns, not on track'],
      ['Amber – some concerns, minor slippage'],
      ['Green – on track, no concerns'],
      ['Blue – delivered'],
      ['Ref', 'Action', 'Lead', 'Due', 'Progress', 'RAG'],
      ['1.1', 'Audit neglect cases', 'Audit lead', 'March 2020', 'Audit under way', 'Green'],
      ['1.2', 'Publish the audit', 'Audit lead', 'September 2019', 'Complete', 'Blue'],
    ]);
    expect(report.scheme.source).toBe('workbook-key');
    expect(report.scheme.labels!.map((l) => [l.label, [...l.statuses].sort()])).toEqual([
      ['Red', ['off-track']],
      ['Amber', ['at-risk']],
      ['Green', ['carried-over', 'on-track']],
      ['Blue', ['complete']],
    ]);
    expect(report.actions.map((a) => [a.rag.given, a.rag.computed])).toEqual([
      ['Green', 'Green'],
      ['Blue', 'Blue'],
    ]);
  });
});

describe('update logs in other boards’ styles: the latest entry decides', () => {
  const { resolveProgress } = jest.requireActual('../../../core/check/assessAction') as typeof import('../../../core/check/assessAction');
  test.each([
    ['June 2019: audit planned\nSept 19 update: audit complete', 'audit complete', '2019-09-01'],
    ['[March 2019] Draft shared\n[June 2019] Signed off by the board', 'Signed off by the board', '2019-06-01'],
    ['Update (June 2019): protocol agreed', 'protocol agreed', '2019-06-01'],
    ['Q1 2019/20: scoping\nQ2 2019/20 - workshops held', 'workshops held', '2019-07-01'],
    ['31/05/2019 - started\n30.09.2019 - finished', 'finished', '2019-09-30'],
    ['Sept 19 update: complete\nJune 2019: started', 'complete', '2019-09-01'],
    ['The plan for March 2019: start work', 'The plan for March 2019: start work', null],
  ])('%j → latest %j (%s)', (text, latest, date) => {
    const r = resolveProgress(text, 4);
    expect([r.latest, r.latestDate]).toEqual([latest, date]);
  });

  test('a completion in an earlier entry does not complete the action the latest entry reopens', () => {
    const report = check([
      ['Business Plan 2019-20'],
      ['Ref', 'Action', 'Lead', 'Due', 'Progress'],
      ['1.1', 'Audit the cases', 'Audit lead', 'June 2019', '[May 2019] First audit complete\n[August 2019] Second audit not yet started'],
    ]);
    expect(report.actions[0]!.status).toBe('off-track');
  });
});

describe('carry-over in other boards’ words', () => {
  const { carryOverWords } = jest.requireActual('../../../core/status/progressText') as typeof import('../../../core/status/progressText');
  test.each([
    ['Transferred into the 2020/21 plan', true],
    ['Moved to the new Partnership plan', true],
    ['Deferred to next year', true],
    ['Deferred until 2020-21 at the board’s request', true],
    ['Rolled forward into next year’s business plan', true],
    ['To be included in the next business plan', true],
    ['Will form part of next year’s plan', true],
    ['Recommendations incorporated into the action plan', false],
    ['Moved to a new venue', false],
    ['Deferred to the next meeting', false],
  ])('%s → carries over: %s', (text, carried) => expect(carryOverWords(text) !== null).toBe(carried));
});

describe('two-row headers: a header cell merged over labelled columns', () => {
  const merged = (row: number, column: number, columnCount: number) => ({ row, column, rowCount: 1, columnCount });
  test('"Progress" over Q1–Q4: each quarter is a progress column, the latest filled one is read', () => {
    const report = check(
      [
        ['Business Plan 2019-20'],
        ['Ref', 'Action', 'Lead', 'Due', 'Progress', null, null, null],
        [null, null, null, null, 'Q1', 'Q2', 'Q3', 'Q4'],
        ['1.1', 'Run the audit', 'Audit lead', 'March 2020', 'Scoped', 'Complete', '', ''],
        ['1.2', 'Report the audit', 'Audit lead', 'March 2020', 'Not started', '', '', ''],
      ],
      { merges: [merged(2, 5, 4)] },
    );
    expect(report.actions.map((a) => [a.row, a.progress, a.status])).toEqual([
      [4, 'Complete', 'complete'],
      [5, 'Not started', 'on-track'],
    ]);
    expect(report.issues.filter((i) => i.code === 'missing-action')).toEqual([]);
  });

  test('"Timescale" over Original | Revised: the revised date where given', () => {
    const report = check(
      [
        ['Business Plan 2019-20'],
        ['Ref', 'Action', 'Lead', 'Timescale', null, 'RAG'],
        [null, null, null, 'Original', 'Revised', null],
        ['1.1', 'Run the audit', 'Audit lead', 'June 2019', 'January 2020', 'Green'],
        ['1.2', 'Report the audit', 'Audit lead', 'March 2020', '', 'Green'],
      ],
      { merges: [merged(2, 4, 2)] },
    );
    expect(report.actions.map((a) => [a.row, a.due.end])).toEqual([
      [4, '2020-01-31'],
      [5, '2020-03-31'],
    ]);
  });
});

describe('a lead still to be named is no lead', () => {
  test.each(['TBC', 'tba', 'To be confirmed', 'N/A', '?', 'Not yet allocated'])('%s → missing-owner, quoting it', (owner) => {
    const report = check([['Business Plan 2019-20'], ['Ref', 'Action', 'Lead', 'Due'], ['1.1', 'Run the audit', owner, 'March 2020']]);
    const issue = report.issues.find((i) => i.code === 'missing-owner');
    expect(issue?.cell).toBe('C3');
    expect(issue?.message).toContain(owner);
    expect(report.actions[0]!.owner).toBe(owner);
  });
  test.each(['Tom Baker', 'TBC Partnership Manager', 'Named nurse'])('%s is a lead', (owner) => {
    const report = check([['Business Plan 2019-20'], ['Ref', 'Action', 'Lead', 'Due'], ['1.1', 'Run the audit', owner, 'March 2020']]);
    expect(report.issues.filter((i) => i.code === 'missing-owner')).toEqual([]);
  });
});

test('a header cell of a long question still heads its table', () => {
  const long = 'What difference will this make for children and young people, and how will we know that we have made that difference?';
  expect(long.length).toBeGreaterThan(90);
  const report = check([['Business Plan 2019-20'], ['Ref', 'Action', 'Lead', 'Due', long], ['1.1', 'Run the audit', 'Audit lead', 'March 2020', 'Fewer repeat referrals']]);
  expect(report.actions.map((a) => [a.ref, a.owner, a.due.end])).toEqual([['1.1', 'Audit lead', '2020-03-31']]);
});

describe('plan periods written in other ways', () => {
  const { findPeriodLabel, periodFromLabel } = jest.requireActual('../../../core/dates/planPeriod') as typeof import('../../../core/dates/planPeriod');
  test.each([
    ['Annual Business Plan April 2019 to March 2020', '2019-04-01', '2020-03-31'],
    ['Business Plan: Apr 2019 – Mar 2020', '2019-04-01', '2020-03-31'],
    ['SCP Business Plan 19/20', '2019-04-01', '2020-03-31'],
    ['Strategic Plan 2018 to 2021', '2018-04-01', '2021-03-31'],
    ['Business Plan 2019 – 2020', '2019-04-01', '2020-03-31'],
  ])('%s → %s … %s', (title, start, end) => {
    const label = findPeriodLabel(title);
    expect(label && periodFromLabel(label, 4)).toMatchObject({ start, end });
  });
  test.each(['Minutes of 12/03/19', 'Plan for 2020', 'Page 19/21', 'Meeting 2019 to be confirmed'])('%s names no period', (title) => expect(findPeriodLabel(title)).toBeNull());
});

describe('headers that use clauses are still headers', () => {
  test.each([
    [['Ref', 'Recommendation from the Serious Case Review', 'Action agreed by the Board', 'Lead agency', 'Date due', 'Evidence provided to the Board', 'Status']],
    [['No.', 'Action required', 'Lead agency/officer', 'Timescale', 'Measure of success', 'Progress update (as at 31st March 2019)', 'RAG rating']],
    [['Ref', 'What are we going to do?', 'Who will do it?', 'By when?', 'How will we know it has made a difference?', 'Update', 'Status']],
  ])('%j', (header) => {
    const report = check([['Business Plan 2019-20'], header, ['1.1', 'Run the neglect audit', 'Head of service', 'March 2020', 'Fewer repeat referrals', 'Audit started', 'Green']]);
    expect(report.issues.filter((i) => i.code === 'no-plan-table')).toEqual([]);
    expect(report.actions.map((a) => a.row)).toEqual([3]);
  });

  test('a sub-action row of clauses under an open table, with its ref and lead blank, is data', () => {
    const report = check([
      ['Business Plan 2019-20'],
      ['Ref', 'Action', 'Lead', 'Due', 'Outcome', 'Progress update'],
      ['1.1', 'Agree the neglect strategy with every partner', 'Chair', 'September 2019', 'Strategy agreed', 'Draft circulated'],
      ['', 'Lead officers attend the Partnership meetings', '', '', 'Actions reviewed with partners', 'Progress reports shared with the Board'],
      ['1.2', 'Run two neglect workshops', 'Training lead', 'March 2020', 'Workshops held', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(report.actions[2]!.due.end).toBe('2020-03-31');
  });
});
