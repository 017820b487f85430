import type { Grid } from '../grid/grid';
import { cellText } from '../grid/grid';
import { viewOf } from '../grid/sheetView';
import { a1, parseA1 } from '../grid/address';
import type { CheckResult } from '../report/checkTypes';
import type { Status } from '../status/statusTypes';
import { cleanText } from '../text/cleanText';
import { givenRag } from '../rag/ragLabels';
import { appliedRagCells } from '../grid/undoRecord';
import { fingerprint } from './fingerprint';

/**
 * The record (PRODUCT §7a): a compact snapshot of what one check read of every action, so the
 * next check can say what changed. It is kept in PlanCheck's own hidden record sheet
 * (core/changes/recordSheet, in the stored shape of core/changes/recordFormat) and read back
 * from the grid on the next run.
 *
 * One array per reading (a column), not one object per action: the comparison reads the columns
 * and makes an object only for an action that changed.
 */

/** How many of an action's first words are kept: enough to tell actions apart, small enough to keep. */
const ACTION_WORDS = 10;
const ACTION_CHARS = 72;

export const DUE_KINDS = ['date', 'range', 'ongoing', 'none'] as const;
export type DueKind = (typeof DUE_KINDS)[number];

/** The readings of the actions, one column each, in plan order: action i is element i of every column. */
export interface ActionColumns {
  /** index into the record's `sheets` */
  sheet: number[];
  row: number[];
  ref: (string | null)[];
  /** index into the record's `sections` */
  section: (number | null)[];
  /** the first words (actionWords) */
  action: string[];
  dueKind: DueKind[];
  dueStart: (string | null)[];
  dueEnd: (string | null)[];
  status: Status[];
  ragGiven: (string | null)[];
  ragComputed: (string | null)[];
  /** the latest update's date */
  updated: (string | null)[];
  /** a fingerprint of the progress text; null where it is empty */
  progress: (string | null)[];
}

export interface PlanRecord {
  /** the reporting date of the check */
  asOf: string;
  sheets: string[];
  sections: string[];
  actions: ActionColumns;
}

/** One action of a record, as a change reports it. */
export interface RecordedAction {
  sheet: string;
  row: number;
  ref: string | null;
  section: string | null;
  action: string;
  due: { kind: DueKind; start: string | null; end: string | null };
  status: Status;
  rag: { given: string | null; computed: string | null };
  updated: string | null;
  /** A fingerprint of the progress text; null where it is empty. */
  progress: string | null;
}

/** The action at index `i` of a record. */
export function recordedAction(record: PlanRecord, i: number): RecordedAction {
  const a = record.actions;
  const section = a.section[i]!;
  return {
    sheet: record.sheets[a.sheet[i]!]!,
    row: a.row[i]!,
    ref: a.ref[i]!,
    section: section === null ? null : record.sections[section]!,
    action: a.action[i]!,
    due: { kind: a.dueKind[i]!, start: a.dueStart[i]!, end: a.dueEnd[i]! },
    status: a.status[i]!,
    rag: { given: a.ragGiven[i]!, computed: a.ragComputed[i]! },
    updated: a.updated[i]!,
    progress: a.progress[i]!,
  };
}

/** Columns holding no action yet, to fill in plan order. */
export function emptyColumns(): ActionColumns {
  return { sheet: [], row: [], ref: [], section: [], action: [], dueKind: [], dueStart: [], dueEnd: [], status: [], ragGiven: [], ragComputed: [], updated: [], progress: [] };
}

const records = new WeakMap<CheckResult, PlanRecord>();

/**
 * The record of this check (made once per result). `grid` is the workbook it read: see staffRag.
 *
 * @example
 * const grid = { sheets: [{ name: 'Plan', values: [
 *   ['Business Plan 2018-19'], [],
 *   ['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'],
 *   ['1.1', 'Publish the annual report', 'Board manager', 'March 2019', 'Draft with the chair', 'Green'],
 *   ['1.2', 'Audit of case files', '', 'December 2018', 'Not started', 'Green'],
 * ] }] }
 * const result = checkWorkbook(grid, { asOf: '2019-03-01' })
 * const record = recordOf(grid, result)
 * record.asOf //=> '2019-03-01'
 * record.sheets //=> ['Plan']
 */
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
  const c = emptyColumns();
  result.report.actions.forEach((a, i) => {
    c.sheet.push(indexOf(sheetIndex, sheets, a.sheet));
    c.row.push(a.row);
    c.ref.push(a.ref);
    c.section.push(a.section === null ? null : indexOf(sectionIndex, sections, a.section));
    c.action.push(actionWords(a.action));
    c.dueKind.push(a.due.kind);
    c.dueStart.push(a.due.start);
    c.dueEnd.push(a.due.end);
    c.status.push(a.status);
    c.ragGiven.push(staff.has(i) ? staff.get(i)! : a.rag.given);
    c.ragComputed.push(a.rag.computed);
    c.updated.push(result.details[i]?.latestUpdateDate ?? null);
    c.progress.push(a.progress.trim() ? fingerprint(a.progress) : null);
  });
  const record: PlanRecord = { asOf: result.report.asOf, sheets, sections, actions: c };
  records.set(result, record);
  return record;
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
