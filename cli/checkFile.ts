/**
 * Reads and checks one plan file: the grid (through the one readInput seam), the core's result
 * and the report, checked against its JSON contract. A file that cannot be read or checked
 * gives a reason, one line, naming what is wrong.
 */
import type { CheckResult, Grid, Report, SettingsInput } from '../core/index';
import { core } from './lazyCore';
import { problemLine } from './print';
import { ReadError, oneLine } from './readError';

export type CheckedFile = { grid: Grid; result: CheckResult; doc: Report } | { failure: string };

export interface CheckRequest {
  settings: SettingsInput;
  now: Date;
  /** Keep the whole workbook as read (to write a copy of it). */
  keepWorkbook: boolean;
  /** Without a reporting date set, use the one PlanCheck last wrote into the plan (the portfolio's quarter), else today. */
  asOfFromLastCheck?: boolean;
}

export async function checkFile(file: string, fileName: string, req: CheckRequest): Promise<CheckedFile> {
  let grid: Grid;
  try {
    grid = await core().readInput(file, { keepWorkbook: req.keepWorkbook });
  } catch (e) {
    if (e instanceof ReadError) return { failure: e.reason };
    return { failure: `could not be read (${oneLine(e instanceof Error ? e.message : String(e))})` };
  }
  // a CSV has one sheet named after the file: --sheet names a workbook's sheet
  let settings = grid.sheets.length === 1 && /\.(csv|tsv|txt)$/i.test(fileName) ? { ...req.settings, sheet: undefined } : req.settings;
  const lastCheck = req.asOfFromLastCheck && settings.asOf === undefined ? core().writtenReportingDate(grid) : null;
  if (lastCheck) settings = { ...settings, asOf: lastCheck };
  let result: CheckResult;
  try {
    result = core().checkWorkbook(grid, settings, req.now);
  } catch (e) {
    if (e instanceof core().PlanCheckError) return { failure: e.message };
    return { failure: `PlanCheck failed while checking it (${oneLine(e instanceof Error ? e.message : String(e))}): please report this with the file` };
  }
  // the report is the contract as the core makes it: tests hold it to the schema (tests/cli/reportContract.test.ts), not every run
  return { grid, result, doc: result.report };
}

/** The document for a file in a folder that could not be read: no actions, the reason in "error" (the core's unreadableFileReport). */
export function errorDocument(fileName: string, reason: string, req: Pick<CheckRequest, 'settings' | 'now'>): Report {
  return core().unreadableFileReport(fileName, problemLine(reason), req.settings, req.now);
}
