/**
 * What the real command loads: ExcelJS only for --out (and for a file the streaming reader
 * declines), zod's report schema never on a plain run. Runs bin/plancheck.js (build/, built by
 * bin.test.ts and npm test) in a child process with a hook that lists every module it loaded.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'plancheck.js');
const SAMPLE = path.join(ROOT, 'samples', 'oldham.xlsx');
const built = fs.existsSync(path.join(ROOT, 'build', 'cli', 'main.js'));
if (!built) console.warn('modulesLoaded.test: skipped: build/ is missing (npm run build:cli)');

function loadedBy(args: string[]): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-modules-'));
  const list = path.join(dir, 'modules.json');
  const hook = path.join(dir, 'hook.js');
  fs.writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));`);
  try {
    const r = spawnSync(process.execPath, ['--require', hook, BIN, ...args], { encoding: 'utf8', cwd: dir });
    expect([0, 1]).toContain(r.status);
    return (JSON.parse(fs.readFileSync(list, 'utf8')) as string[]).map((m) => path.relative(ROOT, m));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const exceljsModules = (mods: string[]) => mods.filter((m) => m.includes(`node_modules${path.sep}exceljs${path.sep}`) && !m.endsWith('defaultnumformats.js'));

(built ? test : test.skip)('validate --json on the sample: no ExcelJS (its number-format table aside), no report schema', () => {
  const mods = loadedBy(['validate', SAMPLE, '--json', '--as-of', '2019-03-01']);
  expect(mods.some((m) => m.endsWith(path.join('cli', 'xlsx', 'readPackage.js')))).toBe(true);
  expect(exceljsModules(mods)).toEqual([]);
  expect(mods.filter((m) => m.endsWith('reportSchema.js'))).toEqual([]);
});

(built ? test : test.skip)('validate --out: ExcelJS is loaded to write the copy', () => {
  const out = path.join(os.tmpdir(), `plancheck-modules-${process.pid}.xlsx`);
  try {
    expect(exceljsModules(loadedBy(['validate', SAMPLE, '--as-of', '2019-03-01', '--out', out])).length).toBeGreaterThan(0);
  } finally {
    fs.rmSync(out, { force: true });
  }
});
