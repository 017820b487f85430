import { ownValue } from '../keyed';
import type { Status } from '../status/statusTypes';
import type { RagScheme } from './schemeSchema';
import { BUILT_IN_SCHEMES, COLOUR_WORDS } from './builtInSchemes';
import { collapseSpaces, foldForMatch } from '../text/cleanText';
import { BoundedMemo } from '../memo';

/**
 * The RAG key staff write in a plan ("Green: if on or better than target", "Grey: If complete",
 * or "Red: Off Target; Amber: On Target; Green: Complete"), read by meaning.
 */
export interface KeyPair {
  label: string;
  meaning: string;
  /** The fill of the key cell, where it has one. */
  fill: string | null;
}

const COLOUR_LABEL = /^(light green|dark green|green|amber|yellow|orange|red|grey|gray|blue|purple|black|white)$/i;
const PAIR = /(light green|dark green|green|amber|yellow|orange|red|grey|gray|blue|purple|black|white)\s*(?:[:=–—-]|\s-\s)\s*([^;\n]*?)(?=\s*(?:;|\n|$|\b(?:light green|dark green|green|amber|yellow|orange|red|grey|gray|blue|purple|black|white)\s*[:=–—]))/gi;

/** True for a key heading alone: "RAG:", "RAG key", "Key:", "RAG rating key". */
export function isKeyHeading(text: string): boolean {
  return /^\s*(rag( rating| status)?( key)?|key|rag key|status key)\s*:?\s*$/i.test(text);
}

const STARTS_WITH_LABEL = /^\s*(light green|dark green|green|amber|yellow|orange|red|grey|gray|blue|purple|black|white)\b/i;

const KEY_PREFIX = /^\s*(?:rag(?:\s+(?:key|rating|status))*|key)\s*[:–—-]\s*/i;

/** The label–meaning pairs in one cell's text; empty where the text is not a key. */
export function keyPairsIn(text: string, fill: string | null = null): KeyPair[] {
  // a key is short and starts with a label or a "RAG key:" heading (cheap tests first)
  if (text.length > 400 || !(STARTS_WITH_LABEL.test(text) || KEY_PREFIX.test(text))) return [];
  // a plan repeats its key wherever it was pasted between rows: each wording is read once
  return keyTexts.get(text).map((p) => ({ label: p.label, meaning: p.meaning, fill }));
}

const keyTexts = new BoundedMemo<string, Omit<KeyPair, 'fill'>[]>(1000, (text) => readKeyPairs(text));

function readKeyPairs(text: string): Omit<KeyPair, 'fill'>[] {
  // "RAG key: Green = …" names its labels after a heading
  const body = text.replace(KEY_PREFIX, '');
  // the whole text must be the key: it starts with its first label (cheap test first)
  if (!STARTS_WITH_LABEL.test(body)) return [];
  const t = collapseSpaces(body).trim();
  const pairs: Omit<KeyPair, 'fill'>[] = [];
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(t); m; m = PAIR.exec(t)) {
    const meaning = m[2]!.trim();
    if (meaning && statusesOfMeaning(meaning).length) pairs.push({ label: titleCase(m[1]!), meaning });
  }
  if (!pairs.length || !new RegExp(`^${pairs[0]!.label}`, 'i').test(t)) return [];
  return pairs;
}

/** A two-cell key row: "Green" | "On target". */
export function keyPairFromCells(label: string, meaning: string, fill: string | null): KeyPair | null {
  if (!COLOUR_LABEL.test(label.trim())) return null;
  if (!statusesOfMeaning(meaning).length) return null;
  return { label: titleCase(label.trim()), meaning: meaning.trim(), fill };
}

/** The statuses a key's words stand for, by meaning. */
export function statusesOfMeaning(meaning: string): readonly Status[] {
  // a plan repeats its key wherever it was pasted between rows: each wording is read once
  return meanings.get(meaning);
}

const meanings = new BoundedMemo<string, readonly Status[]>(1000, (meaning) => Object.freeze(readMeaning(meaning)));

// "no concerns", "without delay": the absence of a problem is no problem
const NO_PROBLEM = /\b(?:no|without|nil|few)\s+(?:significant\s+|major\s+)?(?:concerns?|issues?|risks?|delays?|slippage|problems?)\b/g;
const CARRIED = /\b(carr(y|ied|ies) (over|forward)|roll(ed)? (over|forward)|moved to|next (year|plan)|deferred)\b/;
const OFF_TRACK = /\b(not (yet )?(started|complete|achieved|progressing|delivered|on (target|track|schedule))|off (target|track|schedule)|below (an )?(acceptable )?tolerance|outside (the )?tolerance|significant(ly)? (behind|delay\w*|slippage|concerns?|risks?|issues?)|serious (concerns?|delay\w*|slippage)|major (concerns?|delay\w*|slippage|issues?)|unlikely|failed|overdue|stalled|no progress|missed)\b/;
const AT_RISK = /\b(within (an |the )?(acceptable )?tolerance|worse than target but|slight(ly)? (behind|delay\w*)|some (slippage|delay\w*|concerns?|risks?|issues?)|at risk|minor (slippage|delay\w*|concerns?|issues?)|behind (target|schedule)|delay(s|ed)?|slipp(age|ing)|partial(ly)?|may not|risk of)\b/;
const COMPLETE = /\b(complete|completed|achieved|done|finished|closed|delivered)\b/;
const ON_TRACK = /\b(on (or better than )?target|better than target|on track|on schedule|on course|in progress|progressing|good progress|on time|in hand|under ?way)\b/;

function readMeaning(meaning: string): Status[] {
  const t = foldForMatch(meaning).replace(NO_PROBLEM, ' ');
  if (CARRIED.test(t)) return ['carried-over'];
  if (OFF_TRACK.test(t)) return ['off-track'];
  if (AT_RISK.test(t)) return ['at-risk'];
  if (COMPLETE.test(t)) return ['complete'];
  if (ON_TRACK.test(t)) return ['on-track'];
  return [];
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

/**
 * A scheme from the key's pairs: each label takes the statuses its meaning names; where the key
 * lacks one, at-risk takes off-track's label and carried-over takes on-track's (PRODUCT §5).
 * Named after a built-in scheme when it is the same one.
 */
export function schemeFromKey(pairs: KeyPair[]): RagScheme | null {
  const labels = new Map<string, { label: string; colour: string; statuses: Status[] }>();
  const owner = new Map<Status, string>();
  for (const p of pairs) {
    const key = p.label.toLowerCase();
    const entry = labels.get(key) ?? { label: p.label, colour: p.fill ?? ownValue(COLOUR_WORDS, key) ?? '#FFFFFF', statuses: [] };
    for (const s of statusesOfMeaning(p.meaning)) {
      if (owner.has(s)) continue;
      owner.set(s, key);
      entry.statuses.push(s);
    }
    labels.set(key, entry);
  }
  const borrow = (status: Status, from: Status) => {
    if (owner.has(status)) return;
    const k = owner.get(from);
    if (!k) return;
    labels.get(k)!.statuses.push(status);
    owner.set(status, k);
  };
  borrow('at-risk', 'off-track');
  borrow('carried-over', 'on-track');
  for (const s of ['complete', 'on-track', 'off-track', 'at-risk', 'carried-over'] as const) if (!owner.has(s)) return null;
  const scheme: RagScheme = { name: 'workbook key', labels: [...labels.values()].filter((l) => l.statuses.length) };
  for (const builtIn of Object.values(BUILT_IN_SCHEMES)) {
    if (sameMapping(scheme, builtIn)) return { ...builtIn, labels: builtIn.labels.map((l) => ({ ...l })) };
  }
  return scheme;
}

function sameMapping(a: RagScheme, b: RagScheme): boolean {
  const sig = (s: RagScheme) =>
    s.labels
      .map((l) => `${l.label.toLowerCase().replace('gray', 'grey')}=${[...l.statuses].sort().join(',')}`)
      .sort()
      .join(';');
  return sig(a) === sig(b);
}
