/** The real command (bin/plancheck.js → the bundle build/cli/plancheck.js) in a child process. */
import { execFileSync, spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { reportSchema } from '../../core/report/reportSchema';
import { ensureBuilt, fixturePath, removeDir, tempDir } from './cliHelpers';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'plancheck.js');
const BUNDLE = path.join(ROOT, 'build', 'cli', 'plancheck.js');

beforeAll(() => ensureBuilt(BUNDLE), 120000);

function plancheck(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...env }, maxBuffer: 1 << 26 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const kirklees = fixturePath('kirklees.xlsx');

(kirklees ? test : test.skip)('a fixture: exit 0 or 1 and one v1 JSON document on stdout', () => {
  const r = plancheck(['validate', kirklees!, '--json', '--as-of', '2020-02-14']);
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.code);
  const doc = reportSchema.parse(JSON.parse(r.stdout));
  expect(doc.file).toBe('kirklees.xlsx');
  expect(doc.actions.length).toBeGreaterThan(0);
});

(kirklees ? test : test.skip)('the same report whatever the time zone', () => {
  const args = ['validate', kirklees!, '--json', '--as-of', '2020-02-14'];
  const utc = plancheck(args, { TZ: 'UTC' });
  for (const tz of ['Europe/London', 'Pacific/Auckland', 'America/Los_Angeles']) {
    expect(plancheck(args, { TZ: tz }).stdout).toBe(utc.stdout);
  }
});

test('bad input: exit 2, one line on stderr, no stack trace', () => {
  const dir = tempDir();
  try {
    const junk = path.join(dir, 'junk.xlsx');
    fs.writeFileSync(junk, 'not a workbook at all');
    for (const args of [
      ['validate', path.join(dir, 'missing.xlsx')],
      ['validate', junk],
      ['validate', junk, '--as-of', '2019-13-45'],
      ['validate', junk, '--no-such-flag'],
      [],
    ]) {
      const r = plancheck(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^plancheck: /);
    }
  } finally {
    removeDir(dir);
  }
});

(kirklees ? test : test.skip)('a closed pipe (| head) ends quietly', () => {
  const dir = tempDir();
  try {
    const errFile = path.join(dir, 'stderr.txt');
    const out = execFileSync('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" validate "${kirklees}" --json --as-of 2020-02-14 2>"${errFile}" | head -c 20`], { encoding: 'utf8' });
    expect(out).toHaveLength(20);
    expect(out.startsWith('{')).toBe(true);
    expect(fs.readFileSync(errFile, 'utf8')).toBe('');
  } finally {
    removeDir(dir);
  }
});

test('--version', () => {
  const r = plancheck(['--version']);
  expect(r.code).toBe(0);
  expect(r.stdout.trim()).toBe((JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
});
