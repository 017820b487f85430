import type { CellLink, OutCell } from './editTypes';
import type { RagColumn } from '../view/planSummary';

/** Small builders for the cells of PlanCheck's sheets (copied text kept verbatim, see ./safeText). */
export const HEADER_FILL = '#D9E1F2';
export const PERCENT = '0%';

export function text(value: string | null | undefined, style: Omit<OutCell, 'value'> = {}): OutCell {
  return { ...style, value: value ?? '' };
}

export function count(value: number | null, style: Omit<OutCell, 'value'> = {}): OutCell {
  return { ...style, value };
}

export function percent(fraction: number): OutCell {
  return { value: fraction, numberFormat: PERCENT };
}

export function empty(): OutCell {
  return { value: null };
}

export function headerRow(labels: string[]): OutCell[] {
  return labels.map((l) => ({ value: l, bold: true, fill: HEADER_FILL }));
}

export function link(label: string, to: CellLink): OutCell {
  return { value: label, link: to, fontColour: '#0563C1' };
}

/** A RAG label cell, filled with its colour and lettered so it can be read on it. */
export function ragLabel(column: RagColumn, style: Omit<OutCell, 'value'> = {}): OutCell {
  if (!column.colour) return text(column.label, style);
  return { ...style, value: column.label, fill: column.colour, fontColour: textColourOn(column.colour) };
}

/** WCAG 2 relative luminance of '#RRGGBB'. */
function relativeLuminance(r: number, g: number, b: number): number {
  const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio between two luminances (1 to 21). */
export function contrastRatio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * Black or white, whichever has the higher WCAG contrast ratio on the fill: always at least
 * 4.58:1, so chip and cell text passes AA (white on Red #FF0000 is only 3.998:1; black is 5.25:1).
 *
 * @example
 * textColourOn('#FF0000') //=> '#000000'
 * textColourOn('#0070C0') //=> '#FFFFFF'
 */
export function textColourOn(fill: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill);
  if (!m) return '#000000';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16) / 255) as [number, number, number];
  const l = relativeLuminance(r, g, b);
  return contrastRatio(l, 1) > contrastRatio(l, 0) ? '#FFFFFF' : '#000000';
}
