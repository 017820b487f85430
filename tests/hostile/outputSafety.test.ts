/**
 * Issue 15, items 1 and 5: --out (and --html) can never write the plan being read, whatever
 * name leads to it, and a write stopped by Ctrl+C leaves neither half a target nor a
 * temporary file. Files are compared by what they are on disk, never by path strings.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { GOOD, addPlan, buildWorkbook, expectNoStack, removeDir, runCli, sha256, tempDir, AS_OF } from './hostileHelpers';

let dir: string;
let plan: string;
beforeAll(async () => {
  dir = tempDir('plancheck-hostile-out-');
  plan = await buildWorkbook(dir, 'plan.xlsx', (wb) => void addPlan(wb, GOOD));
});
afterAll(() => removeDir(dir));

/** Every file in a folder (hidden ones too), to see nothing was left behind. */
const listing = (folder: string) => fs.readdirSync(folder).sort();

async function refused(args: string[], flag = '--out'): Promise<string> {
  const before = sha256(plan);
  const r = await runCli(['validate', ...args, '--as-of', AS_OF]);
  expectNoStack(r.stdout, r.stderr);
  expect(r.code).toBe(2);
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`${flag}.*is the plan being checked`));
  expect(sha256(plan)).toBe(before);
  return lines[0]!;
}

describe('--out onto the plan by another name', () => {
  test('a symbolic link to the plan: refused, the plan and the link unchanged', async () => {
    const link = path.join(dir, 'link.xlsx');
    fs.symlinkSync(plan, link);
    await refused([plan, '--out', link]);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  });

  test('a hard link to the plan: refused, both names still the one file', async () => {
    const hard = path.join(dir, 'hard.xlsx');
    fs.linkSync(plan, hard);
    await refused([plan, '--out', hard]);
    expect(fs.statSync(hard).ino).toBe(fs.statSync(plan).ino);
  });

  test('the plan read through a link, --out its real name: refused', async () => {
    const viaLink = path.join(dir, 'via-link.xlsx');
    fs.symlinkSync(plan, viaLink);
    await refused([viaLink, '--out', plan]);
  });

  test('".." after a linked folder (the file system goes up from where the link points, not where it sits): refused', async () => {
    const elsewhere = path.join(dir, 'elsewhere');
    fs.mkdirSync(path.join(elsewhere, 'deep'), { recursive: true });
    fs.symlinkSync(dir, path.join(elsewhere, 'deep', 'up'));
    // elsewhere/deep/up -> dir, so elsewhere/deep/up/sub/../plan.xlsx is dir/plan.xlsx on disk
    fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
    const sneaky = path.join(elsewhere, 'deep', 'up') + '/sub/../plan.xlsx';
    await refused([plan, '--out', sneaky]);
    expect(fs.existsSync(path.join(elsewhere, 'deep', 'plan.xlsx'))).toBe(false);
  });

  test('".." through a linked folder, written: the copy lands where the file system says, not where path strings say', async () => {
    const target = path.join(dir, 'real-target');
    fs.mkdirSync(path.join(target, 'inner'), { recursive: true });
    const other = path.join(dir, 'other');
    fs.mkdirSync(other, { recursive: true });
    fs.symlinkSync(path.join(target, 'inner'), path.join(other, 'jump'));
    // other/jump/../copy.xlsx is real-target/copy.xlsx on disk (path strings say other/copy.xlsx)
    const r = await runCli(['validate', plan, '--as-of', AS_OF, '--out', path.join(other, 'jump') + '/../copy.xlsx']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(target, 'copy.xlsx'))).toBe(true);
    expect(fs.existsSync(path.join(other, 'copy.xlsx'))).toBe(false);
    expect(listing(target)).toEqual(['copy.xlsx', 'inner']);
  });

  test('another case of the name on a case-insensitive disk (the disk says it is the same file): refused', async () => {
    // Linux disks here are case-sensitive: the stat of the other spelling is answered as such a disk would
    const realStat = fs.promises.stat;
    const spy = jest.spyOn(fs.promises, 'stat').mockImplementation(((p: fs.PathLike, o?: fs.StatOptions) =>
      realStat(String(p).toLowerCase() === plan.toLowerCase() ? plan : p, o)) as typeof fs.promises.stat);
    try {
      await refused([plan, '--out', path.join(dir, 'PLAN.XLSX')]);
    } finally {
      spy.mockRestore();
    }
    expect(fs.existsSync(path.join(dir, 'PLAN.XLSX'))).toBe(false);
  });

  test('--html as a link to the plan: refused (no output may be the plan)', async () => {
    const link = path.join(dir, 'report-link.html');
    fs.symlinkSync(plan, link);
    await refused([plan, '--html', link], '--html');
  });

  test('a folder of plans, --out the same folder through a link: refused, nothing written', async () => {
    const folder = path.join(dir, 'plans');
    fs.mkdirSync(folder);
    await buildWorkbook(folder, 'a.xlsx', (wb) => void addPlan(wb, GOOD));
    const alias = path.join(dir, 'plans-alias');
    fs.symlinkSync(folder, alias);
    const r = await runCli(['validate', folder, '--as-of', AS_OF, '--out', alias]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is the folder being checked/);
    expect(listing(folder)).toEqual(['a.xlsx']);
  });

  test('a folder of plans where a checked copy\'s name is a link to one of the plans: that plan is kept, the others written', async () => {
    const folder = path.join(dir, 'plans2');
    const out = path.join(dir, 'plans2-out');
    fs.mkdirSync(folder);
    fs.mkdirSync(out);
    const a = await buildWorkbook(folder, 'a.xlsx', (wb) => void addPlan(wb, GOOD));
    await buildWorkbook(folder, 'b.xlsx', (wb) => void addPlan(wb, GOOD));
    fs.symlinkSync(a, path.join(out, 'a.checked.xlsx'));
    const before = sha256(a);
    const r = await runCli(['validate', folder, '--as-of', AS_OF, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a\.checked\.xlsx" is the plan being checked/);
    expect(sha256(a)).toBe(before);
    expect(fs.lstatSync(path.join(out, 'a.checked.xlsx')).isSymbolicLink()).toBe(true);
    expect(fs.existsSync(path.join(out, 'b.checked.xlsx'))).toBe(true);
    expect(listing(out)).toEqual(['a.checked.xlsx', 'b.checked.xlsx']);
  });
});

describe('Ctrl+C while writing', () => {
  const bin = path.join(__dirname, '..', '..', 'bin', 'plancheck.js');

  test('SIGINT during the write of --out: no temporary file, the earlier copy intact, stopped by the signal', async () => {
    const folder = path.join(dir, 'sigint');
    fs.mkdirSync(folder);
    // big enough that writing its copy takes a while
    const rows = Array.from({ length: 6000 }, (_, i) => [`1.${i + 1}`, `Action number ${i + 1} for the partnership board to review`, 'Sam Jones', 'March 2019', `Update ${i}: work in progress, on track`, 'Green']);
    const big = await buildWorkbook(folder, 'big.xlsx', (wb) => void addPlan(wb, rows));
    const out = path.join(folder, 'big.checked.xlsx');
    fs.writeFileSync(out, 'the copy from last week');
    const child = spawn(process.execPath, [bin, 'validate', big, '--as-of', AS_OF, '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    let sawTemp = false;
    let running = true;
    void exited.then(() => (running = false));
    while (running && !sawTemp) {
      sawTemp = listing(folder).some((f) => f.endsWith('.tmp'));
      if (sawTemp) child.kill('SIGINT');
      else await new Promise((r) => setTimeout(r, 2));
    }
    const end = await exited;
    expect(sawTemp).toBe(true);
    expect(end.signal ?? end.code).toBe(end.signal ? 'SIGINT' : 130);
    expect(listing(folder)).toEqual(['big.checked.xlsx', 'big.xlsx']);
    expect(fs.readFileSync(out, 'utf8')).toBe('the copy from last week');
    expectNoStack(stderr);
  }, 120000);
});
