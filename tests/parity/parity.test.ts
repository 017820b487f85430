/**
 * Parity (issue 7): every shared fixture and the bundled sample give the same JSON report
 * and the same written sheets through the command line, the Excel host and the Sheets host.
 */
import * as fs from 'fs';
import * as path from 'path';
import { firstDifference, main, parityOf } from '../../scripts/parity';
import { expectation, fixtureNames, FIXTURES_DIR, REPO_ROOT } from '../sheets/helpers/fixtures';

const NOW = new Date('2019-03-01T12:00:00Z');
const SAMPLE = path.join(REPO_ROOT, 'samples', 'oldham.xlsx');
const files: [string, string, string][] = [
  ...fixtureNames().map((n): [string, string, string] => [`${n}.xlsx`, path.join(FIXTURES_DIR, `${n}.xlsx`), expectation(n)?.asOf ?? '2019-03-01']),
  ...(fs.existsSync(SAMPLE) ? [['samples/oldham.xlsx', SAMPLE, '2019-03-01'] as [string, string, string]] : []),
];

function capture() {
  const io = { stdout: '', stderr: '', out: (s: string) => void (io.stdout += s), err: (s: string) => void (io.stderr += s) };
  return io;
}

describe('parity of the command line, the Excel host and the Sheets host', () => {
  if (!fixtureNames().length) it.skip('shared fixtures absent', () => undefined);

  it.each(files)('%s: same report and same sheets in all three', async (_name, file, asOf) => {
    const p = await parityOf(file, { asOf }, NOW);
    expect(p.same ? 'same' : p.difference).toBe('same');
    const [cli, excel, sheets] = p.runs;
    expect(cli!.report!.actions.length).toBeGreaterThan(0);
    expect(excel!.report).not.toBeNull();
    expect(sheets!.report).not.toBeNull();
    expect(excel!.written!.map((s) => s.name)).toEqual(cli!.written!.map((s) => s.name));
    expect(sheets!.written!.map((s) => s.name)).toEqual(cli!.written!.map((s) => s.name));
  });

  it('the command prints one line per file and exits 0 when all are the same', async () => {
    const io = capture();
    const code = await main(['--as-of', '2019-03-01', ...files.map((f) => f[1])], io);
    expect(io.stderr).toBe('');
    expect(io.stdout.split('\n').filter(Boolean)).toEqual(files.map((f) => `${f[1]}: same`));
    expect(code).toBe(0);
  });

  it.each([
    [['/no/such/plan.xlsx'], /^parity: \/no\/such\/plan\.xlsx: no such file/],
    [['--as-of', '2019-13-45', 'x.xlsx'], /^parity: --as-of needs a date/],
    [['--nope', 'x.xlsx'], /^parity: unknown option "--nope"/],
    [[], /^parity: name at least one workbook/],
    [[path.join(REPO_ROOT, 'package.json')], /^parity: \S*package\.json: PlanCheck reads \.xlsx/],
  ])('bad argument %j: one line, exit 2', async (args, message) => {
    const io = capture();
    const code = await main(args as string[], io);
    expect(code).toBe(2);
    expect(io.stderr).toMatch(message);
    expect(io.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(io.stderr + io.stdout).not.toMatch(/\n\s+at /);
  });

  it('names the first difference as a JSON path with both values', () => {
    expect(firstDifference({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] }, 'report')).toEqual({ path: 'report.a[1].b', left: 'x', right: 'y' });
    expect(firstDifference([1, 2], [1, 2, 3], 'r')).toEqual({ path: 'r.length', left: 2, right: 3 });
    expect(firstDifference({ 'a b': 1 }, { 'a b': 1 })).toBeNull();
  });
});
