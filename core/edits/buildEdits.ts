import type { Grid } from '../grid/grid';
import type { CheckResult } from '../report/checkTypes';
import type { WorkbookEdits } from './editTypes';
import { buildCarryOverSheet } from './carryOverSheet';
import { buildIssuesSheet } from './issuesSheet';
import { buildRagSummarySheet } from './ragSummarySheet';
import { buildChangesSheet } from './changesSheet';
import { carryOverSheetBase, changesSheetBase, ISSUES_SHEET, placeSheet, RECORD_SHEET, SUMMARY_SHEET } from './sheetNames';
import { buildRecordSheet } from './recordSheet';
import { recordOf } from '../changes/record';
import { nextPeriodLabel } from '../view/planSummary';

/**
 * The sheets PlanCheck writes on every run (Plan issues, RAG summary, Carry-over, Changes since
 * the last check where there was one, and the hidden record of this check), each replacing its
 * own sheet from an earlier run and never a sheet of the user's.
 *
 * @example
 * const grid = { sheets: [{ name: 'Plan', values: [
 *   ['Business Plan 2018-19'], [],
 *   ['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'],
 *   ['1.1', 'Publish the annual report', 'Board manager', 'March 2019', 'Draft with the chair', 'Green'],
 *   ['1.2', 'Audit of case files', '', 'December 2018', 'Not started', 'Green'],
 * ] }] }
 * const result = checkWorkbook(grid, { asOf: '2019-03-01' })
 * buildEdits(grid, result).sheets.map((s) => s.name) //=> ['Plan issues', 'RAG summary', 'Carry-over 2019-20', 'PlanCheck record']
 */
export function buildEdits(grid: Grid, result: CheckResult): WorkbookEdits {
  const issues = placeSheet(grid, 'issues', ISSUES_SHEET);
  const summary = placeSheet(grid, 'summary', SUMMARY_SHEET, [issues.name]);
  const carryOver = placeSheet(grid, 'carry-over', carryOverSheetBase(nextPeriodLabel(result)), [issues.name, summary.name]);
  const taken = [issues.name, summary.name, carryOver.name];
  const changes = result.report.changes;
  const record = placeSheet(grid, 'record', RECORD_SHEET, taken);
  const changesPlace = placeSheet(grid, 'changes', changesSheetBase(changes?.since ?? ''), [...taken, record.name]);
  return {
    sheets: [
      buildIssuesSheet(grid, result, issues),
      buildRagSummarySheet(result, summary, { carryOverSheet: carryOver.name, fileName: grid.fileName }),
      buildCarryOverSheet(result, carryOver),
      // what this check read, for the next one to compare with (PRODUCT §7a); before the Changes
      // sheet, which a first run does not write: a host that keeps its sheets in place then adds
      // that one last, where the command line's copy has it too
      buildRecordSheet(recordOf(grid, result), record),
      ...(changes ? [buildChangesSheet(result, changes, changesPlace)] : []),
    ],
    // with nothing to compare with, an earlier run's Changes sheet no longer says anything true
    deleteSheets: changes ? [] : changesPlace.replaces,
    planCells: [],
    ...(result.notes?.length ? { messages: [...result.notes] } : {}),
  };
}

/**
 * One batch from several: sheets, deletions, plan cell changes and messages in order.
 *
 * @example
 * const a = { sheets: [], deleteSheets: ['Old'], planCells: [], messages: ['first'] }
 * const b = { sheets: [], deleteSheets: [], planCells: [{ sheet: 'Plan', cell: 'F5', value: 'Red' }], messages: ['second'] }
 * mergeEdits(a, b) //=> { sheets: [], deleteSheets: ['Old'], planCells: [{ sheet: 'Plan', cell: 'F5', value: 'Red' }], messages: ['first', 'second'] }
 */
export function mergeEdits(...parts: WorkbookEdits[]): WorkbookEdits {
  const messages = parts.flatMap((p) => p.messages ?? []);
  return {
    sheets: parts.flatMap((p) => p.sheets),
    deleteSheets: parts.flatMap((p) => p.deleteSheets),
    planCells: parts.flatMap((p) => p.planCells),
    ...(messages.length ? { messages } : {}),
  };
}
