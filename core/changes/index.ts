/** What changed since the last check (PRODUCT §7a): the record each check keeps, and the comparison. */
import type { Grid } from '../grid/grid';
import type { CheckResult } from '../report/checkTypes';
import type { Changes } from '../report/reportSchema';
import { compareRecords } from './compareRecords';
import { recordOf } from './record';
import { readRecord, RECORD_NOTE_START } from './recordSheet';
import { actionIndexAt } from './actionAt';

export { compareRecords, countsOf } from './compareRecords';
export { matchActions, similarity } from './matchActions';
export { recordOf, recordedAction } from './record';
export { storedRecordSchema, RECORD_VERSION, RECORD_FORMAT } from './recordFormat';
export type { PlanRecord, RecordedAction } from './record';
export { readRecord, recordRows } from './recordSheet';
export type { RecordRead } from './recordSheet';

/**
 * The changes since the record the workbook holds of its last check, put into the report;
 * a record PlanCheck cannot use (damaged, or from a newer PlanCheck) becomes a note instead.
 */
export function addChangesSinceRecord(grid: Grid, result: CheckResult): void {
  const read = readRecord(grid);
  if ('none' in read) return;
  if ('ignored' in read) {
    result.notes = [...(result.notes ?? []), read.ignored];
    return;
  }
  result.report.changes = withActionTexts(compareRecords(read.record, recordOf(grid, result)), result);
}

/**
 * The changes since another version of the plan (`--since OLD`, `compare OLD NEW`), in place of the record's.
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
 * const now = checkWorkbook(later, { asOf: '2019-06-01' })
 * setChangesSince(now, changes)
 * now.report.changes.since //=> '2019-03-01'
 */
export function setChangesSince(result: CheckResult, changes: Changes): void {
  result.report.changes = withActionTexts(changes, result);
  // a note about the workbook's own record no longer applies: it was not compared with
  result.notes = (result.notes ?? []).filter((n) => !n.startsWith(RECORD_NOTE_START));
}

/** The record keeps an action's first words; a change to an action still in the plan names it in full. */
function withActionTexts(changes: Changes, result: CheckResult): Changes {
  for (const c of changes.items) {
    const i = c.change === 'dropped' ? undefined : actionIndexAt(result, c.sheet, c.row);
    if (i !== undefined) c.action = result.report.actions[i]!.action;
  }
  return changes;
}
