/** plancheck compare OLD NEW and validate NEW --since OLD (PRODUCT §7a): the command line's side. */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import type { Report } from '../../core/report/reportSchema';
import { reportSchema } from '../../core/report/reportSchema';
import { GOOD_ROWS, expectOneCleanLine, removeDir, runCli, tempDir, writePlanWorkbook } from './cliHelpers';

const AS_OF = ['--as-of', '2019-03-01'];
let dir: string;
let older: string;
let newer: string;

beforeAll(async () => {
  dir = tempDir('plancheck-compare-');
  older = await writePlanWorkbook(path.join(dir, 'plan-q3.xlsx'), [
    ...GOOD_ROWS,
    ['1.3', 'Publish the annual report on the website', 'Tom Jones', 'January 2019', '', 'Green'],
  ]);
  newer = await writePlanWorkbook(path.join(dir, 'plan-q4.xlsx'), [
    GOOD_ROWS[0]!,
    ['1.2', 'Review the threshold document', 'Sam Jones', 'June 2019', 'Draft reviewed by the board in January', 'Green'],
    ['1.3', 'Run a survey of young people about feeling safe', 'Ann Lee', 'March 2019', '', ''],
  ]);
});
afterAll(() => removeDir(dir));

describe('plancheck compare OLD NEW', () => {
  test('--json: the later version\'s report with changes (schema-valid), exit 0', async () => {
    const r = await runCli(['compare', older, newer, '--json', ...AS_OF]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = reportSchema.parse(JSON.parse(r.stdout)) as Report;
    expect(doc.file).toBe('plan-q4.xlsx');
    expect(doc.changes).toMatchObject({ since: '2019-03-01', from: 'plan-q3.xlsx' });
    expect(doc.changes!.items.map((c) => [c.change, c.ref, c.days ?? null])).toEqual([
      ['slipped', '1.2', 91], ['carried', '1.2', null], ['new', '1.3', null], ['dropped', '1.3', null],
    ]);
  });

  test('without --json: the counts per change, then one line per change', async () => {
    const r = await runCli(['compare', older, newer, ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^plan-q4\.xlsx compared with plan-q3\.xlsx\n {2}Changes since {3}2019-03-01 \(plan-q3\.xlsx\)\n {18}Slipped 1 · Carried over 1 · New 1 · Dropped 1\n/);
    expect(r.stdout).toMatch(/Slipped\s+1\.2\s+Review the threshold document {2}March 2019 → June 2019 \(91 days\) {2}\[Plan!5\]/);
    expect(r.stdout).toMatch(/New\s+1\.3\s+Run a survey of young people about feeling safe {2}on track {2}\[Plan!6\]/);
    expect(r.stdout).toMatch(/Dropped\s+1\.3\s+Publish the annual report on the website {2}at risk {2}\[was Plan!6\]/);
  });

  test('--out and --html: the Changes sheet (linked rows) and the HTML section, counts first', async () => {
    const out = path.join(dir, 'q4.checked.xlsx');
    const html = path.join(dir, 'q4.html');
    const r = await runCli(['compare', older, newer, '--out', out, '--html', html, ...AS_OF]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet('Changes since 2019-03-01')!;
    expect(sheet.getCell('A5').value).toBe('Slipped');
    expect(sheet.getCell('H5').value).toMatchObject({ text: 'Plan!5', hyperlink: '#Plan!B5' });
    expect(sheet.getCell('A8').value).toBe('Dropped');
    expect(sheet.getCell('H8').value).toBe('was Plan!6');
    expect(wb.getWorksheet('PlanCheck record')!.state).toBe('hidden');
    const page = fs.readFileSync(html, 'utf8');
    const section = page.slice(page.indexOf('<h2>Changes since 2019-03-01: 4 changes</h2>'));
    expect(section.length).toBeLessThan(page.length);
    expect(section.indexOf('<table class="counts">')).toBeLessThan(section.indexOf('<th>Section</th>'));
    expect(section).toMatch(/<tr><td>Slipped<\/td><td class="n">1<\/td><\/tr>/);
  });

  test('the same file twice: no changes', async () => {
    const r = await runCli(['compare', newer, newer, '--json', ...AS_OF]);
    expect((JSON.parse(r.stdout) as Report).changes!.items).toEqual([]);
  });

  test.each([
    [['compare', 'nothere.xlsx', 'plan-q4.xlsx'], /^plancheck: .*nothere\.xlsx: no such file/],
    [['compare', 'plan-q4.xlsx'], /missing required argument 'new'/],
    [['compare', '.', 'plan-q4.xlsx'], /compare takes two plan files, not a folder/],
  ])('%j: one line, exit 2', async (args, message) => {
    const r = await runCli(args.map((a) => (a.endsWith('.xlsx') && a !== 'nothere.xlsx' ? path.join(dir, a) : a === '.' ? dir : a)));
    expect(r.code).toBe(2);
    expect(expectOneCleanLine(r)).toMatch(message);
  });
});

describe('plancheck validate NEW --since OLD', () => {
  test('changes since the other version instead of the workbook\'s record', async () => {
    const r = await runCli(['validate', newer, '--since', older, '--json', ...AS_OF]);
    const doc = JSON.parse(r.stdout) as Report;
    expect(doc.changes!.from).toBe('plan-q3.xlsx');
    expect(doc.changes!.items.map((c) => c.change)).toEqual(['slipped', 'carried', 'new', 'dropped']);
  });

  test('the summary ends with the changes', async () => {
    const r = await runCli(['validate', newer, '--since', older, ...AS_OF]);
    expect(r.stdout).toMatch(/ {2}Changes since {3}2019-03-01 \(plan-q3\.xlsx\)\n/);
  });

  test('a second validate of a checked copy: no changes since the last check', async () => {
    const out = path.join(dir, 'checked-once.xlsx');
    await runCli(['validate', newer, '--out', out, ...AS_OF]);
    const r = await runCli(['validate', out, ...AS_OF]);
    expect(r.stdout).toMatch(/ {2}Changes since {3}2019-03-01 \(the last check\): none\n/);
  });

  test.each([
    [['--since', 'nothere.xlsx'], /^plancheck: --since nothere\.xlsx: no such file/],
    [['--since', ' '], /--since needs the earlier version's file/],
  ])('%j: one line, exit 2', async (args, message) => {
    const r = await runCli(['validate', newer, ...args, ...AS_OF]);
    expect(r.code).toBe(2);
    expect(expectOneCleanLine(r)).toMatch(message);
  });

  test('a folder cannot be compared with one file', async () => {
    const r = await runCli(['validate', dir, '--since', older, ...AS_OF]);
    expect(r.code).toBe(2);
    expect(expectOneCleanLine(r)).toMatch(/--since compares one plan with an earlier version of it/);
  });
});
