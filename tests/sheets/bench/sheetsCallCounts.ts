/**
 * How many Apps Script calls a PlanCheck run makes in Google Sheets, counted on the double:
 * Validate plan, Apply RAG and Undo apply on a generated plan of N rows (the sample plan's
 * rows cycled, bench/bigPlan.ts). Calls that reach the spreadsheet (reads, writes, sheet and
 * range handles) do not grow with the rows; calls on objects already in the script's memory
 * (RichTextValue and chart builders, a merged range's A1 address) grow with the links written
 * and the merged areas read.
 *
 *   npx tsx tests/sheets/bench/sheetsCallCounts.ts [rows]     (default 50 000)
 */
import { applyRagEdits, buildEdits, checkWorkbook, paneModel, undoApplyEdits } from '../../../core/index';
import { bigPlanGrid, SAMPLE_AS_OF } from '../../../bench/bigPlan';
import { Session, type CoreApi, type RunResult } from '../../../sheets-addon/host/session';
import { SETTINGS_KEY } from '../../../sheets-addon/host/settingsStore';
import { doubleFromGrid } from '../../../testing/sheets';

const CORE: CoreApi = { checkWorkbook, buildEdits, applyRagEdits, undoApplyEdits, paneModel };

/** Calls on objects already in the script's memory: no round trip to the spreadsheet. */
export function isInMemoryCall(name: string): boolean {
  return /^(RichTextValueBuilder|RichTextValue|EmbeddedChartBuilder)\./.test(name) || name === 'SpreadsheetApp.newRichTextValue' || name === 'Range.getA1Notation';
}

export interface PhaseCount {
  phase: 'validate' | 'apply' | 'undo';
  ok: boolean;
  message: string;
  /** Calls that reach the spreadsheet, by name. */
  spreadsheet: Record<string, number>;
  spreadsheetTotal: number;
  /** Builder and address calls on objects in memory, by name. */
  inMemory: Record<string, number>;
  inMemoryTotal: number;
  /** Cells returned by batch reads, and cell properties written (values, formats, fills … each counted). */
  cellsRead: number;
  cellsWritten: number;
  ms: number;
}

export interface CallCountReport {
  rows: number;
  actions: number;
  issues: number;
  phases: PhaseCount[];
}

function split(counts: Record<string, number>) {
  const spreadsheet: Record<string, number> = {};
  const inMemory: Record<string, number> = {};
  for (const [k, v] of Object.entries(counts)) (isInMemoryCall(k) ? inMemory : spreadsheet)[k] = v;
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  return { spreadsheet, spreadsheetTotal: sum(spreadsheet), inMemory, inMemoryTotal: sum(inMemory) };
}

/** Runs Validate plan, Apply RAG and Undo apply on an N-row plan in the double, counting calls. */
export async function sheetsCallCounts(rows = 50000): Promise<CallCountReport> {
  const grid = await bigPlanGrid(rows);
  const double = doubleFromGrid(grid);
  double.PropertiesService.document.store.set(SETTINGS_KEY, JSON.stringify({ asOf: SAMPLE_AS_OF }));
  const session = new Session(double.services(), CORE);
  const phases: PhaseCount[] = [];
  let actions = 0;
  let issues = 0;
  for (const phase of ['validate', 'apply', 'undo'] as const) {
    double.log.reset();
    const t0 = process.hrtime.bigint();
    const r: RunResult = phase === 'validate' ? session.validate() : phase === 'apply' ? session.applyRag() : session.undoApply();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (phase === 'validate' && r.ok && r.pane) {
      actions = r.pane.actions;
      issues = r.pane.groups.reduce((n, g) => n + g.total, 0);
    }
    phases.push({ phase, ok: r.ok, message: r.message, ...split(double.log.snapshot()), cellsRead: double.log.cellsRead, cellsWritten: double.log.cellsWritten, ms });
  }
  return { rows: grid.sheets[0]!.values.length, actions, issues, phases };
}

export function formatCallCounts(r: CallCountReport): string {
  const lines = [`sheets add-on: ${r.rows} rows, ${r.actions} actions, ${r.issues} issues`];
  for (const p of r.phases) {
    lines.push(
      `  ${p.phase.padEnd(8)} ${p.ok ? 'ok ' : 'err'} ${String(p.spreadsheetTotal).padStart(4)} spreadsheet calls, ${String(p.inMemoryTotal).padStart(7)} in-memory calls` +
        ` (builders, merged-range addresses); ${p.cellsRead} cells read, ${p.cellsWritten} cell properties written, in batches; ${p.ms.toFixed(0)} ms in node against the double`,
    );
    lines.push(`           ${Object.entries(p.spreadsheet).map(([k, v]) => `${k}×${v}`).join(' ')}`);
  }
  return lines.join('\n');
}

/** What `npm run bench` calls: prints the counts for a plan of `rows` rows. */
export async function printSheetsCallCounts(rows = 50000): Promise<CallCountReport> {
  const r = await sheetsCallCounts(rows);
  console.log(formatCallCounts(r));
  return r;
}

if (require.main === module) {
  printSheetsCallCounts(Number(process.argv[2] ?? 50000)).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
