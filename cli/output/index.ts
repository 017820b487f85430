/**
 * Writes what the command line was asked to write: the checked workbook (--out), Apply RAG
 * (--apply-rag) / Undo apply (--undo-apply) into that copy, and the HTML report (--html).
 * The input file is never written, by any name (./target.ts holds the rules for every output).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Workbook } from 'exceljs';
import type { Grid } from '../../core/grid/grid';
import type { CheckResult } from '../../core/report/checkTypes';
import type { WorkbookEdits } from '../../core/edits/editTypes';
import { applyRagEdits, buildEdits, mergeEdits, undoApplyEdits } from '../../core/edits';
import { loadedWorkbook, loadExcelJs } from '../readXlsx';
import { applyEditsExcelJs } from './applyEditsExcelJs';
import { buildHtmlReport } from './htmlReport';
import { gridToWorkbook } from './gridWorkbook';
import { OutputError, ProtectedFiles, writeOutputFile } from './target';

export { OutputError } from './target';

export interface OutputContext {
  /** The plan as read (for a .csv, the only copy of its cells PlanCheck has). */
  grid: Grid;
  /** The core's result for that grid. */
  result: CheckResult;
  /** The file that was read, as given on the command line (resolved against the working folder). */
  sourcePath: string;
  /** Where to write the checked workbook (.xlsx), when --out was given. */
  out?: string;
  /** Where to write the HTML report, when --html was given. */
  html?: string;
  /** Write the computed RAG into the plan (in the --out copy; the source is never changed). */
  applyRag?: boolean;
  /** Restore what an earlier Apply RAG changed (in the --out copy). */
  undoApply?: boolean;
  /** Where notes for the person running it go, one line each (default: stderr, "plancheck: " first). */
  log?: (line: string) => void;
  /** The plans being read, never written by any name (default: sourcePath alone). */
  protect?: ProtectedFiles;
}

/** What was written, and notes for the person running it (cells Undo apply left alone …). */
export interface OutputSummary {
  written: string[];
  messages: string[];
}

const CSV_INPUT = /\.(csv|tsv|txt)$/i;

export async function writeOutputs(ctx: OutputContext): Promise<OutputSummary> {
  checkRequest(ctx);
  const summary: OutputSummary = { written: [], messages: [] };
  const protect = ctx.protect ?? new ProtectedFiles([ctx.sourcePath]);
  if (ctx.out) {
    const edits = outputEdits(ctx);
    summary.messages.push(...(edits.messages ?? []));
    const workbook = await sourceWorkbook(ctx);
    applyEditsExcelJs(workbook, edits);
    await writeOutputFile('--out', ctx.out, (into) => workbook.xlsx.write(into), protect);
    summary.written.push(ctx.out);
  }
  if (ctx.html) {
    await writeOutputFile('--html', ctx.html, buildHtmlReport(ctx.result, { fileName: path.basename(ctx.sourcePath) }), protect);
    summary.written.push(ctx.html);
  }
  const log = ctx.log ?? ((line: string) => process.stderr.write(`plancheck: ${line}\n`));
  for (const m of summary.messages) log(m);
  return summary;
}

function checkRequest(ctx: OutputContext): void {
  if (ctx.applyRag && ctx.undoApply) throw new OutputError('--apply-rag and --undo-apply cannot be used together: run one, then the other');
  if ((ctx.applyRag || ctx.undoApply) && !ctx.out) {
    throw new OutputError(`${ctx.applyRag ? '--apply-rag' : '--undo-apply'} writes into a copy of the plan: give --out checked.xlsx`);
  }
  if (ctx.out && !/\.xlsx$/i.test(ctx.out)) throw new OutputError(`--out ${ctx.out}: PlanCheck writes an Excel workbook: give a file name ending in .xlsx`);
  if (ctx.html && !/\.html?$/i.test(ctx.html)) throw new OutputError(`--html ${ctx.html}: give a file name ending in .html`);
}

/** PlanCheck's sheets, plus Apply RAG or Undo apply when asked. */
export function outputEdits(ctx: Pick<OutputContext, 'grid' | 'result' | 'applyRag' | 'undoApply'>): WorkbookEdits {
  const sheets = buildEdits(ctx.grid, ctx.result);
  if (ctx.applyRag) return mergeEdits(sheets, applyRagEdits(ctx.grid, ctx.result));
  if (ctx.undoApply) {
    const undo = undoApplyEdits(ctx.grid);
    if ('error' in undo) throw new OutputError(`--undo-apply: ${undo.error}`);
    return mergeEdits(sheets, undo);
  }
  return sheets;
}

/** The workbook to write: the input itself (all of it, as ExcelJS keeps it), or for a CSV the plan as read. */
async function sourceWorkbook(ctx: OutputContext): Promise<Workbook> {
  const ExcelJS = loadExcelJs();
  if (CSV_INPUT.test(ctx.sourcePath)) return gridToWorkbook(new ExcelJS.Workbook(), ctx.grid);
  const kept = loadedWorkbook(ctx.grid);
  if (kept) return kept;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await fs.readFile(ctx.sourcePath) as unknown as ArrayBuffer);
  return workbook;
}

export { applyEditsExcelJs } from './applyEditsExcelJs';
export { buildHtmlReport } from './htmlReport';
