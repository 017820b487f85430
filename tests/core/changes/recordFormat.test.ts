import type { CellValue, Grid } from '../../../core/grid/grid';
import { checkWorkbook } from '../../../core/check/checkWorkbook';
import { buildEdits } from '../../../core/edits';
import { readRecord, recordOf, RECORD_VERSION } from '../../../core/changes';
import type { PlanRecord } from '../../../core/changes';
import { fingerprint } from '../../../core/changes/fingerprint';
import { simplePlan } from '../../helpers/planGrid';
import { applyToGrid } from '../../helpers/applyToGrid';

/**
 * The record as stored (version 2): one array per reading, the repeating short values kept once;
 * read back exactly; a version 1 record (one array per action) still compared with; a damaged
 * one ignored with a message.
 */
const ROWS: CellValue[][] = [
  ['1.1', 'Establish a task and finish group for the new safeguarding arrangements', 'Lisa Morris', 'March 2019', '', 'Update Dec 18: the group meets monthly', 'Green'],
  ['1.2', 'Publish the annual report on the partnership website', 'Tom Jones', 'December 2018', '', 'Update Nov 18: a draft is written', 'Green'],
  ['1.3', 'Review the multi-agency neglect strategy with partners', 'Ann Lee', 'February 2019', '', '', ''],
  ['1.4', 'Audit the quality of referrals to social care', 'Sue Patel', 'March 2019', '', 'Update Dec 18: Complete', 'Grey'],
];
const SETTINGS = { asOf: '2019-01-15' };

function validate(grid: Grid) {
  const result = checkWorkbook(grid, SETTINGS);
  const edits = buildEdits(grid, result);
  return { result, edits, grid: applyToGrid(grid, edits) };
}

const recordRows = (grid: Grid) => grid.sheets.find((s) => s.name === 'PlanCheck record')!.values;

/** The JSON the record sheet holds, parts joined. */
function storedJson(grid: Grid): string {
  return recordRows(grid)
    .slice(4)
    .map((r) => String(r[0]).replace(/^\d+:/, ''))
    .join('');
}

/** Puts other JSON in the record sheet, in one part with its true fingerprint (as a PlanCheck would write it). */
function storeJson(grid: Grid, json: string, version: number): void {
  const rows = recordRows(grid);
  rows.splice(4, rows.length - 4, [`1:${json}`]);
  rows[3] = ['plancheck-record', version, 1, fingerprint(json)];
}

/** The same record in version 1's shape, as PlanCheck wrote it before version 2. */
function asVersion1(record: PlanRecord) {
  const a = record.actions;
  return {
    format: 'plancheck-record',
    version: 1,
    asOf: record.asOf,
    sheets: record.sheets,
    sections: record.sections,
    actions: a.sheet.map((sheet, i) => [sheet, a.row[i], a.ref[i], a.section[i], a.action[i], a.dueKind[i], a.dueStart[i], a.dueEnd[i], a.status[i], a.ragGiven[i], a.ragComputed[i], a.updated[i], a.progress[i]]),
  };
}

/** The plan edited between two checks: 1.2 slipped, 1.3 done. */
function edited(grid: Grid): Grid {
  const plan = grid.sheets[0]!;
  plan.values[4]![3] = 'March 2019';
  plan.values[5]![5] = 'Update Jan 19: Complete';
  return grid;
}

const brief = (g: Grid) => validate(g).result.report.changes!.items.map((c) => [c.change, c.ref, c.before?.due.end ?? null, c.after?.due.end ?? null]);

describe('the stored record, version 2', () => {
  test('is read back as exactly the record of the check that wrote it', () => {
    const first = validate(simplePlan(ROWS));
    const read = readRecord(first.grid);
    expect(read).toEqual({ record: recordOf(simplePlan(ROWS), first.result) });
    expect(recordRows(first.grid)[3]!.slice(0, 2)).toEqual(['plancheck-record', RECORD_VERSION]);
  });

  test('keeps one array per reading, and each repeating value (date, status, RAG) once', () => {
    const stored = JSON.parse(storedJson(validate(simplePlan(ROWS)).grid));
    expect(stored.version).toBe(2);
    expect(stored.actions.row).toEqual([4, 5, 6, 7]);
    expect(stored.actions.action[0]).toBe('Establish a task and finish group for the new safeguarding'); // its first ten words
    expect(new Set(stored.values).size).toBe(stored.values.length);
    expect(stored.values).toEqual(expect.arrayContaining(['date', '2019-03-31', 'Green']));
    // 1.1 and 1.4 are both due at the end of March 2019: one value, named twice
    expect(stored.actions.dueEnd[0]).toBe(stored.actions.dueEnd[3]);
    expect(stored.values[stored.actions.dueEnd[0]]).toBe('2019-03-31');
  });

  test('a version 1 record (from PlanCheck before version 2) is still compared with, giving the same changes', () => {
    const viaVersion2 = brief(edited(validate(simplePlan(ROWS)).grid));
    expect(viaVersion2).toEqual([
      ['completed', '1.3', '2019-02-28', '2019-02-28'],
      ['slipped', '1.2', '2018-12-31', '2019-03-31'],
      ['better', '1.2', '2018-12-31', '2019-03-31'],
      ['updated', '1.3', '2019-02-28', '2019-02-28'],
    ]);
    const first = validate(simplePlan(ROWS));
    storeJson(first.grid, JSON.stringify(asVersion1(recordOf(simplePlan(ROWS), first.result))), 1);
    expect(readRecord(first.grid)).toEqual({ record: recordOf(simplePlan(ROWS), first.result) });
    const second = validate(edited(first.grid));
    expect(second.result.notes).toBeUndefined();
    expect(brief(edited(first.grid))).toEqual(viaVersion2);
    // and the record written back is version 2
    expect(JSON.parse(storedJson(second.grid)).version).toBe(2);
  });

  test.each<[string, (stored: { values: string[]; actions: Record<string, unknown[]> }) => void, RegExp]>([
    ['a column shorter than the others', (s) => s.actions.status!.pop(), /damaged \(its status column holds 3 actions, not 4\)/],
    ['a position past the values', (s) => (s.actions.dueEnd![1] = s.values.length), /damaged \(action 2 names a value the record does not hold\)/],
    ['a status that is not one', (s) => (s.actions.status![0] = s.values.indexOf('Green')), /damaged \(action 1 has "Green" as its status\)/],
    ['a date that is not one', (s) => (s.values[s.actions.dueEnd![0] as number] = 'March'), /damaged \(action 1 has "March" as its dueEnd\)/],
    ['a row that is not a number', (s) => (s.actions.row![2] = 'six'), /damaged \(.+\)/],
  ])('a damaged version 2 record (%s, fingerprint true) is ignored with a message', (_, damage, message) => {
    const first = validate(simplePlan(ROWS));
    const stored = JSON.parse(storedJson(first.grid));
    damage(stored);
    storeJson(first.grid, JSON.stringify(stored), 2);
    const second = validate(first.grid);
    expect(second.result.report.changes).toBeUndefined();
    expect(second.result.notes).toEqual([expect.stringMatching(message)]);
  });
});
