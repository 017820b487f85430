import type { Status } from '../status/statusTypes';
import type { RagScheme } from './schemeSchema';
import { foldForMatch } from '../text/cleanText';
import { statusesOfMeaning } from './ragKey';
import { COLOUR_WORDS } from './builtInSchemes';
import { ownValue } from '../keyed';
import { hexToRgb } from '../grid/colour';

/** The scheme's label for a status; null for not-assessed (no label). */
export function labelForStatus(status: Status, scheme: RagScheme): string | null {
  return scheme.labels.find((l) => l.statuses.includes(status))?.label ?? null;
}

export function colourOfLabel(label: string, scheme: RagScheme): string | null {
  return scheme.labels.find((l) => l.label === label)?.colour ?? null;
}

export type GivenText = { kind: 'none' } | { kind: 'label'; label: string } | { kind: 'invalid'; text: string };

/**
 * A RAG cell's text as a label of the scheme: the label itself ("Green", "green."), its initial
 * ("G"), or a status word ("Complete", "On track"). Anything else is not a label.
 */
export function labelForText(text: string, scheme: RagScheme): GivenText {
  const t = foldForMatch(symbolsAsWords(text));
  if (!t) return PICTOGRAPH.test(text) ? { kind: 'invalid', text: text.trim() } : { kind: 'none' };
  const byName = scheme.labels.find((l) => foldForMatch(l.label) === t) ?? labelForColourWord(t, scheme);
  if (byName) return { kind: 'label', label: byName.label };
  if (t.length === 1) {
    // "G" is Green even where Grey shares the initial: the red-amber-green letters come first
    const initials = scheme.labels.filter((l) => l.label[0]?.toLowerCase() === t);
    const pick = initials.length === 1 ? initials[0] : initials.find((l) => /^(red|amber|green)$/i.test(l.label));
    if (pick) return { kind: 'label', label: pick.label };
  }
  // "Green – on track", "Amber/Red": the first word when it is a label
  const first = t.split(/[\s/]+/)[0] ?? '';
  const byFirst = scheme.labels.find((l) => foldForMatch(l.label) === first) ?? labelForColourWord(first, scheme);
  if (byFirst && t.length <= 40) return { kind: 'label', label: byFirst.label };
  if (t.length <= 30) {
    const statuses = statusesOfMeaning(t);
    if (statuses.length) {
      const label = labelForStatus(statuses[0]!, scheme);
      if (label) return { kind: 'label', label };
    }
  }
  return { kind: 'invalid', text: text.trim() };
}

/**
 * RAG written as a symbol (PRODUCT §5): a coloured circle, square or heart is its colour word,
 * a tick is "complete". Any other pictograph in a RAG cell is reported, never ignored.
 */
const RAG_SYMBOLS: readonly [RegExp, string][] = [
  [/\u{1F7E2}|\u{1F7E9}|\u{1F49A}/gu, 'green'],
  [/\u{1F7E0}|\u{1F7E7}|\u{1F9E1}/gu, 'orange'],
  [/\u{1F7E1}|\u{1F7E8}|\u{1F49B}/gu, 'yellow'],
  [/\u{1F534}|\u{1F7E5}|\u2764\uFE0F?/gu, 'red'],
  [/\u26AA|\u2B1C|\u{1F90D}/gu, 'white'],
  [/\u{1F535}|\u{1F7E6}|\u{1F499}/gu, 'blue'],
  [/\u26AB|\u2B1B|\u{1F5A4}/gu, 'black'],
  [/\u{1F7E3}|\u{1F7EA}|\u{1F49C}/gu, 'purple'],
  [/\u2705|\u2714\uFE0F?|\u2611\uFE0F?|\u2713/gu, 'complete'],
];
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{So}]/u;

function symbolsAsWords(text: string): string {
  if (!PICTOGRAPH.test(text)) return text;
  let t = text;
  for (const [symbol, word] of RAG_SYMBOLS) t = t.replace(symbol, ` ${word} `);
  return t;
}

/** Colour words staff use for a label of another name: orange and yellow for Amber, gray for Grey. */
const COLOUR_SYNONYMS: Readonly<Record<string, readonly string[]>> = { orange: ['amber'], yellow: ['amber'], gray: ['grey'], amber: ['orange', 'yellow'] };

/** The label a colour word names: by a synonym ("orange" is Amber), else the label of (almost) that colour. */
function labelForColourWord(word: string, scheme: RagScheme): RagScheme['labels'][number] | undefined {
  const colour = ownValue(COLOUR_WORDS, word);
  if (!colour) return undefined;
  for (const other of ownValue(COLOUR_SYNONYMS, word) ?? []) {
    const l = scheme.labels.find((x) => foldForMatch(x.label) === other);
    if (l) return l;
  }
  // a scheme of its own words ("On track" in green): the label whose colour is this one
  return scheme.labels.find((l) => colourDistance(colour, l.colour) < 15);
}

/** True for no fill or (near) white: no RAG given. */
export function isNoFill(fill: string | null): boolean {
  if (!fill) return true;
  const c = hexToRgb(fill);
  return !c || (c[0] > 245 && c[1] > 245 && c[2] > 245);
}

/** sRGB to CIE L*a*b*: distances there follow what people see as "the same colour". */
function lab([r, g, b]: [number, number, number]): [number, number, number] {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const [R, G, B] = [lin(r), lin(g), lin(b)];
  const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
  const y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** The label whose colour is nearest a cell's fill (CIE76 distance); null for no fill or white. */
const nearest = new WeakMap<RagScheme, Map<string, string | null>>();

export function labelForFill(fill: string | null, scheme: RagScheme): string | null {
  if (!fill) return null;
  let memo = nearest.get(scheme);
  if (!memo) nearest.set(scheme, (memo = new Map()));
  // a plan uses a handful of fills: each is matched once
  const known = memo.get(fill);
  if (known !== undefined) return known;
  const label = isNoFill(fill) ? null : nearestLabel(fill, scheme);
  memo.set(fill, label);
  return label;
}

/** How far apart two colours look (CIE76 in L*a*b*); Infinity where either cannot be read. */
function colourDistance(a: string, b: string): number {
  const x = hexToRgb(a);
  const y = hexToRgb(b);
  if (!x || !y) return Infinity;
  const [p, q] = [lab(x), lab(y)];
  return Math.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 + (p[2] - q[2]) ** 2);
}

function nearestLabel(fill: string, scheme: RagScheme): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const l of scheme.labels) {
    const d = colourDistance(fill, l.colour);
    if (d < bestDistance) {
      bestDistance = d;
      best = l.label;
    }
  }
  return best;
}

/**
 * The RAG staff gave in a cell: in a RAG column its text as a label (an empty cell falls back to
 * its fill); where the RAG is a progress cell's colour, that fill. `invalid` holds text that is no label.
 */
export function givenRag(mode: 'text' | 'fill', text: string, fill: string | null, scheme: RagScheme): { label: string | null; invalid?: string } {
  if (mode === 'fill') return { label: labelForFill(fill, scheme) };
  const read = labelForText(text, scheme);
  if (read.kind === 'label') return { label: read.label };
  if (read.kind === 'invalid') return { label: null, invalid: read.text };
  return { label: labelForFill(fill, scheme) };
}
