/**
 * Counts the context.sync calls and the largest payloads of a whole "Validate plan" run on a
 * generated plan, against the Excel double. The lead's `npm run bench` calls
 * `benchExcelSyncs(50_000)` and prints `formatSyncBench(…)`.
 */
import { validatePlan } from '../../excel-addin/host/session';
import { generatePlanWorkbook, createOfficeDouble } from '../../testing/excel';

export interface SyncBench {
  rows: number;
  /** context.sync calls in the whole run, reading and writing. */
  syncs: number;
  readSyncs: number;
  writeSyncs: number;
  /** Row chunks the cells were read in. */
  chunks: number;
  /** Largest request and response of one sync, as the double sized them (JSON bytes). */
  largestRequestBytes: number;
  largestResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  actions: number;
  issues: number;
  ms: number;
}

export async function benchExcelSyncs(rows = 50_000, options: { budget?: number } = {}): Promise<SyncBench> {
  const g = globalThis as unknown as Record<string, unknown>;
  const saved = { Office: g.Office, Excel: g.Excel };
  const d = createOfficeDouble(generatePlanWorkbook(rows));
  g.Office = d.Office;
  g.Excel = d.Excel;
  try {
    const t0 = Date.now();
    const out = await validatePlan({ settings: { asOf: '2019-03-01', planPeriod: '2018-19' }, now: new Date('2019-03-01T12:00:00Z'), budget: options.budget });
    const ms = Date.now() - t0;
    if (out.kind !== 'validated') throw new Error(`bench run did not validate: ${out.kind === 'message' ? out.message : out.kind}`);
    const s = d.stats;
    return {
      rows,
      syncs: s.syncCount,
      readSyncs: out.counts.readSyncs,
      writeSyncs: out.counts.writeSyncs,
      chunks: out.counts.chunks,
      largestRequestBytes: s.largestRequest,
      largestResponseBytes: s.largestResponse,
      totalRequestBytes: s.syncs.reduce((n, x) => n + x.requestBytes, 0),
      totalResponseBytes: s.syncs.reduce((n, x) => n + x.responseBytes, 0),
      actions: out.result.report.summary.actions,
      issues: out.result.report.issues.length,
      ms,
    };
  } finally {
    g.Office = saved.Office;
    g.Excel = saved.Excel;
  }
}

export function formatSyncBench(b: SyncBench): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  return (
    `Excel add-in, ${b.rows.toLocaleString('en-GB')}-row plan: ${b.syncs} context.sync calls ` +
    `(${b.readSyncs} reading in ${b.chunks} chunk${b.chunks === 1 ? '' : 's'}, ${b.writeSyncs} writing); ` +
    `largest request ${mb(b.largestRequestBytes)}, largest response ${mb(b.largestResponseBytes)} (Office's limit: 5 MB); ` +
    `${b.actions.toLocaleString('en-GB')} actions, ${b.issues.toLocaleString('en-GB')} issues, ${b.ms} ms`
  );
}

if (require.main === module) {
  const rows = Number(process.argv[2] ?? 50_000);
  benchExcelSyncs(rows).then(
    (b) => console.log(formatSyncBench(b)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
