/**
 * Hostile files (issue 7): what cannot be read is said in one line with exit 2 (or, in a
 * folder, reported while the good plans are still checked); an empty workbook or a header
 * with nothing under it is a no-plan-table report, never an exception, in every host.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Report } from '../../core/index';
import { GOOD, addPlan, buildWorkbook, everywhere, expectNoStack, issueCodes, removeDir, runCli, sha256, tempDir, AS_OF, HEADER } from './hostileHelpers';

let dir: string;
beforeAll(() => {
  dir = tempDir('plancheck-hostile-files-');
});
afterAll(() => removeDir(dir));

function oneLine(stderr: string): string {
  const lines = stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('files that are not workbooks', () => {
  test('random bytes named .xlsx: exit 2, one line naming the file; no host can open it', async () => {
    const file = path.join(dir, 'random.xlsx');
    let seed = 7;
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff)));
    const e = await everywhere(file);
    expect(e.cli.code).toBe(2);
    expect(e.cli.stdout).toBe('');
    expect(oneLine(e.cli.stderr)).toMatch(/^plancheck: .*random\.xlsx: /);
    expect(e.excel).toBeNull();
    expect(e.sheets).toBeNull();
    expect(fs.existsSync(e.cli.out)).toBe(false);
  });

  test('a truncated .xlsx: exit 2, one line naming the file', async () => {
    const good = await buildWorkbook(dir, 'whole.xlsx', (wb) => void addPlan(wb, GOOD));
    const file = path.join(dir, 'truncated.xlsx');
    const bytes = fs.readFileSync(good);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const e = await everywhere(file);
    expect(e.cli.code).toBe(2);
    expect(oneLine(e.cli.stderr)).toMatch(/^plancheck: .*truncated\.xlsx: /);
    expect(e.cli.stdout).toBe('');
    expect(e.sheets).toBeNull();
    expect(fs.existsSync(e.cli.out)).toBe(false);
  });

  test('a missing path: exit 2, one line saying to check the path', async () => {
    const file = path.join(dir, 'no-such-plan.xlsx');
    const e = await everywhere(file);
    expect(e.cli.code).toBe(2);
    expect(oneLine(e.cli.stderr)).toMatch(/no-such-plan\.xlsx: no such file or folder: check the path/);
    expect(fs.existsSync(file)).toBe(false);
  });

  test('a folder of good, bad and non-spreadsheet files: bad ones reported, good ones checked, exit 1', async () => {
    const folder = path.join(dir, 'mixed');
    fs.mkdirSync(folder);
    await buildWorkbook(folder, 'a-good.xlsx', (wb) => void addPlan(wb, GOOD));
    await buildWorkbook(folder, 'd-good.xlsx', (wb) => void addPlan(wb, GOOD));
    fs.writeFileSync(path.join(folder, 'b-bad.xlsx'), 'this is not a workbook at all');
    fs.writeFileSync(path.join(folder, 'c-empty.xlsx'), '');
    fs.writeFileSync(path.join(folder, 'notes.txt.bak'), 'minutes of the meeting');
    fs.writeFileSync(path.join(folder, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const hashes = fs.readdirSync(folder).map((f) => [f, sha256(path.join(folder, f))]);
    const r = await runCli(['validate', folder, '--as-of', AS_OF, '--json']);
    expectNoStack(r.stdout, r.stderr);
    expect(r.code).toBe(1);
    const docs = JSON.parse(r.stdout) as Report[];
    expect(docs.map((d) => d.file)).toEqual(['a-good.xlsx', 'b-bad.xlsx', 'c-empty.xlsx', 'd-good.xlsx']);
    for (const d of docs.filter((x) => /good/.test(x.file))) {
      expect(d.error).toBeUndefined();
      expect(d.summary.actions).toBe(2);
      expect(d.summary.errors).toBe(0);
    }
    for (const d of docs.filter((x) => !/good/.test(x.file))) {
      expect(d.error).toEqual(expect.any(String));
      expect(d.actions).toEqual([]);
    }
    expect(fs.readdirSync(folder).map((f) => [f, sha256(path.join(folder, f))])).toEqual(hashes);
  });
});

describe('workbooks with nothing to check', () => {
  test('an empty workbook (one blank sheet): no-plan-table, exit 1; the panes say there is nothing to check', async () => {
    const file = await buildWorkbook(dir, 'empty.xlsx', (wb) => void wb.addWorksheet('Sheet1'));
    const e = await everywhere(file);
    expect(e.cli.code).toBe(1);
    const report = e.cli.json as Report;
    expect(report.actions).toEqual([]);
    expect(issueCodes(report)).toEqual(['no-plan-table']);
    expect(e.excel!.outcome).toMatchObject({ kind: 'message', tone: 'warning' });
    expect(e.excel!.after.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(e.sheets!.result.ok).toBe(true);
    expect(issueCodes(e.sheets!.report!)).toEqual(['no-plan-table']);
  });

  test('a workbook with no sheets at all: no-plan-table in the command line and Sheets; a message in Excel', async () => {
    const file = await buildWorkbook(dir, 'nosheets.xlsx', () => undefined);
    const e = await everywhere(file);
    expect(e.cli.code).toBe(1);
    expect(issueCodes(e.cli.json as Report)).toEqual(['no-plan-table']);
    if (e.excel) expect(e.excel.outcome.kind).toBe('message');
    if (e.sheets) expect(e.sheets.result.ok).toBe(true);
  });

  test('a header row and nothing else: no actions, no exception, the same report everywhere', async () => {
    const file = await buildWorkbook(dir, 'header-only.xlsx', (wb) => void wb.addWorksheet('Plan').addRow(HEADER));
    const e = await everywhere(file);
    expect([0, 1]).toContain(e.cli.code);
    const report = e.cli.json as Report;
    expect(report.actions).toEqual([]);
    expect(e.excel!.outcome.kind).toBe('message');
    if (e.excel!.outcome.kind === 'message') expect(e.excel!.outcome.message.length).toBeGreaterThan(10);
    expect(e.excel!.after.sheets.map((s) => s.name)).toEqual(['Plan']);
    expect(e.sheets!.result.ok).toBe(true);
    expect(e.sheets!.report).toEqual(report);
  });
});
