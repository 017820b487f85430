// A big plan for benchmarks: the real rows of the bundled sample plan, cycled (priorities,
// section rows, RAG-key rows and all), with refs renumbered so each cycle is its own priority.
import fs from 'fs';
import path from 'path';
import type { CellValue, Grid, GridSheet } from '../core/grid/grid';
import { readInput } from '../cli/readInput';

/** The project folder, whether this runs from source or from build/. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export const SAMPLE = path.join(projectRoot(), 'samples', 'oldham.xlsx');
export const SAMPLE_AS_OF = '2019-03-01';

/** The sample plan's sheet, grown to about `rows` rows by repeating its body below its title block. */
export async function bigPlanGrid(rows: number): Promise<Grid> {
  const grid = await readInput(SAMPLE);
  const sheet = grid.sheets[0]!;
  return { fileName: `big-${rows}.xlsx`, sheets: [growSheet(sheet, rows)] };
}

function growSheet(sheet: GridSheet, rows: number): GridSheet {
  const titleRows = 10; // title block and RAG key stay once, at the top
  const body = { values: sheet.values.slice(titleRows), text: sheet.text?.slice(titleRows) ?? [], formats: sheet.numberFormats?.slice(titleRows) ?? [], fills: sheet.fills?.slice(titleRows) ?? [] };
  const out: GridSheet = {
    name: sheet.name,
    values: sheet.values.slice(0, titleRows).map((r) => [...r]),
    text: (sheet.text ?? []).slice(0, titleRows).map((r) => [...r]),
    numberFormats: (sheet.numberFormats ?? []).slice(0, titleRows).map((r) => [...r]),
    fills: (sheet.fills ?? []).slice(0, titleRows).map((r) => [...r]),
    merges: [],
  };
  for (let cycle = 0; out.values.length < rows; cycle++) {
    const offset = out.values.length - titleRows;
    body.values.forEach((r, i) => {
      const renumber = (v: CellValue) => (typeof v === 'string' ? v.replace(/^(\d+)\.(\d+)/, `${cycle}.$1.$2`) : v);
      out.values.push(r.map(renumber));
      out.text!.push((body.text[i] ?? []).map((t) => renumber(t) as string));
      out.numberFormats!.push([...(body.formats[i] ?? [])]);
      out.fills!.push([...(body.fills[i] ?? [])]);
    });
    for (const m of sheet.merges ?? []) {
      if (m.row > titleRows) out.merges!.push({ ...m, row: m.row + offset });
    }
  }
  return out;
}
