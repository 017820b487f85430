// The portfolio at scale (issue 18): 200 plans of about 500 actions each, checked by
// `plancheck portfolio` against the same plans checked one by one in one process, and its peak
// memory against one plan's and a tenth of the portfolio's (bounded by the largest plan, not the
// sum). Prints figures against the targets; never fails on a figure.
//   node build/bench/portfolioBench.js [plans] [rows per plan]
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { projectRoot, SAMPLE_AS_OF } from './bigPlan';
import { writeBigPlan } from './writeBigPlan';

const root = projectRoot();
const bin = path.join(root, 'bin', 'plancheck.js');
const plans = Number(process.argv[2] ?? 200);
const rows = Number(process.argv[3] ?? 1200); // about 500 actions: the sample's rows hold sections and keys too

/** Wall time (ms) and peak resident memory (MB) of one command, via /usr/bin/time where present. */
function measure(args: string[], env: Record<string, string> = {}, heapMb?: number): { ms: number; peakMb: number | null; stdout: string; ok: boolean } {
  const timed = fs.existsSync('/usr/bin/time');
  const t0 = process.hrtime.bigint();
  const node = heapMb ? [`--max-old-space-size=${heapMb}`, ...args] : args;
  // stdout is a pipe, read as it comes: the JSON is written piece by piece, waiting for the pipe to drain
  const r = spawnSync(timed ? '/usr/bin/time' : process.execPath, timed ? ['-f', '%M', process.execPath, ...node] : node, {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, ...env },
  });
  const stdout = r.stdout;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const ok = r.status === 0 || r.status === 1;
  if (!ok && !heapMb) throw new Error(`${args.join(' ')}: exit ${r.status}: ${(r.stderr ?? '').trim().split('\n').pop()}`);
  const kb = timed ? Number(/(\d+)\s*$/.exec(r.stderr ?? '')?.[1]) : NaN;
  return { ms, peakMb: Number.isFinite(kb) ? kb / 1024 : null, stdout, ok };
}

const fmt = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });
const mb = (n: number | null) => (n === null ? 'n/a' : `${fmt(n)} MB`);

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-portfolio-bench-'));
  try {
    const all = path.join(work, 'all');
    const tenth = path.join(work, 'tenth');
    fs.mkdirSync(all);
    fs.mkdirSync(tenth);
    const first = path.join(all, 'plan-000.xlsx');
    await writeBigPlan(first, rows);
    for (let i = 1; i < plans; i++) fs.copyFileSync(first, path.join(all, `plan-${String(i).padStart(3, '0')}.xlsx`));
    for (let i = 0; i < Math.max(1, Math.round(plans / 10)); i++) fs.copyFileSync(first, path.join(tenth, `plan-${String(i).padStart(3, '0')}.xlsx`));

    const one = measure([bin, 'validate', first, '--json', '--as-of', SAMPLE_AS_OF]);
    const actions = (JSON.parse(one.stdout) as { actions: unknown[] }).actions.length;
    const each = measure([path.join(root, 'build', 'bench', 'checkEach.js'), all, SAMPLE_AS_OF]);
    const args = [bin, 'portfolio', all, '--json', '--as-of', SAMPLE_AS_OF];
    const cores = os.availableParallelism();
    const auto = measure(args);
    const pooled = measure(args, { PLANCHECK_THREADS: String(cores) });
    const single = measure(args, { PLANCHECK_THREADS: '1' });
    const part = measure([bin, 'portfolio', tenth, '--json', '--as-of', SAMPLE_AS_OF], { PLANCHECK_THREADS: '1' });
    // memory bounded by the largest plan: the whole portfolio in a heap a few plans' size, where the sum would need hundreds
    const HEAP = 64;
    const oneHeap = [16, 24, 32, 48].find((mbCap) => measure([bin, 'validate', first, '--json', '--as-of', SAMPLE_AS_OF], {}, mbCap).ok) ?? null;
    const capped = measure(args, { PLANCHECK_THREADS: '1' }, HEAP);
    const got = JSON.parse(auto.stdout) as { totals: { plans: number; actions: number } };
    if (got.totals.plans !== plans || got.totals.actions !== plans * actions) throw new Error(`portfolio counted ${got.totals.plans} plans, ${got.totals.actions} actions`);

    const vs = (m: { ms: number }) => `${fmt(m.ms)} ms = ${(m.ms / each.ms).toFixed(2)}× one by one (target ≤ 2×)`;
    console.log(`\nportfolio: ${plans} plans of ${actions} actions (${cores} cores, load ${os.loadavg()[0]!.toFixed(1)} at the end)`);
    console.log(`  checked one by one in one process: ${fmt(each.ms)} ms, peak ${mb(each.peakMb)}`);
    console.log(`  portfolio, threads as the load allows: ${vs(auto)}, peak ${mb(auto.peakMb)}`);
    console.log(`  portfolio, ${cores} threads: ${vs(pooled)}, peak ${mb(pooled.peakMb)}`);
    console.log(`  portfolio, one thread: ${vs(single)}, peak ${mb(single.peakMb)}`);
    console.log(`  memory, one thread: one plan alone (validate --json) ${mb(one.peakMb)}; ${Math.round(plans / 10)} plans ${mb(part.peakMb)}; ${plans} plans ${mb(single.peakMb)} (target: bounded by the largest plan, not the sum; with ${cores} threads, ${cores} plans at a time)`);
    console.log(`  memory, heap capped: one plan alone needs a ${oneHeap ?? '> 48'} MB heap; all ${plans} plans in a ${HEAP} MB heap: ${capped.ok ? `done in ${fmt(capped.ms)} ms` : 'FAILED (out of memory)'}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
main().catch((e) => {
  console.error(`portfolio bench: ${String(e instanceof Error ? e.message : e)}`);
  process.exit(1);
});
