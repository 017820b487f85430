/**
 * Writes what the command line was asked to write: the checked workbook (--out), Apply RAG
 * (--apply-rag) / Undo apply (--undo-apply) into that copy, and the HTML report (--html).
 * The input file is never written, by any name (./target.ts holds the rules for every output).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Writable } from 'stream';
import type { Workbook } from 'exceljs';
import type { CheckResult, Grid, WorkbookEdits } from '../../core/index';
import { applyRagEdits, buildEdits, listWithin, mergeEdits, undoApplyEdits } from '../../core/index';
import { loadedWorkbook, loadExcelJs } from '../readXlsx';
import { applyEditsExcelJs, streamSharedStrings, writeSheetsStreaming } from './applyEditsExcelJs';
import { buildHtmlReport } from './htmlReport';
import { gridToWorkbook } from './gridWorkbook';
import { checkGridText, prepareCellText, prepareRowText } from './cellText';
import { spliceSheets, type Spliced } from './packageSplice';
import { lostInCopy, partsOf } from './packageAudit';
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
    checkGridText(ctx.grid);
    if (!CSV_INPUT.test(ctx.sourcePath) && edits.planCells.length === 0) {
      // the user's workbook copied whole, PlanCheck's sheets added to it
      const spliced = await splicedCopy(ctx, edits);
      summary.messages.push(...spliced.notes);
      await writeOutputFile('--out', ctx.out, (into) => spliced.write(into), protect);
    } else {
      const workbook = await sourceWorkbook(ctx);
      applyEditsExcelJs(workbook, edits);
      prepareCellText(workbook);
      const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
      if (!CSV_INPUT.test(ctx.sourcePath)) {
        // ExcelJS keeps less than a package may hold: never drop any of it silently
        const replaced = [...edits.deleteSheets, ...edits.sheets.flatMap((s) => [s.name, ...s.replaces])];
        const lost = await lostInCopy(await fs.readFile(ctx.sourcePath), bytes, replaced);
        if (lost.length) {
          const flag = ctx.applyRag ? '--apply-rag' : '--undo-apply';
          throw new OutputError(`--out: with ${flag}, the copy would lose the workbook's ${listWithin(lost, 200)}, which the writer cannot keep: nothing was written; run without ${flag} for a checked copy that keeps everything`);
        }
      }
      await writeOutputFile('--out', ctx.out, bytes, protect);
    }
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

/** The original package with PlanCheck's sheets (written by ExcelJS on their own) added, its old ones removed. */
async function splicedCopy(ctx: OutputContext, edits: WorkbookEdits): Promise<Spliced> {
  const remove = [...edits.deleteSheets, ...edits.sheets.flatMap((s) => s.replaces)];
  const hidden = edits.sheets.map((s) => !!s.hidden);
  const ours = await streamedSheets(edits); // empties the sheets' rows as it writes them
  try {
    return await spliceSheets(await fs.readFile(ctx.sourcePath), ours, hidden, remove);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new OutputError(`--out ${ctx.out}: PlanCheck could not add its sheets to a copy of this workbook (${reason}): nothing was written; open it in Excel, save it again as .xlsx and run again`);
  }
}

/**
 * PlanCheck's sheets as a package of their own, written by ExcelJS's streaming writer: row by
 * row, never a whole workbook model in memory (a 500 000-row plan's sheets hold millions of
 * cells); each row of the edits is emptied once written.
 */
export async function streamedSheets(edits: WorkbookEdits): Promise<Buffer> {
  const ExcelJS = loadExcelJs();
  const chunks: Buffer[] = [];
  const into = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: into, useStyles: true, useSharedStrings: true });
  streamSharedStrings(writer);
  await writeSheetsStreaming(writer, edits.sheets, (row, sheet) => prepareRowText(row, sheet));
  await writer.commit();
  return Buffer.concat(chunks);
}

/**
 * The workbook to change in the plan's cells (Apply RAG, Undo apply): the input as ExcelJS
 * reads it, or for a CSV the plan as read. ExcelJS keeps less than the package holds: where
 * it cannot read the workbook whole, --out is refused, naming why.
 */
async function sourceWorkbook(ctx: OutputContext): Promise<Workbook> {
  const ExcelJS = loadExcelJs();
  if (CSV_INPUT.test(ctx.sourcePath)) return gridToWorkbook(new ExcelJS.Workbook(), ctx.grid);
  const kept = loadedWorkbook(ctx.grid);
  if (kept) return kept;
  const workbook = new ExcelJS.Workbook();
  const bytes = await fs.readFile(ctx.sourcePath);
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // the writer's own error text means nothing to the user: say what the workbook holds instead
    const parts = await partsOf(bytes).catch(() => []);
    const flag = ctx.applyRag ? '--apply-rag' : '--undo-apply';
    throw new OutputError(`--out: with ${flag}, PlanCheck changes the plan's cells through a writer that cannot read all of this workbook${parts.length ? ` (it holds ${listWithin(parts, 140)})` : ''}: nothing was written; run without ${flag} for a checked copy that keeps everything`);
  }
  return workbook;
}

export { applyEditsExcelJs } from './applyEditsExcelJs';
export { buildHtmlReport } from './htmlReport';
