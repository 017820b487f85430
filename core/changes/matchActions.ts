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
  sheet: string;
  ref: string | null;
  action: string;
}

/** Same sheet and ref: how alike the words must be (1 − edit distance / length). */
const AGREE_SAME_REF = 0.6;
/** Anywhere else: more alike, since nothing else ties them. */
const AGREE_ELSEWHERE = 0.75;
/** Step 4 compares an action with those sharing one of its rarest words, at most this many of each. */
const RARE_WORDS = 4;
const PER_WORD = 64;

/** For each action of `after`, the index of its counterpart in `before`, or -1 (a new action). */
export function matchActions(before: readonly Matchable[], after: readonly Matchable[]): number[] {
  // the words folded for matching, worked out only for actions step 1 leaves (few, between quarters)
  const lazyFold = (list: readonly Matchable[]) => {
    const memo = new Array<string | undefined>(list.length);
    return (i: number): string => (memo[i] ??= foldForMatch(list[i]!.action));
  };
  const textBefore = lazyFold(before);
  const textAfter = lazyFold(after);
  const match = new Array<number>(after.length).fill(-1);
  const taken = new Uint8Array(before.length);
  const pair = (j: number, i: number) => {
    match[j] = i;
    taken[i] = 1;
  };

  // 1 and 2: equal words, first in the same place, then anywhere (each in plan order); the
  // later steps look only at what is left, which on a plan edited between quarters is little
  const byPlace = groupBy(before, (i) => placeKey(before[i]!, before[i]!.action));
  after.forEach((a, j) => {
    const i = nextFree(byPlace.get(placeKey(a, a.action)), taken);
    if (i >= 0) pair(j, i);
  });
  const left = () => before.map((_, i) => i).filter((i) => !taken[i]);
  const byWords = groupBy(before, (i) => textBefore(i), left());
  after.forEach((_, j) => {
    if (match[j]! >= 0 || !textAfter(j)) return;
    const i = nextFree(byWords.get(textAfter(j)), taken);
    if (i >= 0) pair(j, i);
  });

  // 3: same sheet and ref, words alike
  const byRef = groupBy(before, (i) => refKey(before[i]!), left());
  after.forEach((a, j) => {
    if (match[j]! >= 0 || a.ref === null) return;
    let best = -1;
    let bestScore = AGREE_SAME_REF;
    for (const i of byRef.get(refKey(a))?.items ?? []) {
      if (taken[i]) continue;
      const score = similarity(textBefore(i), textAfter(j));
      if (score >= bestScore && (best < 0 || score > bestScore)) [best, bestScore] = [i, score];
    }
    if (best >= 0) pair(j, best);
  });

  // 4: alike anywhere, most alike first
  const freeBefore = before.map((_, i) => i).filter((i) => !taken[i] && textBefore(i));
  const freeAfter = after.map((_, j) => j).filter((j) => match[j]! < 0 && textAfter(j));
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

function placeKey(a: Matchable, words: string): string {
  return `${refKey(a)}\u0000${words}`;
}

function refKey(a: Matchable): string {
  return `${a.sheet}\u0000${a.ref ?? ''}`;
}

function wordsOf(folded: string): string[] {
  return [...new Set(folded.split(' ').filter((w) => w.length >= 3))];
}

/** Indices in plan order under a key, with a cursor past those already taken. */
interface Group {
  items: number[];
  next: number;
}

function groupBy<T>(list: readonly T[], key: (index: number) => string, indices?: number[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  const add = (i: number) => {
    const k = key(i);
    const g = groups.get(k);
    if (g) g.items.push(i);
    else groups.set(k, { items: [i], next: 0 });
  };
  if (indices) indices.forEach(add);
  else for (let i = 0; i < list.length; i++) add(i);
  return groups;
}

/** The first index of the group not yet taken, in plan order. */
function nextFree(group: Group | undefined, taken: Uint8Array): number {
  if (!group) return -1;
  while (group.next < group.items.length && taken[group.items[group.next]!]) group.next++;
  return group.next < group.items.length ? group.items[group.next++]! : -1;
}
