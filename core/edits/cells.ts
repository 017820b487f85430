import type { CellLink, OutCell } from './editTypes';
import type { RagColumn } from '../view/planSummary';
import { textColourOn } from '../grid/colour';

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
