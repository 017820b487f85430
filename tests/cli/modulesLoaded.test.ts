/**
 * What the real command loads: one bundle (build/cli/plancheck.js) holding the command line, the
 * core and its packages; ExcelJS only for --out (and for a file the streaming reader declines);
 * zod's report schema never on a plain run. Runs bin/plancheck.js (build/, built by bin.test.ts and
 * npm test) in a child process with a hook that lists every module it loaded. Which of the
 * bundle's own modules a run evaluates is seen on the compiled modules the bundle is made of
 * (build/cli/main.js): webpack evaluates a bundled module when it is first required, as Node does.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'plancheck.js');
const BUNDLE = path.join(ROOT, 'build', 'cli', 'plancheck.js');
const COMPILED_MAIN = path.join(ROOT, 'build', 'cli', 'main.js');
const SAMPLE = path.join(ROOT, 'samples', 'oldham.xlsx');
const built = fs.existsSync(COMPILED_MAIN) && fs.existsSync(BUNDLE);
if (!built) console.warn('modulesLoaded.test: skipped: build/ is missing (npm run build:cli)');

/** The modules a run loaded; `compiled`: run build/cli/main.js, the modules the bundle is made of, instead of the bundle. */
function loadedBy(args: string[], { compiled = false } = {}): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-modules-'));
  const list = path.join(dir, 'modules.json');
  const hook = path.join(dir, 'hook.js');
  fs.writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));`);
  const launcher = path.join(dir, 'compiled.js');
  fs.writeFileSync(launcher, `require(${JSON.stringify(COMPILED_MAIN)}).run(process.argv).then((code) => { process.exitCode = code; });`);
  try {
    const r = spawnSync(process.execPath, ['--require', hook, compiled ? launcher : BIN, ...args], { encoding: 'utf8', cwd: dir });
    expect([0, 1]).toContain(r.status);
    return (JSON.parse(fs.readFileSync(list, 'utf8')) as string[]).map((m) => path.relative(ROOT, m));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const exceljsModules = (mods: string[]) => mods.filter((m) => m.includes(`node_modules${path.sep}exceljs${path.sep}`) && !m.endsWith('defaultnumformats.js'));

const projectModules = (mods: string[]) => mods.filter((m) => !m.startsWith('node_modules') && !m.startsWith('..') && !path.isAbsolute(m));

(built ? test : test.skip)('validate --json on the sample: the bundle alone, no ExcelJS (its number-format table aside)', () => {
  const mods = loadedBy(['validate', SAMPLE, '--json', '--as-of', '2019-03-01']);
  expect(projectModules(mods)).toEqual([path.join('bin', 'plancheck.js'), path.join('build', 'cli', 'plancheck.js')]);
  expect(exceljsModules(mods)).toEqual([]);
});

(built ? test : test.skip)('the bundle holds the streaming reader, and no report schema at all', () => {
  const bundle = fs.readFileSync(BUNDLE, 'utf8');
  expect(bundle).toContain('"./build/cli/xlsx/readPackage.js"');
  expect(bundle).not.toMatch(/reportSchema/);
  // zod's messages in English only: its 50 other languages are left out
  const zodLocales = [...bundle.matchAll(/^\/\*\*\*\/ "\.\/node_modules\/zod\/v4\/locales\/([^"]+)"/gm)].map((m) => m[1]);
  expect(zodLocales).toEqual(['en.cjs']);
});

(built ? test : test.skip)('validate --json on the sample, as compiled: the streaming reader reads it; no ExcelJS, no report schema', () => {
  const mods = loadedBy(['validate', SAMPLE, '--json', '--as-of', '2019-03-01'], { compiled: true });
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
