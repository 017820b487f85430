import type { Grid, GridSheet } from './grid';
import { viewOf } from './sheetView';

/** The kinds of sheet PlanCheck writes into a workbook. */
export type PlanCheckSheetKind = 'issues' | 'summary' | 'carry-over' | 'undo' | 'changes' | 'record' | 'portfolio';

/**
 * PlanCheck recognises the sheets it wrote by the marker in their first two rows AND by its own
 * record of the name it wrote each under, never by name alone: a user's own sheet called
 * "RAG summary" must be left alone, and so must a user's copy of a PlanCheck sheet (renamed,
 * with notes added: "RAG summary (2)", "Copy of RAG summary"), which carries the marker too.
 *   A1: "PlanCheck · RAG summary"
 *   A2: "Written by PlanCheck on 2019-03-01 — re-created on every run; edits here are lost. [plancheck:summary|RAG summary]"
 * The bracketed token says which kind of sheet it is, whatever the title says, and the name
 * PlanCheck gave it. Of the sheets of one kind that carry the marker, PlanCheck's is the one
 * still under its recorded name; the others are copies, the user's from then on. Where none
 * is under its recorded name, a lone one is PlanCheck's own, renamed; several are all left
 * alone. (A token without a name, from an earlier version, is PlanCheck's.)
 */
export const TITLE_PREFIX = 'PlanCheck · ';
const WRITTEN_BY = 'Written by PlanCheck on';

const KINDS: readonly PlanCheckSheetKind[] = ['issues', 'summary', 'carry-over', 'undo', 'changes', 'record', 'portfolio'];
const TOKEN = /\[plancheck:([a-z-]+)(?:\|([^\]]*))?\]/;

export function markerToken(kind: PlanCheckSheetKind, sheetName?: string): string {
  return sheetName === undefined ? `[plancheck:${kind}]` : `[plancheck:${kind}|${sheetName}]`;
}

/** The second row's note, which carries the marker token (edits/markerRows.ts writes it). */
export function markerNote(kind: PlanCheckSheetKind, asOf: string, sheetName?: string): string {
  return `${WRITTEN_BY} ${asOf} — re-created on every run; edits here are lost. ${markerToken(kind, sheetName)}`;
}

/**
 * The kind of PlanCheck sheet this is, from its marker; null for any other sheet.
 *
 * @example
 * planCheckKind({ name: 'Plan issues', values: [['PlanCheck · Plan issues'], ['Written by PlanCheck on 2019-03-01 — re-created on every run; edits here are lost. [plancheck:issues|Plan issues]']] }) //=> 'issues'
 * planCheckKind({ name: 'Plan issues', values: [['Plan issues']] }) //=> null
 */
export function planCheckKind(sheet: GridSheet): PlanCheckSheetKind | null {
  const view = viewOf(sheet);
  const title = view.valueText(1, 1);
  const note = view.valueText(2, 1);
  if (!title.startsWith(TITLE_PREFIX) || !note.startsWith('Written by PlanCheck')) return null;
  const kind = TOKEN.exec(note)?.[1];
  return KINDS.find((k) => k === kind) ?? null;
}

/**
 * The reporting date of PlanCheck's last check written into this workbook (its sheets' marker
 * says "Written by PlanCheck on 2019-03-01"); the latest where sheets differ; null where none.
 *
 * @example
 * const note = 'Written by PlanCheck on 2019-03-01 — re-created on every run; edits here are lost. [plancheck:issues|Plan issues]'
 * writtenReportingDate({ sheets: [{ name: 'Plan issues', values: [['PlanCheck · Plan issues'], [note]] }] }) //=> '2019-03-01'
 * writtenReportingDate({ sheets: [{ name: 'Plan', values: [['Action']] }] }) //=> null
 */
export function writtenReportingDate(grid: Grid): string | null {
  let latest: string | null = null;
  for (const sheet of grid.sheets) {
    if (!planCheckKind(sheet)) continue;
    const date = /^Written by PlanCheck on (\d{4}-\d{2}-\d{2})\b/.exec(viewOf(sheet).valueText(2, 1))?.[1];
    if (date && (latest === null || date > latest)) latest = date;
  }
  return latest;
}

/**
 * True for a sheet PlanCheck wrote: the core skips these when looking for plans.
 *
 * @example
 * isPlanCheckSheet({ name: 'RAG summary', values: [['RAG summary'], ['A user\'s own sheet of that name']] }) //=> false
 */
export function isPlanCheckSheet(sheet: GridSheet): boolean {
  return planCheckKind(sheet) !== null;
}

export interface PlanCheckSheet {
  kind: PlanCheckSheetKind;
  name: string;
}

/** The name PlanCheck recorded in a sheet's marker; undefined for a marker without one. */
function recordedName(sheet: GridSheet): string | undefined {
  return TOKEN.exec(viewOf(sheet).valueText(2, 1))?.[2];
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Every sheet in the workbook that PlanCheck wrote on an earlier run and is still PlanCheck's (not a user's copy).
 *
 * @example
 * const note = 'Written by PlanCheck on 2019-03-01 — re-created on every run; edits here are lost. [plancheck:summary|RAG summary]'
 * const ours = { name: 'RAG summary', values: [['PlanCheck · RAG summary'], [note]] }
 * const copy = { name: 'RAG summary (2)', values: [['PlanCheck · RAG summary'], [note]] }
 * findPlanCheckSheets({ sheets: [ours, copy] }) //=> [{ kind: 'summary', name: 'RAG summary' }]
 */
export function findPlanCheckSheets(grid: Grid): PlanCheckSheet[] {
  const marked = grid.sheets.flatMap((sheet) => {
    const kind = planCheckKind(sheet);
    return kind ? [{ kind, sheet, recorded: recordedName(sheet) }] : [];
  });
  const found: PlanCheckSheet[] = [];
  for (const m of marked) {
    const ours = m.recorded === undefined || sameName(m.recorded, m.sheet.name);
    if (ours) {
      found.push({ kind: m.kind, name: m.sheet.name });
      continue;
    }
    // renamed: PlanCheck's only where it is the one sheet of its kind and none kept its name
    const kin = marked.filter((x) => x.kind === m.kind);
    if (kin.length === 1) found.push({ kind: m.kind, name: m.sheet.name });
  }
  return found;
}
