import type { Change, Changes, Reading } from '../report/reportSchema';
import { CHANGE_KINDS, type ChangeKind } from '../report/changeKinds';
import { compareIso, daysBetween } from '../dates/isoDate';
import type { Status } from '../status/statusTypes';
import { matchActions } from './matchActions';
import { PlanRecord, RecordedAction, recordedAction } from './record';

/**
 * What changed between two checks of a plan (PRODUCT §7a): the actions matched across the
 * versions (matchActions), then, for each pair, every change of the table; an action with no
 * counterpart is `new` or `dropped`. One action can show several changes (it slipped and got worse).
 *
 * @example
 * const grid = { sheets: [{ name: 'Plan', values: [
 *   ['Business Plan 2018-19'], [],
 *   ['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'],
 *   ['1.1', 'Publish the annual report', 'Board manager', 'March 2019', 'Draft with the chair', 'Green'],
 *   ['1.2', 'Audit of case files', '', 'December 2018', 'Not started', 'Green'],
 * ] }] }
 * const result = checkWorkbook(grid, { asOf: '2019-03-01' })
 * const later = { sheets: [{ name: 'Plan', values: grid.sheets[0].values.map((row, i) => (i === 4 ? ['1.2', 'Audit of case files', '', 'June 2019', 'Audit completed', 'Green'] : row)) }] }
 * const changes = compareRecords(recordOf(grid, result), recordOf(later, checkWorkbook(later, { asOf: '2019-06-01' })))
 * changes.counts.completed //=> 1
 * changes.items.find((c) => c.change === 'slipped').ref //=> '1.2'
 */
export function compareRecords(before: PlanRecord, after: PlanRecord, from = 'record'): Changes {
  const match = matchActions(before, after);
  // time has passed since the last check: only then is an unchanged progress text "not updated"
  const timePassed = compareIso(after.asOf, before.asOf) > 0;
  const items: Change[] = [];
  const matched = new Uint8Array(before.actions.sheet.length);
  for (let j = 0; j < match.length; j++) {
    const i = match[j]!;
    if (i < 0) {
      const a = recordedAction(after, j);
      items.push(item('new', a, null, a));
      continue;
    }
    matched[i] = 1;
    changesOf(before, i, after, j, timePassed, items);
  }
  matched.forEach((m, i) => {
    if (m) return;
    const b = recordedAction(before, i);
    items.push(item('dropped', b, b, null));
  });
  return { since: before.asOf, from, counts: countsOf(items), items: sortChanges(items, after, before) };
}

const RANK: Partial<Record<Status, number>> = { 'on-track': 0, 'at-risk': 1, 'off-track': 2 };

/**
 * The changes of one matched pair (before's action i, after's action j), added to `found`; read
 * from the columns, so the many actions that did not change cost no object.
 */
function changesOf(before: PlanRecord, i: number, after: PlanRecord, j: number, timePassed: boolean, found: Change[]): void {
  const b = before.actions;
  const a = after.actions;
  let pair: [RecordedAction, RecordedAction] | undefined;
  const add = (change: ChangeKind, extra: Partial<Change> = {}) => {
    pair ??= [recordedAction(before, i), recordedAction(after, j)];
    found.push({ ...item(change, pair[1], pair[0], pair[1]), ...extra });
  };
  const [statusBefore, statusAfter] = [b.status[i]!, a.status[j]!];
  if (statusAfter === 'complete' && statusBefore !== 'complete') add('completed');
  const [endBefore, endAfter] = [b.dueEnd[i]!, a.dueEnd[j]!];
  if (endAfter && endBefore && endAfter !== endBefore) {
    const days = daysBetween(endBefore, endAfter);
    if (days > 0) add('slipped', { days });
    else add('brought-forward', { days: -days });
  }
  const rankBefore = RANK[statusBefore];
  const rankAfter = RANK[statusAfter];
  if (rankBefore !== undefined && rankAfter !== undefined && rankBefore !== rankAfter) add(rankAfter > rankBefore ? 'worse' : 'better');
  if (statusAfter === 'carried-over' && statusBefore !== 'carried-over') add('carried');
  const [progressBefore, progressAfter] = [b.progress[i]!, a.progress[j]!];
  if (progressAfter !== null && progressAfter !== progressBefore) add('updated');
  else if (progressAfter === progressBefore && statusAfter !== 'complete' && timePassed) add('not-updated');
  if (a.ragGiven[j] !== b.ragGiven[i]) add('rag-changed');
}

function item(change: ChangeKind, where: RecordedAction, before: RecordedAction | null, after: RecordedAction | null): Change {
  return {
    change,
    sheet: where.sheet,
    row: where.row,
    ref: where.ref,
    section: where.section,
    action: where.action,
    before: before && readingOf(before),
    after: after && readingOf(after),
  };
}

function readingOf(a: RecordedAction): Reading {
  return { sheet: a.sheet, row: a.row, ref: a.ref, due: { ...a.due }, status: a.status, rag: { ...a.rag }, updated: a.updated };
}

export function countsOf(items: readonly Change[]): Record<ChangeKind, number> {
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const i of items) counts[i.change]++;
  return counts;
}

/** By change (in the order of §7a's table), then section in plan order, then where the row is. */
function sortChanges(items: Change[], now: PlanRecord, old: PlanRecord): Change[] {
  const kindOrder = new Map(CHANGE_KINDS.map((k, i) => [k, i]));
  const sectionOrder = new Map<string, number>();
  const sheetOrder = new Map<string, number>();
  for (const r of [now, old]) {
    const { sheet, section } = r.actions;
    for (let i = 0; i < sheet.length; i++) {
      const s = section[i]!;
      const name = s === null ? '' : r.sections[s]!;
      if (!sectionOrder.has(name)) sectionOrder.set(name, sectionOrder.size);
      const sheetName = r.sheets[sheet[i]!]!;
      if (!sheetOrder.has(sheetName)) sheetOrder.set(sheetName, sheetOrder.size);
    }
  }
  return items
    .map((c, index) => ({ c, index }))
    .sort(
      (x, y) =>
        kindOrder.get(x.c.change)! - kindOrder.get(y.c.change)! ||
        sectionOrder.get(x.c.section ?? '')! - sectionOrder.get(y.c.section ?? '')! ||
        sheetOrder.get(x.c.sheet)! - sheetOrder.get(y.c.sheet)! ||
        x.c.row - y.c.row ||
        x.index - y.index,
    )
    .map((x) => x.c);
}
