// Developer aid: prints each action PlanCheck reads from a workbook, one line each.
import { readInput } from '../cli/readInput';
import { checkWorkbook } from '../core/check/checkWorkbook';

async function main() {
  const [file, asOf] = process.argv.slice(2);
  const grid = await readInput(file!);
  const { report } = checkWorkbook(grid, { asOf });
  console.log(report.planPeriod, report.scheme.name, report.scheme.source, report.title);
  for (const a of report.actions) {
    console.log(a.row, a.ref, a.parentRef, JSON.stringify(a.due), a.status, a.rag.given, a.rag.computed, '|', (a.section ?? '').slice(0, 30), '|', a.action.slice(0, 30));
  }
  for (const i of report.issues) console.log('  ', i.code, i.cell, i.message.slice(0, 80));
}
main().catch((e) => { console.error(e); process.exit(1); });
