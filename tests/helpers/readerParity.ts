/**
 * The streaming reader (cli/xlsx) and the ExcelJS path (cli/readXlsx.ts) give the same grid:
 * every file a test reads can be put through both and compared cell by cell.
 */
import * as fs from 'fs';
import type { Grid } from '../../core/grid/grid';
import { readXlsxBufferWithExcelJs } from '../../cli/readXlsx';
import { readPackageGrid, ReaderDeclined } from '../../cli/xlsx/readPackage';

export type ReaderComparison = { compared: true; streamed: Grid; excelJs: Grid } | { compared: false; why: string };

/** Reads a file both ways; `compared: false` where either one does not read it. */
export async function readBothWays(file: string): Promise<ReaderComparison> {
  const buf = fs.readFileSync(file);
  let streamed: Grid;
  try {
    streamed = await readPackageGrid(buf, 'plan.xlsx');
  } catch (e) {
    if (e instanceof ReaderDeclined) return { compared: false, why: `declined: ${e.message}` };
    throw e;
  }
  let excelJs: Grid;
  try {
    excelJs = await readXlsxBufferWithExcelJs(buf, 'plan.xlsx');
  } catch (e) {
    return { compared: false, why: `ExcelJS: ${e instanceof Error ? e.message : String(e)}` };
  }
  return { compared: true, streamed, excelJs };
}

/** The first cells where two grids differ, as lines (empty where they are the same). */
export function gridDifferences(a: Grid, b: Grid, max = 10): string[] {
  const out: string[] = [];
  if (a.sheets.length !== b.sheets.length) out.push(`sheets: ${a.sheets.map((s) => s.name).join(', ')} | ${b.sheets.map((s) => s.name).join(', ')}`);
  a.sheets.forEach((x, i) => {
    const y = b.sheets[i];
    if (!y) return;
    for (const key of ['name', 'hidden', 'protected', 'origin', 'merges'] as const) {
      if (JSON.stringify(x[key]) !== JSON.stringify(y[key])) out.push(`${x.name} ${key}: ${JSON.stringify(x[key])} | ${JSON.stringify(y[key])}`);
    }
    for (const key of ['values', 'text', 'numberFormats', 'fills'] as const) {
      const xs = (x[key] ?? []) as unknown[][];
      const ys = (y[key] ?? []) as unknown[][];
      if (xs.length !== ys.length) out.push(`${x.name} ${key}: ${xs.length} rows | ${ys.length} rows`);
      for (let r = 0; r < Math.max(xs.length, ys.length) && out.length < max; r++) {
        const xr = xs[r] ?? [];
        const yr = ys[r] ?? [];
        if (xr.length !== yr.length) out.push(`${x.name} ${key} row ${r + 1}: ${xr.length} cells | ${yr.length} cells`);
        for (let c = 0; c < Math.max(xr.length, yr.length) && out.length < max; c++) {
          if (!Object.is(xr[c], yr[c]) && JSON.stringify(xr[c]) !== JSON.stringify(yr[c])) out.push(`${x.name} ${key} R${r + 1}C${c + 1}: ${JSON.stringify(xr[c])} | ${JSON.stringify(yr[c])}`);
        }
      }
    }
  });
  return out.slice(0, max);
}

/** Where both readers read the file, their grids are the same cell for cell. */
export async function expectReadersAgree(file: string): Promise<ReaderComparison> {
  const both = await readBothWays(file);
  if (both.compared) expect(gridDifferences(both.streamed, both.excelJs)).toEqual([]);
  return both;
}
