import type { Issue } from './issueSchema';
import type { Severity } from './catalogue';
import { parseA1 } from '../grid/address';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The one order issues are listed in, in the JSON and on the Plan issues sheet (PRODUCT §7:
 * by sheet and row): workbook-level issues first, then sheets in workbook order (a sheet the
 * workbook does not hold last), row, column, severity (errors first), code. It depends on what
 * an issue says, never on which check raised it first.
 */
export function sortIssues(issues: readonly Issue[], sheets: readonly { name: string }[]): Issue[] {
  const sheetOrder = new Map(sheets.map((s, i) => [s.name, i]));
  const key = (i: Issue) => {
    const at = i.cell ? parseA1(i.cell) : null;
    const sheet = i.sheet === null ? -1 : (sheetOrder.get(i.sheet) ?? sheets.length);
    return [sheet, at?.row ?? 0, at?.column ?? 0, SEVERITY_RANK[i.severity]] as const;
  };
  return issues
    .map((issue, index) => ({ issue, index, k: key(issue) }))
    .sort((a, b) => compareKeys(a.k, b.k) || (a.issue.sheet ?? '').localeCompare(b.issue.sheet ?? '') || a.issue.code.localeCompare(b.issue.code) || a.index - b.index)
    .map((x) => x.issue);
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
