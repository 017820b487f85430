/**
 * Served in place of office.js in the browser test: defines `Office` and `Excel` from the
 * Excel double, on the workbook the test put in `window.__PLANCHECK_WORKBOOK__` before load,
 * and exposes the double as `window.__plancheckDouble` for the test's assertions.
 */
import { createOfficeDouble } from './office';
import { WorkbookJson, newSheet, newWorkbook, workbookFromJson, workbookToJson } from './model';

interface DoubleWindow {
  __PLANCHECK_WORKBOOK__?: WorkbookJson;
  __plancheckDouble?: unknown;
  Office?: unknown;
  Excel?: unknown;
}

const w = window as unknown as DoubleWindow;
const json = w.__PLANCHECK_WORKBOOK__;
const double = createOfficeDouble(json ? workbookFromJson(json) : newWorkbook([newSheet('Sheet1')]));
w.Office = double.Office;
w.Excel = double.Excel;
w.__plancheckDouble = {
  model: double.model,
  stats: double.stats,
  json: () => workbookToJson(double.model()),
};
