/**
 * Issue 15, item 3: PlanCheck owns a sheet by its marker AND by its own record of the name it
 * wrote it under. A user's copy of a PlanCheck sheet (Excel's "RAG summary (2)", Sheets'
 * "Copy of Plan issues"), renamed, with notes added, carries the marker too, but is the
 * user's from then on: never deleted or rewritten, in any host.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Report } from '../../core/index';
import { AS_OF, GOOD, addPlan, buildWorkbook, cellsOf, everywhere, removeDir, runCli, tempDir } from './hostileHelpers';

let dir: string;
beforeAll(() => {
  dir = tempDir('plancheck-hostile-own-');
});
afterAll(() => removeDir(dir));

/** A checked copy in which the user copied PlanCheck's sheets under new names and wrote notes in the copies. */
async function workbookWithCopies(name: string, copies: [string, string][]): Promise<{ file: string; copied: Map<string, unknown[][]> }> {
  const plan = await buildWorkbook(dir, `${name}.plan.xlsx`, (wb) => void addPlan(wb, [...GOOD, ['1.3', 'Audit the referrals', null, 'June 2019', 'Moved to next year', 'Blue']]));
  const first = path.join(dir, `${name}.first.xlsx`);
  const r = await runCli(['validate', plan, '--as-of', AS_OF, '--out', first]);
  expect(r.code).toBe(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(first);
  const copied = new Map<string, unknown[][]>();
  for (const [from, to] of copies) {
    const source = wb.getWorksheet(from)!;
    const copy = wb.addWorksheet(to);
    const values: unknown[][] = [];
    source.eachRow((row, n) => {
      const vals = (row.values as unknown[]).slice(1).map((v) => (v && typeof v === 'object' && 'text' in (v as object) ? (v as { text: unknown }).text : v));
      copy.getRow(n).values = vals as ExcelJS.CellValue[];
      values[n - 1] = vals;
    });
    copy.getCell('J1').value = 'My notes for the board: keep this';
    values[0]![9] = 'My notes for the board: keep this';
    copied.set(to, values);
  }
  const file = path.join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return { file, copied };
}

function valuesOf(ws: ExcelJS.Worksheet): unknown[][] {
  const values: unknown[][] = [];
  ws.eachRow((row, n) => void (values[n - 1] = (row.values as unknown[]).slice(1).map((v) => (v && typeof v === 'object' && 'text' in (v as object) ? (v as { text: unknown }).text : v))));
  return values;
}

test('a copy of the RAG summary with notes added survives a second run in the command line, Excel and Sheets', async () => {
  const { file, copied } = await workbookWithCopies('summary-copy', [['RAG summary', 'RAG summary (2)']]);
  const e = await everywhere(file);
  // the command line's checked copy keeps the user's sheet exactly, and makes one new RAG summary
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(e.cli.out);
  expect(valuesOf(out.getWorksheet('RAG summary (2)')!)).toEqual(copied.get('RAG summary (2)'));
  expect(out.worksheets.filter((w) => /^RAG summary/.test(w.name)).map((w) => w.name).sort()).toEqual(['RAG summary', 'RAG summary (2)']);
  // Excel and Sheets leave it as it was
  const before = e.excel!.before.sheets.find((s) => s.name === 'RAG summary (2)');
  expect(before).toBeDefined();
  expect(cellsOf(e.excel!.after.sheets.find((s) => s.name === 'RAG summary (2)'))).toEqual(cellsOf(before));
  expect(e.sheets!.double.ss.sheets.map((s) => s.name)).toContain('RAG summary (2)');
  expect(JSON.parse(JSON.stringify(e.sheets!.double.ss.sheet('RAG summary (2)').data))).toEqual(e.sheets!.before.get('RAG summary (2)'));
});

test('copies of Plan issues and Carry-over ("Copy of …", as Sheets names them) are the user\'s; the originals are re-created', async () => {
  const { file, copied } = await workbookWithCopies('issues-copy', [['Plan issues', 'Copy of Plan issues'], ['Carry-over 2019-20', 'Carry-over for board']]);
  const e = await everywhere(file);
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(e.cli.out);
  for (const [name, values] of copied) expect(valuesOf(out.getWorksheet(name)!)).toEqual(values);
  expect(out.worksheets.map((w) => w.name).filter((n) => n === 'Plan issues' || n === 'Carry-over 2019-20')).toEqual(['Plan issues', 'Carry-over 2019-20']);
  for (const name of copied.keys()) {
    expect(cellsOf(e.excel!.after.sheets.find((s) => s.name === name))).toEqual(cellsOf(e.excel!.before.sheets.find((s) => s.name === name)));
    expect(JSON.parse(JSON.stringify(e.sheets!.double.ss.sheet(name).data))).toEqual(e.sheets!.before.get(name));
  }
  expect((e.cli.json as Report).actions).toHaveLength(3);
});

test('PlanCheck\'s own sheet renamed by the user, with no copy: still PlanCheck\'s (replaced, not kept twice)', async () => {
  const plan = await buildWorkbook(dir, 'renamed.plan.xlsx', (wb) => void addPlan(wb, GOOD));
  const first = path.join(dir, 'renamed.first.xlsx');
  await runCli(['validate', plan, '--as-of', AS_OF, '--out', first]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(first);
  wb.getWorksheet('RAG summary')!.name = 'Summary for board';
  const file = path.join(dir, 'renamed.xlsx');
  await wb.xlsx.writeFile(file);
  const out = path.join(dir, 'renamed.out.xlsx');
  await runCli(['validate', file, '--as-of', AS_OF, '--out', out]);
  const again = new ExcelJS.Workbook();
  await again.xlsx.readFile(out);
  expect(again.worksheets.map((w) => w.name)).toEqual(['Plan', 'Plan issues', 'RAG summary', 'Carry-over 2019-20', 'PlanCheck record', `Changes since ${AS_OF}`]);
});
