/**
 * The number of context.sync calls in a whole run does not grow with the number of rows,
 * apart from the chunking that keeps every request and response under Office's 5 MB.
 */
import { readGrid } from '../../excel-addin/host/readGrid';
import { PAYLOAD_BUDGET } from '../../excel-addin/host/payload';
import { PAYLOAD_LIMIT, generatePlanWorkbook, newSheet, newWorkbook, cellAt, installOfficeDouble, uninstallOfficeDouble } from '../../testing/excel';
import { benchExcelSyncs, SyncBench } from './syncBench';

afterEach(() => uninstallOfficeDouble());

describe('context.sync calls per run', () => {
  let small: SyncBench;
  let tiny: SyncBench;
  let large: SyncBench;
  beforeAll(async () => {
    tiny = await benchExcelSyncs(10);
    small = await benchExcelSyncs(100);
    large = await benchExcelSyncs(5000);
  });

  it('a plan that fits one payload: 4 syncs to read (3, and 1 for its merged cells), 1 to write, whatever its length', () => {
    for (const b of [tiny, small]) {
      expect(b.readSyncs).toBe(4);
      expect(b.writeSyncs).toBe(1);
      expect(b.syncs).toBe(5);
    }
  });

  it('5 000 rows: only the 5 MB chunking adds syncs', () => {
    // three fixed syncs (sheets; used ranges; merged areas), then one per payload-sized chunk batch
    const fullRead = Math.ceil(large.totalResponseBytes / PAYLOAD_BUDGET);
    const fullWrite = Math.ceil(large.totalRequestBytes / PAYLOAD_BUDGET);
    expect(large.readSyncs - 3).toBeLessThanOrEqual(2 * fullRead);
    expect(large.writeSyncs).toBeLessThanOrEqual(2 * fullWrite);
    expect(large.syncs).toBeLessThan(small.syncs + 2 * (fullRead + fullWrite));
    // and nowhere near one per row or per cell
    expect(large.syncs).toBeLessThan(20);
  });

  it('no request or response goes over 5 MB', () => {
    for (const b of [tiny, small, large]) {
      expect(b.largestRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
      expect(b.largestResponseBytes).toBeLessThan(PAYLOAD_LIMIT);
    }
  });
});

describe('reading in chunks', () => {
  it('a small budget reads the same grid in more syncs, merges and all', async () => {
    const model = generatePlanWorkbook(2000);
    const extra = model.sheets[0]!;
    extra.merges.push({ row: 300, column: 1, rowCount: 3, columnCount: 1 }, { row: 1999, column: 4, rowCount: 2, columnCount: 2 });
    const d = installOfficeDouble(model);
    const whole = await Excel.run((c) => readGrid(c));
    const before = d.stats.syncCount;
    const chunked = await Excel.run((c) => readGrid(c, { budget: 64 * 1024 }));
    expect(chunked.chunks).toBeGreaterThan(10);
    expect(d.stats.syncCount - before).toBe(chunked.syncs);
    expect(chunked.grid).toEqual(whole.grid);
  });

  it('a batch Excel still finds too big is retried smaller', async () => {
    const s = newSheet('Long notes');
    const note = 'Update: '.padEnd(20000, 'progress noted at the quarterly review; ');
    for (let r = 0; r < 400; r++) {
      cellAt(s, r, 0).value = `Action ${r + 1}`;
      cellAt(s, r, 1).value = note;
    }
    const d = installOfficeDouble(newWorkbook([s]));
    const r = await Excel.run((c) => readGrid(c));
    expect(r.grid.sheets[0]!.values).toHaveLength(400);
    expect(r.grid.sheets[0]!.values[399]).toEqual(['Action 400', note]);
    const refused = d.stats.syncs.filter((x) => x.responseBytes > PAYLOAD_LIMIT).length;
    expect(refused).toBeGreaterThan(0); // Excel (the double) refused the first guess…
    expect(d.stats.syncs[d.stats.syncs.length - 1]!.responseBytes).toBeLessThan(PAYLOAD_LIMIT); // …the retries fit
    expect(d.stats.syncCount).toBeLessThan(20);
  });
});

describe('reading merged cells', () => {
  it('a plan with thousands of merged areas is read in chunks of under 512 merges, all of them', async () => {
    const model = generatePlanWorkbook(3000);
    const sheet = model.sheets[0]!;
    // every action's outcome cell merged over two columns (E:F), as pasted from Word
    const rows = new Set([...sheet.cells.keys()].map((k) => Number(k.split(':')[0])));
    for (const r of rows) if (r > 5) sheet.merges.push({ row: r, column: 7, rowCount: 1, columnCount: 2 });
    const d = installOfficeDouble(model);
    const r = await Excel.run((c) => readGrid(c));
    expect(r.grid.sheets[0]!.merges).toHaveLength(sheet.merges.length);
    expect(sheet.merges.length).toBeGreaterThan(3000);
    // at most one refused sync (the first guess), then chunks that fit
    expect(d.stats.syncCount).toBeLessThan(r.chunks + 4);
  });
});
