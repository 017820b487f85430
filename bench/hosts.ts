// Host call counts on a 50 000-row plan: Excel context.sync calls and payloads, Sheets service calls,
// and the Sheets host's time and memory on its double (Apps Script allows 6 minutes and far less memory than Node).
import { benchExcelSyncs, formatSyncBench } from '../tests/excel/syncBench';
import { sheetsCallCounts, formatCallCounts } from '../tests/sheets/bench/sheetsCallCounts';

async function main() {
  const rows = Number(process.argv[2] ?? 50000);
  console.log(formatSyncBench(await benchExcelSyncs(rows)));
  (global as { gc?: () => void }).gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.resourceUsage().maxRSS / 1024;
  const sheets = await sheetsCallCounts(rows);
  const heapAfter = process.memoryUsage().heapUsed;
  console.log(formatCallCounts(sheets));
  const ms = (phase: string) => sheets.phases.find((p) => p.phase === phase)?.ms.toFixed(0) ?? 'n/a';
  console.log(
    `Sheets host on the double at ${rows.toLocaleString('en-GB')} rows: Validate plan ${ms('validate')} ms, Apply RAG ${ms('apply')} ms, Undo apply ${ms('undo')} ms (Apps Script limit 360 000 ms); ` +
      `heap ${((heapAfter - heapBefore) / 2 ** 20).toFixed(0)} MB more after the runs than before (uncollected); process peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (${rssBefore.toFixed(0)} MB before the Sheets runs)`,
  );
}
main().catch((e) => {
  console.error(`host bench failed: ${String(e)}`);
  process.exit(1);
});
