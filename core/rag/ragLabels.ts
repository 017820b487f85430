import type { Status } from '../status/statusTypes';
import type { RagScheme } from './schemeSchema';
import { foldForMatch } from '../text/cleanText';
import { statusesOfMeaning } from './ragKey';

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
  const t = foldForMatch(text);
  if (!t) return { kind: 'none' };
  const byName = scheme.labels.find((l) => foldForMatch(l.label) === t || foldForMatch(l.label) === t.replace(/^gray$/, 'grey'));
  if (byName) return { kind: 'label', label: byName.label };
  const initials = scheme.labels.filter((l) => l.label[0]?.toLowerCase() === t);
  if (t.length === 1 && initials.length === 1) return { kind: 'label', label: initials[0]!.label };
  // "Green – on track", "Amber/Red": the first word when it is a label
  const first = t.split(/[\s/]+/)[0] ?? '';
  const byFirst = scheme.labels.find((l) => foldForMatch(l.label) === first.replace(/^gray$/, 'grey'));
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

function rgb(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : null;
}

/** True for no fill or (near) white: no RAG given. */
export function isNoFill(fill: string | null): boolean {
  if (!fill) return true;
  const c = rgb(fill);
  return !c || (c[0] > 245 && c[1] > 245 && c[2] > 245);
}

/** The label whose colour is nearest a cell's fill; null for no fill or white. */
export function labelForFill(fill: string | null, scheme: RagScheme): string | null {
  if (isNoFill(fill)) return null;
  const c = rgb(fill!)!;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const l of scheme.labels) {
    const k = rgb(l.colour);
    if (!k) continue;
    // weighted RGB distance: close enough to human judgement for five well-separated colours
    const d = 2 * (c[0] - k[0]) ** 2 + 4 * (c[1] - k[1]) ** 2 + 3 * (c[2] - k[2]) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = l.label;
    }
  }
  return best;
}
