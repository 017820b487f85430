// Host call counts on a 50 000-row plan: Excel context.sync calls and payloads, Sheets service calls.
import { benchExcelSyncs, formatSyncBench } from '../tests/excel/syncBench';
import { sheetsCallCounts, formatCallCounts } from '../tests/sheets/bench/sheetsCallCounts';

async function main() {
  const rows = Number(process.argv[2] ?? 50000);
  console.log(formatSyncBench(await benchExcelSyncs(rows)));
  console.log(formatCallCounts(await sheetsCallCounts(rows)));
}
main().catch((e) => {
  console.error(`host bench failed: ${String(e)}`);
  process.exit(1);
});
