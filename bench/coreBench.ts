// Core benchmark: checkWorkbook on a generated plan of N rows (default 50 000), in its own process
// so that the peak memory figure is the core's. Prints one line; no timed assertions anywhere.
import { bigPlanGrid, SAMPLE_AS_OF } from './bigPlan';
import { checkWorkbook } from '../core/check/checkWorkbook';

async function main() {
  const rows = Number(process.argv[2] ?? 50000);
  const grid = await bigPlanGrid(rows);
  if (global.gc) global.gc();
  const before = process.memoryUsage().heapUsed;
  let peakHeap = before;
  const timer = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 5);
  const t0 = process.hrtime.bigint();
  const { report } = checkWorkbook(grid, { asOf: SAMPLE_AS_OF });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  clearInterval(timer);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(
    `core: ${grid.sheets[0]!.values.length} rows, ${report.actions.length} actions, ${report.issues.length} issues: ${ms.toFixed(0)} ms` +
      `${rows === 50000 ? ' (target ≤ 500 ms)' : ''}; heap growth ${((peakHeap - before) / 2 ** 20).toFixed(0)} MB; process peak RSS ${rss.toFixed(0)} MB`,
  );
}
main();
