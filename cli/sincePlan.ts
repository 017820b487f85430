/**
 * `--since OLD` and `compare OLD NEW`: the changes between another version of a plan (last
 * quarter's file) and the one just checked. OLD is checked as a plan in its own right, as of its
 * own last check where PlanCheck recorded one in it, else as of the same reporting date as NEW
 * (so the changes are the plan's edits, not the days between).
 */
import * as path from 'path';
import type { CheckResult, Grid, SettingsInput } from '../core/index';
import { compareRecords, readRecord, recordOf, setChangesSince } from '../core/index';
import { checkFile } from './checkFile';

export async function addChangesSinceFile(oldFile: string, grid: Grid, result: CheckResult, req: { settings: SettingsInput; now: Date }): Promise<{ failure: string } | null> {
  const oldName = path.basename(oldFile);
  const first = await checkFile(oldFile, oldName, { settings: { ...req.settings, asOf: result.report.asOf }, now: req.now, keepWorkbook: false });
  if ('failure' in first) return { failure: `--since ${oldFile}: ${first.failure}` };
  let old = first;
  const recorded = readRecord(first.grid);
  if ('record' in recorded && recorded.record.asOf !== result.report.asOf) {
    const again = await checkFile(oldFile, oldName, { settings: { ...req.settings, asOf: recorded.record.asOf }, now: req.now, keepWorkbook: false });
    if ('failure' in again) return { failure: `--since ${oldFile}: ${again.failure}` };
    old = again;
  }
  setChangesSince(result, compareRecords(recordOf(old.grid, old.result), recordOf(grid, result), oldName));
  return null;
}
