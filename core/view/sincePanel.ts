import type { CheckResult } from '../report/checkTypes';
import type { ChangeKind } from '../report/reportSchema';
import { CHANGE_LABELS, changeCounts, changeDetail, changesLine } from '../changes/changeWords';
import { firstWords } from '../text/cleanText';
import { actionIndexAt } from '../changes/actionAt';

/**
 * The "Since last check" panel of the task pane and the sidebar (PRODUCT §7a): the counts per
 * change, then each change with where it is, host-neutral so both panes show the same. Text is
 * plain text: panes render it as text, never HTML.
 */
export interface SincePanel {
  heading: string;
  /** One line: how many changes of each kind, or that nothing changed. */
  line: string;
  counts: { change: ChangeKind; label: string; count: number }[];
  items: SinceItem[];
  /** Changes not listed (all are in the Changes sheet). */
  more: number;
}

export interface SinceItem {
  change: ChangeKind;
  label: string;
  ref: string | null;
  action: string;
  /** "December 2018 → March 2019 (90 days)", or "" where the change says it all. */
  detail: string;
  /** Where to jump to; null for a dropped action (no longer in the plan). */
  sheet: string | null;
  cell: string | null;
  where: string;
}

/** Enough to read in a pane; the sheet holds the rest. */
export const SINCE_LISTED = 100;

export function sincePanel(result: CheckResult, listed = SINCE_LISTED): SincePanel | null {
  const changes = result.report.changes;
  if (!changes) return null;
  const items = changes.items.slice(0, listed).map((c): SinceItem => {
    const detail = changeDetail(c);
    const i = c.change === 'dropped' ? undefined : actionIndexAt(result, c.sheet, c.row);
    const cell = i === undefined ? null : (result.details[i]?.cell ?? null);
    return {
      change: c.change,
      label: CHANGE_LABELS[c.change],
      ref: c.ref,
      action: firstWords(c.action, 10),
      detail,
      sheet: cell ? c.sheet : null,
      cell,
      where: `${c.change === 'dropped' ? 'was ' : ''}${c.sheet}!${cell ?? `row ${c.row}`}`,
    };
  });
  return {
    heading: `Since last check (${changes.since})`,
    line: changesLine(changes),
    counts: changeCounts(changes),
    items,
    more: Math.max(0, changes.items.length - listed),
  };
}
