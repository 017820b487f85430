/**
 * Hostile workbooks (issue 7): a user's own "RAG summary" and "Plan issues" sheets are left
 * alone, PlanCheck's own output read back gives the same report, and a protected plan sheet
 * gives a message, never an exception, with nothing written to it.
 */
import type { Report } from '../../core/index';
import { GOOD, addPlan, buildWorkbook, cellsOf, everywhere, expectSameReports, removeDir, tempDir } from './hostileHelpers';

let dir: string;
beforeAll(() => {
  dir = tempDir('plancheck-hostile-sheets-');
});
afterAll(() => removeDir(dir));

test('a user\'s own "RAG summary" and "Plan issues" sheets are untouched; the new ones get other names', async () => {
  const file = await buildWorkbook(dir, 'mine.xlsx', (wb) => {
    addPlan(wb, GOOD);
    wb.addWorksheet('RAG summary').addRow(['My own summary', 42]);
    wb.addWorksheet('Plan issues').addRow(['My own list of issues']);
  });
  const e = await everywhere(file);
  const report = expectSameReports(e);
  expect(report.actions).toHaveLength(2);
  // the command line's copy
  const ExcelJS = (await import('exceljs')).default;
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(e.cli.out);
  expect(copy.getWorksheet('RAG summary')!.getCell('A1').value).toBe('My own summary');
  expect(copy.getWorksheet('RAG summary')!.getCell('B1').value).toBe(42);
  expect(copy.getWorksheet('Plan issues')!.getCell('A1').value).toBe('My own list of issues');
  const names = copy.worksheets.map((w) => w.name);
  expect(names.filter((n) => /^RAG summary./.test(n))).toHaveLength(1);
  expect(names.filter((n) => /^Plan issues./.test(n))).toHaveLength(1);
  // Excel
  for (const name of ['RAG summary', 'Plan issues']) {
    expect(cellsOf(e.excel!.after.sheets.find((s) => s.name === name))).toEqual(cellsOf(e.excel!.before.sheets.find((s) => s.name === name)));
  }
  expect(e.excel!.after.sheets.filter((s) => /^(RAG summary|Plan issues)./.test(s.name))).toHaveLength(2);
  // Sheets
  for (const name of ['RAG summary', 'Plan issues']) {
    expect(JSON.parse(JSON.stringify(e.sheets!.double.ss.sheets.find((s) => s.name === name)!.data))).toEqual(e.sheets!.before.get(name));
  }
  expect(e.sheets!.double.ss.sheets.filter((s) => /^(RAG summary|Plan issues)./.test(s.name))).toHaveLength(2);
});

test("PlanCheck's own output as input: its sheets are not read as plans, and the report is the same", async () => {
  const file = await buildWorkbook(dir, 'first.xlsx', (wb) => void addPlan(wb, [...GOOD, ['1.3', 'Audit the referrals', null, 'TBC', '', '']]));
  const first = await everywhere(file);
  const original = first.cli.json as Report;
  // the checked copy, renamed so the file name (a source of the plan period) is the same kind
  const fs = await import('fs');
  const again = `${dir}/second.xlsx`;
  fs.copyFileSync(first.cli.out, again);
  const e = await everywhere(again);
  const report = expectSameReports(e);
  expect(report.actions).toEqual(original.actions);
  expect(report.issues).toEqual(original.issues);
  expect(report.summary).toEqual(original.summary);
  expect(new Set(report.actions.map((a) => a.sheet))).toEqual(new Set(['Plan']));
  // nothing changed since the first check, whose record the copy holds
  expect(report.changes).toMatchObject({ from: 'record', items: [] });
  // re-created, not added to: the same sheets as the first copy, and "Changes since" it (none)
  const changesSheet = `Changes since ${original.asOf}`;
  const ExcelJS = (await import('exceljs')).default;
  const [a, b] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
  await a.xlsx.readFile(first.cli.out);
  await b.xlsx.readFile(e.cli.out);
  expect(b.worksheets.map((w) => w.name)).toEqual([...a.worksheets.map((w) => w.name), changesSheet]);
  expect(e.excel!.after.sheets.map((s) => s.name)).toEqual([...e.excel!.before.sheets.map((s) => s.name), changesSheet]);
  expect(e.sheets!.double.ss.sheets.map((s) => s.name).sort()).toEqual([...e.sheets!.before.keys(), changesSheet].sort());
});

test('a protected plan sheet: checked, a clear message, no exception, nothing written to it', async () => {
  const file = await buildWorkbook(dir, 'protected.xlsx', async (wb) => {
    const ws = addPlan(wb, GOOD);
    await ws.protect('secret', {});
  });
  const e = await everywhere(file);
  const report = expectSameReports(e);
  expect(report.actions).toHaveLength(2);
  // Excel: validated, a notice naming the sheet, the plan's cells as they were
  const out = e.excel!.outcome;
  expect(out.kind).toBe('validated');
  expect(out.notices.join(' ')).toMatch(/"Plan" is protected/);
  expect(cellsOf(e.excel!.after.sheets.find((s) => s.name === 'Plan'))).toEqual(cellsOf(e.excel!.before.sheets.find((s) => s.name === 'Plan')));
  // Sheets: done, the plan sheet as it was
  expect(e.sheets!.result.ok).toBe(true);
  expect(JSON.parse(JSON.stringify(e.sheets!.double.ss.sheets.find((s) => s.name === 'Plan')!.data))).toEqual(e.sheets!.before.get('Plan'));
  // the command line writes a copy; the plan itself is unchanged (checked by everywhere)
  expect(e.cli.code).toBe(0);
});
