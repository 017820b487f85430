/**
 * The portfolio summary (issue 18): per plan, totals by status, every late action in one list,
 * leads with the most late actions. Built from small plans checked by the core itself.
 */
import { checkWorkbook } from '../../../core/check/checkWorkbook';
import { digestPlan, unreadablePlan, LOOKS_COMPLETE } from '../../../core/portfolio/planDigest';
import { summarisePortfolio } from '../../../core/portfolio/portfolioSummary';
import type { CheckResult } from '../../../core/report/checkTypes';
import { planGrid, HEADER } from '../../helpers/planGrid';
import type { CellValue } from '../../../core/grid/grid';

const AS_OF = '2019-03-01';

function check(rows: CellValue[][], opts: { file?: string; title?: string; scheme?: 'five' | 'three'; asOf?: string } = {}): CheckResult {
  const grid = planGrid([[opts.title ?? 'Business Plan 2018-19'], [], HEADER, ...rows], { fileName: opts.file ?? 'plan.xlsx' });
  return checkWorkbook(grid, { asOf: opts.asOf ?? AS_OF, ...(opts.scheme ? { scheme: opts.scheme } : {}) });
}

// at 2019-03-01 with 30 days' tolerance: complete, on track, at risk (28 days late), off track, carried over
const BOARD = check(
  [
    ['1.1', 'Set up the group', 'Lisa Morris', 'April 2018', '', 'Update Apr 18: Complete', ''],
    ['1.2', 'Review thresholds', 'Sam Jones', 'March 2019', '', 'Update Jan 19: draft reviewed', ''],
    ['1.3', 'Audit referrals', 'Sam  Jones', '1 February 2019', '', 'Update Feb 19: started', ''],
    ['1.4', 'Train staff', 'Ann Lee', 'October 2018', '', '', ''],
    ['1.5', 'New strategy', 'Ann Lee', 'Carry over to 2019-20', '', '', ''],
  ],
  { file: 'board.xlsx', title: 'LSCB Business Plan 2018-19' },
);
const SUBGROUP = check(
  [
    ['2.1', 'Neglect toolkit', 'sam jones', 'June 2018', '', 'Update Nov 18: delayed', ''],
    ['2.2', 'Case audit', '', 'TBC', '', '', ''],
    ['2.3', 'Newsletter', 'Kim Roe', 'May 2019', '', 'Complete', ''],
  ],
  { file: 'subgroup.xlsx', title: 'Learning sub-group 2018-19', scheme: 'three' },
);

describe('one plan as the portfolio keeps it', () => {
  const d = digestPlan(BOARD, 'board.xlsx');
  test.each([
    ['file', d.file, 'board.xlsx'],
    ['title', d.title, 'LSCB Business Plan 2018-19'],
    ['period', d.period.label, '2018-19'],
    ['reporting date', d.asOf, AS_OF],
    ['actions', d.actions, 5],
    ['complete', d.complete, 1],
    ['late (at risk + off track)', d.late, 2],
    ['carried over', d.carriedOver, 1],
    ['looks-complete', d.looksComplete, BOARD.report.issues.filter((i) => (i.code as string) === LOOKS_COMPLETE).length],
    ['errors', d.errors, BOARD.report.summary.errors],
    ['latest update', d.latestUpdate, '2019-02-01'],
  ])('%s', (_name, got, want) => expect(got).toEqual(want));

  test('counts per RAG label are the plan\'s own labels, in its scheme\'s order', () => {
    expect(d.rag.map((r) => [r.label, r.count])).toEqual([
      ['Green', 1], ['Amber', 1], ['Red', 1], ['Grey', 1], ['Blue', 1], ['Not assessed', 0],
    ]);
    expect(d.statusLabels).toMatchObject({ complete: 'Grey', 'carried-over': 'Blue' });
  });

  test('its late actions carry plan, ref, action, lead and days late', () => {
    expect(d.lateActions.map((a) => [a.ref, a.lead, a.daysLate])).toEqual([['1.4', 'Ann Lee', 121], ['1.3', 'Sam  Jones', 28]]);
  });

  test('a file that could not be read is named with its reason and counts nothing', () => {
    const bad = unreadablePlan('broken.xlsx', 'is not a spreadsheet');
    expect(bad).toMatchObject({ file: 'broken.xlsx', error: 'is not a spreadsheet', actions: 0, late: 0 });
  });
});

describe('the portfolio of several plans', () => {
  const p = summarisePortfolio([
    digestPlan(BOARD, 'board.xlsx'),
    unreadablePlan('broken.xlsx', 'is not a spreadsheet'),
    digestPlan(SUBGROUP, 'subgroup.xlsx'),
  ]);

  test('plans in the order given; the unreadable one reported apart', () => {
    expect(p.plans.map((x) => x.file)).toEqual(['board.xlsx', 'subgroup.xlsx']);
    expect(p.unreadable).toEqual([{ file: 'broken.xlsx', error: 'is not a spreadsheet' }]);
  });

  test.each([
    ['plans', (t: typeof p.totals) => t.plans, 2],
    ['actions', (t: typeof p.totals) => t.actions, 8],
    ['complete', (t: typeof p.totals) => t.complete, 2],
    ['late', (t: typeof p.totals) => t.late, 3],
    ['carried over', (t: typeof p.totals) => t.carriedOver, 1],
    ['% complete', (t: typeof p.totals) => t.percentComplete, 2 / 8],
    ['errors', (t: typeof p.totals) => t.errors, BOARD.report.summary.errors + SUBGROUP.report.summary.errors],
    ['latest update', (t: typeof p.totals) => t.latestUpdate, '2019-02-01'],
  ])('total %s', (_name, of, want) => expect(of(p.totals)).toEqual(want));

  test('totals are by status, with the labels each plan\'s scheme gives that status', () => {
    expect(p.totals.byStatus).toEqual({ complete: 2, 'carried-over': 1, 'on-track': 1, 'at-risk': 1, 'off-track': 2, 'not-assessed': 1 });
    expect(p.totals.labelsByStatus.complete).toEqual(['Grey', 'Green']);
    expect(p.totals.labelsByStatus['on-track']).toEqual(['Green', 'Amber']);
    expect(p.totals.labelsByStatus['not-assessed']).toEqual([]);
  });

  test('each plan keeps its own labels, with shares of its own actions', () => {
    const sub = p.plans[1]!;
    expect(sub.rag.map((r) => [r.label, r.count, r.share])).toEqual([['Red', 1, 1 / 3], ['Amber', 0, 0], ['Green', 1, 1 / 3], ['Not assessed', 1, 1 / 3]]);
    expect(sub.percentComplete).toBeCloseTo(1 / 3);
  });

  test('every late action in one list, most days late first, naming its plan', () => {
    expect(p.late.map((a) => [a.plan, a.ref, a.lead, a.daysLate])).toEqual([
      ['Learning sub-group 2018-19', '2.1', 'sam jones', 244],
      ['LSCB Business Plan 2018-19', '1.4', 'Ann Lee', 121],
      ['LSCB Business Plan 2018-19', '1.3', 'Sam  Jones', 28],
    ]);
  });

  test('leads with the most late actions, one lead however the name is spaced or cased', () => {
    expect(p.leads).toEqual([
      { lead: 'Sam Jones', late: 2, plans: ['LSCB Business Plan 2018-19', 'Learning sub-group 2018-19'] },
      { lead: 'Ann Lee', late: 1, plans: ['LSCB Business Plan 2018-19'] },
    ]);
    expect(summarisePortfolio([digestPlan(BOARD, 'board.xlsx')], { topLeads: 1 }).leads).toHaveLength(1);
  });

  test('an empty portfolio has zero figures, not NaN', () => {
    const empty = summarisePortfolio([]);
    expect(empty.totals).toMatchObject({ plans: 0, actions: 0, percentComplete: 0, latestUpdate: null });
    expect(empty.late).toEqual([]);
  });

  test('the portfolio is plain data (it crosses from worker threads)', () => {
    const digest = digestPlan(BOARD, 'board.xlsx');
    expect(structuredClone(digest)).toEqual(digest);
  });
});
