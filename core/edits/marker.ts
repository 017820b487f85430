import type { Grid, GridSheet } from '../grid/grid';
import { viewOf } from '../grid/sheetView';
import type { OutCell, PlanCheckSheetKind } from './editTypes';

/**
 * PlanCheck recognises the sheets it wrote by the marker in their first two rows, never by
 * name: a user's own sheet called "RAG summary" must be left alone.
 *   A1: "PlanCheck · RAG summary"
 *   A2: "Written by PlanCheck on 2019-03-01 — re-created on every run; edits here are lost. [plancheck:summary]"
 * The bracketed token says which kind of sheet it is, whatever the title says.
 */
export const TITLE_PREFIX = 'PlanCheck · ';

const KINDS: readonly PlanCheckSheetKind[] = ['issues', 'summary', 'carry-over', 'undo', 'changes', 'record'];
const TOKEN = /\[plancheck:([a-z-]+)\]/;

export function markerToken(kind: PlanCheckSheetKind): string {
  return `[plancheck:${kind}]`;
}

/** Rows 1 and 2 of every sheet PlanCheck writes. */
export function markerRows(kind: PlanCheckSheetKind, title: string, asOf: string): OutCell[][] {
  return [
    [{ value: `${TITLE_PREFIX}${title}`, bold: true }],
    [
      {
        value: `Written by PlanCheck on ${asOf} — re-created on every run; edits here are lost. ${markerToken(kind)}`,
        italic: true,
        fontColour: '#595959',
      },
    ],
  ];
}

/** The kind of PlanCheck sheet this is, from its marker; null for any other sheet. */
export function planCheckKind(sheet: GridSheet): PlanCheckSheetKind | null {
  const view = viewOf(sheet);
  const title = view.valueText(1, 1);
  const note = view.valueText(2, 1);
  if (!title.startsWith(TITLE_PREFIX) || !note.startsWith('Written by PlanCheck')) return null;
  const kind = TOKEN.exec(note)?.[1];
  return KINDS.find((k) => k === kind) ?? null;
}

/** True for a sheet PlanCheck wrote: the core skips these when looking for plans. */
export function isPlanCheckSheet(sheet: GridSheet): boolean {
  return planCheckKind(sheet) !== null;
}

export interface PlanCheckSheet {
  kind: PlanCheckSheetKind;
  name: string;
}

/** Every sheet in the workbook that PlanCheck wrote on an earlier run. */
export function findPlanCheckSheets(grid: Grid): PlanCheckSheet[] {
  const found: PlanCheckSheet[] = [];
  for (const sheet of grid.sheets) {
    const kind = planCheckKind(sheet);
    if (kind) found.push({ kind, name: sheet.name });
  }
  return found;
}
