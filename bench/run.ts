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
function measure(args: string[]): { ms: number; peakMb: number | null; stdout: string; failed: string | null } {
  const timed = fs.existsSync('/usr/bin/time');
  const cmd = timed ? '/usr/bin/time' : process.execPath;
  const argv = timed ? ['-f', '%M', process.execPath, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const kb = timed ? Number(/(\d+)\s*$/.exec(r.stderr ?? '')?.[1]) : NaN;
  const failed = r.status !== 0 && r.status !== 1 ? (r.stderr ?? '').trim().split('\n').filter((l) => !/^\d+$/.test(l)).pop() ?? `exit ${r.status}` : null;
  return { ms, peakMb: Number.isFinite(kb) ? kb / 1024 : null, stdout: r.stdout, failed };
}

const fmt = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });
const mb = (n: number | null) => (n === null ? 'n/a' : `${fmt(n)} MB`);

function best(args: string[], runs: number) {
  const all = Array.from({ length: runs }, () => measure(args));
  return all.reduce((a, b) => (b.ms < a.ms ? b : a));
}

console.log(`PlanCheck benchmarks (${os.cpus().length} cores, Node ${process.version}); plans are the sample's rows cycled, section and RAG-key rows among them`);
for (const rows of sizes) {
  const file = path.join(work, `plan-${rows}.xlsx`);
  execFileSync(process.execPath, [built('writeBigPlan.js'), file, String(rows)]);
  const runs = rows <= 50000 ? 3 : 1;
  // the core is timed in a fresh process each run (cold, as a user meets it); the median is shown
  const coreRuns = Array.from({ length: runs }, () => execFileSync(process.execPath, ['--expose-gc', built('coreBench.js'), String(rows)], { encoding: 'utf8' }).trim());
  const coreMs = (line: string) => Number(/: (\d+) ms/.exec(line)?.[1]);
  const core = [...coreRuns].sort((a, b) => coreMs(a) - coreMs(b))[Math.floor(runs / 2)]!;
  const coreSpread = runs > 1 ? ` — median of ${runs} runs: ${coreRuns.map(coreMs).join(', ')} ms` : '';
  const read = best([built('readOnly.js'), file], runs);
  const json = best([bin, 'validate', file, '--json', '--as-of', SAMPLE_AS_OF], runs);
  // past MERGE_LIMIT the --out copy is not measured: ExcelJS holds the whole workbook model in memory
  // to write it (over 4 GB at 500 000 rows), so that size needs a streaming writer (a known gap)
  const out = rows <= MERGE_LIMIT ? best([bin, 'validate', file, '--as-of', SAMPLE_AS_OF, '--out', path.join(work, `out-${rows}.xlsx`)], runs) : null;
  const merged = rows <= MERGE_LIMIT ? 'section rows merged across the table' : 'section rows not merged: ExcelJS merges are quadratic';
  console.log(`\n${fmt(rows)} rows (${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MB file, ${merged})`);
  console.log(`  ${core}${coreSpread}`);
  console.log(`  ExcelJS read alone: ${fmt(read.ms)} ms, peak ${mb(read.peakMb)}`);
  const gave = (m: { failed: string | null }) => (m.failed ? `  — FAILED: ${m.failed}` : '');
  console.log(`  validate --json:    ${fmt(json.ms)} ms = ${(json.ms / read.ms).toFixed(2)}× reading (target ≤ 1.3×), peak ${mb(json.peakMb)} (target ≤ 1 024 MB)${gave(json)}`);
  if (!out) console.log('  validate --out:     not measured at this size (ExcelJS writes from a whole in-memory model: over 4 GB here)');
  else console.log(`  validate --out:     ${fmt(out.ms)} ms = ${(out.ms / read.ms).toFixed(2)}× reading (target ≤ 2×), peak ${mb(out.peakMb)} (target ≤ 1 024 MB)${gave(out)}`);
}

if (process.env.BENCH_HOSTS !== '0') {
  const hosts = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench', 'hosts.ts'), '50000'], { encoding: 'utf8', cwd: root });
  console.log(`\n${(hosts.stdout || hosts.stderr).trim()}`);
}
if (process.env.BENCH_PORTFOLIO !== '0') {
  const portfolio = spawnSync(process.execPath, [built('portfolioBench.js')], { encoding: 'utf8', cwd: root });
  console.log((portfolio.stdout || portfolio.stderr).trimEnd());
}
fs.rmSync(work, { recursive: true, force: true });
