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

/**
 * The counts per change that are not zero, in the table's order.
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
 * changeCounts(changes).map((c) => `${c.label} ${c.count}`) //=> ['Completed 1', 'Slipped 1', 'Carried over 1', 'Updated 1', 'Not updated 1']
 */
export function changeCounts(changes: Changes): { change: ChangeKind; label: string; count: number }[] {
  return CHANGE_KINDS.filter((k) => changes.counts[k] > 0).map((k) => ({ change: k, label: CHANGE_LABELS[k], count: changes.counts[k] }));
}

/** One line: "12 changes since 2018-12-01: Completed 3 · Slipped 2 …", or that nothing changed. */
export function changesLine(changes: Changes): string {
  const n = changes.items.length;
  if (n === 0) return `No changes since the check of ${changes.since}.`;
  return `${n} change${n === 1 ? '' : 's'} since the check of ${changes.since}: ${changeCounts(changes).map((c) => `${c.label} ${c.count}`).join(' · ')}.`;
}

/**
 * What the change was, before and after, in words ("March 2019" → "June 2019").
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
 * changeWords(changes.items.find((c) => c.change === 'completed')) //=> { before: 'off track', after: 'complete' }
 */
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

/**
 * The change in one phrase: "March 2019 → June 2019 (91 days)", or the one side there is ("on track" for a new action).
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
 * changeDetail(changes.items.find((c) => c.change === 'slipped')) //=> 'December 2018 → June 2019 (181 days)'
 */
export function changeDetail(c: Change): string {
  const w = changeWords(c);
  const moved = w.before && w.after ? `${w.before} → ${w.after}` : w.before || w.after;
  return [moved, c.days !== undefined ? `(${c.days} days)` : ''].filter(Boolean).join(' ');
}
