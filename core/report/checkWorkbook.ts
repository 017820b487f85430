import type { Grid, GridSheet } from '../grid/grid';
import { viewOf } from '../grid/sheetView';
import { a1, parseA1 } from '../grid/address';
import { SettingsInput, settingsSchema, todayIso } from '../settings/settings';
import { describeZodError } from '../settings/parseSettings';
import type { CheckResult, ActionDetail } from './checkTypes';
import type { ActionReport, Issue, Report } from './reportSchema';
import { PlanSheet, readPlanSheet } from '../plan/readPlanSheet';
import type { PlanTable } from '../plan/planTable';
import { findPlanPeriod, findScheme } from './periodAndScheme';
import { nextPeriod } from '../dates/planPeriod';
import { assessAction, ResolvedProgress } from './assessAction';
import { makeIssue } from './issueBuilder';
import { summarise } from './summary';
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

  const candidates = sheetsToCheck(grid, settings.sheet);
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
    sheet.tables.forEach((t) => tableIssues.push(...missingColumns(sheet.sheet, t)));
    let lastTable = -1;
    let above: ResolvedProgress | null = null;
    let refs = new Map<string, string>();
    for (const raw of sheet.actions) {
      if (raw.tableIndex !== lastTable) {
        lastTable = raw.tableIndex;
        above = null;
        refs = new Map();
      }
      const a = assessAction(raw, ctx, above);
      above = a.progress;
      if (raw.ref && !raw.isSubAction) {
        const first = refs.get(raw.ref);
        const refCell = raw.table.ref !== null ? a1(raw.row, raw.table.ref) : raw.actionCell;
        if (first) a.report.issues.push(makeIssue('duplicate-ref', { sheet: raw.sheet, cell: refCell, ref: raw.ref }, { ref: raw.ref, first }));
        else refs.set(raw.ref, refCell);
      }
      actions.push(a.report);
      details.push(a.detail);
    }
  }

  const noTable = noTableIssues(grid, settings.sheet, planSheets, tableless);
  const issues = sortIssues([...noTable, ...tableIssues, ...actions.flatMap((a) => a.issues)], grid);
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

function sheetsToCheck(grid: Grid, only: string | undefined): GridSheet[] {
  const own = grid.sheets.filter((s) => !isPlanCheckSheet(s));
  if (!only) return own;
  const match = own.find((s) => s.name === only) ?? own.find((s) => s.name.toLowerCase() === only.trim().toLowerCase());
  if (!match) {
    const names = own.map((s) => `"${s.name}"`).join(', ') || 'none';
    throw new PlanCheckError(`no sheet named "${only}" in this workbook; its sheets are: ${names}`);
  }
  return [match];
}

function noTableIssues(grid: Grid, only: string | undefined, planSheets: PlanSheet[], tableless: GridSheet[]): Issue[] {
  if (only) return tableless.map((s) => makeIssue('no-plan-table', { sheet: s.name, cell: null }, { sheet: s.name }));
  if (planSheets.length) return [];
  const first = grid.sheets.find((s) => !isPlanCheckSheet(s));
  const name = first?.name ?? '(no sheets)';
  return [makeIssue('no-plan-table', { sheet: first ? name : null, cell: null }, { sheet: name })];
}

const MISSING: { role: 'owner' | 'due' | 'progress'; column: string; consequence: string; suggestion: string }[] = [
  { role: 'owner', column: 'lead (who responsible)', consequence: 'no action can be checked for a lead', suggestion: 'Lead' },
  { role: 'due', column: 'due date', consequence: 'no action can be rated by date', suggestion: 'Date for completion' },
  { role: 'progress', column: 'progress', consequence: 'late actions cannot be checked for an update', suggestion: 'Progress' },
];

function missingColumns(sheet: string, t: PlanTable): Issue[] {
  return MISSING.filter((m) => (m.role === 'progress' ? t.progress.length === 0 : t[m.role] === null)).map((m) =>
    makeIssue('missing-column', { sheet, cell: a1(t.headerRow, t.firstColumn) }, { row: t.headerRow, ...m }),
  );
}

function sortIssues(issues: Issue[], grid: Grid): Issue[] {
  const order = new Map(grid.sheets.map((s, i) => [s.name, i]));
  const pos = (i: Issue) => {
    const at = i.cell ? parseA1(i.cell) : null;
    return [order.get(i.sheet ?? '') ?? -1, at?.row ?? 0, at?.column ?? 0] as const;
  };
  return issues
    .map((issue, index) => ({ issue, index, key: pos(issue) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.index - b.index)
    .map((x) => x.issue);
}
