import type { Grid, GridSheet } from '../grid/grid';
import { viewOf } from '../grid/sheetView';
import { sortIssues } from '../issues/sortIssues';
import { SettingsInput, settingsSchema, todayIso } from '../settings/settings';
import { describeZodError } from '../settings/parseSettings';
import type { CheckResult, ActionDetail } from '../report/checkTypes';
import type { ActionReport, Issue, Report } from '../report/reportSchema';
import { PlanSheet, readPlanSheet } from '../plan/readPlanSheet';
import { findPlanPeriod, findScheme } from './periodAndScheme';
import { nextPeriod } from '../dates/planPeriod';
import { assessAction, AssessedAction } from './assessAction';
import { runActionChecks, runTableChecks, runWorkbookChecks } from './checks';
import { actionDetail, actionReport } from './actionReport';
import { summarise } from '../report/summary';
import { PlanCheckError } from '../errors';
import { isPlanCheckSheet } from '../grid/marker';
import { addChangesSinceRecord } from '../changes';

/**
 * Checks every plan sheet of a workbook: finds the action tables, reads each action,
 * computes status and RAG, and reports issues (PRODUCT §2–§6).
 *
 * @example
 * const grid = { sheets: [{ name: 'Plan', values: [
 *   ['Business Plan 2018-19'], [],
 *   ['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'],
 *   ['1.1', 'Publish the annual report', 'Board manager', 'March 2019', 'Draft with the chair', 'Green'],
 *   ['1.2', 'Audit of case files', '', 'December 2018', 'Not started', 'Green'],
 * ] }] }
 * const result = checkWorkbook(grid, { asOf: '2019-03-01' })
 * result.report.actions.map((a) => a.status) //=> ['on-track', 'off-track']
 * result.report.actions[1].rag //=> { given: 'Green', computed: 'Red' }
 * result.report.issues.map((i) => `${i.code} ${i.cell}`) //=> ['missing-owner C5', 'rag-mismatch F5']
 */
export function checkWorkbook(grid: Grid, settingsInput: SettingsInput = {}, now: Date = new Date()): CheckResult {
  const parsed = settingsSchema.safeParse(settingsInput);
  if (!parsed.success) throw new PlanCheckError(describeZodError(parsed.error));
  const settings = parsed.data;
  const asOf = settings.asOf ?? todayIso(now);

  const staffSheets = grid.sheets.filter((s) => !isPlanCheckSheet(s));
  const candidates = sheetsToCheck(staffSheets, settings.sheet);
  const planSheets: PlanSheet[] = [];
  const tableless: GridSheet[] = [];
  for (const sheet of candidates) {
    const read = readPlanSheet(viewOf(sheet));
    if (read.tables.length) planSheets.push(read);
    else tableless.push(sheet);
  }

  const period = findPlanPeriod(settings, asOf, planSheets, grid.fileName);
  const { scheme, source: schemeSource } = findScheme(settings, planSheets);
  const ctx = {
    asOf,
    period,
    scheme,
    toleranceDays: settings.toleranceDays,
    stalenessDays: settings.stalenessDays,
    yearStartMonth: settings.yearStartMonth,
    completion: settings.completion,
  };

  const actions: ActionReport[] = [];
  const details: ActionDetail[] = [];
  const tableIssues: Issue[] = [];
  for (const sheet of planSheets) {
    sheet.tables.forEach((table) => tableIssues.push(...runTableChecks({ sheet: sheet.sheet, table })));
    let lastTable = -1;
    let earlier: AssessedAction[] = [];
    for (const raw of sheet.actions) {
      if (raw.tableIndex !== lastTable) {
        lastTable = raw.tableIndex;
        earlier = [];
      }
      const a = assessAction(raw, ctx, earlier[earlier.length - 1]?.progress ?? null);
      actions.push(actionReport(a, runActionChecks(a, { ctx, earlier })));
      details.push(actionDetail(a));
      earlier.push(a);
    }
  }

  const noTable = runWorkbookChecks({ staffSheets, only: settings.sheet, planSheets, tableless });
  const issues = sortIssues([...noTable, ...tableIssues, ...actions.flatMap((a) => a.issues)], grid.sheets);
  const title = planSheets[0]?.titleRows.find((t) => /\b20\d\d\b/.test(t)) ?? planSheets[0]?.titleRows[0] ?? null;
  const report: Report = {
    version: 1,
    file: grid.fileName ?? '',
    title,
    asOf,
    planPeriod: { label: period.label, start: period.start, end: period.end, source: period.source },
    nextPeriod: nextPeriod(period),
    scheme: { name: scheme.name, source: schemeSource, labels: scheme.labels.map((l) => ({ ...l, statuses: [...l.statuses] })) },
    toleranceDays: settings.toleranceDays,
    actions,
    issues,
    summary: summarise(actions, issues, scheme),
  };
  const result: CheckResult = { report, details, scheme };
  addChangesSinceRecord(grid, result);
  return result;
}

function sheetsToCheck(own: GridSheet[], only: string | undefined): GridSheet[] {
  if (!only) return own;
  const match = own.find((s) => s.name === only) ?? own.find((s) => s.name.toLowerCase() === only.trim().toLowerCase());
  if (!match) {
    const names = own.map((s) => `"${s.name}"`).join(', ') || 'none';
    throw new PlanCheckError(`no sheet named "${only}" in this workbook; its sheets are: ${names}`);
  }
  return [match];
}
