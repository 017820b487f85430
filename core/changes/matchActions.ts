import { distance } from 'fastest-levenshtein';
import { foldForMatch } from '../text/cleanText';

/**
 * Which action of one version of a plan is which action of the other (PRODUCT §7a). Plans are
 * renumbered, rows inserted, deleted and moved between quarters, so a ref alone proves nothing:
 *   1. same sheet, same ref, same words;
 *   2. the same words anywhere (a renumbered or moved action), in plan order;
 *   3. same sheet and ref where the words still agree (an action reworded a little);
 *   4. similar words anywhere (moved and reworded), the most similar pairs first.
 * Never by ref alone: two actions whose words differ wholly are not the same action.
 */
export interface Matchable {
  sheets: readonly string[];
  /** One column each, in plan order (a record's): the sheet (index into `sheets`), ref and first words. */
  actions: { sheet: readonly number[]; ref: readonly (string | null)[]; action: readonly string[] };
}

/** Same sheet and ref: how alike the words must be (1 − edit distance / length). */
const AGREE_SAME_REF = 0.6;
/** Anywhere else: more alike, since nothing else ties them. */
const AGREE_ELSEWHERE = 0.75;
/** Step 4 compares an action with those sharing one of its rarest words, at most this many of each. */
const RARE_WORDS = 4;
const PER_WORD = 64;

/** For each action of `after`, the index of its counterpart in `before`, or -1 (a new action). */
export function matchActions(before: Matchable, after: Matchable): number[] {
  const countBefore = before.actions.action.length;
  const countAfter = after.actions.action.length;
  // the words folded for matching, worked out only for actions step 1 leaves (few, between quarters)
  const lazyFold = (list: Matchable) => {
    const memo = new Array<string | undefined>(list.actions.action.length);
    return (i: number): string => (memo[i] ??= foldForMatch(list.actions.action[i]!));
  };
  const textBefore = lazyFold(before);
  const textAfter = lazyFold(after);
  // where a sheet is: one number per sheet name across both versions
  const sheetIds = new Map<string, number>();
  const sheetId = (name: string) => sheetIds.get(name) ?? sheetIds.set(name, sheetIds.size).get(name)!;
  const refKeyOf = (list: Matchable) => {
    const ids = list.sheets.map(sheetId);
    return (i: number) => `${ids[list.actions.sheet[i]!]}\u0000${list.actions.ref[i] ?? ''}`;
  };
  const refBefore = refKeyOf(before);
  const refAfter = refKeyOf(after);
  const match = new Array<number>(countAfter).fill(-1);
  const taken = new Uint8Array(countBefore);
  const pair = (j: number, i: number) => {
    match[j] = i;
    taken[i] = 1;
  };

  // 1: same sheet, ref and words, in plan order (the k-th of `after` under a key pairs with the
  // k-th of `before`); the later steps look only at what is left, which on a plan edited between
  // quarters is little. A chain through `nextSame` rather than a list per key: one per action.
  const placeBefore = (i: number) => `${refBefore(i)}\u0000${before.actions.action[i]}`;
  const firstAt = new Map<string, number>();
  const nextSame = new Int32Array(countBefore).fill(-1);
  for (let i = countBefore - 1; i >= 0; i--) {
    const key = placeBefore(i);
    const first = firstAt.get(key);
    if (first !== undefined) nextSame[i] = first;
    firstAt.set(key, i);
  }
  for (let j = 0; j < countAfter; j++) {
    const key = `${refAfter(j)}\u0000${after.actions.action[j]}`;
    const i = firstAt.get(key);
    if (i === undefined || i < 0) continue;
    pair(j, i);
    firstAt.set(key, nextSame[i]!);
  }

  // 2: the same words anywhere (a renumbered or moved action), in plan order
  const left = () => {
    const free: number[] = [];
    for (let i = 0; i < countBefore; i++) if (!taken[i]) free.push(i);
    return free;
  };
  const byWords = groupBy(left(), textBefore);
  for (let j = 0; j < countAfter; j++) {
    if (match[j]! >= 0 || !textAfter(j)) continue;
    const i = nextFree(byWords.get(textAfter(j)), taken);
    if (i >= 0) pair(j, i);
  }

  // 3: same sheet and ref, words alike
  const byRef = groupBy(left(), refBefore);
  for (let j = 0; j < countAfter; j++) {
    if (match[j]! >= 0 || after.actions.ref[j] === null) continue;
    let best = -1;
    let bestScore = AGREE_SAME_REF;
    for (const i of byRef.get(refAfter(j))?.items ?? []) {
      if (taken[i]) continue;
      const score = similarity(textBefore(i), textAfter(j));
      if (score >= bestScore && (best < 0 || score > bestScore)) [best, bestScore] = [i, score];
    }
    if (best >= 0) pair(j, best);
  }

  // 4: alike anywhere, most alike first
  const freeBefore = left().filter((i) => textBefore(i));
  const freeAfter: number[] = [];
  for (let j = 0; j < countAfter; j++) if (match[j]! < 0 && textAfter(j)) freeAfter.push(j);
  if (freeBefore.length && freeAfter.length) {
    const byWord = new Map<string, number[]>();
    for (const i of freeBefore) for (const w of wordsOf(textBefore(i))) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(i);
    const candidates: { i: number; j: number; score: number }[] = [];
    for (const j of freeAfter) {
      const rare = wordsOf(textAfter(j))
        .filter((w) => byWord.has(w))
        .sort((x, y) => byWord.get(x)!.length - byWord.get(y)!.length)
        .slice(0, RARE_WORDS);
      const seen = new Set<number>();
      for (const w of rare) {
        for (const i of byWord.get(w)!.slice(0, PER_WORD)) {
          if (seen.has(i)) continue;
          seen.add(i);
          const score = similarity(textBefore(i), textAfter(j));
          if (score >= AGREE_ELSEWHERE) candidates.push({ i, j, score });
        }
      }
    }
    candidates.sort((x, y) => y.score - x.score || x.j - y.j || x.i - y.i);
    for (const c of candidates) if (match[c.j]! < 0 && !taken[c.i]) pair(c.j, c.i);
  }
  return match;
}

/** How alike two folded texts are, from 0 (nothing alike) to 1 (the same). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

function wordsOf(folded: string): string[] {
  return [...new Set(folded.split(' ').filter((w) => w.length >= 3))];
}

/** Indices in plan order under a key, with a cursor past those already taken. */
interface Group {
  items: number[];
  next: number;
}

function groupBy(indices: readonly number[], key: (index: number) => string): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const i of indices) {
    const k = key(i);
    const g = groups.get(k);
    if (g) g.items.push(i);
    else groups.set(k, { items: [i], next: 0 });
  }
  return groups;
}

/** The first index of the group not yet taken, in plan order. */
function nextFree(group: Group | undefined, taken: Uint8Array): number {
  if (!group) return -1;
  while (group.next < group.items.length && taken[group.items[group.next]!]) group.next++;
  return group.next < group.items.length ? group.items[group.next++]! : -1;
}
