/** PlanCheck's core: pure TypeScript, no host APIs. Hosts read a Grid, call these, apply the edits. */
export type { Grid, GridSheet, CellValue, MergedArea } from './grid/grid';
export type { Settings, SettingsInput } from './settings/settings';
export type { Report, ActionReport, Issue, Due } from './report/reportSchema';
export type { CheckResult, ActionDetail, RagCell } from './report/checkTypes';
export type { WorkbookEdits, SheetEdit, OutCell, ChartSpec, PlanCellEdit, CellLink } from './edits/editTypes';
export type { RagScheme, RagLabel } from './rag/schemeSchema';
export { ragSchemeSchema } from './rag/schemeSchema';
export { PlanCheckError } from './errors';
export { parseSettings, resolveSettings } from './settings/parseSettings';
export { SETTINGS_KEY, savedSettings } from './settings/settingsKey';
export { checkWorkbook, unreadableFileReport } from './check/checkWorkbook';
export { a1, parseA1, columnLetters, quoteSheetName, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from './grid/address';
export { cellText, isCellError, isNotCalculated, NOT_CALCULATED } from './grid/grid';
export { paneModel } from './view/paneModel';
export type { PaneModel, PaneIssue, PaneLooksComplete } from './view/paneModel';
export { LOOKS_COMPLETE_HEADING } from './view/paneModel';
export { appliedCells, nothingToApply, restoredCells } from './view/runSentences';
export type { SincePanel, SinceItem } from './view/sincePanel';
export type { Changes, Change, ChangeKind, Reading } from './report/reportSchema';
// What PlanCheck writes (issue 4): its own sheets, Apply RAG / Undo apply, and the text rule hosts follow
export {
  buildEdits, mergeEdits, applyRagEdits, undoApplyEdits, cellNumberFormat, isFormulaLike, TEXT_FORMAT, MAX_CELL_TEXT, summarisePlan,
} from './edits';
export { findPlanCheckSheets, isPlanCheckSheet, planCheckKind, writtenReportingDate } from './grid/marker';
export type { PlanCheckSheetKind, PlanCheckSheet } from './grid/marker';
export type { PlanSummary } from './edits';
// The plain tables and small rules (also the lighter face core/basics.ts); the report's zod schemas are in core/contract.ts
export * from './basics';
// What the hosts use besides the check itself (the readers, the writers, the HTML report)
export { compareRecords, readRecord, recordOf, setChangesSince } from './changes';
export { CHANGE_LABELS, changeCounts, changeDetail, changeWords } from './changes/changeWords';
export { LOOKS_COMPLETE, looksCompleteNote } from './edits/ragSummarySheet';
export { shorten } from './edits/safeText';
export { safeSheetName } from './edits/sheetNames';
export type { PlanDigest } from './portfolio/planDigest';
export { digestPlan, unreadablePlan } from './portfolio/planDigest';
export { portfolioPlanSheet, portfolioWorkbookEdits } from './portfolio/portfolioSheets';
export type { Portfolio, PortfolioPlan } from './portfolio/portfolioSummary';
export { summarisePortfolio } from './portfolio/portfolioSummary';
export { longDate } from './view/longDate';
export type { RagColumn, TallyRow } from './view/planSummary';
export { NOT_ASSESSED_COLOUR, share } from './view/planSummary';
