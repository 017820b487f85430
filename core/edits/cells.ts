import type { CellLink, OutCell } from './editTypes';
import type { RagColumn } from './summaryData';

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

/** Black or white, whichever reads better on the fill. */
export function textColourOn(fill: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill);
  if (!m) return '#000000';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16) / 255) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.45 ? '#FFFFFF' : '#000000';
}
