/** Helpers for the command-line tests: run the CLI in-process, temp folders, small workbooks. */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { run } from '../../cli/main';
import { readXlsxFile } from '../../cli/readXlsx';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `plancheck <args>` in-process with captured output. */
export async function runCli(
  args: string[],
  opts: { now?: Date; isTTY?: boolean; env?: Record<string, string | undefined> } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(['node', 'plancheck', ...args], {
    out: (s) => {
      stdout += s;
    },
    err: (s) => {
      stderr += s;
    },
    isTTY: opts.isTTY ?? false,
    env: opts.env ?? {},
    now: () => opts.now ?? new Date('2019-03-01T12:00:00Z'),
  });
  return { code, stdout, stderr };
}

/** Exactly one line on stderr, and no stack trace anywhere. */
export function expectOneCleanLine(r: CliRun): string {
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).not.toMatch(/\n\s+at /);
  const lines = r.stderr.split('\n').filter((l) => l.length > 0);
  expect(lines).toHaveLength(1);
  expect(r.stderr.endsWith('\n')).toBe(true);
  return lines[0]!;
}

export function tempDir(prefix = 'plancheck-cli-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export const FIXTURES = path.join(__dirname, '..', '..', '..', 'shared', 'fixtures');
/** The shared fixtures live beside the project (/work/shared/fixtures); fall back to samples/. */
export function fixturePath(name: string): string | null {
  for (const dir of [FIXTURES, path.join(__dirname, '..', '..', 'shared', 'fixtures'), '/work/shared/fixtures']) {
    const p = path.join(dir, name);
    if (fs.existsSync(p)) return p;
  }
  return null;
}

/** A tidy one-table plan for 2018-19, as a workbook on disk. Rows: [ref, action, lead, due, progress, rag]. */
export async function writePlanWorkbook(
  file: string,
  rows: (string | number | Date | null)[][],
  opts: { sheet?: string; title?: string; dueFormat?: string } = {},
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheet ?? 'Plan');
  ws.addRow([opts.title ?? 'Business Plan 2018-19']);
  ws.addRow([]);
  ws.addRow(['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG']);
  for (const r of rows) ws.addRow(r);
  if (opts.dueFormat) ws.getColumn(4).numFmt = opts.dueFormat;
  await wb.xlsx.writeFile(file);
  return file;
}

/** Rows of a plan with no error-severity issue at 2019-03-01. */
export const GOOD_ROWS: (string | number | null)[][] = [
  ['1.1', 'Establish a task and finish group', 'Lisa Morris', 'April 2018', 'Complete', 'Grey'],
  ['1.2', 'Review the threshold document', 'Sam Jones', 'March 2019', 'Draft reviewed by the board in January', 'Green'],
];

/** Rows with error-severity issues (no lead; a due date that cannot be read). */
export const BAD_ROWS: (string | number | null)[][] = [
  ['1.1', 'Establish a task and finish group', null, 'April 2018', 'Complete', 'Grey'],
  ['1.2', 'Review the threshold document', 'Sam Jones', 'TBC', '', ''],
];

/** A workbook's first sheet saved as CSV the way Excel's "Save as CSV" writes it: each cell's display text. */
export async function exportCsv(xlsx: string, csv: string): Promise<void> {
  const grid = await readXlsxFile(xlsx);
  const sheet = grid.sheets[0]!;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Export');
  sheet.values.forEach((row, r) => {
    const text = sheet.text?.[r] ?? [];
    const out = row.map((v, c) => {
      const t = text[c] ?? (v === null ? '' : String(v));
      return t === '' ? null : t;
    });
    ws.getRow(r + 1).values = out;
  });
  const buf = await wb.csv.writeBuffer();
  fs.writeFileSync(csv, buf as unknown as Buffer);
}

const ROOT = path.join(__dirname, '..', '..');

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** npm test builds first; tests of the real command build too when `built` is missing or older than its sources. */
export function ensureBuilt(built: string): void {
  const at = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  if (at < Math.max(newestSource(path.join(ROOT, 'cli')), newestSource(path.join(ROOT, 'core')))) {
    // the project's own build (compile, then bundle what bin/plancheck.js runs)
    spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'ignore', shell: process.platform === 'win32' });
  }
}
