import type { Completion, Says, Status } from './statusTypes';
import { compareIso, daysBetween } from '../dates/isoDate';
import { carryOverWords, completeWords } from './progressText';
import { collapseSpaces } from '../text/cleanText';

/** What the status rules need to know of one action (PRODUCT §5). */
export interface StatusInput {
  /** The due interval's end (null for ongoing or unread). */
  dueEnd: string | null;
  /** The due text read as ongoing ("Ongoing", "From April 2014"). */
  ongoing: boolean;
  /** The due text names the next / new plan. */
  dueSaysCarryOver: boolean;
  dueText: string;
  /** The latest progress entry (after "As above" is followed up): says whether it is done. */
  latestProgress: string;
  /** The latest entry's date as written ("Mar 19"), where the cell is a dated log. */
  latestDateText?: string | null;
  /** The whole progress text: any entry may say it carries over. */
  wholeProgress: string;
  /** What the latest update says (§5.1a), and whether that reading may make the action complete. */
  reading?: { says: Says; words: string | null };
  completion?: Completion;
  asOf: string;
  period: { start: string; end: string };
  toleranceDays: number;
}

export interface StatusResult {
  status: Status;
  /** Why: the rule and the words or dates that decided it, as one sentence for the JSON and the panes. */
  reason: string;
  /** Why it carries over (the words staff used, or the date rule), for the carry-over sheet. */
  carryOverReason: string | null;
  /** Days past the due end, for late actions. */
  daysLate: number | null;
}

/** The canonical status: complete → carried-over → by date → not-assessed, in that order. */
export function computeStatus(input: StatusInput): StatusResult {
  const { dueEnd, asOf, period } = input;
  const dated = input.latestDateText ? ` (Update ${input.latestDateText})` : '';
  const stated = completeWords(input.latestProgress);
  if (stated) return { status: 'complete', reason: `the latest update says ${quoteIfLong(stated)}${dated}`, carryOverReason: null, daysLate: null };
  const read = input.reading?.says === 'done' ? input.reading.words : null;
  if (read && input.completion === 'read') {
    return { status: 'complete', reason: `completion is read from the update: the latest update says "${read}"${dated}`, carryOverReason: null, daysLate: null };
  }
  // where the update reads as done but completion is stated only, the reason says so
  const but = read ? `; the latest update reads as done ("${read}") but does not say Complete` : '';

  const progressWords = carryOverWords(input.wholeProgress);
  const words = progressWords ?? (input.dueSaysCarryOver ? carryOverWords(input.dueText) ?? input.dueText.trim() : null);
  if (words) {
    const from = progressWords ? 'the progress' : 'the due date';
    return { status: 'carried-over', reason: `${from} says "${words}"${but}`, carryOverReason: sentenceAround(input.wholeProgress, words) ?? words, daysLate: null };
  }
  if (dueEnd && compareIso(dueEnd, period.end) > 0) {
    return { status: 'carried-over', reason: `due ${dueEnd}, after the plan period ends (${period.end})${but}`, carryOverReason: 'due after the plan period', daysLate: null };
  }
  if (compareIso(asOf, period.end) > 0) {
    return { status: 'carried-over', reason: `not complete when the plan period ended (${period.end})${but}`, carryOverReason: 'not complete when the plan period ended', daysLate: null };
  }
  if (input.ongoing) return { status: 'on-track', reason: `no fixed end date ("${collapseSpaces(input.dueText).trim()}"), so on track while not complete${but}`, carryOverReason: null, daysLate: null };
  if (!dueEnd) {
    const due = collapseSpaces(input.dueText).trim();
    return { status: 'not-assessed', reason: `no due date could be read${due ? ` from "${due}"` : ''}${but}`, carryOverReason: null, daysLate: null };
  }
  const late = daysBetween(dueEnd, asOf);
  if (late <= 0) return { status: 'on-track', reason: `due ${dueEnd}, not yet reached on ${asOf}${but}`, carryOverReason: null, daysLate: null };
  const within = late <= input.toleranceDays;
  const days = `${late} day${late === 1 ? '' : 's'}`;
  return {
    status: within ? 'at-risk' : 'off-track',
    reason: `due ${dueEnd}, ${days} late on ${asOf}, ${within ? 'within' : 'beyond'} the ${input.toleranceDays}-day tolerance${but}`,
    carryOverReason: null,
    daysLate: late,
  };
}

/** "Complete" as the spec writes it; a longer saying ("This action is now complete") in quotes. */
function quoteIfLong(words: string): string {
  return /\s/.test(words.trim()) ? `"${words.trim()}"` : words.trim();
}

/** The progress words around a carry-over phrase, for the reason column (first sentence, ≤ 200 chars). */
function sentenceAround(text: string, words: string): string | null {
  if (!text.includes(words)) return null;
  const clean = collapseSpaces(text.slice(0, 240)).trim();
  return clean.length <= 200 ? clean : `${clean.slice(0, 199)}…`;
}
