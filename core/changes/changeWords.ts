import type { Change, Changes, Reading } from '../report/reportSchema';
import { CHANGE_KINDS, type ChangeKind } from '../report/changeKinds';
import { describeDue } from '../dates/describeDue';

/** How each change is named wherever PlanCheck shows it (sheet, HTML report, panes, terminal). */
export const CHANGE_LABELS: Record<ChangeKind, string> = {
  completed: 'Completed',
  slipped: 'Slipped',
  'brought-forward': 'Brought forward',
  worse: 'Worse',
  better: 'Better',
  carried: 'Carried over',
  updated: 'Updated',
  'not-updated': 'Not updated',
  'rag-changed': 'RAG changed',
  new: 'New',
  dropped: 'Dropped',
};

const STATUS_WORDS: Record<Reading['status'], string> = {
  complete: 'complete',
  'carried-over': 'carried over',
  'on-track': 'on track',
  'at-risk': 'at risk',
  'off-track': 'off track',
  'not-assessed': 'not assessed',
};

/** The counts per change that are not zero, in the table's order. */
export function changeCounts(changes: Changes): { change: ChangeKind; label: string; count: number }[] {
  return CHANGE_KINDS.filter((k) => changes.counts[k] > 0).map((k) => ({ change: k, label: CHANGE_LABELS[k], count: changes.counts[k] }));
}

/** One line: "12 changes since 2018-12-01: Completed 3 · Slipped 2 …", or that nothing changed. */
export function changesLine(changes: Changes): string {
  const n = changes.items.length;
  if (n === 0) return `No changes since the check of ${changes.since}.`;
  return `${n} change${n === 1 ? '' : 's'} since the check of ${changes.since}: ${changeCounts(changes).map((c) => `${c.label} ${c.count}`).join(' · ')}.`;
}

/** What the change was, before and after, in words ("March 2019" → "June 2019"). */
export function changeWords(c: Change): { before: string; after: string } {
  const side = (r: Reading | null) => {
    if (!r) return '';
    switch (c.change) {
      case 'slipped':
      case 'brought-forward':
        return describeDue({ text: '', ...r.due });
      case 'updated':
      case 'not-updated':
        return r.updated ? `update of ${r.updated}` : 'progress text';
      case 'rag-changed':
        return r.rag.given ?? 'none given';
      default:
        return STATUS_WORDS[r.status];
    }
  };
  const before = side(c.before);
  let after = side(c.after);
  if (c.change === 'updated' && c.before && c.after && c.before.updated === c.after.updated) after = 'progress text changed';
  if (c.change === 'not-updated') after = 'the same text';
  return { before, after };
}

/** The change in one phrase: "March 2019 → June 2019 (91 days)", or the one side there is ("on track" for a new action). */
export function changeDetail(c: Change): string {
  const w = changeWords(c);
  const moved = w.before && w.after ? `${w.before} → ${w.after}` : w.before || w.after;
  return [moved, c.days !== undefined ? `(${c.days} days)` : ''].filter(Boolean).join(' ');
}
