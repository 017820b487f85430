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
  // how alike two leftovers can be at most, from their letters: most pairs of steps 3 and 4 are
  // ruled out by it without working out the edit distance
  const lazyCounts = (text: (i: number) => string, count: number) => {
    const memo = new Array<Uint8Array | undefined>(count);
    return (i: number): Uint8Array => (memo[i] ??= letterCounts(text(i)));
  };
  const countsBefore = lazyCounts(textBefore, countBefore);
  const countsAfter = lazyCounts(textAfter, countAfter);
  const couldReach = (i: number, j: number, floor: number) => mostAlike(textBefore(i), textAfter(j), countsBefore(i), countsAfter(j)) >= floor;
  // where a sheet is: one number per sheet name across both versions
  const sheetIds = new Map<string, number>();
  const sheetId = (name: string) => sheetIds.get(name) ?? sheetIds.set(name, sheetIds.size).get(name)!;
  const refKeyOf = (list: Matchable, ids: number[]) => (i: number) => `${ids[list.actions.sheet[i]!]}\u0000${list.actions.ref[i] ?? ''}`;
  const idsBefore = before.sheets.map(sheetId);
  const idsAfter = after.sheets.map(sheetId);
  const refBefore = refKeyOf(before, idsBefore);
  const refAfter = refKeyOf(after, idsAfter);
  const match = new Array<number>(countAfter).fill(-1);
  const taken = new Uint8Array(countBefore);
  const pair = (j: number, i: number) => {
    match[j] = i;
    taken[i] = 1;
  };

  // 1: same sheet, ref and words, in plan order (the k-th of `after` in a place pairs with the
  // k-th of `before`); the later steps look only at what is left, which on a plan edited between
  // quarters is little. No key text is made per action: the actions of `before` are chained in
  // plan order under their ref (under their words where they have none), texts the engine
  // hashes once, and a link of the chain is taken only where sheet, ref and words all agree.
  const chainKey = (list: Matchable, i: number) => list.actions.ref[i] || list.actions.action[i]!;
  const chains = [new Map<string, number>(), new Map<string, number>()];
  const chainsOf = (list: Matchable, i: number) => chains[list.actions.ref[i] ? 0 : 1]!;
  const nextSame = new Int32Array(countBefore).fill(-1);
  for (let i = countBefore - 1; i >= 0; i--) {
    const heads = chainsOf(before, i);
    const key = chainKey(before, i);
    const first = heads.get(key);
    if (first !== undefined) nextSame[i] = first;
    heads.set(key, i);
  }
  const samePlace = (i: number, j: number) =>
    before.actions.action[i] === after.actions.action[j] &&
    (before.actions.ref[i] ?? '') === (after.actions.ref[j] ?? '') &&
    idsBefore[before.actions.sheet[i]!] === idsAfter[after.actions.sheet[j]!];
  for (let j = 0; j < countAfter; j++) {
    const heads = chainsOf(after, j);
    const key = chainKey(after, j);
    let previous = -1;
    let i = heads.get(key) ?? -1;
    while (i >= 0 && !samePlace(i, j)) [previous, i] = [i, nextSame[i]!];
    if (i < 0) continue;
    pair(j, i);
    // out of its chain, so the next action of the same place meets the next of `before`
    if (previous < 0) heads.set(key, nextSame[i]!);
    else nextSame[previous] = nextSame[i]!;
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
      if (taken[i] || !couldReach(i, j, bestScore)) continue;
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
          if (!couldReach(i, j, AGREE_ELSEWHERE)) continue;
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

/**
 * At most how alike two folded texts are (similarity never exceeds it), from how many of each
 * character they hold: an edit adds, removes or replaces one character, so the edit distance is
 * at least the larger of the characters one has more of and the characters it has fewer of.
 */
function mostAlike(a: string, b: string, countsA: Uint8Array, countsB: Uint8Array): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  let more = 0;
  let fewer = 0;
  for (let k = 0; k < countsA.length; k++) {
    const d = countsA[k]! - countsB[k]!;
    if (d > 0) more += d;
    else fewer -= d;
  }
  return 1 - Math.max(more, fewer) / longest;
}

/** How many of each character a folded text holds (plain ASCII: foldForMatch keeps no other). */
function letterCounts(folded: string): Uint8Array {
  const counts = new Uint8Array(128);
  for (let k = 0; k < folded.length; k++) {
    const c = folded.charCodeAt(k) & 127;
    if (counts[c]! < 255) counts[c]!++;
  }
  return counts;
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
