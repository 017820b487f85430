/** What PlanCheck writes: its own sheets, Apply RAG and Undo apply, as host-neutral edits. */
export { buildEdits, mergeEdits } from './buildEdits';
export { applyRagEdits, undoApplyEdits } from './applyRag';
export { UNDO_HEADER } from '../grid/undoRecord';
export { buildIssuesSheet, ISSUES_HEADER, ISSUES_HEADER_ROW } from './issuesSheet';
export { buildRagSummarySheet } from './ragSummarySheet';
export { buildCarryOverSheet, CARRY_OVER_HEADER, CARRY_OVER_HEADER_ROW } from './carryOverSheet';
export { markerRows } from './markerRows';
export { placeSheet, safeSheetName, ISSUES_SHEET, SUMMARY_SHEET, UNDO_SHEET, MAX_SHEET_NAME } from './sheetNames';
export { isFormulaLike, cellNumberFormat, firstWords, MAX_CELL_TEXT, TEXT_FORMAT } from './safeText';
export { summarisePlan, NOT_ASSESSED, NOT_ASSESSED_COLOUR } from '../view/planSummary';
export type { PlanSummary, RagColumn, TallyRow, LateAction, CarryOverAction } from '../view/planSummary';
