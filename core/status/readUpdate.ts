import { collapseSpaces, hasWords, stripMarkup } from '../text/cleanText';
import { BoundedMemo } from '../memo';
import { carryOverWords, completeWords } from './progressText';
import * as V from './updateVocabulary';
import type { Says } from './statusTypes';

/**
 * What the latest progress update says, read as a business manager reads it (PRODUCT §5.1a):
 * `done` where it reports the action's work as having happened, `carried` where it moves the
 * action on, `not-done` where it plans, continues, awaits, delays, hedges or negates (or says
 * nothing that decides), `no-update` where there is nothing to read. Precision first: a wrong
 * "done" hides a late action from the board, so any blocking wording in the entry wins.
 */

export interface UpdateReading {
  says: Says;
  /** The shortest phrase of the update that decides it, as written; null where nothing decides. */
  words: string | null;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** One alternation of a word list, longest first so "signed off" wins over "signed". */
const alt = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');
// matched against the lower-cased text: a big alternation runs ~10× faster without the i flag
const bounded = (source: string) => new RegExp(`(?<![\\w'’-])(?:${source})(?![\\w])`, 'g');

// One alternation of the delivering verbs, compiled once: the chain ("developed and approved") and
// the auxiliary before it ("has been", "was") are read around each match, not by further patterns.
const DELIVER = bounded(`(?:re-?)?(?:${alt(V.DELIVERING)})`);
const ADVERBS = '(?:now|also|already|successfully|recently|all|both|fully|finally|formally|jointly|subsequently|since|well|widely|duly|officially)';
// perfect or past before a delivering verb: "has now been", "have", "was", "were formally"
const AUX_BEFORE = new RegExp(`(?<![\\w'’-])(?:(?:has|have|had|'s|'ve)\\s+(?:${ADVERBS}\\s+){0,2}(?:been\\s+)?|(?:was|were|got)\\s+)(?:${ADVERBS}\\s+){0,2}$`, 'i');
const PRESENT_AUX_BEFORE = /(?<![\w'’-])(?:is|are|am|'re)\s+(?:\w+\s+)?$/i;
const SAME_AS_BASE = new RegExp(`^(?:${alt(V.SAME_AS_BASE)})(?![\\w])`, 'i');
const CHAIN_JOIN = /^\s*(?:,\s*and|,|and|&)\s+(?:then\s+|also\s+)?$/i;
// a result stated as present fact: "is fully operational", "now in place", "Parents now sit on"
const PRESENT = bounded(
  [`(?:is|are)\\s+(?:${ADVERBS}\\s+){0,2}(?:${alt(V.RESULT_STATES)})`, `now\\s+(?:${alt(V.NOW_STATES)})`, alt(V.IN_EFFECT)].join('|'),
);

// Words before a bare participle that make it an adjective or not a claim: "the agreed protocol", "once approved".
const NOT_A_CLAIM_BEFORE = /\b(?:is|are|am|the|a|an|this|that|these|those|our|their|its|his|her|my|your|being|be|to|not|once|when|if|until|unless|before|newly|no|any|each|every|of|with|for|from|into|about|than)\s+$/i;
// After a clause-opening participle, what makes it a verb ("Held two workshops") rather than an adjective ("Revised protocol").
const VERB_AFTER_OPENING = /^\s*(?:$|[,.;:!?()–-]|(?:the|a|an|all|every|two|three|four|five|six|\d+|on|in|at|with|by|to|and|across|for|via|from|during|last|this|our|its|their|new|successfully|as|jointly|through|within)\b)/i;
const TALK_BEFORE = new RegExp(`\\b(?:${alt(V.TALK)})\\b[^.;!?\\n]{0,30}$`, 'i');
// after the verb: talk about the work ("held to discuss", "received an update from the police")
const TALK_AFTER = new RegExp(`^\\s*(?:(?:\\w+\\s+){0,4}?to\\s+(?:discuss|consider|agree|plan|explore|look|talk|scope)\\b|(?:an?|the|some|further|regular|an initial)\\s+(?:${alt(V.TALK)})\\b)`, 'i');

const BLOCKING = V.BLOCKING.map(({ cls, patterns }) => {
  const extra =
    cls === 'continuing'
      ? [
          // work going on: "are being finalised", "is working with", "Exploring options"
          `(?:is|are|am|was|were)\\s+(?:(?:currently|now|still|also|actively|slowly|gradually|steadily)\\s+)?(?:being\\s+\\w+|(?!(?:${alt(V.NOT_PROGRESSIVE)})(?![\\w]))\\w+ing)`,
          `(?<=(?:^|[.;:!?\\n•–-])\\s*)(?:${alt(V.ONGOING_VERBS)})`,
          `now\\s+(?:${alt(V.ONGOING_VERBS)})`,
        ]
      : [];
  return { cls, re: bounded([...patterns, ...extra].join('|')) };
});
const AFTERCARE = bounded(V.AFTERCARE.join('|'));
const NO_UPDATE = new RegExp(V.NO_UPDATE, 'i');
const HEDGED_COMPLETION = bounded(V.HEDGED_COMPLETION);
const MOVES_ON = bounded(V.MOVES_ON.join('|'));
// "NEW" marks the part of a cell written this quarter: that part is the latest update
const NEW_MARKER = /(?:^|[\s(•*-])NEW\b[\s:–—)*-]*/g;
// Clause ends: sentence stops (not "24.7.18" or "V2.pptx"), line breaks, bullets, spaced dashes, runs of spaces (pasted lines)
const CLAUSE_END = /[.;!?](?=\s|$)|\n|•|\s[–—-]\s|[ \t]{2,}/g;

/** The latest update's reading. Plans repeat their wording (pasted updates): each is read once. */
export function readUpdate(latest: string): UpdateReading {
  return memo.get(latest);
}

const memo = new BoundedMemo<string, Readonly<UpdateReading>>(5000, (latest) => Object.freeze(readUncached(latest)));

function readUncached(latest: string): UpdateReading {
  if (!hasWords(latest)) return { says: 'no-update', words: null };
  const text = latestPart(stripMarkup(latest));
  const plain = collapseSpaces(text).trim();
  if (NO_UPDATE.test(plain)) return { says: 'no-update', words: tidy(plain) };

  const lower = lowerSameLength(text);
  // "cannot yet assure that every action was completed" is not a completion
  const hedged = firstMatch(HEDGED_COMPLETION, text, lower);
  if (hedged) return { says: 'not-done', words: tidy(hedged) };
  const complete = completeWords(text);
  if (complete) return { says: 'done', words: tidy(complete) };
  const carry = carryOverWords(text) ?? firstMatch(MOVES_ON, text, lower);
  if (carry) return { says: 'carried', words: tidy(carry) };

  const block = firstBlock(text, lower);
  if (block) return { says: 'not-done', words: tidy(block) };
  const claim = firstClaim(text, lower);
  if (claim) return { says: 'done', words: tidy(clauseWindow(text, claim.start, claim.end)) };
  return { says: 'not-done', words: null };
}

/** The text after the last "NEW" marker, where one marks this quarter's addition. */
function latestPart(text: string): string {
  let last = -1;
  NEW_MARKER.lastIndex = 0;
  for (let m = NEW_MARKER.exec(text); m; m = NEW_MARKER.exec(text)) last = m.index + m[0].length;
  const after = last >= 0 ? text.slice(last) : '';
  return hasWords(after) ? after : text;
}

/** The text in lower case, letter for letter (so positions in one are positions in the other). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (ch) => {
    const l = ch.toLowerCase();
    return l.length === ch.length ? l : ch;
  }).join('');
}

function firstMatch(re: RegExp, text: string, lower: string): string | null {
  re.lastIndex = 0;
  const m = re.exec(lower);
  return m ? text.slice(m.index, m.index + m[0].length) : null;
}

interface Span {
  start: number;
  end: number;
}

function spans(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    else out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The first blocking words of the highest class, outside what merely follows a finished piece of work. */
function firstBlock(text: string, lower: string): string | null {
  const aftercare = spans(AFTERCARE, lower);
  const exempt = (s: Span) => aftercare.some((a) => s.start < a.end && a.start < s.end);
  for (const { re } of BLOCKING) {
    const found = spans(re, lower).find((s) => !exempt(s));
    if (found) return text.slice(found.start, found.end);
  }
  return null;
}

/** The first statement that the work happened, skipping adjectives ("the agreed protocol") and talk ("meeting held"). */
function firstClaim(text: string, lower: string): Span | null {
  const present = spans(PRESENT, lower).find((s) => !isTalk(text, s)) ?? null;
  const verbs = spans(DELIVER, lower);
  for (let i = 0; i < verbs.length; i++) {
    const first = verbs[i]!;
    if (present && first.start >= present.start) break;
    // the chain: "agreed and circulated", "collated, analysed and shared"
    let end = first.end;
    while (i + 1 < verbs.length && CHAIN_JOIN.test(text.slice(end, verbs[i + 1]!.start))) end = verbs[++i]!.end;
    const before = text.slice(Math.max(0, first.start - 40), first.start);
    const aux = AUX_BEFORE.exec(before);
    const claim = { start: aux ? first.start - aux[0].length : first.start, end };
    if (!aux && (PRESENT_AUX_BEFORE.test(before) || !bareIsClaim(text, first))) continue;
    if (isTalk(text, claim)) continue;
    return claim;
  }
  return present;
}

function bareIsClaim(text: string, s: Span): boolean {
  const before = text.slice(Math.max(0, s.start - 30), s.start);
  if (NOT_A_CLAIM_BEFORE.test(before)) return false;
  const opening = /(?:^|[.;:!?\n•–-])\s*$/.test(text.slice(0, s.start));
  if (!opening) return true;
  // "Set up a group" opening a clause is the plain verb; "Held two workshops" is a past
  return !SAME_AS_BASE.test(text.slice(s.start, s.end)) && VERB_AFTER_OPENING.test(text.slice(s.end, s.end + 20));
}

function isTalk(text: string, s: Span): boolean {
  return TALK_BEFORE.test(subjectBefore(text, s.start)) || TALK_AFTER.test(text.slice(s.end, s.end + 60));
}

// the clause before a claim, from its last "where"/"which"/"when": the claim's own subject
const SUBORDINATE = /.*\b(?:where|whereby|which|when)\s+/is;

function subjectBefore(text: string, start: number): string {
  const before = text.slice(lastClauseEnd(text, start), start);
  const sub = SUBORDINATE.exec(before);
  return sub ? before.slice(sub[0].length) : before;
}

function lastClauseEnd(text: string, before: number): number {
  let at = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(text); m && m.index < before; m = CLAUSE_END.exec(text)) at = m.index + m[0].length;
  return at;
}

function nextClauseEnd(text: string, after: number): number {
  CLAUSE_END.lastIndex = after;
  const m = CLAUSE_END.exec(text);
  return m ? m.index : text.length;
}

const LEAD_WORDS = 6;
const TAIL_WORDS = 8;
// where the words after a claim stop: a comma, a bracket, or a new clause ("and the briefing …", "with two schools")
const TAIL_STOP = /[,(]|\s(?:and|but|with|which|who|whilst|while|however|as|so|because|although|though|when|where|if|once|after|before|since)\s+(?=[a-z0-9])/;

/** The claim with its subject and the words that complete it, within its clause: "Workshop ran in May for 40 staff". */
function clauseWindow(text: string, start: number, end: number): string {
  // the subject, not a clause it hangs from: "… minutes of the meeting where the protocol was approved"
  const lead = subjectBefore(text, start).split(/\s+/).filter(Boolean).slice(-LEAD_WORDS).join(' ');
  let tail = text.slice(end, nextClauseEnd(text, end));
  const stop = TAIL_STOP.exec(tail);
  if (stop) tail = tail.slice(0, stop.index);
  const after = tail.split(/\s+/).filter(Boolean).slice(0, TAIL_WORDS).join(' ');
  return [lead, text.slice(start, end), after].filter(Boolean).join(' ');
}

const LOOSE_END = /\s+(?:and|or|the|a|an|to|of|for|in|on|at|by|from|with|that)$/i;

/** One line, no enclosing punctuation or connecting words at the ends. */
function tidy(words: string): string {
  let out = collapseSpaces(words).replace(/^[\s,.;:–—•*-]+|[\s,.;:–—•*(-]+$/g, '');
  while (LOOSE_END.test(out)) out = out.replace(LOOSE_END, '');
  return out.trim();
}
