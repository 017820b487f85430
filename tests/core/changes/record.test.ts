import type { CellValue, Grid } from '../../../core/grid/grid';
import { checkWorkbook } from '../../../core/check/checkWorkbook';
import { applyRagEdits, buildEdits, undoApplyEdits } from '../../../core/edits';
import { readRecord, RECORD_VERSION } from '../../../core/changes';
import { fingerprint } from '../../../core/changes/fingerprint';
import { reportSchema } from '../../../core/report/reportSchema';
import type { WorkbookEdits } from '../../../core/edits/editTypes';
import { simplePlan } from '../../helpers/planGrid';
import { applyToGrid } from '../../helpers/applyToGrid';

/** The record each check keeps in PlanCheck's hidden sheet, read back by the next (PRODUCT §7a). */
const ROWS: CellValue[][] = [
  ['1.1', 'Establish a task and finish group for the new safeguarding arrangements', 'Lisa Morris', 'March 2019', '', 'Update Dec 18: the group meets monthly', 'Green'],
  ['1.2', 'Publish the annual report on the partnership website', 'Tom Jones', 'December 2018', '', 'Update Nov 18: a draft is written', 'Green'],
  ['1.3', 'Review the multi-agency neglect strategy with partners', 'Ann Lee', 'February 2019', '', '', ''],
];
const SETTINGS = { asOf: '2019-01-15' };

/** Validate as a host does: check, then write PlanCheck's sheets into the workbook. */
function validate(grid: Grid, settings = SETTINGS) {
  const result = checkWorkbook(grid, settings);
  const edits = buildEdits(grid, result);
  return { result, edits, grid: applyToGrid(grid, edits) };
}

function recordSheet(grid: Grid) {
  return grid.sheets.find((s) => s.name === 'PlanCheck record')!;
}

describe('the record', () => {
  test('the first check has nothing to compare with: no changes, and the record is written hidden', () => {
    const first = validate(simplePlan(ROWS));
    expect(first.result.report.changes).toBeUndefined();
    const record = first.edits.sheets.find((s) => s.kind === 'record')!;
    expect(record).toMatchObject({ name: 'PlanCheck record', hidden: true });
    expect(first.edits.sheets.map((s) => s.kind)).not.toContain('changes');
    expect('record' in readRecord(first.grid)).toBe(true);
  });

  test('a second run on an unchanged workbook reports no changes (and writes an empty Changes sheet)', () => {
    const first = validate(simplePlan(ROWS));
    const second = validate(first.grid);
    expect(reportSchema.parse(second.result.report).changes).toMatchObject({ since: '2019-01-15', from: 'record', items: [] });
    const sheet = second.edits.sheets.find((s) => s.kind === 'changes')!;
    expect(sheet.name).toBe('Changes since 2019-01-15');
    expect(sheet.rows[2]![0]!.value).toBe('No changes since the check of 2019-01-15.');
    // the record written again is the same record
    expect(second.edits.sheets.find((s) => s.kind === 'record')!.rows).toEqual(first.edits.sheets.find((s) => s.kind === 'record')!.rows);
  });

  test('edits to the plan between runs are the changes, each linked to its row, sorted by change', () => {
    const first = validate(simplePlan(ROWS));
    const plan = first.grid.sheets[0]!;
    plan.values[4]![3] = 'March 2019'; // 1.2 due moved later
    plan.values[5]![5] = 'Update Jan 19: Complete'; // 1.3 done
    const second = validate(first.grid);
    expect(second.result.report.changes!.items.map((c) => [c.change, c.ref])).toEqual([
      ['completed', '1.3'], ['slipped', '1.2'], ['better', '1.2'], ['updated', '1.3'],
    ]);
    const sheet = second.edits.sheets.find((s) => s.kind === 'changes')!;
    const body = sheet.rows.slice(4);
    expect(body.map((r) => r[0]!.value)).toEqual(['Completed', 'Slipped', 'Better', 'Updated']);
    expect(body[1]!.map((c) => c.value)).toEqual(['Slipped', '', '1.2', 'Publish the annual report on the partnership website', 'December 2018', 'March 2019', 90, 'Plan!5']);
    expect(body[1]![7]!.link).toEqual({ sheet: 'Plan', cell: 'B5' });
  });

  test('a record from a newer PlanCheck is ignored with a message, and replaced by this check\'s', () => {
    const first = validate(simplePlan(ROWS));
    recordSheet(first.grid).values[3]![1] = RECORD_VERSION + 1;
    const second = validate(first.grid);
    expect(second.result.report.changes).toBeUndefined();
    expect(second.result.notes).toEqual([expect.stringMatching(new RegExp(`written by a newer PlanCheck \\(record version ${RECORD_VERSION + 1}\\)`))]);
    expect(second.edits.messages).toEqual(second.result.notes);
    expect(second.edits.sheets.find((s) => s.kind === 'record')!.replaces).toEqual(['PlanCheck record']);
  });

  test.each<[string, (grid: Grid) => void, RegExp]>([
    ['a part edited', (g) => { const v = recordSheet(g).values[4]!; v[0] = String(v[0]).replace('Lisa', 'Lise').replace('Establish', 'Establich'); }, /damaged \(its text was changed\)/],
    ['a part lost', (g) => { recordSheet(g).values[4]![0] = null; }, /damaged \(part 1 of 1 is missing\)/],
    ['its heading gone', (g) => { recordSheet(g).values[3]![0] = 'notes'; }, /damaged \(its heading is missing\)/],
  ])('a damaged record (%s) is ignored with a message', (_, damage, message) => {
    const first = validate(simplePlan(ROWS));
    damage(first.grid);
    const second = validate(first.grid);
    expect(second.result.report.changes).toBeUndefined();
    expect(second.result.notes).toEqual([expect.stringMatching(message)]);
  });

  test('JSON that parses, with a true fingerprint, but is not a record is damaged too', () => {
    const first = validate(simplePlan(ROWS));
    const sheet = recordSheet(first.grid);
    const json = '{"format":"plancheck-record","version":1,"asOf":"2019-01-15","sheets":[],"sections":[],"actions":[[5,1,null,null,"x","date",null,null,"complete",null,null,null,null]]}';
    sheet.values[4]![0] = `1:${json}`;
    sheet.values[3]![3] = fingerprint(json);
    const second = validate(first.grid);
    expect(second.result.report.changes).toBeUndefined();
    expect(second.result.notes).toEqual([expect.stringMatching(/damaged \(action 1 names a sheet or section the record does not hold\)/)]);
  });

  test.each([
    ['a row number that is not one', 'row', -3, /damaged \(its row column holds something other than row numbers\)/],
    ['a position that is text', 'status', '0', /damaged \(its status column holds something other than positions\)/],
    ['a progress fingerprint that is a number', 'progress', 7, /damaged \(its progress column holds something other than texts\)/],
  ])('a version 2 record with %s in a column is damaged, the column named', (_, column, bad, message) => {
    const first = validate(simplePlan(ROWS));
    const sheet = recordSheet(first.grid);
    const parts = sheet.values.slice(4).map((r) => String(r[0]).replace(/^\d+:/, ''));
    const stored = JSON.parse(parts.join('')) as { version: number; actions: Record<string, unknown[]> };
    expect(stored.version).toBe(2);
    stored.actions[column]![1] = bad;
    const json = JSON.stringify(stored);
    sheet.values.splice(4, sheet.values.length - 4, [`1:${json}`]);
    sheet.values[3]![2] = 1;
    sheet.values[3]![3] = fingerprint(json);
    const second = validate(first.grid);
    expect(second.result.report.changes).toBeUndefined();
    expect(second.result.notes).toEqual([expect.stringMatching(message)]);
  });

  test('a user\'s own sheet called "PlanCheck record" is never read as the record nor replaced', () => {
    const grid = simplePlan(ROWS);
    grid.sheets.push({ name: 'PlanCheck record', values: [['My record of board decisions'], ['1:{"format":"plancheck-record"}']] });
    const first = validate(grid);
    expect(first.result.report.changes).toBeUndefined();
    expect(first.edits.sheets.find((s) => s.kind === 'record')).toMatchObject({ name: 'PlanCheck record (PlanCheck)', replaces: [] });
    expect(first.grid.sheets.find((s) => s.name === 'PlanCheck record')!.values[0]).toEqual(['My record of board decisions']);
  });

  test('text outside ASCII survives the record exactly (kept escaped)', () => {
    const rows = ROWS.map((r) => [...r]);
    rows[0]![1] = 'Établir un groupe – “safeguarding” 🙂 for the new arrangements';
    const first = validate(simplePlan(rows));
    const parts = first.edits.sheets.find((s) => s.kind === 'record')!.rows.slice(4).map((r) => String(r[0]!.value));
    expect(parts.join('')).toMatch(/^[\x20-\x7e]+$/);
    expect(validate(first.grid).result.report.changes!.items).toEqual([]);
  });
});

describe('Apply RAG and Undo apply are not changes', () => {
  const run = (grid: Grid, edits: (g: Grid) => WorkbookEdits | { error: string }) => {
    const e = edits(grid);
    if ('error' in e) throw new Error(e.error);
    return applyToGrid(grid, e);
  };

  test('validate, Apply RAG, validate, Undo apply, validate: no rag-changed at any step', () => {
    const first = validate(simplePlan(ROWS));
    const applied = run(first.grid, (g) => applyRagEdits(g, checkWorkbook(g, SETTINGS)));
    // Apply RAG did change the plan: 1.2 is late, so no longer Green
    expect(checkWorkbook(applied, SETTINGS).report.actions[1]!.rag.given).not.toBe('Green');
    const afterApply = validate(applied);
    expect(afterApply.result.report.changes!.items).toEqual([]);
    const undone = run(afterApply.grid, (g) => undoApplyEdits(g));
    expect(checkWorkbook(undone, SETTINGS).report.actions[1]!.rag.given).toBe('Green');
    const afterUndo = validate(undone);
    expect(afterUndo.result.report.changes!.items).toEqual([]);
  });

  test('staff changing a RAG after Apply RAG is a change', () => {
    const first = validate(simplePlan(ROWS));
    const applied = run(first.grid, (g) => applyRagEdits(g, checkWorkbook(g, SETTINGS)));
    const afterApply = validate(applied);
    afterApply.grid.sheets[0]!.values[4]![6] = 'Red';
    const staff = validate(afterApply.grid);
    expect(staff.result.report.changes!.items.map((c) => [c.change, c.ref, c.before?.rag.given, c.after?.rag.given])).toEqual([['rag-changed', '1.2', 'Green', 'Red']]);
  });
});
