/**
 * One plan of a portfolio: read and checked (through checkFile, as validate does), its own HTML
 * report written where asked, and kept as a digest (and, for the portfolio workbook, its RAG
 * summary sheet). The grid and the full result go out of scope here, so a portfolio holds one
 * plan at a time per thread.
 */
import type { PlanDigest, SettingsInput, SheetEdit } from '../../core/index';
import { digestPlan, portfolioPlanSheet, unreadablePlan, writtenReportingDate } from '../../core/index';
import { checkFile } from '../checkFile';
import { oneLine } from '../readError';
import { buildHtmlReport } from '../output/htmlReport';
import { ProtectedFiles, writeOutputFile } from '../output/target';

export interface PlanJob {
  /** The file to read. */
  path: string;
  /** Its name in the portfolio (unique there). */
  name: string;
  settings: SettingsInput;
  /** The clock, as epoch milliseconds (it crosses to a worker thread). */
  now: number;
  /** Where to write the plan's own HTML report, if anywhere. */
  html?: string;
  /** Build its RAG summary sheet for the portfolio workbook. */
  sheet?: boolean;
}

export interface PlanJobResult {
  digest: PlanDigest;
  sheet?: SheetEdit;
  /** Set where the plan was checked but its own report could not be written: one line. */
  writeError?: string;
}

/** Never rejects: whatever goes wrong becomes the plan's "could not be read" digest. */
export async function runPlanJob(job: PlanJob): Promise<PlanJobResult> {
  try {
    return await checkPlanJob(job);
  } catch (e) {
    return { digest: unreadablePlan(job.name, failedWhileChecking(e)) };
  }
}

async function checkPlanJob(job: PlanJob): Promise<PlanJobResult> {
  // without --as-of, a plan PlanCheck checked before keeps that check's reporting date (its quarter)
  const checked = await checkFile(job.path, job.name, { settings: job.settings, now: new Date(job.now), keepWorkbook: false, asOfFromLastCheck: true });
  if ('failure' in checked) return { digest: unreadablePlan(job.name, checked.failure) };
  const { result } = checked;
  const asOfFrom = job.settings.asOf !== undefined ? 'setting' : result.report.asOf === writtenReportingDate(checked.grid) ? 'last-check' : 'today';
  const out: PlanJobResult = { digest: { ...digestPlan(result, job.name), asOfFrom } };
  if (job.sheet) out.sheet = portfolioPlanSheet(result, job.name);
  if (job.html) {
    try {
      await writeOutputFile('--html', job.html, buildHtmlReport(result, { fileName: job.name }), new ProtectedFiles([job.path]));
    } catch (e) {
      out.writeError = oneLine(e instanceof Error ? e.message : String(e), 500);
    }
  }
  return out;
}

/** The one line for a plan PlanCheck itself failed on (a bug to report, never the user's fault). */
export function failedWhileChecking(e: unknown): string {
  return `PlanCheck failed while checking it (${oneLine(e instanceof Error ? e.message : String(e))}): please report this with the file`;
}
