import type { RawAction, RowCell } from '../plan/readPlanSheet';
import type { Due } from '../dates/dueSchema';
import type { RagScheme } from '../rag/schemeSchema';
import type { PlanPeriod } from '../dates/planPeriod';
import { readDueCell } from '../dates/dueCell';
import { readDueText, DueReading } from '../dates/dueText';
import { compareIso } from '../dates/isoDate';
import { isCellError } from '../grid/grid';
import { cleanText } from '../text/cleanText';
import { isEmptyProgress, pointsUp, progressEntries } from '../status/progressText';
import { computeStatus, StatusResult } from '../status/computeStatus';
import { readUpdate, UpdateReading } from '../status/readUpdate';
import type { Completion } from '../status/statusTypes';
import { givenRag, labelForStatus } from '../rag/ragLabels';

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

/** One action read and rated (PRODUCT §4–§5): what the checks look at and the report is made of. */
export interface AssessedAction {
  raw: RawAction;
  /** The lead as typed (reported), and on one line (named in messages); '' where none. */
  ownerTyped: string;
  ownerText: string;
  ownerIsError: boolean;
  due: Due;
  /** What the due text was read as; null where there is no due cell or it holds an error. */
  dueReading: DueReading | null;
  dueIsError: boolean;
  progress: ResolvedProgress;
  /** What the latest update says (§5.1a) and the entry's date. */
  update: UpdateReading & { entry: string | null };
  status: StatusResult;
  rag: {
    given: string | null;
    computed: string | null;
    /** The given RAG text where it is no label of the scheme. */
    invalid?: string;
  };
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

/** Reads and rates one action (PRODUCT §4–§5); `above` is the progress of the action above in its table. */
export function assessAction(raw: RawAction, ctx: AssessContext, above: ResolvedProgress | null): AssessedAction {
  // reported as typed; messages name the lead on one line
  const ownerTyped = cellText(raw.owner).trim();
  const ownProgress = cellText(raw.progress);
  const progress = pointsUp(ownProgress) && above ? above : resolveProgress(ownProgress, ctx.yearStartMonth);
  const { due, reading } = dueOf(raw, ctx.yearStartMonth);
  const update = { ...readUpdate(progress.latest), entry: progress.latestEntry };

  const status = computeStatus({
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

  const rag: AssessedAction['rag'] = { given: null, computed: labelForStatus(status.status, ctx.scheme) };
  const ragCell = raw.rag;
  if (ragCell && !isCellError(ragCell.value)) {
    const read = givenRag(raw.table.rag !== null ? 'text' : 'fill', ragCell.text, ragCell.fill, ctx.scheme);
    rag.given = read.label;
    if (read.invalid !== undefined) rag.invalid = read.invalid;
  }

  return {
    raw,
    ownerTyped,
    ownerText: cleanText(ownerTyped),
    ownerIsError: !!raw.owner && isCellError(raw.owner.value),
    due,
    dueReading: reading,
    dueIsError: !!raw.due && isCellError(raw.due.value),
    progress,
    update,
    status,
    rag,
  };
}
