/** A1 notation as Sheets' getRange takes it, 1-based. */
import { parseA1 } from '../../core/index';

function parseCell(a1: string): { row: number; column: number } {
  const p = parseA1(a1);
  if (!p) throw new Error(`Range not found: ${a1}`);
  return p;
}

export function parseRange(a1: string): { row: number; column: number; rows: number; columns: number } {
  const [a, b] = a1.split(':');
  const p = parseCell(a!);
  const q = b ? parseCell(b) : p;
  return {
    row: Math.min(p.row, q.row),
    column: Math.min(p.column, q.column),
    rows: Math.abs(q.row - p.row) + 1,
    columns: Math.abs(q.column - p.column) + 1,
  };
}
