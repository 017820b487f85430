/**
 * `plancheck portfolio` as the real command (bin/plancheck.js → build/), where plans are checked
 * on worker threads: the same summary on two threads as on one, a corrupt file skipped on either,
 * and each plan's own report written by the thread that checked it.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { ensureBuilt, fixturePath, removeDir, tempDir } from './cliHelpers';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'plancheck.js');
const WORKER = path.join(ROOT, 'build', 'cli', 'portfolio', 'planWorker.js');
const NAMES = ['oldham', 'kirklees', 'redbridge'].filter((n) => fixturePath(`${n}.xlsx`));

let dir: string;
beforeAll(() => {
  ensureBuilt(WORKER);
  dir = tempDir('plancheck-portfolio-threads-');
  const plans = path.join(dir, 'plans');
  fs.mkdirSync(plans);
  // two copies of each fixture: enough plans for the pool to use its workers
  for (const n of NAMES) for (const copy of ['a', 'b']) fs.copyFileSync(fixturePath(`${n}.xlsx`)!, path.join(plans, `${n}-${copy}.xlsx`));
  fs.writeFileSync(path.join(plans, 'corrupt.xlsx'), 'not a workbook');
}, 120_000);
afterAll(() => removeDir(dir));

function portfolio(threads: string, html: string) {
  const r = spawnSync(process.execPath, [BIN, 'portfolio', path.join(dir, 'plans'), '--as-of', '2019-03-01', '--json', '--html', html], {
    encoding: 'utf8',
    env: { ...process.env, PLANCHECK_THREADS: threads },
    maxBuffer: 1 << 26,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

(NAMES.length ? test : test.skip)('two threads give exactly what one thread gives', () => {
  expect(fs.existsSync(WORKER)).toBe(true);
  fs.mkdirSync(path.join(dir, 'one'));
  fs.mkdirSync(path.join(dir, 'two'));
  const one = portfolio('1', path.join(dir, 'one', 'portfolio.html'));
  const two = portfolio('2', path.join(dir, 'two', 'portfolio.html'));
  expect(one.code).toBe(1);
  expect(two.code).toBe(1);
  expect(two.stderr).toBe(one.stderr);
  expect(two.stderr).toMatch(/^plancheck: corrupt\.xlsx: .* \(skipped\)\n$/);
  expect(two.stdout).toBe(one.stdout);
  expect((JSON.parse(two.stdout) as { plans: unknown[] }).plans).toHaveLength(NAMES.length * 2);
  const reports = (d: string) => fs.readdirSync(path.join(dir, d)).sort();
  expect(reports('two')).toEqual(reports('one'));
  expect(reports('two')).toHaveLength(NAMES.length * 2 + 1);
  for (const f of reports('two')) expect(fs.readFileSync(path.join(dir, 'two', f), 'utf8')).toBe(fs.readFileSync(path.join(dir, 'one', f), 'utf8'));
}, 120_000);
