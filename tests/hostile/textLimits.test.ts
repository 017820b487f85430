/**
 * Issue 15, items 4 and 7: text written to a sheet stays within Excel's limits and verbatim
 * (a cell over 32 767 characters is refused naming the cell; control characters are kept),
 * and a CSV is read as it was meant: the delimiter from the header row and the shape of the
 * rows, never fooled by ";" in quoted multi-line cells; a CSV wider or with longer fields
 * than a sheet holds gets a clear message.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Report } from '../../core/index';
import { withLibreOffice, libreOfficeConvert } from '../helpers/otherWriters';
import { AS_OF, GOOD, HEADER, addPlan, buildWorkbook, expectNoStack, removeDir, runCli, sha256, tempDir } from './hostileHelpers';

let dir: string;
beforeAll(() => {
  dir = tempDir('plancheck-hostile-text-');
});
afterAll(() => removeDir(dir));

async function sharedStrings(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
}

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('a cell over 32 767 characters', () => {
  test('in the plan (ExcelJS writes what Excel cannot hold; openpyxl cuts it): --out is refused naming the cell, nothing written, the report still made', async () => {
    const file = await buildWorkbook(dir, 'too-long.xlsx', (wb) => void addPlan(wb, [GOOD[0]!, ['1.2', 'Review '.repeat(6000), 'Sam Jones', 'June 2019', 'Carried over to next year', 'Blue']]));
    const before = sha256(file);
    const out = path.join(dir, 'too-long.checked.xlsx');
    const r = await runCli(['validate', file, '--as-of', AS_OF, '--out', out, '--json']);
    expectNoStack(r.stdout, r.stderr);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--out: cell Plan!B5 holds 42,000 characters, more than the 32,767 Excel allows in a cell: shorten it/);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((JSON.parse(r.stdout) as Report).actions[1]!.action).toHaveLength(42000 - 1); // the last space trimmed
    expect(sha256(file)).toBe(before);
  });

  test('a CSV field over 32 767 characters: a clear message naming the row and column, exit 2', async () => {
    const file = path.join(dir, 'long-field.csv');
    fs.writeFileSync(file, `${HEADER.join(',')}\n1.1,Do it,Sam Jones,March 2019,"${'x'.repeat(40000)}",Green\n`);
    const r = await runCli(['validate', file, '--as-of', AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/long-field\.csv: row 2, column E holds 40,000 characters, more than the 32,767 a cell can hold/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('a 32 767-character action: written whole into Carry-over, not cut to fit', async () => {
    const long = 'Partnership work. '.repeat(2000).slice(0, 32767);
    const file = await buildWorkbook(dir, 'exactly-limit.xlsx', (wb) => void addPlan(wb, [...GOOD, ['1.3', long, 'Kim Lee', 'June 2019', 'Moved to next year', 'Blue']]));
    const out = path.join(dir, 'exactly-limit.checked.xlsx');
    const r = await runCli(['validate', file, '--as-of', AS_OF, '--out', out]);
    expect(r.stderr).toBe('');
    const carry = (await readBack(out)).worksheets.find((w) => w.name.startsWith('Carry-over'))!;
    const cells: string[] = [];
    carry.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && cells.push(c.value))));
    expect(cells).toContain(long);
  });
});

describe('control characters are kept, never deleted', () => {
  // Excel stores a vertical tab as "_x000B_" and typed text "_x000B_" as "_x005F_x000B_"; ExcelJS
  // writes a value as given, so these build such a file
  const VT_STORED = 'Line one_x000B_line two';
  const LITERAL_STORED = 'Ref _x005F_x000B_ as typed';

  test('a vertical tab and a bell in the plan: kept in the plan\'s cells and in PlanCheck\'s sheets of the copy', async () => {
    const file = await buildWorkbook(dir, 'controls.xlsx', (wb) => void addPlan(wb, [...GOOD, ['1.3', VT_STORED, 'Kim Lee', 'October 2018', 'Waiting for the data_x0007_', 'Red']]));
    const out = path.join(dir, 'controls.checked.xlsx');
    const r = await runCli(['validate', file, '--as-of', AS_OF, '--out', out, '--json']);
    // the report keeps the action's words (the vertical tab as written, or read as a space); the copy keeps the cells exactly
    expect(['Line one\u000Bline two', 'Line one line two']).toContain((JSON.parse(r.stdout) as Report).actions[2]!.action);
    const copy = await readBack(out);
    expect(copy.getWorksheet('Plan')!.getCell('B6').value).toBe('Line one\u000Bline two');
    expect(copy.getWorksheet('Plan')!.getCell('E6').value).toBe('Waiting for the data\u0007');
    // the late action's latest update, as written, in the RAG summary's needs-attention list
    const texts: string[] = [];
    copy.worksheets.find((w) => w.name === 'RAG summary')!.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && texts.push(c.value))));
    expect(texts).toContain('Waiting for the data\u0007');
  });

  test('text that reads like an escape ("_x000B_" as typed) stays that text in the copy', async () => {
    const file = await buildWorkbook(dir, 'literal-escape.xlsx', (wb) => void addPlan(wb, [...GOOD, ['1.3', LITERAL_STORED, 'Kim Lee', 'June 2019', 'Moved to next year', 'Blue']]));
    const out = path.join(dir, 'literal-escape.checked.xlsx');
    await runCli(['validate', file, '--as-of', AS_OF, '--out', out]);
    const copy = await readBack(out);
    expect(copy.getWorksheet('Plan')!.getCell('B6').value).toBe('Ref _x000B_ as typed');
    const strings = fs.readFileSync(out).length > 0 ? await sharedStrings(out) : '';
    expect(strings).toContain('Ref _x005F_x000B_ as typed');
  });

  withLibreOffice('LibreOffice opens the copy holding control characters and reads the vertical tab back', async () => {
    const file = await buildWorkbook(dir, 'controls-lo.xlsx', (wb) => void addPlan(wb, [...GOOD, ['1.3', VT_STORED, 'Kim Lee', 'June 2019', 'Moved to next year', 'Blue']]));
    const out = path.join(dir, 'controls-lo.checked.xlsx');
    await runCli(['validate', file, '--as-of', AS_OF, '--out', out]);
    const again = libreOfficeConvert(out, 'xlsx', path.join(dir, 'lo-again'));
    const copy = await readBack(again);
    // LibreOffice keeps it, as the character or shown as its escape: never deleted
    expect(['Line one\u000Bline two', 'Line one_x000B_line two', 'Line one_x000b_line two']).toContain(String(copy.getWorksheet('Plan')!.getCell('B6').value));
  }, 180_000);
});

describe('CSV delimiter and shape', () => {
  test('commas, with ";" on every line of quoted multi-line progress cells: read as comma-separated', async () => {
    const progress = '"Update 1; started\nUpdate 2; agreed at board\nUpdate 3; on track; report due"';
    const rows = [1, 2, 3, 4].map((i) => `1.${i},Action number ${i},Sam Jones,March 2019,${progress},Green`);
    const file = path.join(dir, 'multiline-semicolons.csv');
    fs.writeFileSync(file, `${HEADER.join(',')}\n${rows.join('\n')}\n`);
    const r = await runCli(['validate', file, '--as-of', AS_OF, '--json']);
    expectNoStack(r.stdout, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.actions.map((a) => [a.ref, a.owner, a.rag.given])).toEqual([1, 2, 3, 4].map((i) => [`1.${i}`, 'Sam Jones', 'Green']));
    expect(report.actions[0]!.progress).toBe('Update 1; started\nUpdate 2; agreed at board\nUpdate 3; on track; report due');
  });

  test('semicolons (a European Excel export), with commas on every line of quoted multi-line cells: read as semicolon-separated', async () => {
    const progress = '"Update 1, started, slowly\nUpdate 2, agreed, at board\nUpdate 3, on track, report due"';
    const rows = [1, 2, 3].map((i) => `1.${i};Action, number ${i};Sam Jones;March 2019;${progress};Green`);
    const file = path.join(dir, 'semicolon-multiline-commas.csv');
    fs.writeFileSync(file, `${HEADER.join(';')}\n${rows.join('\n')}\n`);
    const r = await runCli(['validate', file, '--as-of', AS_OF, '--json']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.actions.map((a) => [a.ref, a.action, a.owner])).toEqual([1, 2, 3].map((i) => [`1.${i}`, `Action, number ${i}`, 'Sam Jones']));
  });

  withLibreOffice('a CSV LibreOffice exports with ";" from a plan with multi-line cells holding commas: read as LibreOffice wrote it', async () => {
    const xlsx = await buildWorkbook(dir, 'lo-source.xlsx', (wb) => void addPlan(wb, [
      ['1.1', 'Establish a task, and finish group', 'Lisa Morris', 'April 2018', 'Done, signed off,\nby the board, in May', 'Grey'],
      ['1.2', 'Review the threshold document', 'Sam Jones', 'March 2019', 'Draft, reviewed,\nin January, by all', 'Green'],
    ]));
    const csv = libreOfficeConvert(xlsx, 'csv:Text - txt - csv (StarCalc):59,34,UTF8', path.join(dir, 'lo-csv'));
    const r = await runCli(['validate', csv, '--as-of', AS_OF, '--json']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.actions.map((a) => [a.ref, a.owner, a.rag.given])).toEqual([['1.1', 'Lisa Morris', 'Grey'], ['1.2', 'Sam Jones', 'Green']]);
  }, 180_000);

  test('a row wider than a sheet (20 000 fields): a clear message naming the row, exit 2', async () => {
    const file = path.join(dir, 'too-wide.csv');
    fs.writeFileSync(file, `${HEADER.join(',')}\n1.1,Do it,Sam Jones,March 2019,Started,Green${',x'.repeat(20000)}\n`);
    const r = await runCli(['validate', file, '--as-of', AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/too-wide\.csv: row 2 has 20,006 fields, more than the 16,384 columns a sheet can hold/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
