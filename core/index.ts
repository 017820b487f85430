/** PlanCheck's core: pure TypeScript, no host APIs. Hosts read a Grid, call these, apply the edits. */
export type { Grid, GridSheet, CellValue, MergedArea } from './grid/grid';
export type { Settings, SettingsInput } from './settings/settings';
export type { Report, ActionReport, Issue, Due } from './report/reportSchema';
export type { CheckResult, ActionDetail, RagCell } from './report/checkTypes';
export type { WorkbookEdits, SheetEdit, OutCell, ChartSpec, PlanCellEdit, CellLink } from './edits/editTypes';
export type { RagScheme, RagLabel } from './rag/schemeSchema';
export { reportSchema } from './report/reportSchema';
export { parseSettings } from './settings/parseSettings';
export { checkWorkbook } from './check/checkWorkbook';
export { a1, parseA1, columnLetters } from './grid/address';
export { isCellError, isNotCalculated, NOT_CALCULATED } from './grid/grid';
export { paneModel, textColourOn } from './view/paneModel';
export type { PaneModel, PaneIssue, PaneLooksComplete } from './view/paneModel';
export { LOOKS_COMPLETE_HEADING } from './view/paneModel';
export type { SincePanel, SinceItem } from './view/sincePanel';
export type { Changes, Change, ChangeKind, Reading } from './report/reportSchema';
// What PlanCheck writes (issue 4): its own sheets, Apply RAG / Undo apply, and the text rule hosts follow
export {
  buildEdits, mergeEdits, applyRagEdits, undoApplyEdits, cellNumberFormat, isFormulaLike, TEXT_FORMAT, MAX_CELL_TEXT, summarisePlan,
} from './edits';
export { findPlanCheckSheets, isPlanCheckSheet, planCheckKind } from './grid/marker';
export type { PlanCheckSheetKind, PlanCheckSheet } from './grid/marker';
export type { PlanSummary } from './edits';
