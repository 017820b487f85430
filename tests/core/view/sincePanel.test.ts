import type { CellValue } from '../../../core/grid/grid';
import { checkWorkbook } from '../../../core/check/checkWorkbook';
import { buildEdits } from '../../../core/edits';
import { paneModel } from '../../../core/view/paneModel';
import { sincePanel } from '../../../core/view/sincePanel';
import { simplePlan } from '../../helpers/planGrid';
import { applyToGrid } from '../../helpers/applyToGrid';

/** The "Since last check" panel both panes show (core/view/sincePanel). */
const ROWS: CellValue[][] = [
  ['1.1', 'Establish a task and finish group for the new safeguarding arrangements', 'Lisa Morris', 'February 2019', '', 'Update Dec 18: the group meets monthly', 'Green'],
  ['1.2', 'Publish the annual report on the partnership website', 'Tom Jones', 'December 2018', '', '', 'Green'],
];
const SETTINGS = { asOf: '2019-01-15' };

function twoRuns(edit: (values: CellValue[][]) => void) {
  const grid = simplePlan(ROWS);
  const first = checkWorkbook(grid, SETTINGS);
  const written = applyToGrid(grid, buildEdits(grid, first));
  edit(written.sheets[0]!.values);
  return { first, second: checkWorkbook(written, SETTINGS) };
}

test('a first check has nothing to compare with: no panel', () => {
  expect(paneModel(checkWorkbook(simplePlan(ROWS), SETTINGS)).since).toBeNull();
});

test('the counts per change, then each change with where it is; a dropped action links nowhere', () => {
  const { second } = twoRuns((v) => {
    v[3]![3] = 'March 2019';
    v[4] = v[4]!.map(() => null);
    v[4]![0] = '1.3';
    v[4]![1] = 'Run a survey of young people about feeling safe';
    v[4]![2] = 'Ann Lee';
    v[4]![3] = 'March 2019';
  });
  const panel = paneModel(second).since!;
  expect(panel.heading).toBe('Since last check (2019-01-15)');
  expect(panel.line).toBe('3 changes since the check of 2019-01-15: Slipped 1 · New 1 · Dropped 1.');
  expect(panel.counts).toEqual([
    { change: 'slipped', label: 'Slipped', count: 1 }, { change: 'new', label: 'New', count: 1 }, { change: 'dropped', label: 'Dropped', count: 1 },
  ]);
  expect(panel.items).toEqual([
    { change: 'slipped', label: 'Slipped', ref: '1.1', action: 'Establish a task and finish group for the new safeguarding …', detail: 'February 2019 → March 2019 (31 days)', sheet: 'Plan', cell: 'B4', where: 'Plan!B4' },
    { change: 'new', label: 'New', ref: '1.3', action: 'Run a survey of young people about feeling safe', detail: 'on track', sheet: 'Plan', cell: 'B5', where: 'Plan!B5' },
    { change: 'dropped', label: 'Dropped', ref: '1.2', action: 'Publish the annual report on the partnership website', detail: 'at risk', sheet: null, cell: null, where: 'was Plan!row 5' },
  ]);
  expect(panel.more).toBe(0);
});

test('a long list is cut, the rest counted (the Changes sheet has them all)', () => {
  const { second } = twoRuns((v) => {
    v[3]![5] = 'Update Jan 19: terms agreed';
    v[4]![5] = 'Update Jan 19: draft written';
  });
  const panel = sincePanel(second, 1)!;
  expect(panel.items.map((i) => i.ref)).toEqual(['1.1']);
  expect(panel.more).toBe(1);
});

test('nothing changed: the panel says so', () => {
  const { second } = twoRuns(() => undefined);
  expect(paneModel(second).since).toMatchObject({ line: 'No changes since the check of 2019-01-15.', items: [], counts: [] });
});
