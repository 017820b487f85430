import type { Grid } from '../grid/grid';
import type { PlanCheckSheetKind } from './editTypes';
import { findPlanCheckSheets } from '../grid/marker';
import { collapseSpaces } from '../text/cleanText';

/** Excel's limit on a sheet name's length (Sheets allows more; Excel is the narrower). */
export const MAX_SHEET_NAME = 31;

export const ISSUES_SHEET = 'Plan issues';
export const SUMMARY_SHEET = 'RAG summary';
export const UNDO_SHEET = 'PlanCheck undo';
export const RECORD_SHEET = 'PlanCheck record';

export function changesSheetBase(since: string): string {
  return `Changes since ${since}`;
}

export function carryOverSheetBase(nextPeriodLabel: string): string {
  return `Carry-over ${nextPeriodLabel}`;
}

/**
 * A name every host accepts: no []:*?/\, no leading or trailing apostrophe, 1–31 characters.
 *
 * @example
 * safeSheetName('Plan: 2018/19?') //=> 'Plan 2018-19'
 */
export function safeSheetName(name: string, maxLength = MAX_SHEET_NAME): string {
  const clean = collapseSpaces(name.replace(/[\\/]/g, '-').replace(/[[\]:*?]/g, ' '))
    .trim()
    .replace(/^'+|'+$/g, '')
    .slice(0, maxLength)
    .trim();
  // "History" is reserved by Excel
  if (clean === '' || clean.toLowerCase() === 'history') return 'PlanCheck';
  return clean;
}

export interface SheetPlace {
  name: string;
  /** PlanCheck's own sheets of this kind from an earlier run, to delete first. */
  replaces: string[];
}

/**
 * Where a PlanCheck sheet of this kind goes: it replaces every earlier sheet of its kind,
 * and takes the wanted name unless a sheet that is not being replaced holds it (a user's
 * own "RAG summary"), in which case "RAG summary (PlanCheck)", then "RAG summary 2", … .
 * `alsoTaken` holds names already given to other new sheets of this run.
 */
export function placeSheet(grid: Grid, kind: PlanCheckSheetKind, wanted: string, alsoTaken: string[] = []): SheetPlace {
  const ours = findPlanCheckSheets(grid).filter((s) => s.kind === kind).map((s) => s.name);
  const replaced = new Set(ours.map(lower));
  const taken = new Set([
    ...grid.sheets.map((s) => s.name).filter((n) => !replaced.has(lower(n))).map(lower),
    ...alsoTaken.map(lower),
  ]);
  return { name: freeName(safeSheetName(wanted), taken), replaces: ours };
}

function freeName(base: string, taken: Set<string>): string {
  const candidates = [base, withSuffix(base, ' (PlanCheck)')];
  for (let n = 2; n < 1000; n++) candidates.push(withSuffix(base, ` ${n}`));
  const free = candidates.find((c) => !taken.has(lower(c)));
  if (free === undefined) throw new Error(`No free sheet name for "${base}"`);
  return free;
}

/** base + suffix, shortening base so the whole stays within the limit. */
function withSuffix(base: string, suffix: string): string {
  return base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
}

// Excel and Sheets compare sheet names without regard to case
function lower(name: string): string {
  return name.toLowerCase();
}
