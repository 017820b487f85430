import { STATUSES, Status } from '../status/statusTypes';
import { compareIso } from '../dates/isoDate';
import { collapseSpaces } from '../text/cleanText';
import { NO_LEAD, share } from '../view/planSummary';
import type { DigestLateAction, DigestRag, PlanDigest, PlanFigures } from './planDigest';

/**
 * Many plans at once (issue 18): one summary a business manager or a region can take to a
 * meeting. Every figure is a sum of the plans' own figures; schemes differ between plans, so
 * totals are by status and each plan keeps its own RAG labels.
 */
export interface Portfolio {
  /** The plans that were checked, in the order given. */
  plans: PortfolioPlan[];
  /** Files that could not be read or checked: named, with the reason, and left out of every figure. */
  unreadable: { file: string; error: string }[];
  totals: PortfolioTotals;
  /** Every late action of every plan, most days late first. */
  late: PortfolioLateAction[];
  /** Leads with the most late actions across the plans, most first. */
  leads: PortfolioLead[];
}

export interface PortfolioPlan extends Omit<PlanDigest, 'rag'> {
  rag: (DigestRag & { share: number })[];
  /** Complete actions as a fraction of all actions (0 for a plan with none). */
  percentComplete: number;
}

export interface PortfolioTotals extends PlanFigures {
  plans: number;
  /** The plans' reporting dates, oldest first, each once. */
  reportingDates: string[];
  /** Per status, the labels the plans' own schemes give it ("complete": Grey, Green). */
  labelsByStatus: Record<Status, string[]>;
  percentComplete: number;
}

/** A late action in the portfolio's one list: the digest's own (it names its plan), not a copy. */
export type PortfolioLateAction = DigestLateAction;

export interface PortfolioLead {
  lead: string;
  late: number;
  /** Titles of the plans where this lead has late actions, in plan order. */
  plans: string[];
}

export const TOP_LEADS = 10;

/**
 * The portfolio of many plans: totals across them, the late actions and the leads with most to do, and the files that could not be read.
 *
 * @example
 * const grid = { sheets: [{ name: 'Plan', values: [
 *   ['Business Plan 2018-19'], [],
 *   ['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'],
 *   ['1.1', 'Publish the annual report', 'Board manager', 'March 2019', 'Draft with the chair', 'Green'],
 *   ['1.2', 'Audit of case files', '', 'December 2018', 'Not started', 'Green'],
 * ] }] }
 * const result = checkWorkbook(grid, { asOf: '2019-03-01' })
 * const portfolio = summarisePortfolio([digestPlan(result, 'plan.xlsx'), unreadablePlan('broken.xlsx', 'not a workbook')])
 * portfolio.totals.actions //=> 2
 * portfolio.unreadable //=> [{ file: 'broken.xlsx', error: 'not a workbook' }]
 */
export function summarisePortfolio(digests: PlanDigest[], options: { topLeads?: number } = {}): Portfolio {
  const checked = digests.filter((d) => d.error === undefined);
  const plans = checked.map(portfolioPlan);
  return {
    plans,
    unreadable: digests.filter((d) => d.error !== undefined).map((d) => ({ file: d.file, error: d.error! })),
    totals: totalsOf(plans),
    late: lateActions(plans),
    leads: topLeads(plans, options.topLeads ?? TOP_LEADS),
  };
}

function portfolioPlan(d: PlanDigest): PortfolioPlan {
  return {
    ...d,
    rag: d.rag.map((r) => ({ ...r, share: share(r.count, d.actions) })),
    percentComplete: share(d.complete, d.actions),
  };
}

function totalsOf(plans: PortfolioPlan[]): PortfolioTotals {
  const sum = (f: (p: PortfolioPlan) => number) => plans.reduce((n, p) => n + f(p), 0);
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, sum((p) => p.byStatus[s])])) as Record<Status, number>;
  const labelsByStatus = Object.fromEntries(STATUSES.map((s) => [s, [] as string[]])) as Record<Status, string[]>;
  for (const p of plans) {
    for (const s of STATUSES) {
      const label = p.statusLabels[s];
      if (label && !labelsByStatus[s].some((l) => l.toLowerCase() === label.toLowerCase())) labelsByStatus[s].push(label);
    }
  }
  const actions = sum((p) => p.actions);
  const complete = sum((p) => p.complete);
  let latestUpdate: string | null = null;
  for (const p of plans) if (p.latestUpdate && (latestUpdate === null || compareIso(p.latestUpdate, latestUpdate) > 0)) latestUpdate = p.latestUpdate;
  return {
    plans: plans.length,
    reportingDates: [...new Set(plans.map((p) => p.asOf))].sort(compareIso),
    actions,
    byStatus,
    labelsByStatus,
    complete,
    percentComplete: share(complete, actions),
    late: sum((p) => p.late),
    looksComplete: sum((p) => p.looksComplete),
    carriedOver: sum((p) => p.carriedOver),
    errors: sum((p) => p.errors),
    warnings: sum((p) => p.warnings),
    infos: sum((p) => p.infos),
    latestUpdate,
  };
}

function lateActions(plans: PortfolioPlan[]): PortfolioLateAction[] {
  const all = plans.flatMap((p) => p.lateActions);
  // stable: of equal days late, plans in the order given and actions in plan order
  return all.sort((x, y) => y.daysLate - x.daysLate);
}

function topLeads(plans: PortfolioPlan[], limit: number): PortfolioLead[] {
  const leads = new Map<string, PortfolioLead>();
  for (const p of plans) {
    for (const a of p.lateActions) {
      const name = collapseSpaces(a.lead).trim() || NO_LEAD;
      const key = name.toLowerCase();
      let lead = leads.get(key);
      if (!lead) leads.set(key, (lead = { lead: name, late: 0, plans: [] }));
      lead.late += 1;
      if (!lead.plans.includes(p.title)) lead.plans.push(p.title);
    }
  }
  return [...leads.values()]
    .sort((x, y) => y.late - x.late || x.lead.localeCompare(y.lead, 'en-GB'))
    .slice(0, Math.max(0, limit));
}
