/**
 * Reading an action's due text (PRODUCT §4) into an interval, "ongoing", or nothing.
 *
 * A thin domain layer over chrono-node's en-GB parser: the text is cleaned and its plan
 * shorthand expanded (duePrepare), the domain's own forms are read first (dueTokens:
 * numeric days, quarters, seasons, plan years), chrono reads the month-name dates that are
 * left (dueChrono), and the words around the dates decide what they mean here ("end of",
 * "from … to …", "ongoing", "Moved to New Strategic Plan").
 */
import { DueInterval, fullYear, monthSpan } from './dueInterval';
import { MONTH_NAME, monthNumber } from './months';
import { blankNewMarkers, cleanDueText, expandShorthand } from './duePrepare';
import { DueSignals, dueSignals } from './dueSignals';
import { readDomainTokens } from './dueTokens';
import { readWithChrono } from './dueChrono';
import { validStartMonth } from './planPeriod';
import { BoundedMemo } from '../memo';

export interface DueReading {
  kind: 'date' | 'range' | 'ongoing' | 'none';
  start: string | null; // ISO
  end: string | null; // ISO, inclusive
  /** The text holds something but no date, ongoing or carry-over meaning (TBC, TBA, asap, prose). */
  unreadable: boolean;
  /** Several different dates/intervals were found; the one ending latest is used. */
  multiple: boolean;
  /** The text names the next / new plan ("Moved to New Strategic Plan", "carried forward" …). */
  carryOver: boolean;
  /** How many different dates/intervals were found (0 if none). */
  found: number;
}

export interface DueTextOptions {
  /** First month of the planning year (1–12, default 4 = April): where Q1 and "2019-20" start. */
  yearStartMonth?: number;
}

const HAS_CONTENT = /[\p{L}\p{N}]/u;
const HAS_MONTH_NAME = new RegExp(`(?<![a-z])${MONTH_NAME}(?![a-z])`, 'i');
// "End of Nov 15", "by end March 2019", "end-March": the month's last day
const END_OF = /\b(?:end|close|last\s+day)(?:\s+of)?(?:\s+the)?[\s-]*$/i;
// "From April 2014": a start; with a later date it is a range, alone it is ongoing
const FROM = /\b(?:from|starting|commencing|beginning|with\s+effect\s+from|wef)(?:\s+(?:in|on|from))?(?:\s+(?:early|mid|late|the\s+(?:start|beginning)\s+of))?[\s-]*$/i;
// a due date moved: "revised from", "moved from …" (one list for the two readings below)
const MOVED = 'revised|moved|changed|amended|slipped|deferred|put\\s+back|pushed\\s+back|rescheduled|re-?planned';
const MOVED_FROM = new RegExp(`\\b(?:${MOVED}|brought\\s+forward|extended|delayed|originally|initially)\\s+from[\\s-]*$`, 'i');
// "May 2014 ongoing", "April 2019 onwards": the date before these words is a start
const THEN_ONGOING = /^[\s,–—-]*(?:and\s+)?(?:on[\s-]?going|onwards?|and\s+beyond|continuing)\b/i;
// what may stand between the two ends of one range: "01/04/2019 - 31/03/2020", "Q1 to Q2 2019/20"
const RANGE_JOIN = /^\s*(?:-|to|until|till|through|thru|up\s+to)(?:\s+(?:the\s+)?end\s+of(?:\s+the)?)?\s*$/i;
const PLAIN_MONTH = new RegExp(`^(${MONTH_NAME})\\.?\\s*[-/']?\\s*'?(\\d{4}|\\d{2})$`, 'i');

function reading(partial: Partial<DueReading>): DueReading {
  return { kind: 'none', start: null, end: null, unreadable: false, multiple: false, carryOver: false, found: 0, ...partial };
}

/** The commonest shapes, read without the general parser: "March 2019", "Mar-19", "Ongoing". */
function readPlainShape(text: string): DueReading | null {
  const m = PLAIN_MONTH.exec(text);
  if (m) {
    const span = monthSpan(fullYear(m[2] ?? ''), monthNumber(m[1] ?? ''));
    return span ? reading({ kind: 'date', ...span, found: 1 }) : null;
  }
  if (/^on[\s-]?going\.?$/i.test(text)) return reading({ kind: 'ongoing' });
  return null;
}

/** The text between the end of the previous interval and the start of this one. */
function before(text: string, list: DueInterval[], i: number): string {
  const prev = list[i - 1];
  const from = prev ? prev.index + prev.length : 0;
  const at = list[i]?.index ?? 0;
  return at > from ? text.slice(from, at) : '';
}

/** The text between the end of this interval and the start of the next one (or the end). */
function after(text: string, list: DueInterval[], i: number): string {
  const iv = list[i]!;
  const next = list[i + 1];
  return text.slice(iv.index + iv.length, next ? next.index : text.length);
}

/** Applies the words around the intervals: "end of", "X - Y", "from X … Y". */
function interpret(text: string, found: DueInterval[]): { intervals: DueInterval[]; openStart: string | null } {
  const sorted = [...found].sort((a, b) => a.index - b.index);
  const ended = sorted.map((iv, i) => (END_OF.test(before(text, sorted, i)) ? { ...iv, start: iv.end, kind: 'date' as const } : iv));

  const joined: DueInterval[] = [];
  for (const iv of ended) {
    const prev = joined[joined.length - 1];
    const gap = prev ? text.slice(prev.index + prev.length, iv.index) : '';
    if (prev && prev.index + prev.length <= iv.index && RANGE_JOIN.test(gap) && prev.start <= iv.end) {
      joined[joined.length - 1] = { index: prev.index, length: iv.index + iv.length - prev.index, start: prev.start, end: iv.end, kind: 'range' };
    } else {
      joined.push(iv);
    }
  }

  const fromAt = joined.findIndex((iv, i) => {
    if (iv.kind !== 'date') return false;
    const lead = before(text, joined, i);
    // "December 2019 (revised from June 2019)": a date moved away from is no start
    return (FROM.test(lead) && !MOVED_FROM.test(lead)) || THEN_ONGOING.test(after(text, joined, i));
  });
  const first = joined[fromAt];
  if (!first) return { intervals: joined, openStart: null };
  const later = joined.slice(fromAt + 1);
  if (later.length === 0) return { intervals: joined, openStart: first.start };
  // "Process from April 2014 to report to the Board in October 2014": April … October 2014
  const end = later.reduce((latest, iv) => (iv.end > latest ? iv.end : latest), first.end);
  const range: DueInterval = { ...first, length: text.length - first.index, end, kind: end === first.end ? first.kind : 'range' };
  return { intervals: [...joined.slice(0, fromAt), range], openStart: null };
}

// "Moved from May 2019 to October 2019": two dates, the second the new one (no range for chrono to join)
const MOVED_FROM_TO = new RegExp(`(\\b(?:${MOVED})\\s+from\\b[^;]*?)\\s+(?:to|until|till)\\s+`, 'i');

function findIntervals(text: string, yearStartMonth: number): { intervals: DueInterval[]; openStart: string | null } {
  const prepared = expandShorthand(text).replace(MOVED_FROM_TO, '$1; now ');
  const own = readDomainTokens(prepared, yearStartMonth);
  const general = HAS_MONTH_NAME.test(own.rest) ? readWithChrono(own.rest) : [];
  return interpret(prepared, [...own.intervals, ...general]);
}

/** Latest end wins; of two ending the same day, the later-starting (the more precise) one. */
function latest(intervals: DueInterval[]): DueInterval | undefined {
  return intervals.reduce<DueInterval | undefined>((best, iv) => {
    if (!best || iv.end > best.end || (iv.end === best.end && iv.start > best.start)) return iv;
    return best;
  }, undefined);
}

function decide(intervals: DueInterval[], openStart: string | null, signals: DueSignals): DueReading {
  const distinct = [...new Map(intervals.map((iv) => [`${iv.start}/${iv.end}`, iv])).values()];
  const found = distinct.length;
  const carryOver = signals.carryOver;
  // ongoing only where the text's one date is a start ("From April 2014", "May 2014 ongoing") or it
  // has none ("As required"): an explicit end wins over a qualifier ("April 2019-March 2020 (as required)")
  if (openStart || (signals.ongoing && found === 0)) {
    return reading({ kind: 'ongoing', start: openStart, carryOver, found });
  }
  const chosen = latest(distinct);
  if (chosen) return reading({ kind: chosen.kind, start: chosen.start, end: chosen.end, multiple: found > 1, carryOver, found });
  if (signals.recurring) return reading({ kind: 'ongoing', carryOver });
  return reading({ carryOver, unreadable: !carryOver });
}

function readUncached(raw: string, yearStartMonth: number): DueReading {
  const text = cleanDueText(raw);
  if (!HAS_CONTENT.test(text)) return reading({});
  const plain = readPlainShape(text);
  if (plain) return plain;
  const signals = dueSignals(text);
  const unmarked = blankNewMarkers(text);
  let result = findIntervals(unmarked.text, yearStartMonth);
  // a cell holding only "NEW Mar 17" has no other date: then the marker is the date
  if (unmarked.found && result.intervals.length === 0 && !result.openStart) result = findIntervals(text, yearStartMonth);
  return decide(result.intervals, result.openStart, signals);
}

// Real plans repeat the same few due texts; a bounded memo keeps 50 000 rows well under a second.
const MEMO_LIMIT = 20_000;
// by year start, then by the text itself: a cell's string keeps its hash, a joined key would not;
// frozen, so no caller can change what is remembered
const memo = new Map<number, BoundedMemo<string, Readonly<DueReading>>>();

/** Forgets remembered readings (for tests and long-running hosts). */
export function clearDueTextCache(): void {
  memo.clear();
}

/**
 * Reads a due text. Never throws; every start/end is a real ISO day with start ≤ end.
 * A month means the whole month; of several dates the one ending latest is used.
 */
export function readDueText(text: string, options?: DueTextOptions): Readonly<DueReading> {
  const yearStartMonth = validStartMonth(options?.yearStartMonth);
  const raw = typeof text === 'string' ? text : String(text ?? '');
  let known = memo.get(yearStartMonth);
  if (!known) memo.set(yearStartMonth, (known = new BoundedMemo(MEMO_LIMIT, (t) => Object.freeze(readUncached(t, yearStartMonth)))));
  return known.get(raw);
}
