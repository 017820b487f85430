import type { Grid } from '../grid/grid';
import type { CheckResult } from '../report/checkTypes';
import type { WorkbookEdits } from './editTypes';
import { buildCarryOverSheet } from './carryOverSheet';
import { buildIssuesSheet } from './issuesSheet';
import { buildRagSummarySheet } from './ragSummarySheet';
import { carryOverSheetBase, ISSUES_SHEET, placeSheet, SUMMARY_SHEET } from './sheetNames';
import { nextPeriodLabel } from './summaryData';

/**
 * The three sheets PlanCheck writes on every run (Plan issues, RAG summary, Carry-over),
 * each replacing its own sheet from an earlier run and never a sheet of the user's.
 */
export function buildEdits(grid: Grid, result: CheckResult): WorkbookEdits {
  const issues = placeSheet(grid, 'issues', ISSUES_SHEET);
  const summary = placeSheet(grid, 'summary', SUMMARY_SHEET, [issues.name]);
  const carryOver = placeSheet(grid, 'carry-over', carryOverSheetBase(nextPeriodLabel(result)), [issues.name, summary.name]);
  return {
    sheets: [
      buildIssuesSheet(grid, result, issues),
      buildRagSummarySheet(result, summary, { carryOverSheet: carryOver.name, fileName: grid.fileName }),
      buildCarryOverSheet(result, carryOver),
    ],
    deleteSheets: [],
    planCells: [],
  };
}

/** One batch from several: sheets, deletions, plan cell changes and messages in order. */
export function mergeEdits(...parts: WorkbookEdits[]): WorkbookEdits {
  const messages = parts.flatMap((p) => p.messages ?? []);
  return {
    sheets: parts.flatMap((p) => p.sheets),
    deleteSheets: parts.flatMap((p) => p.deleteSheets),
    planCells: parts.flatMap((p) => p.planCells),
    ...(messages.length ? { messages } : {}),
  };
}
