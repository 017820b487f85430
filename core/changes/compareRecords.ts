import type { Change, Changes, Reading } from '../report/reportSchema';
import { CHANGE_KINDS, type ChangeKind } from '../report/changeKinds';
import { compareIso, daysBetween } from '../dates/isoDate';
import type { Status } from '../status/statusTypes';
import { matchActions } from './matchActions';
import { PlanRecord, RecordedAction, unpackRecord } from './record';

/**
 * What changed between two checks of a plan (PRODUCT §7a): the actions matched across the
 * versions (matchActions), then, for each pair, every change of the table; an action with no
 * counterpart is `new` or `dropped`. One action can show several changes (it slipped and got worse).
 */
export function compareRecords(before: PlanRecord, after: PlanRecord, from = 'record'): Changes {
  const old = unpackRecord(before);
  const now = unpackRecord(after);
  const match = matchActions(old, now);
  // time has passed since the last check: only then is an unchanged progress text "not updated"
  const timePassed = compareIso(after.asOf, before.asOf) > 0;
  const items: Change[] = [];
  const matched = new Uint8Array(old.length);
  now.forEach((a, j) => {
    const i = match[j]!;
    if (i < 0) {
      items.push(item('new', a, null, a));
      return;
    }
    matched[i] = 1;
    items.push(...changesOf(old[i]!, a, timePassed));
  });
  old.forEach((b, i) => {
    if (!matched[i]) items.push(item('dropped', b, b, null));
  });
  return { since: before.asOf, from, counts: countsOf(items), items: sortChanges(items, now, old) };
}

const RANK: Partial<Record<Status, number>> = { 'on-track': 0, 'at-risk': 1, 'off-track': 2 };

function changesOf(b: RecordedAction, a: RecordedAction, timePassed: boolean): Change[] {
  const found: Change[] = [];
  const add = (change: ChangeKind, extra: Partial<Change> = {}) => found.push({ ...item(change, a, b, a), ...extra });
  if (a.status === 'complete' && b.status !== 'complete') add('completed');
  if (a.due.end && b.due.end && a.due.end !== b.due.end) {
    const days = daysBetween(b.due.end, a.due.end);
    if (days > 0) add('slipped', { days });
    else add('brought-forward', { days: -days });
  }
  const rankBefore = RANK[b.status];
  const rankAfter = RANK[a.status];
  if (rankBefore !== undefined && rankAfter !== undefined && rankBefore !== rankAfter) add(rankAfter > rankBefore ? 'worse' : 'better');
  if (a.status === 'carried-over' && b.status !== 'carried-over') add('carried');
  if (a.progress !== null && a.progress !== b.progress) add('updated');
  else if (a.progress === b.progress && a.status !== 'complete' && timePassed) add('not-updated');
  if (a.rag.given !== b.rag.given) add('rag-changed');
  return found;
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
function sortChanges(items: Change[], now: RecordedAction[], old: RecordedAction[]): Change[] {
  const kindOrder = new Map(CHANGE_KINDS.map((k, i) => [k, i]));
  const sectionOrder = new Map<string, number>();
  const sheetOrder = new Map<string, number>();
  for (const a of [...now, ...old]) {
    if (!sectionOrder.has(a.section ?? '')) sectionOrder.set(a.section ?? '', sectionOrder.size);
    if (!sheetOrder.has(a.sheet)) sheetOrder.set(a.sheet, sheetOrder.size);
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
