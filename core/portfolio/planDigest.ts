import type { CheckResult } from '../report/checkTypes';
import type { Report } from '../report/reportSchema';
import { STATUSES, Status } from '../status/statusTypes';
import { compareIso } from '../dates/isoDate';
import { planTitle, summarisePlan } from '../view/planSummary';
import { labelForStatus } from '../rag/ragLabels';

/**
 * What the portfolio keeps of one checked plan: its figures and its late actions, nothing of
 * its grid. A digest is small and plain (it crosses from a worker thread by structured clone),
 * so a portfolio of many plans holds the digests, never the plans.
 */
/** The figures of a plan, and of a portfolio (their sums). */
export interface PlanFigures {
  actions: number;
  byStatus: Record<Status, number>;
  complete: number;
  /** At risk or off track (past due, not complete, not carried over). */
  late: number;
  /** Actions whose latest update reads as done though they are not marked complete. */
  looksComplete: number;
  carriedOver: number;
  errors: number;
  warnings: number;
  infos: number;
  /** The newest dated progress update; null where no update is dated. */
  latestUpdate: string | null;
}

export interface PlanDigest extends PlanFigures {
  /** The file's name as given (unique within a portfolio: it names the plan's own report). */
  file: string;
  /** The plan's title, or its file name without the extension. */
  title: string;
  period: { label: string; start: string; end: string };
  asOf: string;
  /** Where the reporting date came from: the run's setting, the plan's last PlanCheck check, or today. */
  asOfFrom?: 'setting' | 'last-check' | 'today';
  scheme: string;
  /** The plan's own RAG labels in its scheme's order, then any other, then "Not assessed". */
  rag: DigestRag[];
  /** The plan's own label for each status (its scheme's), where it has one. */
  statusLabels: Partial<Record<Status, string>>;
  lateActions: DigestLateAction[];
  /** Set where the file could not be read or checked: the one-line reason (every figure is 0). */
  error?: string;
}

export interface DigestRag {
  label: string;
  /** '#RRGGBB', or null for "Not assessed" and labels outside the scheme. */
  colour: string | null;
  count: number;
}

export interface DigestLateAction {
  /** The plan's title and file, to name it and link to it in the portfolio's one list. */
  plan: string;
  file: string;
  ref: string;
  action: string;
  lead: string;
  due: string;
  daysLate: number;
  sheet: string;
  cell: string;
}

/** Issue 13's code; counted by name so the portfolio shows 0 until the core reports it. */
export const LOOKS_COMPLETE = 'looks-complete';

/**
 * One plan's figures for the portfolio, from its check.
 *
 * @example
 * const grid = { sheets: [{ name: 'Plan', values: [
 *   ['Business Plan 2018-19'], [],
 *   ['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'],
 *   ['1.1', 'Publish the annual report', 'Board manager', 'March 2019', 'Draft with the chair', 'Green'],
 *   ['1.2', 'Audit of case files', '', 'December 2018', 'Not started', 'Green'],
 * ] }] }
 * const result = checkWorkbook(grid, { asOf: '2019-03-01' })
 * const digest = digestPlan(result, 'plan.xlsx')
 * [digest.title, digest.actions, digest.errors] //=> ['Business Plan 2018-19', 2, 1]
 */
export function digestPlan(result: CheckResult, fileName?: string): PlanDigest {
  const { report } = result;
  const summary = summarisePlan(result, fileName);
  const file = fileName ?? report.file;
  const title = planTitle(result, file);
  return {
    file,
    title,
    period: { label: report.planPeriod.label, start: report.planPeriod.start, end: report.planPeriod.end },
    asOf: report.asOf,
    scheme: report.scheme.name,
    actions: report.actions.length,
    rag: summary.columns.map((c, i) => ({ label: c.label, colour: c.colour, count: summary.totals[i] ?? 0 })),
    byStatus: statusCounts(report),
    statusLabels: Object.fromEntries(
      STATUSES.flatMap((s) => {
        const label = labelForStatus(s, result.scheme);
        return label ? [[s, label]] : [];
      }),
    ),
    complete: summary.completeCount,
    late: summary.late.length,
    looksComplete: report.issues.filter((i) => (i.code as string) === LOOKS_COMPLETE).length,
    carriedOver: summary.carryOver.length,
    errors: report.summary.errors,
    warnings: report.summary.warnings,
    infos: report.summary.infos,
    latestUpdate: newest(result.details.map((d) => d.latestUpdateDate ?? null)),
    lateActions: summary.late.map((l) => ({
      plan: title,
      file,
      ref: l.ref,
      action: l.action,
      lead: l.owner,
      due: l.due,
      daysLate: l.daysLate ?? 0,
      sheet: l.source.sheet,
      cell: l.source.cell,
    })),
  };
}

/**
 * A file in the portfolio that could not be read or checked: reported, counted as nothing.
 *
 * @example
 * const digest = unreadablePlan('broken.xlsx', 'not a workbook')
 * [digest.title, digest.actions, digest.error] //=> ['broken', 0, 'not a workbook']
 */
export function unreadablePlan(file: string, reason: string): PlanDigest {
  return {
    file,
    title: file.replace(/\.[^.]+$/, ''),
    period: { label: '', start: '', end: '' },
    asOf: '',
    scheme: '',
    actions: 0,
    rag: [],
    byStatus: statusCounts(null),
    statusLabels: {},
    complete: 0,
    late: 0,
    looksComplete: 0,
    carriedOver: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    latestUpdate: null,
    lateActions: [],
    error: reason,
  };
}

function statusCounts(report: Report | null): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const a of report?.actions ?? []) counts[a.status] += 1;
  return counts;
}

function newest(dates: (string | null)[]): string | null {
  let best: string | null = null;
  for (const d of dates) if (d && (best === null || compareIso(d, best) > 0)) best = d;
  return best;
}
