import type { RawAction, RowCell } from '../plan/readPlanSheet';
import type { ActionReport, Issue, Due } from './reportSchema';
import type { ActionDetail } from './checkTypes';
import type { RagScheme } from '../rag/schemeSchema';
import type { PlanPeriod } from '../dates/planPeriod';
import { readDueCell } from '../dates/dueCell';
import { readDueText, DueReading } from '../dates/dueText';
import { compareIso, daysBetween, daysInMonth, parseIso } from '../dates/isoDate';
import { isCellError, isNotCalculated } from '../grid/grid';
import { cleanText, firstWords, listWithin } from '../text/cleanText';
import { isEmptyProgress, pointsUp, progressEntries } from '../status/progressText';
import { computeStatus } from '../status/computeStatus';
import { readUpdate } from '../status/readUpdate';
import type { Completion } from '../status/statusTypes';
import { givenRag, labelForStatus } from '../rag/ragLabels';
import { makeIssue } from '../issues/issueBuilder';

export interface AssessContext {
  asOf: string;
  period: PlanPeriod;
  scheme: RagScheme;
  toleranceDays: number;
  stalenessDays: number;
  yearStartMonth: number;
  completion: Completion;
}

/** The progress an action reports: its own text, or, where it only points up, the action above's. */
export interface ResolvedProgress {
  text: string;
  latest: string;
  latestDate: string | null;
  /** The latest entry's date as written ("Dec 15") and as a month or day ("2015-12"), where it has one. */
  latestDateText: string | null;
  latestEntry: string | null;
}

export interface Assessed {
  report: ActionReport;
  detail: ActionDetail;
  progress: ResolvedProgress;
}

function cellText(cell: RowCell | null): string {
  if (!cell || isCellError(cell.value)) return '';
  return cell.text;
}

/** The latest entry of a progress text: the newest dated update, else the whole text. */
export function resolveProgress(text: string, yearStartMonth: number): ResolvedProgress {
  // reported as typed ("." or "<br>" stays), read as no update
  if (isEmptyProgress(text)) return { text, latest: '', latestDate: null, latestDateText: null, latestEntry: null };
  const entries = progressEntries(text);
  let latest = entries[entries.length - 1]!;
  let latestDate: string | null = null;
  let latestEntry: string | null = null;
  for (const e of entries) {
    if (!e.dateText) continue;
    const d = readDueText(e.dateText, { yearStartMonth });
    // a later date wins; of equal dates, the later-written entry
    if (d.start && (latestDate === null || compareIso(d.start, latestDate) >= 0)) {
      latestDate = d.start;
      latestEntry = d.start === d.end ? d.start : d.start.slice(0, 7);
      latest = e;
    }
  }
  return { text, latest: latest.text, latestDate, latestDateText: latestDate ? latest.dateText : null, latestEntry };
}

function dueOf(raw: RawAction, yearStartMonth: number): { due: Due; reading: DueReading | null } {
  const cell = raw.due;
  if (!cell || isCellError(cell.value)) return { due: { text: '', kind: 'none', start: null, end: null }, reading: null };
  const reading = readDueCell(cell.value, cell.text, cell.numberFormat, { yearStartMonth });
  return { due: { text: cell.text.trim(), kind: reading.kind, start: reading.start, end: reading.end }, reading };
}

// "TBC", "To be agreed", "?": a lead still to be named is no lead
const PLACEHOLDER_OWNER = /^\W*(?:tbc|tba|tbd|tbn|to be (?:confirmed|agreed|decided|identified|named|determined|allocated)|n\/?a|none|unknown|not (?:yet )?(?:known|assigned|allocated)|\?+)\W*$/i;

/** Reads, rates and checks one action (PRODUCT §4–§6). */
export function assessAction(raw: RawAction, ctx: AssessContext, above: ResolvedProgress | null): Assessed {
  const issues: Issue[] = [];
  const where = (cell: string | null) => ({ sheet: raw.sheet, cell, ref: raw.ref });
  // reported as typed; messages name the lead on one line
  const ownerTyped = cellText(raw.owner).trim();
  const ownerText = cleanText(ownerTyped);
  const ownProgress = cellText(raw.progress);
  const progress = pointsUp(ownProgress) && above ? above : resolveProgress(ownProgress, ctx.yearStartMonth);
  const { due, reading } = dueOf(raw, ctx.yearStartMonth);
  const update = { ...readUpdate(progress.latest), entry: progress.latestEntry };

  for (const { role, cell } of raw.errorCells) {
    if (isNotCalculated(cell.value)) issues.push(makeIssue('not-calculated', where(cell.address), { column: role }));
    else issues.push(makeIssue('cell-error', where(cell.address), { column: role, error: String(cell.value) }));
  }
  const dueIsError = !!raw.due && isCellError(raw.due.value);
  const ownerIsError = !!raw.owner && isCellError(raw.owner.value);

  const st = computeStatus({
    dueEnd: due.end,
    ongoing: due.kind === 'ongoing',
    dueSaysCarryOver: !!reading?.carryOver,
    dueText: due.text,
    latestProgress: progress.latest,
    latestDateText: progress.latestDateText,
    wholeProgress: progress.text,
    reading: update,
    completion: ctx.completion,
    asOf: ctx.asOf,
    period: ctx.period,
    toleranceDays: ctx.toleranceDays,
  });

  if (raw.orphan) issues.push(makeIssue('missing-action', where(raw.actionCell)));
  if (raw.table.owner !== null && !ownerIsError && (!ownerText || PLACEHOLDER_OWNER.test(ownerText))) {
    issues.push(makeIssue('missing-owner', where(raw.owner?.address ?? null), ownerText ? { placeholder: firstWords(ownerText, 6) } : {}));
  }
  if (raw.table.due !== null && !dueIsError) {
    const dueCell = raw.due?.address ?? null;
    if (!due.text.trim()) issues.push(makeIssue('missing-due-date', where(dueCell)));
    else if (reading?.unreadable) issues.push(makeIssue('unparsed-due-date', where(dueCell), { text: firstWords(due.text, 8) }));
    if (due.kind === 'ongoing') issues.push(makeIssue('no-fixed-due-date', where(dueCell), { text: firstWords(due.text, 8) }));
    if (reading?.multiple) {
      issues.push(makeIssue('multiple-due-dates', where(dueCell), { text: firstWords(due.text, 12), used: describeDue(due) }));
    }
    if (due.end && compareIso(due.end, ctx.period.end) > 0) {
      issues.push(makeIssue('due-outside-plan-period', where(dueCell), { due: describeDue(due), periodEnd: ctx.period.end }));
    } else if (due.end && compareIso(due.end, ctx.period.start) < 0) {
      issues.push(makeIssue('due-outside-plan-period', where(dueCell), { due: describeDue(due), periodStart: ctx.period.start }));
    }
  }

  const computed = labelForStatus(st.status, ctx.scheme);
  let given: string | null = null;
  const ragCell = raw.rag;
  if (ragCell && !isCellError(ragCell.value)) {
    const read = givenRag(raw.table.rag !== null ? 'text' : 'fill', ragCell.text, ragCell.fill, ctx.scheme);
    given = read.label;
    if (read.invalid !== undefined) {
      issues.push(
        makeIssue('invalid-rag', where(ragCell.address), {
          text: firstWords(read.invalid, 6),
          scheme: ctx.scheme.name,
          labels: listWithin(ctx.scheme.labels.map((l) => l.label), 100),
        }),
      );
    }
  }
  if (given && computed && given !== computed) {
    issues.push(makeIssue('rag-mismatch', where(ragCell!.address), { given, computed, status: st.status }));
  }

  const late = st.daysLate !== null && st.daysLate > 0 && (st.status === 'at-risk' || st.status === 'off-track');
  if (raw.table.progress.length && late && isEmptyProgress(progress.text)) {
    issues.push(makeIssue('missing-progress', where(raw.progress?.address ?? null), { due: describeDue(due), owner: ownerText || 'the lead' }));
  }
  if (st.status !== 'complete' && update.says === 'done') {
    issues.push(makeIssue('looks-complete', where(raw.progress?.address ?? null), { date: progress.latestDateText ?? undefined, words: update.words ?? '' }));
  }
  if (progress.latestDate && daysBetween(progress.latestDate, ctx.asOf) > ctx.stalenessDays) {
    issues.push(
      makeIssue('stale-progress', where(raw.progress?.address ?? null), { updated: progress.latestDate, days: ctx.stalenessDays, owner: ownerText || 'the lead' }),
    );
  }

  const report: ActionReport = {
    sheet: raw.sheet,
    row: raw.row,
    ref: raw.ref,
    parentRef: raw.parentRef,
    section: raw.section,
    action: raw.action,
    owner: ownerTyped || null,
    due,
    progress: progress.text.trim(),
    status: st.status,
    statusReason: st.reason,
    reading: update,
    rag: { given, computed },
    issues,
  };
  const ragMode = raw.table.rag !== null ? 'text' : raw.table.ragInProgressFill ? 'fill' : null;
  const detail: ActionDetail = {
    cell: raw.actionCell,
    ragCell: ragMode && raw.rag ? { sheet: raw.sheet, cell: raw.rag.address, mode: ragMode } : null,
    daysLate: st.daysLate,
    latestUpdate: progress.latest.trim(),
    latestUpdateDate: progress.latestDate,
    carryOverReason: st.status === 'carried-over' ? st.carryOverReason : null,
  };
  return { report, detail, progress };
}

/** "March 2019" style wording of a due interval for messages. */
export function describeDue(due: Due): string {
  if (due.kind === 'ongoing') return due.start ? `from ${due.start}` : 'ongoing';
  if (!due.start || !due.end) return due.text.trim() || 'no date';
  if (due.start === due.end) return due.end;
  const first = wholeMonth(due.start, due.end);
  return first ?? `${due.start} to ${due.end}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "May 2019" where the interval is exactly one calendar month. */
function wholeMonth(start: string, end: string): string | null {
  const s = parseIso(start);
  const e = parseIso(end);
  if (!s || !e || s.day !== 1 || e.year !== s.year || e.month !== s.month || e.day !== daysInMonth(s.year, s.month)) return null;
  return `${MONTHS[s.month - 1]} ${s.year}`;
}
