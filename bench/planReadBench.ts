// Plan reading benchmark: readPlanSheet (header detection and action rows, core/plan) on every
// sheet of a plan, in its own process; the first run and the warm ones apart, since the command
// line reads once. Prints one line; no timed assertions anywhere.
//   node build/bench/planReadBench.js [plan.xlsx] (default: the sample grown to 50 000 rows)
import { bigPlanGrid } from './bigPlan';
import { readInput } from '../cli/readInput';
import { viewOf } from '../core/grid/sheetView';
import { readPlanSheet } from '../core/plan/readPlanSheet';

async function main() {
  const file = process.argv[2];
  const runs = Number(process.argv[3] ?? 12);
  const grid = file ? await readInput(file) : await bigPlanGrid(50000);
  const views = grid.sheets.map((s) => viewOf(s));
  const times: number[] = [];
  let actions = 0;
  let tables = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const read = views.map((v) => readPlanSheet(v));
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    actions = read.reduce((n, s) => n + s.actions.length, 0);
    tables = read.reduce((n, s) => n + s.tables.length, 0);
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  const rows = grid.sheets.reduce((n, s) => n + s.values.length, 0);
  const ms = (n: number | undefined) => `${(n ?? NaN).toFixed(0)} ms`;
  console.log(
    `plan reading: ${rows} rows, ${tables} tables, ${actions} actions: first run ${ms(times[0])}; ` +
      `warm min ${ms(warm[0])}, median ${ms(warm[Math.floor(warm.length / 2)])} (${warm.length} runs)`,
  );
}
main();
