// What changed since the last check (PRODUCT §7a), on two versions of a plan of 50 000+ actions:
// validate (the check and the edits it writes) of the later version without a record, and with
// the record of the earlier version in the workbook (read back, matched, compared, the Changes
// sheet written). Prints one line; the figure is the share comparing adds (target ≤ 25%).
import { bigPlanGrid, SAMPLE_AS_OF } from './bigPlan';
import type { Grid, GridSheet } from '../core/grid/grid';
import { checkWorkbook } from '../core/check/checkWorkbook';
import { buildEdits } from '../core/edits/buildEdits';
import { buildRecordSheet } from '../core/edits/recordSheet';
import { recordOf } from '../core/changes/record';
import { parseA1 } from '../core/grid/address';

const SETTINGS = { asOf: SAMPLE_AS_OF };

function copySheet(s: GridSheet): GridSheet {
  return { ...s, values: s.values.map((r) => [...r]), ...(s.text ? { text: s.text.map((r) => [...r]) } : {}) };
}

/** The later version: due dates moved, actions replaced, one priority renumbered. */
function laterVersion(earlier: Grid): Grid {
  const sheet = copySheet(earlier.sheets[0]!);
  const { report, details } = checkWorkbook(earlier, SETTINGS);
  const set = (row: number, column: number, value: string) => {
    sheet.values[row - 1]![column - 1] = value;
    if (sheet.text?.[row - 1]) sheet.text[row - 1]![column - 1] = value;
  };
  report.actions.forEach((a, i) => {
    const at = parseA1(details[i]!.cell)!;
    const values = sheet.values[a.row - 1]!;
    if (i % 50 === 7) {
      const due = values.findIndex((v) => typeof v === 'string' && v.trim() === a.due.text.trim() && v.trim() !== '');
      if (due >= 0) set(a.row, due + 1, 'March 2020');
    }
    if (i % 200 === 11 && !a.parentRef) set(a.row, at.column, `${a.ref ?? ''} A wholly new action number ${i} for the later version`);
    if (a.ref?.startsWith('3.') && typeof values[at.column - 1] === 'string') set(a.row, at.column, String(values[at.column - 1]).replace(/^3\./, '93.'));
  });
  return { fileName: 'later.xlsx', sheets: [sheet] };
}

function withSheet(grid: Grid, extra: GridSheet): Grid {
  return { ...grid, sheets: [...grid.sheets, extra] };
}

/** Wall and CPU time of one run (CPU: this process's, all threads, so the garbage collector's too). */
function time(run: () => unknown): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  run();
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1e3 };
}

/** Runs of each, interleaved: seven, so that one run slowed by the shared machine (or a full collection of the heap) does not move the median. */
const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const share = (without: number, withRecord: number) => `${withRecord >= without ? '+' : '−'}${Math.abs((100 * (withRecord - without)) / without).toFixed(0)}%`;

async function main() {
  const rows = Number(process.argv[2] ?? 140000);
  const earlier = await bigPlanGrid(rows);
  const later = laterVersion(earlier);
  const earlierResult = checkWorkbook(earlier, SETTINGS);
  const edits = buildEdits(earlier, earlierResult);
  const record = edits.sheets.find((s) => s.kind === 'record')!;
  const recordGrid: GridSheet = { name: record.name, values: record.rows.map((r) => r.map((c) => c.value)), hidden: true };
  const laterWithRecord = withSheet(later, recordGrid);

  const plain = () => buildEdits(later, checkWorkbook(later, SETTINGS));
  let found = 0;
  const compared = () => {
    const result = checkWorkbook(laterWithRecord, SETTINGS);
    found = result.report.changes?.items.length ?? -1;
    return buildEdits(laterWithRecord, result);
  };
  plain();
  compared();
  const a: { wall: number; cpu: number }[] = [];
  const b: { wall: number; cpu: number }[] = [];
  // interleaved, so that a busy machine slows both alike; the medians are compared
  for (let i = 0; i < RUNS; i++) {
    a.push(time(plain));
    b.push(time(compared));
  }
  const laterResult = checkWorkbook(later, SETTINGS);
  const writeRecord = median([0, 1, 2].map(() => time(() => buildRecordSheet({ ...recordOf(later, laterResult) }, { name: 'PlanCheck record', replaces: [] })).wall));
  const [ma, mb] = [median(a.map((t) => t.wall)), median(b.map((t) => t.wall))];
  const [ca, cb] = [median(a.map((t) => t.cpu)), median(b.map((t) => t.cpu))];
  const chars = record.rows.slice(4).reduce((n, r) => n + String(r[0]!.value).length, 0);
  console.log(
    `changes: ${earlierResult.report.actions.length} → ${laterResult.report.actions.length} actions, ${found} changes found; ` +
      `validate ${ma.toFixed(0)} ms without a record, ${mb.toFixed(0)} ms comparing with the earlier version's: ${share(ma, mb)} (target ≤ 25%); ` +
      `CPU ${ca.toFixed(0)} ms, ${cb.toFixed(0)} ms: ${share(ca, cb)}; ` +
      `writing the record ${writeRecord.toFixed(0)} ms (${record.rows.length - 4} parts, ${(chars / 2 ** 20).toFixed(1)} MB)`,
  );
}
main();
