import type { Grid } from '../grid/grid';
import { parseA1 } from '../grid/address';
import type { ActionReport, Issue } from '../report/reportSchema';
import type { CheckResult } from '../report/checkTypes';
import type { OutCell, SheetEdit } from './editTypes';
import { headerRow, link, text } from './cells';
import { markerRows } from './markerRows';
import { firstWords } from './safeText';
import { sortIssues } from '../issues/sortIssues';
import { ISSUES_SHEET, SheetPlace } from './sheetNames';

/** Plan issues: one row per issue, sorted by sheet (workbook order) and row, with a link to the cell. */
export const ISSUES_HEADER = ['Severity', 'Code', 'Sheet', 'Cell', 'Ref', 'Action', 'Message'];
/** 1-based row of the header; issues start on the row below. */
export const ISSUES_HEADER_ROW = 4;

const SEVERITY_FILL: Record<Issue['severity'], string> = { error: '#F8CBAD', warning: '#FFE699', info: '#DDEBF7' };

export function buildIssuesSheet(grid: Grid, result: CheckResult, place: SheetPlace = { name: ISSUES_SHEET, replaces: [] }): SheetEdit {
  const { report } = result;
  const actionOf = issueActions(report.actions);
  const sheetNames = new Set(grid.sheets.map((s) => s.name));
  const issues = sortIssues(report.issues, grid.sheets);
  const rows: OutCell[][] = [
    ...markerRows('issues', 'Plan issues', report.asOf, place.name),
    [text(issueCountLine(report.issues))],
    headerRow(ISSUES_HEADER),
    ...issues.map((i) => issueRow(i, actionOf(i), sheetNames)),
  ];
  return {
    kind: 'issues',
    name: place.name,
    replaces: place.replaces,
    rows,
    columnWidths: [10, 24, 24, 8, 8, 50, 90],
    freezeRows: ISSUES_HEADER_ROW,
    filter: { headerRow: ISSUES_HEADER_ROW, firstColumn: 1, lastColumn: ISSUES_HEADER.length, lastRow: ISSUES_HEADER_ROW + issues.length },
  };
}

function issueRow(issue: Issue, action: ActionReport | undefined, sheetNames: Set<string>): OutCell[] {
  const canLink = issue.sheet !== null && issue.cell !== null && sheetNames.has(issue.sheet) && parseA1(issue.cell) !== null;
  return [
    text(issue.severity, { fill: SEVERITY_FILL[issue.severity] }),
    text(issue.code),
    text(issue.sheet),
    canLink ? link(issue.cell ?? '', { sheet: issue.sheet ?? '', cell: issue.cell ?? '' }) : text(issue.cell),
    text(issue.ref ?? action?.ref),
    text(action ? firstWords(action.action) : '', { wrap: true }),
    text(issue.message, { wrap: true }),
  ];
}

function issueCountLine(issues: Issue[]): string {
  if (issues.length === 0) return 'No issues found.';
  const n = (s: Issue['severity']) => issues.filter((i) => i.severity === s).length;
  const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  return `${plural(issues.length, 'issue')}: ${plural(n('error'), 'error')}, ${plural(n('warning'), 'warning')}, ${n('info')} info.`;
}

/** The action an issue belongs to: the one listing it, else the one on the issue's row. */
function issueActions(actions: ActionReport[]): (issue: Issue) => ActionReport | undefined {
  const byIssue = new Map<string, ActionReport>();
  const byRow = new Map<string, ActionReport>();
  for (const a of actions) {
    for (const i of a.issues) byIssue.set(issueKey(i), a);
    byRow.set(`${a.sheet}\u0000${a.row}`, a);
  }
  return (issue) => {
    const listed = byIssue.get(issueKey(issue));
    if (listed) return listed;
    const row = issue.cell ? parseA1(issue.cell)?.row : undefined;
    return row === undefined ? undefined : byRow.get(`${issue.sheet}\u0000${row}`);
  };
}

function issueKey(i: Issue): string {
  return [i.code, i.sheet, i.cell, i.message].join('\u0000');
}
