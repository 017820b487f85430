import type { CellValue, Grid, GridSheet } from '../../core/grid/grid';

/** A small plan sheet for tests: rows of values; optional fills/formats keyed by A1-style "row,col". */
export function planSheet(
  name: string,
  rows: CellValue[][],
  extra: { fills?: Record<string, string>; formats?: Record<string, string>; merges?: GridSheet['merges'] } = {},
): GridSheet {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
  const fills = values.map((r, ri) => r.map((_, ci) => extra.fills?.[`${ri + 1},${ci + 1}`] ?? null));
  const numberFormats = values.map((r, ri) => r.map((_, ci) => extra.formats?.[`${ri + 1},${ci + 1}`] ?? 'General'));
  return { name, values, fills, numberFormats, merges: extra.merges ?? [] };
}

export function planGrid(rows: CellValue[][], extra: Parameters<typeof planSheet>[2] & { fileName?: string; sheet?: string } = {}): Grid {
  return { fileName: extra.fileName ?? 'plan.xlsx', sheets: [planSheet(extra.sheet ?? 'Plan', rows, extra)] };
}

/** The standard header used by most tests. */
export const HEADER: CellValue[] = ['Ref', 'Action', 'Lead', 'Date for completion', 'Outcome measure', 'Progress', 'RAG'];

/** A one-table plan for the 2018-19 year with the given action rows under HEADER. */
export function simplePlan(actionRows: CellValue[][], title = 'Business Plan 2018-19'): Grid {
  return planGrid([[title], [], HEADER, ...actionRows]);
}
