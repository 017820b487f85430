/** --out / --html / --apply-rag reach the output writer (cli/output, owned elsewhere) with resolved paths. */
import fs from 'fs';
import path from 'path';
import { GOOD_ROWS, expectOneCleanLine, removeDir, runCli, tempDir, writePlanWorkbook } from './cliHelpers';
import { writeOutputs } from '../../cli/output/index';

jest.mock('../../cli/output/index', () => ({ writeOutputs: jest.fn(async () => undefined) }));
const mocked = writeOutputs as jest.MockedFunction<typeof writeOutputs>;

let dir: string;
let good: string;
beforeAll(async () => {
  dir = tempDir();
  good = await writePlanWorkbook(path.join(dir, 'good.xlsx'), GOOD_ROWS);
});
afterAll(() => removeDir(dir));
beforeEach(() => mocked.mockClear());

describe('outputs', () => {
  test('--out and --html reach writeOutputs with the resolved paths', async () => {
    const outDir = path.join(dir, 'out');
    fs.mkdirSync(outDir);
    const r = await runCli(['validate', good, '--out', outDir, '--html', path.join(dir, 'report.html'), '--apply-rag', '--json']);
    expect(r.code).toBe(0);
    expect(mocked).toHaveBeenCalledTimes(1);
    const ctx = mocked.mock.calls[0]![0];
    expect(ctx.out).toBe(path.join(outDir, 'good.checked.xlsx'));
    expect(ctx.html).toBe(path.join(dir, 'report.html'));
    expect(ctx.applyRag).toBe(true);
    expect(ctx.undoApply).toBeUndefined();
    expect(ctx.sourcePath).toBe(path.resolve(good));
    expect(ctx.result.report.file).toBe('good.xlsx');
    expect(ctx.grid.sheets[0]?.name).toBe('Plan');
  });

  test('a failure to write is one line and exit 2', async () => {
    mocked.mockRejectedValueOnce(new Error('EACCES: permission denied'));
    const r = await runCli(['validate', good, '--out', path.join(dir, 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(expectOneCleanLine(r)).toMatch(/x\.xlsx: could not be written \(EACCES/);
  });
});

test('no output flags: the writer is not called', async () => {
  const r = await runCli(['validate', good, '--json']);
  expect(r.code).toBe(0);
  expect(mocked).not.toHaveBeenCalled();
});

test('a folder: --out is a folder, one checked copy per plan', async () => {
  const plans = path.join(dir, 'plans');
  fs.mkdirSync(plans);
  await writePlanWorkbook(path.join(plans, 'one.xlsx'), GOOD_ROWS);
  fs.writeFileSync(path.join(plans, 'two.csv'), 'Business Plan 2018-19\nRef,Action,Lead,Date for completion,Progress\n1.1,Do it,Sam,April 2018,Complete\n');
  const out = path.join(dir, 'checked');
  const r = await runCli(['validate', plans, '--out', out, '--json']);
  expect(r.stderr).toBe('');
  fs.copyFileSync(path.join(plans, 'two.csv'), path.join(plans, 'one.csv'));
  const r2 = await runCli(['validate', plans, '--out', out, '--html', out, '--json']);
  expect(r2.stderr).toBe('');
  expect(mocked.mock.calls.map((c) => path.basename(c[0].out ?? ''))).toEqual([
    'one.checked.xlsx',
    'two.checked.xlsx',
    // two plans named "one": each keeps its own output
    'one.csv.checked.xlsx',
    'one.xlsx.checked.xlsx',
    'two.checked.xlsx',
  ]);
  expect(mocked.mock.calls.slice(2).map((c) => path.basename(c[0].html ?? ''))).toEqual(['one.csv.html', 'one.xlsx.html', 'two.html']);
  expect(fs.statSync(out).isDirectory()).toBe(true);
});

test('the summary names what was written; the writer\'s notes go to stderr', async () => {
  (mocked as jest.Mock).mockResolvedValueOnce({ messages: ['Undo apply left 2 cells alone: staff changed them since.'] });
  const out = path.join(dir, 'noted.xlsx');
  const r = await runCli(['validate', good, '--out', out, '--undo-apply']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(`Written         ${out}`);
  expect(r.stderr).toBe('plancheck: good.xlsx: Undo apply left 2 cells alone: staff changed them since.\n');
  expect(mocked.mock.calls[0]![0].undoApply).toBe(true);
});
