/** A1 addresses as Excel's API takes them ("A1", "A1:C3", "A:C", "Sheet!…"), 0-based. */
// the file itself, not core/index: the browser test bundles the double, and core/index brings zod, whose eval probe breaks the pane's CSP
import { parseA1 } from '../../core/grid/address';
import { DoubleOfficeError } from './errors';

function parseCell(a: string): { row: number; col: number } | null {
  const p = parseA1(a);
  return p && { row: p.row - 1, col: p.column - 1 };
}

function parseColumn(a: string): number | null {
  return /^\$?[A-Za-z]{1,3}$/.test(a) ? parseA1(`${a}1`)!.column - 1 : null;
}

export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export const MAX_ROWS = 1048576;

/** "A1", "A1:C3", "A:C" (optionally "Sheet!…") to a 0-based area. */
export function parseAddress(address: string): { sheet: string | null; area: Area } {
  let sheet: string | null = null;
  let a = address.trim();
  const bang = a.lastIndexOf('!');
  if (bang >= 0) {
    sheet = a.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    a = a.slice(bang + 1);
  }
  const [p, q] = a.split(':');
  if (p === undefined) throw new DoubleOfficeError('InvalidArgument', `bad address ${address}`);
  const c1 = parseCell(p);
  if (c1) {
    const c2 = q === undefined ? c1 : parseCell(q);
    if (!c2) throw new DoubleOfficeError('InvalidArgument', `bad address ${address}`);
    return {
      sheet,
      area: {
        row: Math.min(c1.row, c2.row),
        col: Math.min(c1.col, c2.col),
        rows: Math.abs(c2.row - c1.row) + 1,
        cols: Math.abs(c2.col - c1.col) + 1,
      },
    };
  }
  const k1 = parseColumn(p);
  const k2 = q === undefined ? k1 : parseColumn(q);
  if (k1 === null || k2 === null) throw new DoubleOfficeError('InvalidArgument', `bad address ${address}`);
  return { sheet, area: { row: 0, col: Math.min(k1, k2), rows: MAX_ROWS, cols: Math.abs(k2 - k1) + 1 } };
}
