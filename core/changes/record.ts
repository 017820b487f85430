import { z } from 'zod';
import type { Grid } from '../grid/grid';
import { cellText } from '../grid/grid';
import { viewOf } from '../grid/sheetView';
import { a1, parseA1 } from '../grid/address';
import type { CheckResult } from '../report/checkTypes';
import { STATUSES } from '../status/statusTypes';
import { cleanText } from '../text/cleanText';
import { givenRag } from '../rag/ragLabels';
import { appliedRagCells } from '../grid/undoRecord';
import { fingerprint } from './fingerprint';

/**
 * The record (PRODUCT §7a): a compact snapshot of what one check read of every action, so the
 * next check can say what changed. It is kept, JSON in parts, in PlanCheck's own hidden record
 * sheet (core/changes/recordSheet) and read back from the grid on the next run.
 *
 * Version 1. A later PlanCheck that changes the shape raises RECORD_VERSION; an earlier one
 * meeting it ignores the record with a message rather than misreading it.
 */
export const RECORD_FORMAT = 'plancheck-record';
export const RECORD_VERSION = 1;

/** How many of an action's first words are kept: enough to tell actions apart, small enough to keep. */
const ACTION_WORDS = 10;
const ACTION_CHARS = 72;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One action: [sheet index, row, ref, section index, first words, due kind, due start, due end, status, given RAG, computed RAG, latest update date, progress fingerprint]. */
const entrySchema = z.tuple([
  z.number().int().nonnegative(),
  z.number().int().positive(),
  z.string().nullable(),
  z.number().int().nonnegative().nullable(),
  z.string(),
  z.enum(['date', 'range', 'ongoing', 'none']),
  isoDate.nullable(),
  isoDate.nullable(),
  z.enum(STATUSES),
  z.string().nullable(),
  z.string().nullable(),
  isoDate.nullable(),
  z.string().nullable(),
]);

export const planRecordSchema = z
  .object({
    format: z.literal(RECORD_FORMAT),
    version: z.literal(RECORD_VERSION),
    asOf: isoDate,
    sheets: z.array(z.string()),
    sections: z.array(z.string()),
    actions: z.array(entrySchema),
  })
  .superRefine((r, ctx) => {
    const bad = r.actions.findIndex((a) => a[0] >= r.sheets.length || (a[3] !== null && a[3] >= r.sections.length));
    if (bad >= 0) ctx.addIssue({ code: 'custom', message: `action ${bad + 1} names a sheet or section the record does not hold` });
  });

export type PlanRecord = z.infer<typeof planRecordSchema>;

/** An action of a record, unpacked: what the comparison works on. */
export interface RecordedAction {
  sheet: string;
  row: number;
  ref: string | null;
  section: string | null;
  action: string;
  due: { kind: 'date' | 'range' | 'ongoing' | 'none'; start: string | null; end: string | null };
  status: (typeof STATUSES)[number];
  rag: { given: string | null; computed: string | null };
  updated: string | null;
  /** A fingerprint of the progress text; null where it is empty. */
  progress: string | null;
}

const records = new WeakMap<CheckResult, PlanRecord>();

/** The record of this check (made once per result). `grid` is the workbook it read: see staffRag. */
export function recordOf(grid: Grid, result: CheckResult): PlanRecord {
  const known = records.get(result);
  if (known) return known;
  const sheets: string[] = [];
  const sections: string[] = [];
  const sheetIndex = new Map<string, number>();
  const sectionIndex = new Map<string, number>();
  const indexOf = (map: Map<string, number>, list: string[], key: string) => {
    let i = map.get(key);
    if (i === undefined) {
      i = list.push(key) - 1;
      map.set(key, i);
    }
    return i;
  };
  const staff = staffRag(grid, result);
  const actions = result.report.actions.map((a, i): PlanRecord['actions'][number] => [
    indexOf(sheetIndex, sheets, a.sheet),
    a.row,
    a.ref,
    a.section === null ? null : indexOf(sectionIndex, sections, a.section),
    actionWords(a.action),
    a.due.kind,
    a.due.start,
    a.due.end,
    a.status,
    staff.has(i) ? staff.get(i)! : a.rag.given,
    a.rag.computed,
    result.details[i]?.latestUpdateDate ?? null,
    a.progress.trim() ? fingerprint(a.progress) : null,
  ]);
  const record: PlanRecord = { format: RECORD_FORMAT, version: RECORD_VERSION, asOf: result.report.asOf, sheets, sections, actions };
  records.set(result, record);
  return record;
}

export function unpackRecord(record: PlanRecord): RecordedAction[] {
  return record.actions.map((a) => ({
    sheet: record.sheets[a[0]]!,
    row: a[1],
    ref: a[2],
    section: a[3] === null ? null : record.sections[a[3]]!,
    action: a[4],
    due: { kind: a[5], start: a[6], end: a[7] },
    status: a[8],
    rag: { given: a[9], computed: a[10] },
    updated: a[11],
    progress: a[12],
  }));
}

/** The first words of an action, as the record keeps them. */
export function actionWords(action: string): string {
  const words = cleanText(action).split(' ');
  const kept = words.slice(0, ACTION_WORDS).join(' ');
  return kept.length > ACTION_CHARS ? kept.slice(0, ACTION_CHARS) : kept;
}

/**
 * The RAG staff gave, where PlanCheck's own Apply RAG is still in a cell: what the cell held
 * before it. Apply RAG and Undo apply are PlanCheck's doing, not staff's, so neither is ever a
 * `rag-changed`. Keyed by the action's index in the report.
 */
function staffRag(grid: Grid, result: CheckResult): Map<number, string | null> {
  const staff = new Map<number, string | null>();
  const applied = appliedRagCells(grid);
  if (applied.size === 0) return staff;
  result.details.forEach((d, i) => {
    const cell = d.ragCell;
    const sheet = cell && grid.sheets.find((s) => s.name === cell.sheet);
    const at = cell && parseA1(cell.cell);
    if (!cell || !sheet || !at) return;
    const view = viewOf(sheet);
    const owner = view.owner(at.row, at.column);
    const entry = applied.get(`${cell.sheet}\u0000${a1(owner.row, owner.column)}`);
    if (!entry) return;
    const value = entry.valueBefore;
    const text = entry.changed.includes('value') ? cellText(value) : view.text(owner.row, owner.column);
    const fill = entry.changed.includes('fill') ? entry.fillBefore : view.fill(owner.row, owner.column);
    staff.set(i, givenRag(cell.mode, text, fill, result.scheme).label);
  });
  return staff;
}
