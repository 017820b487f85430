/**
 * Writes what the command line was asked to write: the checked workbook (--out), Apply RAG
 * (--apply-rag) / Undo apply (--undo-apply) into that copy, and the HTML report (--html).
 * The input file is never written unless it is also named as --out.
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
}

/** What was written, and notes for the person running it (cells Undo apply left alone …). */
export interface OutputSummary {
  written: string[];
  messages: string[];
}

/** A request the outputs cannot carry out: a one-line reason naming the flag or file. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

const CSV_INPUT = /\.(csv|tsv|txt)$/i;

export async function writeOutputs(ctx: OutputContext): Promise<OutputSummary> {
  checkRequest(ctx);
  const summary: OutputSummary = { written: [], messages: [] };
  if (ctx.out) {
    const edits = outputEdits(ctx);
    summary.messages.push(...(edits.messages ?? []));
    const workbook = await sourceWorkbook(ctx);
    applyEditsExcelJs(workbook, edits);
    await writeAtomically(ctx.out, await workbook.xlsx.writeBuffer());
    summary.written.push(ctx.out);
  }
  if (ctx.html) {
    await writeAtomically(ctx.html, buildHtmlReport(ctx.result, { fileName: path.basename(ctx.sourcePath) }));
    summary.written.push(ctx.html);
  }
  const log = ctx.log ?? ((line: string) => process.stderr.write(`plancheck: ${line}\n`));
  for (const m of summary.messages) log(m);
  return summary;
}

function checkRequest(ctx: OutputContext): void {
  if (ctx.applyRag && ctx.undoApply) throw new OutputError('--apply-rag and --undo-apply cannot be used together: run one, then the other');
  if ((ctx.applyRag || ctx.undoApply) && !ctx.out) {
    throw new OutputError(`${ctx.applyRag ? '--apply-rag' : '--undo-apply'} writes into a copy of the plan: give --out checked.xlsx (name the input file itself to change it in place)`);
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

/** Write beside the target, then rename: a failed write never leaves half a file (or half the input). */
export async function writeAtomically(target: string, data: string | ArrayBuffer | Buffer): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, typeof data === 'string' ? data : Buffer.from(data as ArrayBuffer));
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true });
    const reason = e instanceof Error ? e.message : String(e);
    throw new OutputError(`cannot write ${target} (${reason}): check the folder exists and the file is not open in Excel`);
  }
}

export { applyEditsExcelJs } from './applyEditsExcelJs';
export { buildHtmlReport } from './htmlReport';
