import type { CellValue } from '../../../core/grid/grid';
import { checkWorkbook } from '../../../core/check/checkWorkbook';
import { compareRecords, recordOf } from '../../../core/changes';
import type { Change } from '../../../core/report/reportSchema';
import { changesSchema } from '../../../core/report/reportSchema';
import { simplePlan } from '../../helpers/planGrid';

/** The comparison of two versions of a plan (PRODUCT §7a): each change kind, and how actions are matched. */
type Row = CellValue[];

const BASE: Row[] = [
  ['1.1', 'Establish a task and finish group for the new safeguarding arrangements', 'Lisa Morris', 'March 2019', '', 'Update Dec 18: the group meets monthly', 'Green'],
  ['1.2', 'Publish the annual report on the partnership website', 'Tom Jones', 'December 2018', '', 'Update Nov 18: a draft is written', 'Amber'],
  ['1.3', 'Review the multi-agency neglect strategy with partners', 'Ann Lee', 'February 2019', '', 'Update Dec 18: partners asked for views', 'Green'],
  ['2.1', 'Deliver training on child sexual exploitation to schools', 'Bob Smith', 'January 2019', '', 'Update Dec 18: two sessions held', 'Green'],
  ['2.2', "Audit the quality of referrals to children's social care", 'Sue Patel', 'March 2019', '', 'Update Dec 18: Complete', 'Grey'],
];
const AS_OF = '2019-01-15';

function changesBetween(before: Row[], after: Row[], asOf = { before: AS_OF, after: AS_OF }) {
  const gridBefore = simplePlan(before);
  const gridAfter = simplePlan(after);
  const b = checkWorkbook(gridBefore, { asOf: asOf.before });
  const a = checkWorkbook(gridAfter, { asOf: asOf.after });
  return changesSchema.parse(compareRecords(recordOf(gridBefore, b), recordOf(gridAfter, a)));
}

const brief = (c: Change) => (c.days === undefined ? [c.change, c.ref] : [c.change, c.ref, c.days]);

/** The base plan with one cell (row index, column index) changed. */
function withCell(rows: Row[], row: number, column: number, value: CellValue): Row[] {
  return rows.map((r, i) => (i === row ? r.map((v, j) => (j === column ? value : v)) : [...r]));
}

const REF = 0;
const ACTION = 1;
const DUE = 3;
const PROGRESS = 5;
const RAG = 6;

describe('each change kind', () => {
  // every row names its reporting dates: a test function taking more arguments than the row has is given jest's done callback
  const SAME = { before: AS_OF, after: AS_OF };
  test.each<[string, Row[], (string | number | null)[][], { before: string; after: string }]>([
    ['completed (and updated)', withCell(BASE, 1, PROGRESS, 'Update Nov 18: a draft is written Update Jan 19: Complete'), [['completed', '1.2'], ['updated', '1.2']], SAME],
    ['slipped, by how many days', withCell(BASE, 2, DUE, 'March 2019'), [['slipped', '1.3', 31]], SAME],
    ['brought forward', withCell(BASE, 0, DUE, 'February 2019'), [['brought-forward', '1.1', 31]], SAME],
    ['worse (brought forward into lateness)', withCell(BASE, 3, DUE, 'December 2018'), [['brought-forward', '2.1', 31], ['worse', '2.1']], SAME],
    ['better (a late action given more time)', withCell(BASE, 1, DUE, 'February 2019'), [['slipped', '1.2', 59], ['better', '1.2']], SAME],
    ['carried', withCell(BASE, 0, PROGRESS, 'Update Dec 18: the group meets monthly Update Jan 19: to be carried over to 2019-20'), [['carried', '1.1'], ['updated', '1.1']], SAME],
    ['updated', withCell(BASE, 0, PROGRESS, 'Update Dec 18: the group meets monthly Update Jan 19: terms of reference agreed'), [['updated', '1.1']], SAME],
    ['not-updated: the same text a check later, complete ones left out', BASE, [['not-updated', '1.1'], ['not-updated', '1.2'], ['not-updated', '1.3'], ['not-updated', '2.1']], { before: AS_OF, after: '2019-01-20' }],
    ['rag-changed', withCell(BASE, 0, RAG, 'Amber'), [['rag-changed', '1.1']], SAME],
    ['new', [...BASE, ['2.3', 'Run a survey of young people about feeling safe', 'Bob Smith', 'March 2019', '', '', '']], [['new', '2.3']], SAME],
    ['dropped', BASE.filter((r) => r[REF] !== '2.1'), [['dropped', '2.1']], SAME],
  ])('%s', (_, after, expected, asOf) => {
    expect(changesBetween(BASE, after, asOf).items.map(brief)).toEqual(expected);
  });

  test('the counts say how many of each', () => {
    const changes = changesBetween(BASE, withCell(BASE, 1, PROGRESS, 'Update Nov 18: a draft is written Update Jan 19: Complete'));
    expect(changes.counts).toMatchObject({ completed: 1, updated: 1, slipped: 0, new: 0, dropped: 0 });
    expect(changes.since).toBe(AS_OF);
    expect(changes.items[0]).toMatchObject({
      sheet: 'Plan', row: 5, ref: '1.2', action: 'Publish the annual report on the partnership website',
      before: { status: 'at-risk', updated: '2018-11-01' }, after: { status: 'complete', updated: '2019-01-01' },
    });
  });
});

describe('matching across versions', () => {
  test('the same plan twice: no changes', () => {
    expect(changesBetween(BASE, BASE).items).toEqual([]);
  });

  test('a renumbered plan (every ref shifted) matches fully', () => {
    const renumbered = BASE.map((r) => withCell([r], 0, REF, String(r[REF]).replace(/^(\d)/, (d) => String(Number(d) + 1)))[0]!);
    expect(renumbered.map((r) => r[REF])).toEqual(['2.1', '2.2', '2.3', '3.1', '3.2']);
    expect(changesBetween(BASE, renumbered).items).toEqual([]);
  });

  test('a row inserted in the middle, the rows below renumbered: it is new and nothing else changes', () => {
    const inserted: Row[] = [
      BASE[0]!, BASE[1]!,
      ['1.3', 'Hold a learning event on the findings of the serious case review', 'Ann Lee', 'March 2019', '', '', ''],
      withCell([BASE[2]!], 0, REF, '1.4')[0]!, BASE[3]!, BASE[4]!,
    ];
    expect(changesBetween(BASE, inserted).items.map(brief)).toEqual([['new', '1.3']]);
  });

  test('two actions with the same ref but different text are not matched to each other', () => {
    const replaced = withCell(BASE, 2, ACTION, 'Commission an independent review of early help services');
    expect(changesBetween(BASE, replaced).items.map(brief)).toEqual([['new', '1.3'], ['dropped', '1.3']]);
  });

  test('a light rewording keeps the match', () => {
    const reworded = withCell(BASE, 2, ACTION, 'Review the multi-agency neglect strategy together with partners');
    expect(changesBetween(BASE, reworded).items).toEqual([]);
  });

  test('moved rows (order swapped) and a renumbered, reworded action still match', () => {
    const moved = [BASE[0]!, BASE[1]!, BASE[2]!, withCell([BASE[4]!], 0, REF, '2.1')[0]!, withCell([BASE[3]!], 0, REF, '2.2')[0]!];
    expect(changesBetween(BASE, moved).items).toEqual([]);
    const both = withCell(withCell(BASE, 3, REF, '3.1'), 3, ACTION, 'Deliver training on child sexual exploitation to all schools');
    expect(changesBetween(BASE, both).items).toEqual([]);
  });

  test('changes are sorted by change, then section, then row', () => {
    const after = withCell(withCell(BASE.filter((r) => r[REF] !== '2.1'), 0, RAG, 'Amber'), 2, DUE, 'March 2019');
    expect(changesBetween(BASE, after).items.map((c) => c.change)).toEqual(['slipped', 'rag-changed', 'dropped']);
  });
});
