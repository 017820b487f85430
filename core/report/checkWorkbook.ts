import type { Grid } from '../grid/grid';
import type { SettingsInput } from '../settings/settings';
import type { CheckResult } from './checkTypes';

/**
 * Checks every plan sheet of a workbook: finds the action tables, reads each action,
 * computes status and RAG, and reports issues. (Work in progress: filled in by the core issue.)
 */
export function checkWorkbook(grid: Grid, settings: SettingsInput = {}, now: Date = new Date()): CheckResult {
  void grid;
  void settings;
  void now;
  throw new Error('checkWorkbook: not implemented yet');
}
