import type { Status } from './statusTypes';
import { compareIso, daysBetween } from '../dates/isoDate';
import { carryOverWords, saysComplete } from './progressText';
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
  /** The whole progress text: any entry may say it carries over. */
  wholeProgress: string;
  asOf: string;
  period: { start: string; end: string };
  toleranceDays: number;
}

export interface StatusResult {
  status: Status;
  /** Why it carries over (the words staff used, or the date rule), for the carry-over sheet. */
  carryOverReason: string | null;
  /** Days past the due end, for late actions. */
  daysLate: number | null;
}

/** The canonical status: complete → carried-over → by date → not-assessed, in that order. */
export function computeStatus(input: StatusInput): StatusResult {
  const { dueEnd, asOf, period } = input;
  if (saysComplete(input.latestProgress)) return { status: 'complete', carryOverReason: null, daysLate: null };

  const words = carryOverWords(input.wholeProgress) ?? (input.dueSaysCarryOver ? carryOverWords(input.dueText) ?? input.dueText.trim() : null);
  if (words) return { status: 'carried-over', carryOverReason: sentenceAround(input.wholeProgress, words) ?? words, daysLate: null };
  if (dueEnd && compareIso(dueEnd, period.end) > 0) {
    return { status: 'carried-over', carryOverReason: 'due after the plan period', daysLate: null };
  }
  if (compareIso(asOf, period.end) > 0) {
    return { status: 'carried-over', carryOverReason: 'not complete when the plan period ended', daysLate: null };
  }
  if (input.ongoing) return { status: 'on-track', carryOverReason: null, daysLate: null };
  if (!dueEnd) return { status: 'not-assessed', carryOverReason: null, daysLate: null };
  const late = daysBetween(dueEnd, asOf);
  if (late <= 0) return { status: 'on-track', carryOverReason: null, daysLate: null };
  return { status: late <= input.toleranceDays ? 'at-risk' : 'off-track', carryOverReason: null, daysLate: late };
}

/** The progress words around a carry-over phrase, for the reason column (first sentence, ≤ 200 chars). */
function sentenceAround(text: string, words: string): string | null {
  if (!text.includes(words)) return null;
  const clean = collapseSpaces(text.slice(0, 240)).trim();
  return clean.length <= 200 ? clean : `${clean.slice(0, 199)}…`;
}
