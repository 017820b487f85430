/**
 * Reads and checks one plan file: the grid (through the one readInput seam), the core's result
 * and the report, checked against its JSON contract. A file that cannot be read or checked
 * gives a reason, one line, naming what is wrong.
 */
import type { Grid } from '../core/grid/grid';
import type { CheckResult } from '../core/report/checkTypes';
import type { Report } from '../core/report/reportSchema';
import type { SettingsInput } from '../core/settings/settings';
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

/** The document for a file in a folder that could not be read: no actions, the reason in "error". */
export function errorDocument(fileName: string, reason: string, req: Pick<CheckRequest, 'settings' | 'now'>): Report {
  const settings = { ...req.settings, sheet: undefined };
  let header: Report | null;
  try {
    // the period and scheme the core would use for this file, found from the settings and the file name
    header = core().checkWorkbook({ fileName, sheets: [] }, settings, req.now).report;
  } catch {
    header = null;
  }
  const asOf = header?.asOf ?? settings.asOf ?? core().todayIso(req.now);
  const scheme: Report['scheme'] = header?.scheme ?? {
    name: typeof settings.scheme === 'string' ? settings.scheme : (settings.scheme?.name ?? 'five'),
    source: settings.scheme ? 'setting' : 'default',
  };
  const doc: Report = {
    version: 1,
    file: fileName,
    title: null,
    asOf,
    planPeriod: header?.planPeriod ?? financialYear(asOf, settings.yearStartMonth ?? 4),
    scheme,
    toleranceDays: settings.toleranceDays ?? 30,
    actions: [],
    issues: [],
    summary: {
      actions: 0,
      byStatus: Object.fromEntries(core().STATUSES.map((s) => [s, 0])),
      byRag: Object.fromEntries((scheme.labels ?? []).map((l) => [l.label, 0])),
      errors: 0,
      warnings: 0,
      infos: 0,
    },
    error: problemLine(reason),
  };
  if (header?.nextPeriod) doc.nextPeriod = header.nextPeriod;
  // only a file that could not be read comes here: the report schema is loaded for it alone
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../core/report/reportSchema') as typeof import('../core/report/reportSchema')).reportSchema.parse(doc);
}

/** The planning year holding a date (used only where the core cannot say). */
function financialYear(asOf: string, startMonth: number): Report['planPeriod'] {
  const [y, m] = asOf.split('-').map(Number) as [number, number];
  const first = m >= startMonth ? y : y - 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  const start = `${first}-${pad(startMonth)}-01`;
  const endDate = new Date(Date.UTC(first + 1, startMonth - 1, 1) - 86400000);
  const end = endDate.toISOString().slice(0, 10);
  const label = startMonth === 1 ? String(first) : `${first}-${pad((first + 1) % 100)}`;
  return { label, start, end };
}

