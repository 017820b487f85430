/**
 * Hostile cell contents (issue 7): injection strings stay text wherever PlanCheck writes them,
 * error values are cell-error issues, impossible dates are unparsed-due-date, and long,
 * emoji, right-to-left, merged and hidden content is read the same by every host.
 */
import * as fs from 'fs';
import type { Report } from '../../core/index';
import {
  GOOD, addPlan, buildWorkbook, everywhere, expectNoFormulaInCopy, expectNoFormulaInExcel, expectNoFormulaInSheets, expectSameReports, issueCodes,
  removeDir, tempDir,
} from './hostileHelpers';

let dir: string;
beforeAll(() => {
  dir = tempDir('plancheck-hostile-cells-');
});
afterAll(() => removeDir(dir));

const INJECTIONS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '@SUM(1)', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '-2+3'];

function actionIssues(report: Report, ref: string): string[] {
  return report.actions.find((a) => a.ref === ref)!.issues.map((i) => i.code);
}

test('formulas and injection strings in cells are written back as text, never a formula', async () => {
  const rows = INJECTIONS.map((s, i) => [`${i + 1}.1`, s, s, 'March 2019', s, 'Green']);
  const file = await buildWorkbook(dir, 'injection.xlsx', (wb) => void addPlan(wb, rows));
  const e = await everywhere(file, { args: ['--html', `${dir}/injection.html`] });
  expect(e.cli.code).not.toBe(2);
  const report = expectSameReports(e);
  // formula-like and markup-looking text is reported verbatim, as text (PRODUCT §7)
  expect(report.actions.map((a) => a.action)).toEqual(INJECTIONS);
  expect(report.actions.map((a) => a.owner)).toEqual(INJECTIONS);
  expect(report.actions.map((a) => a.progress)).toEqual(INJECTIONS);
  // the checked copy, the Excel double and the Sheets double hold them as text
  const copy = await expectNoFormulaInCopy(e.cli.out);
  const issuesSheet = copy.worksheets.find((w) => /Plan issues/.test(w.name))!;
  expect(issuesSheet).toBeDefined();
  expect(e.excel!.outcome.kind).toBe('validated');
  expectNoFormulaInExcel(e.excel!);
  expect(e.sheets!.result.ok).toBe(true);
  expectNoFormulaInSheets(e.sheets!);
  // the HTML report escapes them
  const html = fs.readFileSync(`${dir}/injection.html`, 'utf8');
  expect(html).not.toContain('<script>alert(1)</script>');
  expect(html).not.toContain('<img src=x onerror');
});

test('#REF!, #N/A and #VALUE! in due and owner cells are cell-error issues in every host', async () => {
  const errors = ['#REF!', '#N/A', '#VALUE!'];
  const file = await buildWorkbook(dir, 'errors.xlsx', (wb) => {
    const ws = addPlan(wb, errors.map((_, i) => [`${i + 1}.1`, `Action ${i + 1}`, null, null, 'Started', 'Amber']));
    errors.forEach((err, i) => {
      ws.getCell(4 + i, 3).value = { error: err } as never;
      ws.getCell(4 + i, 4).value = { error: err } as never;
    });
  });
  const e = await everywhere(file);
  expect(e.cli.code).toBe(1);
  const report = expectSameReports(e);
  for (const [i, err] of errors.entries()) {
    const a = report.actions.find((x) => x.ref === `${i + 1}.1`)!;
    const cellErrors = a.issues.filter((x) => x.code === 'cell-error');
    expect(cellErrors.map((x) => x.cell).sort()).toEqual([`C${4 + i}`, `D${4 + i}`]);
    expect(cellErrors.every((x) => x.message.includes(err))).toBe(true);
  }
});

test.each([
  ['31/02/2019', 'text'],
  ['Q5 2019/20', 'text'],
  [0, 'serial 0 as a date'],
  [new Date(Date.UTC(9999, 11, 31)), 'year 9999'],
] as [string | number | Date, string][])('due %p (%s) is unparsed-due-date in every host', async (due, _label) => {
  const file = await buildWorkbook(dir, `due-${String(due instanceof Date ? 'y9999' : due).replace(/\W/g, '_')}.xlsx`, (wb) => {
    const ws = addPlan(wb, [...GOOD, ['1.3', 'Audit the referrals', 'Kim Lee', due, 'Started', 'Amber']]);
    if (typeof due === 'number') ws.getCell(6, 4).numFmt = 'dd/mm/yyyy';
    if (due instanceof Date) ws.getCell(6, 4).numFmt = 'dd/mm/yyyy';
  });
  const e = await everywhere(file);
  expect([e.cli.code, (e.cli.json as Report).actions.map((a) => [a.ref, a.due.text, a.issues.map((i) => i.code)])]).toEqual([1, expect.anything()]);
  const report = expectSameReports(e);
  expect(actionIssues(report, '1.3')).toContain('unparsed-due-date');
  expect(report.actions.find((a) => a.ref === '1.3')!.due).toMatchObject({ start: null, end: null });
  expect(actionIssues(report, '1.1')).not.toContain('unparsed-due-date');
});

test('a 32 767-character cell is read whole and written within Excel\'s cell limit', async () => {
  const long = 'Progress. '.repeat(3277).slice(0, 32767);
  const file = await buildWorkbook(dir, 'long.xlsx', (wb) => void addPlan(wb, [...GOOD, ['1.3', long, 'Kim Lee', 'March 2019', long, 'Green']]));
  const e = await everywhere(file);
  expect(e.cli.code).not.toBe(2);
  const report = expectSameReports(e);
  expect(report.actions.find((a) => a.ref === '1.3')!.action).toHaveLength(32767);
  const copy = await expectNoFormulaInCopy(e.cli.out);
  copy.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => expect(String(c.text ?? '').length).toBeLessThanOrEqual(32767))));
  for (const s of e.sheets!.double.ss.sheets) for (const row of s.data) for (const c of row ?? []) if (typeof c?.value === 'string') expect(c.value.length).toBeLessThanOrEqual(50000);
  for (const s of e.excel!.after.sheets) for (const c of s.cells.values()) if (typeof c.value === 'string') expect(c.value.length).toBeLessThanOrEqual(32767);
});

test('emoji and right-to-left text are kept exactly', async () => {
  const texts = ['Family hubs 👨‍👩‍👧 launch 🚀', 'مراجعة خطة الحماية', 'עדכון המדיניות', 'Zoë Ağaoğlu‎ \u202Eevil'];
  const file = await buildWorkbook(dir, 'unicode.xlsx', (wb) => void addPlan(wb, texts.map((t, i) => [`${i + 1}.1`, t, t, 'March 2019', t, 'Green'])));
  const e = await everywhere(file);
  expect(e.cli.code).not.toBe(2);
  const report = expectSameReports(e);
  expect(report.actions.map((a) => a.action)).toEqual(texts);
  expect(report.actions.map((a) => a.owner)).toEqual(texts);
});

test('merged header cells: the table is still found, the same in every host', async () => {
  const file = await buildWorkbook(dir, 'merged.xlsx', (wb) => {
    const ws = wb.addWorksheet('Plan');
    ws.addRow(['Business Plan 2018-19']);
    ws.mergeCells('A1:F1');
    ws.addRow(['Ref', 'Action', null, 'Lead', 'Date for completion', 'Progress']);
    ws.mergeCells('B2:C2');
    ws.addRow(['1.1', 'Establish a task and finish group', null, 'Lisa Morris', 'April 2018', 'Complete']);
    ws.addRow(['1.2', 'Review the threshold document', null, 'Sam Jones', 'March 2019', 'Draft reviewed']);
  });
  const e = await everywhere(file);
  expect(e.cli.code).not.toBe(2);
  const report = expectSameReports(e);
  expect(report.actions.map((a) => [a.ref, a.owner])).toEqual([['1.1', 'Lisa Morris'], ['1.2', 'Sam Jones']]);
  expect(e.excel!.outcome.kind).toBe('validated');
});

test('hidden rows are still read', async () => {
  const file = await buildWorkbook(dir, 'hidden.xlsx', (wb) => {
    const ws = addPlan(wb, [...GOOD, ['1.3', 'Audit the referrals', 'Kim Lee', 'March 2019', 'Started', 'Green']]);
    ws.getRow(5).hidden = true;
    ws.getRow(6).hidden = true;
  });
  const e = await everywhere(file);
  const report = expectSameReports(e);
  expect(report.actions.map((a) => a.ref)).toEqual(['1.1', '1.2', '1.3']);
  expect(issueCodes(report)).not.toContain('no-plan-table');
});
