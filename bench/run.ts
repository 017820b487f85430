// npm run bench: PlanCheck's speed and memory figures, each measured in a process of its own.
// Prints figures against the targets; never fails on a figure (no timed tests anywhere).
import { execFileSync, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { projectRoot, SAMPLE_AS_OF } from './bigPlan';
import { MERGE_LIMIT } from './writeBigPlan';

const root = projectRoot();
const built = (f: string) => path.join(root, 'build', 'bench', f);
const bin = path.join(root, 'bin', 'plancheck.js');
const sizes = (process.env.BENCH_SIZES ?? '5000,50000,500000').split(',').map(Number);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-bench-'));

/** Wall time (ms) and peak resident memory (MB) of one command, via /usr/bin/time where present. */
function measure(args: string[]): { ms: number; cpuMs: number | null; peakMb: number | null; stdout: string; failed: string | null; code: number | null } {
  const timed = fs.existsSync('/usr/bin/time');
  const cmd = timed ? '/usr/bin/time' : process.execPath;
  const argv = timed ? ['-f', '%M %U %S', process.execPath, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const last = timed ? /(\d+) ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr ?? '') : null;
  const kb = last ? Number(last[1]) : NaN;
  const cpuMs = last ? (Number(last[2]) + Number(last[3])) * 1000 : null;
  const failed = r.status !== 0 && r.status !== 1 ? (r.stderr ?? '').trim().split('\n').filter((l) => !/^\d+ [\d.]+ [\d.]+$/.test(l)).pop() ?? `exit ${r.status}` : null;
  return { ms, cpuMs, peakMb: Number.isFinite(kb) ? kb / 1024 : null, stdout: r.stdout, failed, code: r.status };
}

const fmt = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });
const mb = (n: number | null) => (n === null ? 'n/a' : `${fmt(n)} MB`);

function best(args: string[], runs: number) {
  const all = Array.from({ length: runs }, () => measure(args));
  return all.reduce((a, b) => ((b.cpuMs ?? b.ms) < (a.cpuMs ?? a.ms) ? b : a));
}

// wall time, and CPU time (user + system, threads included): on a shared machine the CPU ratio is the steadier one
type Measured = { ms: number; cpuMs: number | null };
const ratio = (a: Measured, b: Measured) => `${(a.ms / b.ms).toFixed(2)}× wall${a.cpuMs !== null && b.cpuMs ? `, ${(a.cpuMs / b.cpuMs).toFixed(2)}× CPU` : ''}`;
const cpu = (a: Measured) => (a.cpuMs === null ? '' : ` (CPU ${fmt(a.cpuMs)} ms)`);
const gave = (m: { failed: string | null }) => (m.failed ? `  — FAILED: ${m.failed}` : '');
const layouts = (process.env.BENCH_LAYOUTS ?? 'unmerged,merged').split(',') as ('merged' | 'unmerged')[];

console.log(`PlanCheck benchmarks (${os.cpus().length} cores, Node ${process.version}); plans are the sample's rows cycled, section and RAG-key rows among them, built both ways: section rows merged across the table (as the sample has them) and unmerged (text in the first cell, as tidy plans are)`);
const sample = best([bin, 'validate', path.join(root, 'samples', 'oldham.xlsx'), '--as-of', SAMPLE_AS_OF], 5);
console.log(`\nplancheck validate on the sample: ${fmt(sample.ms)} ms${cpu(sample)} (target ≤ 300 ms), peak ${mb(sample.peakMb)}`);
const previousOut: Partial<Record<'merged' | 'unmerged', { rows: number; out: Measured }>> = {};
for (const rows of sizes) {
  const runs = rows <= 50000 ? 3 : 1;
  // the core is timed in a fresh process each run (cold, as a user meets it); the median is shown
  const coreRuns = Array.from({ length: runs }, () => execFileSync(process.execPath, ['--expose-gc', built('coreBench.js'), String(rows)], { encoding: 'utf8' }).trim());
  const coreMs = (line: string) => Number(/: (\d+) ms/.exec(line)?.[1]);
  const core = [...coreRuns].sort((a, b) => coreMs(a) - coreMs(b))[Math.floor(runs / 2)]!;
  console.log(`\n${fmt(rows)} rows`);
  console.log(`  ${core}${runs > 1 ? ` — median of ${runs} runs: ${coreRuns.map(coreMs).join(', ')} ms` : ''}`);
  for (const layout of layouts) {
    // ExcelJS checks each merge against every earlier one (quadratic): past MERGE_LIMIT rows a merged plan takes it hours
    if (layout === 'merged' && rows > MERGE_LIMIT) {
      console.log(`  merged sections: not built past ${fmt(MERGE_LIMIT)} rows (ExcelJS, which writes the bench's plans and is the yardstick, is quadratic in merges)`);
      continue;
    }
    const file = path.join(work, `plan-${rows}-${layout}.xlsx`);
    execFileSync(process.execPath, ['--max-old-space-size=8192', built('writeBigPlan.js'), file, String(rows), layout]);
    const read = best([built('readOnly.js'), file], runs);
    const floor = best([built('readCandidates.js'), 'floor', file], runs);
    const saxes = best([built('readCandidates.js'), 'saxes', file], runs);
    const stream = best([built('readCandidates.js'), 'stream', file], runs);
    const json = best([bin, 'validate', file, '--json', '--as-of', SAMPLE_AS_OF], runs);
    // the checked copy: the package copied, PlanCheck's sheets streamed in (every size a layout is built at)
    const outFile = path.join(work, `out-${rows}-${layout}.xlsx`);
    const out = best([bin, 'validate', file, '--as-of', SAMPLE_AS_OF, '--out', outFile], runs);
    fs.rmSync(outFile, { force: true });
    console.log(`  ${layout} sections (${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MB file):`);
    console.log(`    ExcelJS read alone:     ${fmt(read.ms)} ms${cpu(read)}, peak ${mb(read.peakMb)}${gave(read)}`);
    console.log(`    floor (zlib + 1 scan):  ${fmt(floor.ms)} ms${cpu(floor)} = ${ratio(floor, read)}, peak ${mb(floor.peakMb)}`);
    console.log(`    saxes parse only:       ${fmt(saxes.ms)} ms${cpu(saxes)} = ${ratio(saxes, read)}, peak ${mb(saxes.peakMb)}`);
    console.log(`    streaming reader grid:  ${fmt(stream.ms)} ms${cpu(stream)} = ${ratio(stream, read)}, peak ${mb(stream.peakMb)}`);
    console.log(`    validate --json:        ${fmt(json.ms)} ms${cpu(json)} = ${ratio(json, read)} the ExcelJS read (target ≤ 1.0×, ≤ 1.3× at worst), peak ${mb(json.peakMb)} (target ≤ 1 024 MB)${gave(json)}`);
    // how --out grows: against the size before, in this layout (linear: the CPU grows as the rows do)
    const before = previousOut[layout];
    previousOut[layout] = { rows, out };
    const growth = !before ? '' : `; ${(rows / before.rows).toFixed(0)}× the rows of ${fmt(before.rows)} took ${(out.ms / before.out.ms).toFixed(1)}× the wall${out.cpuMs !== null && before.out.cpuMs ? `, ${(out.cpuMs / before.out.cpuMs).toFixed(1)}× the CPU` : ''}`;
    console.log(`    validate --out:         ${fmt(out.ms)} ms${cpu(out)} = ${ratio(out, read)} the ExcelJS read, peak ${mb(out.peakMb)} (target ≤ 1 536 MB)${growth}${gave(out)}`);
    fs.rmSync(file, { force: true });
  }
}

// what changed since the last check: two versions of a 50 000-action plan (PRODUCT §7a)
console.log(`\n${execFileSync(process.execPath, ['--max-old-space-size=4096', built('changesBench.js')], { encoding: 'utf8' }).trim()}`);

const bomb = path.join(work, 'bomb.xlsx');
execFileSync(process.execPath, [built('zipFiles.js'), bomb, '500']);
const bombRun = measure([bin, 'validate', bomb]);
console.log(`\nzip bomb (${fmt(fs.statSync(bomb).size / 1024)} KB file, 500 MB sheet): exit ${bombRun.code} in ${fmt(bombRun.ms)} ms (target ≤ 5 000 ms, exit 2), peak ${mb(bombRun.peakMb)} (target ≤ 300 MB)`);

if (process.env.BENCH_HOSTS !== '0') {
  // compiled as commonjs (under tsx's loader chrono-node/en resolves to its types and has no GB parser)
  const hostsJs = path.join(root, 'build', 'hostsBench', 'bench', 'hosts.js');
  spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.json'), '--noEmit', 'false', '--outDir', path.join(root, 'build', 'hostsBench'), '--declaration', 'false', '--sourceMap', 'false'], { cwd: root, stdio: 'ignore' });
  const hosts = spawnSync(process.execPath, ['--expose-gc', hostsJs, '50000'], { encoding: 'utf8', cwd: root });
  console.log(`\n${(hosts.stdout || hosts.stderr).trim()}`);
}
if (process.env.BENCH_PORTFOLIO !== '0') {
  const portfolio = spawnSync(process.execPath, [built('portfolioBench.js')], { encoding: 'utf8', cwd: root });
  console.log((portfolio.stdout || portfolio.stderr).trimEnd());
}
fs.rmSync(work, { recursive: true, force: true });
