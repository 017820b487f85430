import { hasWords, stripMarkup } from '../text/cleanText';
import { MONTH_NAME } from '../dates/months';
import { CARRIED_OVER } from '../dates/dueSignals';
import { HEDGES } from './updateVocabulary';

/**
 * Reading a progress cell: its latest entry (update logs are not always in order), whether it
 * says the action is done, whether it says the action carries over, whether it only points up.
 */

const DATE = `(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s*)?${MONTH_NAME}\\.?,?[\\s-]*'?\\d{2,4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})`;
// "Update Dec 15:", "Updated – March 2016:", "UPDATE 12/03/2016 -"; or a line that starts "March 2016:"
// also "Sept 19 update:", "[March 2019]", "Update (June 2019):", "Q2 2019/20:" at a line's start
const QUARTER = '(?:q[1-4]|quarter\\s*[1-4])\\s*(?:20\\d\\d\\s*[/-]\\s*\\d{2,4}|20\\d\\d)';
const ENTRY = new RegExp(
  `(?:\\bupdate[sd]?\\b[\\s:–—-]*(?:on\\s+|as at\\s+|at\\s+|for\\s+|\\()?(${DATE})\\)?\\s*[:–—-]?|(?:^|\\n)[\\s•*-]*[[(]?(${DATE}|${QUARTER})[\\])]?\\s*(?:update[sd]?\\b\\s*|progress\\b\\s*)?(?:[:–—]|-(?=\\s)|(?<=[\\])])\\s))`,
  'gi',
);

const HAS_DIGIT = /\d/;

export interface ProgressEntry {
  text: string;
  /** The entry's date text ("Dec 15") where the cell is a dated log. */
  dateText: string | null;
}

/** The cell split into its dated entries, in the order written; one undated entry otherwise. */
export function progressEntries(progress: string): ProgressEntry[] {
  const text = stripMarkup(progress);
  // every entry date has digits: a text without any is one undated entry (no pattern scan)
  if (!HAS_DIGIT.test(text)) return [{ text: text.trim(), dateText: null }];
  const marks: { index: number; end: number; dateText: string }[] = [];
  ENTRY.lastIndex = 0;
  for (let m = ENTRY.exec(text); m; m = ENTRY.exec(text)) {
    marks.push({ index: m.index, end: m.index + m[0].length, dateText: (m[1] ?? m[2])!.trim() });
  }
  if (!marks.length) return [{ text: text.trim(), dateText: null }];
  const entries: ProgressEntry[] = [];
  const before = text.slice(0, marks[0]!.index).trim();
  if (before) entries.push({ text: before, dateText: null });
  marks.forEach((m, i) => {
    const next = marks[i + 1]?.index ?? text.length;
    entries.push({ text: text.slice(m.end, next).trim(), dateText: m.dateText });
  });
  return entries;
}

/** "As above", "See above", "Ditto": the cell reports what the action above reports. */
export function pointsUp(progress: string): boolean {
  return /^\s*(as (per )?above|see above|same as above|ditto|"|as previous(ly)?|see previous)\s*[.!]?\s*$/i.test(stripMarkup(progress));
}

/** A cell holding only punctuation (".", "-") is empty. */
export function isEmptyProgress(progress: string): boolean {
  return !hasWords(progress);
}

// Words before "complete(d)" that make it future, negated or partial, not done.
const NOT_DONE_BEFORE = /(\bnot\b|n't|\byet\b|\bto be\b|\bwill\b|\bwould\b|\bshould\b|\bmust\b|\bawait\w*|\bpending\b|\buntil\b|\bonce\b|\bwhen\b|\bif\b|\bexpected\b|\bdue\b|\bbeing\b|\bnearly\b|\balmost\b|\bpartially\b|\bpartly\b|\bnear\b|\bclose to\b|\bunable\b|\bneeds?\b|\bplan(ned)? to\b|\baim(s|ing)? to\b|\bintend\w* to\b|\bhope\w* to\b|\bbefore\b|\bafter\b|\bfor\b|\bto\b)\s+(\w+\s+){0,2}$/i;

// a hedge or negation anywhere in the clause governs its completion word (HEDGES)
const HEDGED_CLAUSE = new RegExp(HEDGES, 'i');
const CLAUSE_BREAK = /[.;:!?\n–—]|\s-\s|\bbut\b|\bhowever\b/i;

/** The entry says the action is done ("Complete", "Item considered complete", "All … completed"). */
export function saysComplete(entry: string): boolean {
  return completeWords(entry) !== null;
}

// Words before "complete" that belong to the saying of it: "is now complete", "has been completed".
const COMPLETE_LEAD = /(?:\b(?:has|have|had|is|are|was|were|been|now|fully|considered|deemed|successfully|item|action|this|all)\s+)+$/i;

// A target after "complete": "by December", "by the end of", "by 70%" (not "by the subgroup")
const BY_TARGET = `by\\s+(?:the\\s+)?(?:end|start|middle|beginning|${MONTH_NAME}|\\d+|next|mid|early|late|q[1-4]|spring|summer|autumn|winter|this|year|quarter|financial|time|due course)\\b`;
const TARGET_AFTER_COMPLETED = new RegExp(`^\\s*(?:${BY_TARGET}|(?:before|once|when)\\b)`, 'i');
const TARGET_AFTER_COMPLETE = new RegExp(`^\\s*(?:${BY_TARGET}|(?:in|within|before|during|once|when)\\b)`, 'i');

/** The words that say the action is done ("Complete", "now complete"), or null (§5.1). */
export function completeWords(entry: string): string | null {
  const text = stripMarkup(entry);
  const re = /\bcomplete(d)?\b/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    // only the clause the word sits in
    const clause = before.split(CLAUSE_BREAK).pop() ?? '';
    if (NOT_DONE_BEFORE.test(clause.slice(-40)) || HEDGED_CLAUSE.test(clause)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 25);
    // "complete by March", "complete in the summer": a target; "completed in May", "completed by the subgroup": done
    const target = m[1] ? TARGET_AFTER_COMPLETED : TARGET_AFTER_COMPLETE;
    if (target.test(after) && !/\b(has|have|is|are|was|were|now|been)\s+$/i.test(clause)) continue;
    return `${COMPLETE_LEAD.exec(clause)?.[0] ?? ''}${m[0]}`;
  }
  return null;
}

// "the new Strategic Plan", "next year's business plan", "the 2020/21 plan"
const NEXT_PLAN = "(?:the\\s+)?(?:new|next|following|(?:19|20)\\d\\d\\s*[-/]\\s*\\d{2,4})\\s+(?:year['’]?s?\\s+)?(?:(?:strategic|business|partnership|board|annual)\\s+){0,2}plan";
// "carried forward", "rolled over", "moved to new Strategic Plan", "moved into the Strategic Plan",
// "transferred into the 2020/21 plan", "deferred to next year", "spans two business plan years"
const CARRY_OVER = new RegExp(
  `\\b(${CARRIED_OVER}|(?:moved|transferred|rolled|carried|incorporated|included)\\s+(?:in)?to\\s+${NEXT_PLAN}|moved\\s+into\\s+the\\s+(?:strategic\\s+|business\\s+)?plan|(?:new|next)\\s+strategic\\s+plan|next\\s+(?:year['’]?s?\\s+)?(?:business\\s+)?plan|deferred\\s+(?:un)?(?:to|till|until)\\s+(?:next\\s+year|(?:19|20)\\d\\d\\s*[-/]\\s*\\d{2,4})|spans?\\s+(?:two|2|across\\s+two|more\\s+than\\s+one)\\s+business\\s+plans?\\s+years?)\\b`,
  'i',
);

/** The words that say the action carries over, or null. */
export function carryOverWords(text: string): string | null {
  const m = CARRY_OVER.exec(stripMarkup(text));
  return m ? m[0] : null;
}
