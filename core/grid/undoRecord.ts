import type { CellValue, Grid, GridSheet } from './grid';
import { SheetView, viewOf } from './sheetView';
import { parseA1 } from './address';
import { findPlanCheckSheets, planCheckKind } from './marker';

/**
 * The undo record Apply RAG keeps in a hidden PlanCheck sheet (edits/applyRag.ts writes it): what
 * each cell it changed held before, so Undo apply can put it back and a check can read the staff's
 * own RAG rather than PlanCheck's.
 *
 * From row 5 (one row per cell changed), every value JSON-encoded as text so it
 * reads back exactly in any host:
 *   Sheet | Cell | Changed ("value", "fill" or "value fill") | Value before | Fill before | Value applied | Fill applied
 */
export const UNDO_HEADER = ['Sheet', 'Cell', 'Changed', 'Value before', 'Fill before', 'Value applied', 'Fill applied'];
export const UNDO_HEADER_ROW = 4;

export type Part = 'value' | 'fill';

export interface UndoEntry {
  sheet: string;
  cell: string;
  changed: Part[];
  valueBefore: CellValue;
  fillBefore: string | null;
  valueApplied: CellValue;
  fillApplied: string | null;
}

/**
 * The cells Apply RAG changed that still hold what it wrote, keyed by sheet and cell ("Plan\u0000F12"),
 * with what they held before: the record of a check keeps the staff's RAG, not PlanCheck's.
 * A damaged undo record gives none.
 */
export function appliedRagCells(grid: Grid): Map<string, Pick<UndoEntry, 'changed' | 'valueBefore' | 'fillBefore'>> {
  const applied = new Map<string, Pick<UndoEntry, 'changed' | 'valueBefore' | 'fillBefore'>>();
  if (!grid.sheets.some((s) => planCheckKind(s) === 'undo')) return applied;
  const read = readUndoRecords(grid);
  if ('error' in read) return applied;
  for (const e of read.entries) {
    const sheet = grid.sheets.find((s) => s.name === e.sheet);
    const at = parseA1(e.cell);
    if (!sheet || !at) continue;
    const view = viewOf(sheet);
    const valueHeld = !e.changed.includes('value') || sameValue(view.value(at.row, at.column), e.valueApplied);
    const fillHeld = !e.changed.includes('fill') || normaliseFill(view.fill(at.row, at.column)) === e.fillApplied;
    if (valueHeld && fillHeld) applied.set(entryKey(e), e);
  }
  return applied;
}

export type UndoRead = { names: string[]; entries: UndoEntry[] } | { error: string };

/** Every undo record in the workbook (normally one), read back. */
export function readUndoRecords(grid: Grid): UndoRead {
  const names = findPlanCheckSheets(grid).filter((s) => s.kind === 'undo').map((s) => s.name);
  const entries: UndoEntry[] = [];
  for (const name of names) {
    const sheet = grid.sheets.find((s) => s.name === name) as GridSheet;
    const read = readUndoSheet(sheet);
    if ('error' in read) return read;
    entries.push(...read);
  }
  return { names, entries };
}

function readUndoSheet(sheet: GridSheet): UndoEntry[] | { error: string } {
  const view = viewOf(sheet);
  const entries: UndoEntry[] = [];
  for (let row = UNDO_HEADER_ROW + 1; row <= view.lastRow; row++) {
    if (view.rowIsEmpty(row)) continue;
    const entry = readUndoRow(view, row);
    if (!entry) return { error: `The PlanCheck undo record (sheet "${sheet.name}") is damaged at row ${row}, so nothing was undone.` };
    entries.push(entry);
  }
  return entries;
}

function readUndoRow(view: SheetView, row: number): UndoEntry | null {
  try {
    const changed = view.valueText(row, 3).split(/\s+/).filter((p): p is Part => p === 'value' || p === 'fill');
    const entry: UndoEntry = {
      sheet: view.valueText(row, 1),
      cell: view.valueText(row, 2).toUpperCase(),
      changed,
      valueBefore: decode(view.value(row, 4)),
      fillBefore: decodeFill(view.value(row, 5)),
      valueApplied: decode(view.value(row, 6)),
      fillApplied: decodeFill(view.value(row, 7)),
    };
    return entry.sheet && parseA1(entry.cell) && changed.length ? entry : null;
  } catch {
    return null;
  }
}

function decode(raw: CellValue): CellValue {
  // a host that turned the JSON text back into a number or boolean gives the value itself
  if (typeof raw !== 'string') return raw;
  const v: unknown = JSON.parse(raw);
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  throw new Error('not a cell value');
}

function decodeFill(raw: CellValue): string | null {
  const v = decode(raw);
  if (v === null) return null;
  if (typeof v === 'string' && /^#[0-9A-Fa-f]{6}$/.test(v)) return v.toUpperCase();
  throw new Error('not a fill');
}

export function normaliseFill(fill: string | null): string | null {
  return fill ? fill.toUpperCase() : null;
}

export function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return a === b || ((a === null || a === '') && (b === null || b === ''));
}

export function entryKey(e: { sheet: string; cell: string }): string {
  return `${e.sheet}\u0000${e.cell.toUpperCase()}`;
}
