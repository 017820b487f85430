/** Reading the double's state directly (no counted calls), for assertions. */
import { columnLetters } from '../../core/index';
import { displayOf } from './cell';
import type { DoubleSheet } from './sheet';
import type { DoubleSpreadsheet } from './spreadsheet';

/** Every cell's full state, keyed by A1 (empty cells with default formatting left out). */
export function sheetState(sheet: DoubleSheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  sheet.data.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const blank = cell.value === null && !cell.formula && cell.format === '0.###############' && !cell.background && !cell.fontWeight && !cell.fontStyle && !cell.fontColor && !cell.wrap && !cell.link;
      if (blank) return;
      // what the cell holds and shows, as Google's getters report it
      const state: Record<string, unknown> = { value: cell.value, display: displayOf(cell), format: cell.format, background: cell.background };
      if (cell.formula) state.formula = cell.formula;
      if (cell.fontWeight && cell.fontWeight !== 'normal') state.fontWeight = cell.fontWeight;
      if (cell.fontStyle && cell.fontStyle !== 'normal') state.fontStyle = cell.fontStyle;
      if (cell.fontColor && cell.fontColor !== '#000000') state.fontColor = cell.fontColor;
      if (cell.wrap) state.wrap = true;
      if (cell.link) state.link = cell.link;
      out[`${columnLetters(c + 1)}${r + 1}`] = state;
    }),
  );
  return out;
}

/** The whole spreadsheet's state: sheets in order with their cells, merges, hidden state. */
export function spreadsheetState(ss: DoubleSpreadsheet): unknown {
  return ss.sheets.map((s) => ({ name: s.name, id: s.sheetId, hidden: s.hidden, merges: s.merges, cells: sheetState(s) }));
}

/** A sheet's values as rows (empty as null), trimmed to its content. */
export function sheetValues(sheet: DoubleSheet): (string | number | boolean | null)[][] {
  const { rows, columns } = sheet.extent();
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => sheet.peek(r + 1, c + 1)?.value ?? null));
}
