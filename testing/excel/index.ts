/**
 * A small in-memory double of just the Excel JavaScript API that the PlanCheck host calls,
 * typed against @types/office-js so it cannot drift from the real signatures:
 * plain members are `implements Pick<Excel.X, …>`, navigation methods take Excel's own
 * parameter lists (`Nav<Excel.X['method'], Double>`) and return the double's objects.
 * One file per API object (range.ts, worksheet.ts, chart.ts …), each class named Double*;
 * this file is the face the tests and tools import.
 *
 * It keeps the proxy discipline of the real API:
 * - reading a property that was not loaded, or before the `context.sync()` after `load`,
 *   throws PropertyNotLoaded;
 * - writes and method calls are queued and applied, in order, at `sync()`; a failing
 *   operation rejects the sync with a RichApi-style error (`code`), earlier ones stay applied;
 * - each sync's request and response are sized as JSON, and one over Office's 5 MB limit
 *   is refused with RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded — or,
 *   as Excel on the web does for some oversized writes, GeneralException (office-js#1314) —
 *   before any of its operations runs;
 * - a batch fails with InvalidOperationInCellEditMode while the user is typing in a cell
 *   unless the run asked for `delayForCellEdit` (then it waits), and with InactiveWorkbook
 *   while another workbook has the focus; deleting a worksheet clears Excel's undo stack;
 * - "No Fill" reads as colour #FFFFFF with a null pattern (office-js#4900, #6218);
 *   getDisplayedCellProperties (ExcelApi 1.19) also shows conditional formats' fills;
 * - charts.add detects series from the source as Excel does: a first column of numbers
 *   is a series, not the categories;
 * - getMergedAreasOrNullObject returns the merged areas whose top-left cell lies in the
 *   range (as real Excel does, OfficeDev/office-js#3611) and fails over 512 areas.
 */
export * from './model';
export { PAYLOAD_LIMIT, DoubleStats, type SyncRecord } from './stats';
export { DoubleOfficeError } from './errors';
export { parseAddress, type Area } from './address';
export { coerceTyped } from './cells';
export { DoubleContext } from './context';
export { DoubleWorkbook, DoubleWorkbookProtection } from './workbook';
export { DoubleWorksheetCollection, DoubleWorksheet, DoubleWorksheetProtection, DoubleFreezePanes, DoubleAutoFilter } from './worksheet';
export { DoubleRange, DoubleRangeFormat, DoubleRangeFill, DoubleRangeFont } from './range';
export { DoubleRangeAreas, DoubleAreaCollection, DoubleLoadedRange } from './rangeAreas';
export { DoubleClientResult } from './clientResult';
export { DoubleChartCollection, DoubleChart, DoubleChartTitle, DoubleChartLegend, DoubleSeriesCollection, DoubleSeries } from './chart';
export { DoubleSettings } from './settings';
export { createExcelGlobal } from './excelNamespace';
export { createOfficeDouble, installOfficeDouble, uninstallOfficeDouble, type OfficeDouble } from './office';
export { modelFromXlsx } from './fromExcelJs';
export { generatePlanSheet, generatePlanWorkbook } from './generatePlan';
