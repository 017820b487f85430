import type { CellValue, Grid } from '../grid/grid';
import { viewOf } from '../grid/sheetView';
import { a1, parseA1 } from '../grid/address';
import type { CheckResult, RagCell } from '../report/checkTypes';
import type { ActionReport } from '../report/reportSchema';
import type { OutCell, PlanCellEdit, SheetEdit, WorkbookEdits } from './editTypes';
import { headerRow, text } from './cells';
import { findPlanCheckSheets } from '../grid/marker';
import { entryKey, normaliseFill, readUndoRecords, sameValue, UNDO_HEADER, UNDO_HEADER_ROW, type UndoEntry } from '../grid/undoRecord';
import { markerRows } from './markerRows';
import { MAX_CELL_TEXT } from './safeText';
import { placeSheet, UNDO_SHEET } from './sheetNames';

/**
 * Apply RAG writes the computed RAG into the plan (a RAG column's label, or the fill of the
 * cell that carries the RAG as a colour) and keeps what each cell held before in a hidden
 * PlanCheck "undo" sheet (its format: grid/undoRecord.ts); Undo apply puts those values back
 * and deletes the record.
 *
 * @example
 * const grid = { sheets: [{ name: 'Plan', values: [
 *   ['Business Plan 2018-19'], [],
 *   ['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'],
 *   ['1.1', 'Publish the annual report', 'Board manager', 'March 2019', 'Draft with the chair', 'Green'],
 *   ['1.2', 'Audit of case files', '', 'December 2018', 'Not started', 'Green'],
 * ] }] }
 * const result = checkWorkbook(grid, { asOf: '2019-03-01' })
 * const edits = applyRagEdits(grid, result)
 * edits.planCells //=> [{ sheet: 'Plan', cell: 'F5', value: 'Red' }]
 * edits.sheets.map((s) => [s.kind, s.name, s.hidden]) //=> [['undo', 'PlanCheck undo', true]]
 */
export function applyRagEdits(grid: Grid, result: CheckResult): WorkbookEdits {
  const messages: string[] = [];
  const earlier = readUndoRecords(grid);
  if ('error' in earlier) messages.push(`${earlier.error} Earlier values it held could not be kept.`);
  const record = new Map((('error' in earlier) ? [] : earlier.entries).map((e) => [entryKey(e), e]));
  const planCells: PlanCellEdit[] = [];
  const seen = new Set<string>();
  result.report.actions.forEach((action, i) => {
    const ragCell = result.details[i]?.ragCell;
    if (!ragCell) return;
    const change = ragChange(grid, result, action, ragCell, messages);
    if (!change || seen.has(entryKey(change))) return;
    seen.add(entryKey(change));
    planCells.push(toPlanEdit(change));
    record.set(entryKey(change), mergeEntry(record.get(entryKey(change)), change));
  });
  const undoSheets = findPlanCheckSheets(grid).filter((s) => s.kind === 'undo');
  if (record.size === 0) return { sheets: [], deleteSheets: [], planCells, messages };
  const place = placeSheet(grid, 'undo', UNDO_SHEET);
  return { sheets: [undoSheet([...record.values()], place.name, undoSheets.map((s) => s.name), result.report.asOf)], deleteSheets: [], planCells, messages };
}

/**
 * Undo apply: puts back what Apply RAG changed, from its undo record, and deletes the record.
 * A cell staff changed again since is left as it is.
 *
 * @example
 * undoApplyEdits({ sheets: [{ name: 'Plan', values: [['Action']] }] }).error.startsWith('There is nothing to undo') //=> true
 */
export function undoApplyEdits(grid: Grid): WorkbookEdits | { error: string } {
  const read = readUndoRecords(grid);
  if ('error' in read) return read;
  if (read.names.length === 0) {
    return { error: 'There is nothing to undo: this workbook has no record of an Apply RAG (it was never applied, or was already undone).' };
  }
  const messages: string[] = [];
  const planCells: PlanCellEdit[] = [];
  for (const entry of read.entries) {
    const edit = restoreEdit(grid, entry, messages);
    if (edit) planCells.push(edit);
  }
  return { sheets: [], deleteSheets: read.names, planCells, messages };
}

/** The change Apply RAG makes to one RAG cell, or null where the cell already shows the computed RAG. */
function ragChange(grid: Grid, result: CheckResult, action: ActionReport, ragCell: RagCell, messages: string[]): UndoEntry | null {
  const label = result.scheme.labels.find((l) => l.label.toLowerCase() === action.rag.computed?.toLowerCase());
  if (!label) return null;
  const sheet = grid.sheets.find((s) => s.name === ragCell.sheet);
  const at = parseA1(ragCell.cell);
  if (!sheet || !at) return null;
  if (sheet.protected) {
    messages.push(`Sheet "${sheet.name}" is protected, so the RAG at ${ragCell.cell} was not changed.`);
    return null;
  }
  const view = viewOf(sheet);
  const owner = view.owner(at.row, at.column);
  const before = { value: view.value(owner.row, owner.column), fill: normaliseFill(view.fill(owner.row, owner.column)) };
  const colour = label.colour.toUpperCase();
  const base = { sheet: sheet.name, cell: a1(owner.row, owner.column), valueBefore: before.value, fillBefore: before.fill };
  if (ragCell.mode === 'fill') {
    if (sameLabel(action.rag.given, label.label) || before.fill === colour) return null;
    // the value (often long progress text) is not touched, so not recorded
    return { ...base, valueBefore: null, changed: ['fill'], valueApplied: null, fillApplied: colour };
  }
  if (sameLabel(action.rag.given, label.label) || sameLabel(textOf(before.value), label.label)) return null;
  if (JSON.stringify(before.value).length > MAX_CELL_TEXT) {
    messages.push(`The RAG cell ${base.cell} on "${sheet.name}" holds too much text to keep for Undo, so it was not changed.`);
    return null;
  }
  // staff who colour their RAG labels get the colour to match the new label
  const recolour = before.fill !== null && before.fill !== '#FFFFFF' && before.fill !== colour;
  return { ...base, changed: recolour ? ['value', 'fill'] : ['value'], valueApplied: label.label, fillApplied: recolour ? colour : before.fill };
}

function toPlanEdit(e: UndoEntry): PlanCellEdit {
  const edit: PlanCellEdit = { sheet: e.sheet, cell: e.cell };
  if (e.changed.includes('value')) edit.value = e.valueApplied;
  if (e.changed.includes('fill')) edit.fill = e.fillApplied;
  return edit;
}

/** Applying twice keeps the values from before the first apply: the record is merged, never overwritten. */
function mergeEntry(earlier: UndoEntry | undefined, now: UndoEntry): UndoEntry {
  if (!earlier) return now;
  const changed = (['value', 'fill'] as const).filter((p) => earlier.changed.includes(p) || now.changed.includes(p));
  return {
    ...now,
    changed,
    valueBefore: earlier.changed.includes('value') ? earlier.valueBefore : now.valueBefore,
    fillBefore: earlier.changed.includes('fill') ? earlier.fillBefore : now.fillBefore,
    valueApplied: now.changed.includes('value') ? now.valueApplied : earlier.valueApplied,
    fillApplied: now.changed.includes('fill') ? now.fillApplied : earlier.fillApplied,
  };
}

/** Puts a cell back, unless staff changed it again after Apply RAG: their later work is kept. */
function restoreEdit(grid: Grid, e: UndoEntry, messages: string[]): PlanCellEdit | null {
  const sheet = grid.sheets.find((s) => s.name === e.sheet);
  const at = parseA1(e.cell);
  if (!sheet || !at) {
    messages.push(`Sheet "${e.sheet}" (cell ${e.cell}) is no longer in the workbook, so it was not restored.`);
    return null;
  }
  const view = viewOf(sheet);
  const valueNow = view.value(at.row, at.column);
  const fillNow = normaliseFill(view.fill(at.row, at.column));
  const valueKept = e.changed.includes('value') && !sameValue(valueNow, e.valueApplied);
  const fillKept = e.changed.includes('fill') && fillNow !== e.fillApplied;
  if (valueKept || fillKept) {
    messages.push(`${e.cell} on "${e.sheet}" was changed after Apply RAG, so it was left as it is.`);
    return null;
  }
  const edit: PlanCellEdit = { sheet: e.sheet, cell: e.cell };
  if (e.changed.includes('value')) edit.value = e.valueBefore;
  if (e.changed.includes('fill')) edit.fill = e.fillBefore;
  return edit;
}

function undoSheet(entries: UndoEntry[], name: string, replaces: string[], asOf: string): SheetEdit {
  const json = (v: CellValue | string | null) => text(JSON.stringify(v));
  const rows: OutCell[][] = [
    ...markerRows('undo', 'Undo apply RAG', asOf, name),
    [text('Cells changed by Apply RAG, with what they held before. Undo apply restores them and deletes this sheet.')],
    headerRow(UNDO_HEADER),
    ...entries.map((e) => [
      text(e.sheet), text(e.cell), text(e.changed.join(' ')),
      json(e.valueBefore), json(e.fillBefore), json(e.valueApplied), json(e.fillApplied),
    ]),
  ];
  return { kind: 'undo', name, replaces, rows, columnWidths: [24, 8, 12, 30, 12, 30, 12], freezeRows: UNDO_HEADER_ROW, hidden: true };
}

function sameLabel(a: string | null, b: string): boolean {
  return a !== null && a.trim().toLowerCase() === b.toLowerCase();
}

function textOf(v: CellValue): string | null {
  return typeof v === 'string' ? v : null;
}

