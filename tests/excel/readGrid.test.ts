/**
 * readGrid against the Excel double filled from each shared fixture: the grid it reads is
 * the grid the command line reads from the same file (cell for cell), in three syncs.
 */
import * as path from 'path';
import { readXlsxFile } from '../../cli/readXlsx';
import { readGrid } from '../../excel-addin/host/readGrid';
import type { Grid, GridSheet } from '../../core/index';
import { modelFromXlsx, installOfficeDouble, uninstallOfficeDouble } from '../../testing/excel';
import { FIXTURES, fixturePath } from './helpers';

afterEach(() => uninstallOfficeDouble());

/** Every cell of a sheet by absolute position, so ragged / offset grids compare equal. */
function cells(sheet: GridSheet): Map<string, { v: unknown; f: string; c: string | null; t: string }> {
  const out = new Map<string, { v: unknown; f: string; c: string | null; t: string }>();
  const r0 = sheet.origin?.row ?? 1;
  const c0 = sheet.origin?.column ?? 1;
  sheet.values.forEach((row, i) =>
    row.forEach((value, j) => {
      let v = value;
      const f = sheet.numberFormats?.[i]?.[j] ?? 'General';
      const c = sheet.fills?.[i]?.[j] ?? null;
      const t = sheet.text?.[i]?.[j] ?? '';
      // Excel's range.values gives "" for an empty cell and for an empty string alike
      if (v === '') v = null;
      if (v === null && f === 'General' && c === null) return;
      out.set(`${r0 + i}:${c0 + j}`, { v, f, c, t });
    }),
  );
  return out;
}

describe.each(FIXTURES)('readGrid on %s', (name) => {
  let fromCli: Grid;
  let fromExcel: Grid;
  let syncs = 0;
  beforeAll(async () => {
    fromCli = await readXlsxFile(fixturePath(name));
    const d = installOfficeDouble(await modelFromXlsx(fixturePath(name)));
    const r = await Excel.run((context) => readGrid(context, { fileName: path.basename(fixturePath(name)) }));
    fromExcel = r.grid;
    syncs = d.stats.syncCount;
    expect(d.stats.unsyncedAtEnd).toBe(0);
  });

  it('reads every sheet in three syncs, four where it has merged cells', () => {
    expect(fromExcel.sheets.map((s) => s.name)).toEqual(fromCli.sheets.map((s) => s.name));
    const merged = fromCli.sheets.some((s) => (s.merges ?? []).length > 0);
    expect(syncs).toBe(merged ? 4 : 3);
  });

  it('reads the same values, number formats, fills and display text as the command line', () => {
    fromCli.sheets.forEach((cliSheet, i) => {
      const a = cells(fromExcel.sheets[i]!);
      const b = cells(cliSheet);
      expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
      for (const [k, v] of b) expect({ at: k, ...a.get(k)! }).toEqual({ at: k, ...v });
    });
  });

  it('reads the same merged areas, protection and visibility', () => {
    fromCli.sheets.forEach((cliSheet, i) => {
      const s = fromExcel.sheets[i]!;
      const sort = (m: GridSheet['merges']) => [...(m ?? [])].sort((x, y) => x.row - y.row || x.column - y.column);
      expect(sort(s.merges)).toEqual(sort(cliSheet.merges));
      expect(Boolean(s.protected)).toBe(Boolean(cliSheet.protected));
      expect(Boolean(s.hidden)).toBe(Boolean(cliSheet.hidden));
    });
  });
});
