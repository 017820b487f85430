import type { ActionReport } from '../report/reportSchema';
import type { ActionDetail, CheckResult } from '../report/checkTypes';
import { longDate } from './longDate';
import { daysBetween } from '../dates/isoDate';
import { collapseSpaces } from '../text/cleanText';
import { nextPeriod as periodAfter } from '../dates/planPeriod';

/**
 * The board's numbers, worked out once from a check result and drawn twice: in the
 * RAG summary sheet and in the HTML report.
 */
import { NOT_ASSESSED } from '../rag/notAssessed';
export { NOT_ASSESSED, NOT_ASSESSED_COLOUR } from '../rag/notAssessed';

export interface RagColumn {
  label: string;
  /** The scheme's colour; null for "Not assessed". */
  colour: string | null;
}

export interface TallyRow {
  name: string;
  /** One count per RAG column. */
  counts: number[];
  total: number;
  complete: number;
  /** At risk or off track. */
  late: number;
  carriedOver: number;
}

/** Where an action sits in the plan, for a link back to it. */
export interface SourceCell {
  sheet: string;
  cell: string;
}

export interface LateAction {
  ref: string;
  action: string;
  owner: string;
  due: string;
  daysLate: number | null;
  rag: RagColumn;
  latestUpdate: string;
  source: SourceCell;
}

/** A not-complete action whose latest update reads as done (§5.1a): staff may mark it Complete. */
export interface LooksCompleteAction {
  ref: string;
  action: string;
  owner: string;
  /** The decisive words of the update, as written. */
  words: string;
  /** The latest entry's date (YYYY-MM or YYYY-MM-DD), where the cell is a dated log. */
  entry: string | null;
  /** The progress cell, where staff would write Complete. */
  source: SourceCell;
}

export interface CarryOverAction {
  ref: string;
  action: string;
  owner: string;
  due: string;
  reason: string;
  source: SourceCell;
}

export interface PlanSummary {
  title: string;
  period: string;
  asOf: string;
  scheme: string;
  nextPeriodLabel: string;
  actionCount: number;
  columns: RagColumn[];
  /** Per RAG column, over all actions. */
  totals: number[];
  completeCount: number;
  bySection: TallyRow[];
  byLead: TallyRow[];
  /** Per plan sheet, in the workbook's order (one row where the plan is on one sheet). */
  bySheet: TallyRow[];
  late: LateAction[];
  carryOver: CarryOverAction[];
  looksComplete: LooksCompleteAction[];
}

export const NO_SECTION = '(no section)';
export const NO_LEAD = '(no lead named)';
export const DUE_AFTER_PERIOD = 'due after the plan period';

const SCHEME_SOURCES: Record<string, string> = {
  setting: 'as set for this run',
  'workbook-key': "read from the workbook's RAG key",
  default: "PlanCheck's default",
};

/**
 * The board's view of a check, drawn in the RAG summary sheet and the HTML report: totals by
 * RAG, by section and by lead, what is late, and what carries over.
 *
 * @example
 * const grid = { sheets: [{ name: 'Plan', values: [
 *   ['Business Plan 2018-19'], [],
 *   ['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'],
 *   ['1.1', 'Publish the annual report', 'Board manager', 'March 2019', 'Draft with the chair', 'Green'],
 *   ['1.2', 'Audit of case files', '', 'December 2018', 'Not started', 'Green'],
 * ] }] }
 * const result = checkWorkbook(grid, { asOf: '2019-03-01' })
 * const summary = summarisePlan(result)
 * summary.period //=> '2018-19 (1 April 2018 – 31 March 2019)'
 * summary.columns.map((c) => c.label) //=> ['Green', 'Amber', 'Red', 'Grey', 'Blue', 'Not assessed']
 * summary.totals //=> [1, 0, 1, 0, 0, 0]
 */
export function summarisePlan(result: CheckResult, fileName?: string): PlanSummary {
  const { report } = result;
  const columns = ragColumns(result);
  const rows = report.actions.map((a, i) => ({ action: a, detail: result.details[i] }));
  const column = (a: ActionReport) => columnIndex(columns, a.rag.computed);
  return {
    title: planTitle(result, fileName),
    period: `${report.planPeriod.label} (${longDate(report.planPeriod.start)} – ${longDate(report.planPeriod.end)})`,
    asOf: longDate(report.asOf),
    scheme: `${report.scheme.name} (${SCHEME_SOURCES[report.scheme.source] ?? report.scheme.source})`,
    nextPeriodLabel: nextPeriodLabel(result),
    actionCount: report.actions.length,
    columns,
    totals: columns.map((_, c) => report.actions.filter((a) => column(a) === c).length),
    completeCount: report.actions.filter((a) => a.status === 'complete').length,
    bySection: tally(report.actions, (a) => a.section, NO_SECTION, column, columns.length, false),
    byLead: tally(report.actions, (a) => a.owner, NO_LEAD, column, columns.length, true),
    bySheet: tally(report.actions, (a) => a.sheet, NO_SECTION, column, columns.length, false),
    late: rows.filter((r) => isLate(r.action)).map((r) => lateAction(r.action, r.detail, columns, report.asOf)).sort(byDaysLate),
    carryOver: rows.filter((r) => r.action.status === 'carried-over').map((r) => carryOverAction(r.action, r.detail)),
    looksComplete: rows.flatMap((r) => looksCompleteAction(r.action, r.detail)),
  };
}

export function planTitle(result: CheckResult, fileName?: string): string {
  const title = result.report.title?.trim();
  if (title) return title;
  const file = result.report.file || fileName || 'Plan';
  return file.replace(/\.(xlsx|xlsm|xls|csv)$/i, '');
}

export function nextPeriodLabel(result: CheckResult): string {
  const { planPeriod, nextPeriod } = result.report;
  return (nextPeriod ?? periodAfter(planPeriod)).label;
}

/** The scheme's labels in its order, any other computed label seen, then "Not assessed". */
export function ragColumns(result: CheckResult): RagColumn[] {
  const columns: RagColumn[] = result.scheme.labels.map((l) => ({ label: l.label, colour: l.colour.toUpperCase() }));
  for (const a of result.report.actions) {
    const label = a.rag.computed;
    if (label !== null && columnIndex(columns, label) < 0) columns.push({ label, colour: null });
  }
  columns.push({ label: NOT_ASSESSED, colour: null });
  return columns;
}

function columnIndex(columns: RagColumn[], label: string | null): number {
  if (label === null) return columns.findIndex((c) => c.label === NOT_ASSESSED && c.colour === null);
  return columns.findIndex((c) => c.label.toLowerCase() === label.toLowerCase());
}

/** Rows in order of first appearance (sections) or by name (leads); names grouped regardless of case and spacing. */
function tally(
  actions: ActionReport[],
  keyOf: (a: ActionReport) => string | null,
  none: string,
  column: (a: ActionReport) => number,
  width: number,
  sortByName: boolean,
): TallyRow[] {
  const rows = new Map<string, TallyRow>();
  for (const a of actions) {
    const raw = keyOf(a);
    const name = (raw === null ? '' : collapseSpaces(raw).trim()) || none;
    const key = name.toLowerCase();
    let row = rows.get(key);
    if (!row) {
      row = { name, counts: new Array<number>(width).fill(0), total: 0, complete: 0, late: 0, carriedOver: 0 };
      rows.set(key, row);
    }
    const c = column(a);
    if (c >= 0) row.counts[c] = (row.counts[c] ?? 0) + 1;
    row.total += 1;
    if (a.status === 'complete') row.complete += 1;
    if (isLate(a)) row.late += 1;
    if (a.status === 'carried-over') row.carriedOver += 1;
  }
  const list = [...rows.values()];
  if (!sortByName) return list;
  return list.sort((x, y) => (x.name === none ? 1 : y.name === none ? -1 : x.name.localeCompare(y.name, 'en-GB')));
}

/** Late: past its due date and not complete or carried over (at-risk or off-track). */
export function isLate(a: ActionReport): boolean {
  return a.status === 'at-risk' || a.status === 'off-track';
}

function lateAction(a: ActionReport, d: ActionDetail | undefined, columns: RagColumn[], asOf: string): LateAction {
  const fallbackDays = a.due.end ? daysBetween(a.due.end, asOf) : null;
  return {
    ref: a.ref ?? '',
    action: a.action,
    owner: a.owner ?? '',
    due: a.due.text,
    daysLate: d?.daysLate ?? fallbackDays,
    rag: columns[columnIndex(columns, a.rag.computed)] ?? { label: a.rag.computed ?? NOT_ASSESSED, colour: null },
    latestUpdate: d?.latestUpdate ?? a.progress,
    source: sourceOf(a, d),
  };
}

function carryOverAction(a: ActionReport, d: ActionDetail | undefined): CarryOverAction {
  return {
    ref: a.ref ?? '',
    action: a.action,
    owner: a.owner ?? '',
    due: a.due.text,
    reason: d?.carryOverReason?.trim() || DUE_AFTER_PERIOD,
    source: sourceOf(a, d),
  };
}

/** An action with a looks-complete issue, linked to its progress cell (where Complete would be written). */
function looksCompleteAction(a: ActionReport, d: ActionDetail | undefined): LooksCompleteAction[] {
  const issue = a.issues.find((i) => i.code === 'looks-complete');
  if (!issue) return [];
  const source = issue.sheet && issue.cell ? { sheet: issue.sheet, cell: issue.cell } : sourceOf(a, d);
  return [{ ref: a.ref ?? '', action: a.action, owner: a.owner ?? '', words: a.reading.words ?? '', entry: a.reading.entry, source }];
}

function sourceOf(a: ActionReport, d: ActionDetail | undefined): SourceCell {
  return { sheet: a.sheet, cell: d?.cell ?? `A${a.row}` };
}

function byDaysLate(x: LateAction, y: LateAction): number {
  return (y.daysLate ?? 0) - (x.daysLate ?? 0);
}

/**
 * Share of a total as a fraction (0 when there is nothing to share).
 *
 * @example
 * share(1, 4) //=> 0.25
 * share(0, 0) //=> 0
 */
export function share(count: number, total: number): number {
  return total === 0 ? 0 : count / total;
}
