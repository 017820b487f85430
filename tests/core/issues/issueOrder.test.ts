/**
 * One order for the issues (issue 12): the JSON's `issues` and the Plan issues sheet list them
 * alike. Pinned on a plan where they once differed (two issues in one due cell, the info raised
 * before the warning) and on the shared fixture where they did (redbridge F25).
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../../../core/check/checkWorkbook';
import { buildIssuesSheet, ISSUES_HEADER_ROW } from '../../../core/edits/issuesSheet';
import type { Grid } from '../../../core/grid/grid';
import { makeIssue } from '../../../core/issues/issueBuilder';
import { sortIssues } from '../../../core/issues/sortIssues';
import { readInput } from '../../../cli/readInput';
import { FIXTURES } from '../../helpers/xlsxHelpers';
import { simplePlan } from '../../helpers/planGrid';

function bothOrders(grid: Grid, asOf: string): { json: string[]; sheet: string[] } {
  const result = checkWorkbook(grid, { asOf });
  const json = result.report.issues.map((i) => `${i.code} ${i.cell ?? ''}`);
  const sheet = buildIssuesSheet(grid, result)
    .rows.slice(ISSUES_HEADER_ROW)
    .map((r) => `${String(r[1]!.value)} ${String(r[3]!.value ?? '')}`);
  return { json, sheet };
}

test('a due cell with several dates, the latest after the plan period: the JSON and the sheet list its two issues alike', () => {
  const grid = simplePlan([['1.1', 'Review the protocol', 'Lisa Morris', 'September 2018 / June 2019', '', 'Going well', 'Blue']]);
  const { json, sheet } = bothOrders(grid, '2019-03-01');
  expect(json).toEqual(sheet);
  // the order kept: by place, then the warning before the info
  expect(json).toEqual(['due-outside-plan-period D4', 'multiple-due-dates D4']);
});

const REDBRIDGE = path.join(FIXTURES, 'redbridge.xlsx');
(existsSync(REDBRIDGE) ? test : test.skip)('redbridge: the JSON and the Plan issues sheet list every issue in the same order', async () => {
  const { asOf } = JSON.parse(readFileSync(path.join(FIXTURES, 'redbridge.expected.json'), 'utf8')) as { asOf: string };
  const { json, sheet } = bothOrders(await readInput(REDBRIDGE), asOf);
  expect(json.length).toBeGreaterThan(10);
  expect(json).toEqual(sheet);
});

test('the order kept: workbook-level first, sheets in workbook order (one it does not hold last), row, column, severity, code', () => {
  const at = (sheet: string | null, cell: string | null) => ({ sheet, cell, ref: null });
  const issues = [
    makeIssue('stale-progress', at('Gone', 'F2'), { updated: '2018-01-01', days: 92, owner: 'the lead' }),
    makeIssue('no-fixed-due-date', at('Plan', 'D5'), { text: 'Ongoing' }),
    makeIssue('multiple-due-dates', at('Plan', 'D5'), { text: 'May / June 2018', used: 'June 2018' }),
    makeIssue('due-outside-plan-period', at('Plan', 'D5'), { due: 'June 2019', periodEnd: '2019-03-31' }),
    makeIssue('missing-owner', at('Plan', 'C5')),
    makeIssue('missing-column', at('Annex', 'A1'), { row: 1, column: 'progress', consequence: 'no update can be read', suggestion: 'Progress' }),
    makeIssue('no-plan-table', at(null, null), { sheet: '(no sheets)' }),
  ];
  const sorted = sortIssues(issues, [{ name: 'Annex' }, { name: 'Plan' }]).map((i) => `${i.sheet ?? '-'} ${i.cell ?? '-'} ${i.code}`);
  expect(sorted).toEqual([
    '- - no-plan-table',
    'Annex A1 missing-column',
    'Plan C5 missing-owner',
    'Plan D5 due-outside-plan-period',
    'Plan D5 multiple-due-dates',
    'Plan D5 no-fixed-due-date',
    'Gone F2 stale-progress',
  ]);
});
