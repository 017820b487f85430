import type { CheckResult } from '../report/checkTypes';
import type { Severity } from '../issues/catalogue';
import { textColourOn } from '../edits/cells';
import { firstWords } from '../text/cleanText';
import { sincePanel, type SincePanel } from './sincePanel';

export { textColourOn };

/**
 * What the Excel task pane and the Sheets sidebar show after a run, host-neutral, so both
 * panes show the same thing. Text here is plain text: panes must render it as text, never HTML.
 */
export interface PaneModel {
  title: string;
  period: string;
  asOf: string;
  scheme: string;
  actions: number;
  counts: { label: string; colour: string; textColour: string; count: number }[];
  groups: { severity: Severity; heading: string; issues: PaneIssue[] }[];
  carryOver: number;
  /** Not-complete actions whose latest update reads as done (§5.1a), listed under "Looks complete". */
  looksComplete: PaneLooksComplete[];
  /** What changed since the last check; null on a first check (nothing to compare with). */
  since: SincePanel | null;
}

export interface PaneLooksComplete {
  /** The progress cell, where staff would write Complete. */
  sheet: string | null;
  cell: string | null;
  ref: string | null;
  /** The action's first words. */
  action: string;
  /** The decisive words of the latest update, as written. */
  words: string;
  /** "Plan!F12 · 1.2". */
  where: string;
}

export const LOOKS_COMPLETE_HEADING = 'Looks complete';

export interface PaneIssue {
  code: string;
  sheet: string | null;
  cell: string | null;
  ref: string | null;
  message: string;
  /** One line naming where: "Plan!C12 · 1.2". */
  where: string;
}

const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'For information' };

/**
 * What the Excel task pane and the Sheets sidebar show after a check: counts by RAG, and the
 * issues grouped by severity, each naming its cell.
 *
 * @example
 * const grid = { sheets: [{ name: 'Plan', values: [
 *   ['Business Plan 2018-19'], [],
 *   ['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'],
 *   ['1.1', 'Publish the annual report', 'Board manager', 'March 2019', 'Draft with the chair', 'Green'],
 *   ['1.2', 'Audit of case files', '', 'December 2018', 'Not started', 'Green'],
 * ] }] }
 * const result = checkWorkbook(grid, { asOf: '2019-03-01' })
 * const pane = paneModel(result)
 * pane.groups.map((g) => g.heading) //=> ['Errors', 'Warnings']
 * pane.groups[0].issues[0].where //=> 'Plan!C5 · 1.2'
 */
export function paneModel(result: CheckResult): PaneModel {
  const { report, scheme } = result;
  const counts = scheme.labels.map((l) => ({
    label: l.label,
    colour: l.colour,
    textColour: textColourOn(l.colour),
    count: report.summary.byRag[l.label] ?? 0,
  }));
  const notAssessed = report.summary.byStatus['not-assessed'] ?? 0;
  if (notAssessed) counts.push({ label: 'Not assessed', colour: '#FFFFFF', textColour: '#000000', count: notAssessed });
  const groups = (['error', 'warning', 'info'] as const)
    .map((severity) => ({
      severity,
      heading: HEADINGS[severity],
      issues: report.issues
        .filter((i) => i.severity === severity)
        .map((i) => ({
          code: i.code,
          sheet: i.sheet,
          cell: i.cell,
          ref: i.ref,
          message: i.message,
          where: whereOf(i),
        })),
    }))
    .filter((g) => g.issues.length > 0);
  return {
    title: report.title ?? report.file,
    period: `${report.planPeriod.label} (${report.planPeriod.start} to ${report.planPeriod.end})`,
    asOf: report.asOf,
    scheme: report.scheme.name,
    actions: report.summary.actions,
    counts,
    groups,
    carryOver: report.summary.byStatus['carried-over'] ?? 0,
    looksComplete: report.actions.flatMap((a) => {
      const issue = a.issues.find((i) => i.code === 'looks-complete');
      if (!issue) return [];
      return [{ sheet: issue.sheet, cell: issue.cell, ref: a.ref, action: firstWords(a.action, 12), words: a.reading.words ?? '', where: whereOf(issue) }];
    }),
    since: sincePanel(result),
  };
}

function whereOf(i: { sheet: string | null; cell: string | null; ref: string | null }): string {
  return [i.sheet && i.cell ? `${i.sheet}!${i.cell}` : i.sheet, i.ref].filter(Boolean).join(' · ');
}
