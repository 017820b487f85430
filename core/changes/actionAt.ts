import type { CheckResult } from '../report/checkTypes';

/**
 * The index of the action at a sheet and row of a check's report, made once per result (a change
 * names where its action is; the sheet, the panes and the report each look a few of them up).
 */
const indexes = new WeakMap<CheckResult, Map<string, Map<number, number>>>();

export function actionIndexAt(result: CheckResult, sheet: string, row: number): number | undefined {
  let bySheet = indexes.get(result);
  if (!bySheet) {
    bySheet = new Map();
    result.report.actions.forEach((a, i) => {
      let rows = bySheet!.get(a.sheet);
      if (!rows) bySheet!.set(a.sheet, (rows = new Map()));
      if (!rows.has(a.row)) rows.set(a.row, i);
    });
    indexes.set(result, bySheet);
  }
  return bySheet.get(sheet)?.get(row);
}
