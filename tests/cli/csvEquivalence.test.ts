/**
 * A plan saved as .csv (each cell's display text, as Excel's "Save as CSV" writes it) gives
 * the same actions and issues as the workbook, fill colours aside: a CSV has no fills, so
 * a RAG kept as the colour of a progress cell is not given there.
 */
import fs from 'fs';
import path from 'path';
import { reportSchema, type Report } from '../../core/report/reportSchema';
import { exportCsv, fixturePath, removeDir, runCli, tempDir } from './cliHelpers';

interface Expected {
  asOf: string;
  planPeriod: { label: string };
  scheme: string;
  toleranceDays?: number;
}

const NAMES = ['oldham', 'kirklees', 'redbridge'].filter((n) => fixturePath(`${n}.xlsx`) && fixturePath(`${n}.expected.json`));
const RAG_CODES = new Set(['rag-mismatch', 'invalid-rag']);

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => removeDir(dir));

async function report(file: string, args: string[]): Promise<Report> {
  const r = await runCli(['validate', file, '--json', ...args]);
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.code);
  return reportSchema.parse(JSON.parse(r.stdout));
}

const actionKey = (a: Report['actions'][number]) => ({
  row: a.row,
  ref: a.ref,
  parentRef: a.parentRef,
  section: a.section,
  action: a.action,
  owner: a.owner,
  due: a.due,
  progress: a.progress,
  status: a.status,
  computed: a.rag.computed,
});

(NAMES.length ? describe : describe.skip)('the same plan as .xlsx and as .csv', () => {
  test.each(NAMES.map((n) => [n]))('%s', async (name) => {
    const xlsx = fixturePath(`${name}.xlsx`)!;
    const exp = JSON.parse(fs.readFileSync(fixturePath(`${name}.expected.json`)!, 'utf8')) as Expected;
    const csv = path.join(dir, `${name}.csv`);
    await exportCsv(xlsx, csv);

    const given = ['--as-of', exp.asOf, '--plan-period', exp.planPeriod.label, '--scheme', exp.scheme, '--tolerance-days', String(exp.toleranceDays ?? 30)];
    for (const args of [given, ['--as-of', exp.asOf]]) {
      const a = await report(xlsx, args);
      const b = await report(csv, args);
      expect(b.file).toBe(`${name}.csv`);
      expect(b.planPeriod).toEqual(a.planPeriod);
      expect(b.scheme.name).toBe(a.scheme.name);
      expect(b.actions.map(actionKey)).toEqual(a.actions.map(actionKey));

      // the given RAG: equal where the workbook keeps it as text; where it is a fill, the CSV has none
      const fillRows = new Set<number>();
      a.actions.forEach((x, i) => {
        const y = b.actions[i]!;
        if (x.rag.given !== y.rag.given) {
          expect(y.rag.given).toBeNull();
          fillRows.add(x.row);
        }
      });
      const rowOf = (cell: string | null) => Number(/(\d+)$/.exec(cell ?? '')?.[1] ?? 0);
      const issues = (r: Report) =>
        r.issues
          .filter((i) => !(RAG_CODES.has(i.code) && fillRows.has(rowOf(i.cell))))
          .map((i) => `${i.code}@${i.cell}`)
          .sort();
      expect(issues(b)).toEqual(issues(a));
    }
  });
});
