import { applyRagEdits, undoApplyEdits } from '../../../core/edits/applyRag';
import { findPlanCheckSheets } from '../../../core/grid/marker';
import type { PlanCellEdit, SheetEdit, WorkbookEdits } from '../../../core/edits/editTypes';
import type { CellValue, Grid, GridSheet } from '../../../core/grid/grid';
import { parseA1 } from '../../../core/grid/address';
import { sampleGrid, sampleResult } from '../../helpers/sampleResult';

/** What a host does with the edits, on the grid itself: plan cells changed, sheets replaced. */
function applyToGrid(grid: Grid, edits: WorkbookEdits): Grid {
  const next: Grid = structuredClone(grid);
  for (const e of edits.planCells) setCell(next, e);
  const doomed = new Set([...edits.deleteSheets, ...edits.sheets.flatMap((s) => s.replaces)]);
  next.sheets = next.sheets.filter((s) => !doomed.has(s.name));
  next.sheets.push(...edits.sheets.map(sheetFromEdit));
  return next;
}

function setCell(grid: Grid, e: PlanCellEdit): void {
  const sheet = grid.sheets.find((s) => s.name === e.sheet)!;
  const at = parseA1(e.cell)!;
  const r = at.row - 1;
  const c = at.column - 1;
  while (sheet.values.length <= r) sheet.values.push([]);
  sheet.fills ??= [];
  while (sheet.fills.length <= r) sheet.fills.push([]);
  if (e.value !== undefined) sheet.values[r]![c] = e.value as CellValue;
  if (e.fill !== undefined) sheet.fills[r]![c] = e.fill;
}

function sheetFromEdit(edit: SheetEdit): GridSheet {
  return { name: edit.name, values: edit.rows.map((r) => r.map((c) => c.value)), hidden: edit.hidden };
}

function cellState(grid: Grid, sheet: string, cell: string): { value: CellValue | undefined; fill: string | null | undefined } {
  const s = grid.sheets.find((x) => x.name === sheet)!;
  const at = parseA1(cell)!;
  return { value: s.values[at.row - 1]?.[at.column - 1] ?? null, fill: s.fills?.[at.row - 1]?.[at.column - 1] ?? null };
}

/** Every plan cell of every plan sheet, value and fill. */
function planState(grid: Grid): string {
  return JSON.stringify(
    grid.sheets.filter((s) => !findPlanCheckSheets(grid).some((p) => p.name === s.name)).map((s) => ({
      name: s.name,
      cells: s.values.map((row, r) => row.map((v, c) => [v ?? null, s.fills?.[r]?.[c] ?? null])),
    })),
  );
}

describe('Apply RAG', () => {
  test('writes the computed RAG only where it differs: labels in a RAG column, colours in a RAG cell', () => {
    const edits = applyRagEdits(sampleGrid(), sampleResult());
    expect(edits.planCells).toEqual([
      { sheet: 'Plan', cell: 'G5', value: 'Red', fill: '#FF0000' }, // a coloured label: recoloured to match
      { sheet: 'Plan', cell: 'G7', value: 'Amber' },
      { sheet: 'Oldham 2018-19', cell: 'F3', fill: '#00B050' },
    ]);
  });

  test('keeps the previous values in a hidden PlanCheck undo sheet', () => {
    const edits = applyRagEdits(sampleGrid(), sampleResult());
    expect(edits.sheets).toHaveLength(1);
    const undo = edits.sheets[0]!;
    expect([undo.kind, undo.name, undo.hidden]).toEqual(['undo', 'PlanCheck undo', true]);
    expect(undo.rows.slice(4).map((r) => r.map((c) => c.value))).toEqual([
      ['Plan', 'G5', 'value fill', '"Green"', '"#00B050"', '"Red"', '"#FF0000"'],
      ['Plan', 'G7', 'value', 'null', 'null', '"Amber"', 'null'],
      ['Oldham 2018-19', 'F3', 'fill', 'null', '"#FF0000"', 'null', '"#00B050"'],
    ]);
  });

  test('undo restores every plan cell exactly (value and fill) and deletes the record', () => {
    const grid = sampleGrid();
    const applied = applyToGrid(grid, applyRagEdits(grid, sampleResult()));
    expect(cellState(applied, 'Plan', 'G5')).toEqual({ value: 'Red', fill: '#FF0000' });
    const undo = undoApplyEdits(applied);
    if ('error' in undo) throw new Error(undo.error);
    expect(undo.deleteSheets).toEqual(['PlanCheck undo']);
    const restored = applyToGrid(applied, undo);
    expect(planState(restored)).toEqual(planState(grid));
    expect(findPlanCheckSheets(restored)).toEqual([]);
  });

  test('applying twice keeps the original values: the record is merged, never overwritten', () => {
    const grid = sampleGrid();
    const once = applyToGrid(grid, applyRagEdits(grid, sampleResult()));
    // a second run after the date moved on: 1.1 is now (say) Red as well
    const later = sampleResult();
    later.report.actions[0]!.rag = { given: 'Grey', computed: 'Red' };
    const twiceEdits = applyRagEdits(once, later);
    expect(twiceEdits.planCells).toEqual([{ sheet: 'Plan', cell: 'G4', value: 'Red', fill: '#FF0000' }]);
    expect(twiceEdits.sheets[0]!.replaces).toEqual(['PlanCheck undo']);
    const twice = applyToGrid(once, twiceEdits);
    expect(findPlanCheckSheets(twice).filter((s) => s.kind === 'undo')).toHaveLength(1);
    const undo = undoApplyEdits(twice);
    if ('error' in undo) throw new Error(undo.error);
    expect(planState(applyToGrid(twice, undo))).toEqual(planState(grid));
  });

  test('applying the same result twice changes nothing more and keeps the record as it was', () => {
    const grid = sampleGrid();
    const first = applyRagEdits(grid, sampleResult());
    const once = applyToGrid(grid, first);
    // the host re-reads the plan: what is there now is the computed RAG
    const reread = sampleResult();
    reread.report.actions.forEach((a) => (a.rag.given = a.rag.computed));
    const second = applyRagEdits(once, reread);
    expect(second.planCells).toEqual([]);
    expect(second.sheets[0]!.rows).toEqual(first.sheets[0]!.rows);
  });

  test('undo leaves alone a cell staff changed after Apply RAG, and says so', () => {
    const grid = sampleGrid();
    const applied = applyToGrid(grid, applyRagEdits(grid, sampleResult()));
    setCell(applied, { sheet: 'Plan', cell: 'G7', value: 'Green' });
    const undo = undoApplyEdits(applied);
    if ('error' in undo) throw new Error(undo.error);
    expect(undo.planCells.map((e) => e.cell)).toEqual(['G5', 'F3']);
    expect(undo.messages).toEqual(['G7 on "Plan" was changed after Apply RAG, so it was left as it is.']);
  });

  test('nothing to undo, and a damaged record, are errors that undo nothing', () => {
    expect(undoApplyEdits(sampleGrid())).toEqual({ error: expect.stringMatching(/^There is nothing to undo/) });
    const grid = sampleGrid();
    const applied = applyToGrid(grid, applyRagEdits(grid, sampleResult()));
    const undoSheet = applied.sheets.find((s) => s.name === 'PlanCheck undo')!;
    undoSheet.values[5]![3] = '{not json';
    expect(undoApplyEdits(applied)).toEqual({ error: expect.stringMatching(/damaged at row 6/) });
  });

  test('a protected plan sheet is not changed', () => {
    const grid = sampleGrid();
    grid.sheets[1]!.protected = true;
    const edits = applyRagEdits(grid, sampleResult());
    expect(edits.planCells.map((e) => e.sheet)).toEqual(['Plan', 'Plan']);
    expect(edits.messages).toEqual(['Sheet "Oldham 2018-19" is protected, so the RAG at F3 was not changed.']);
  });

  test('no change needed: no edits and no undo sheet', () => {
    const result = sampleResult();
    result.report.actions.forEach((a) => (a.rag.given = a.rag.computed));
    expect(applyRagEdits(sampleGrid(), result)).toEqual({ sheets: [], deleteSheets: [], planCells: [], messages: [] });
  });
});
