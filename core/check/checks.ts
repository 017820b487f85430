/**
 * The checks (PRODUCT §6): one file per family of rules, composed in one ordered list, the way
 * chrono-node composes its parsers. To find a rule, open the file named for what it looks at.
 */
import type { Issue } from '../issues/issueSchema';
import { makeIssue } from '../issues/issueBuilder';
import type { AssessedAction } from './assessAction';
import type { ActionScope, Check, RaiseActionIssue, TableScope, WorkbookScope } from './check';
import { tableChecks } from './tables';
import { columnChecks } from './columns';
import { cellChecks } from './cells';
import { actionTextCheck } from './actionText';
import { ownerCheck } from './owner';
import { dueChecks } from './due';
import { ragChecks } from './rag';
import { progressChecks } from './progress';
import { refChecks } from './refs';

/** Every check family, in the order their issues are listed (an action's issues come in this order). */
export const CHECKS: readonly Check[] = [
  tableChecks,
  columnChecks,
  cellChecks,
  actionTextCheck,
  ownerCheck,
  dueChecks,
  ragChecks,
  progressChecks,
  refChecks,
];

export function runWorkbookChecks(scope: WorkbookScope): Issue[] {
  return CHECKS.flatMap((c) => c.workbook?.(scope, makeIssue) ?? []);
}

export function runTableChecks(scope: TableScope): Issue[] {
  return CHECKS.flatMap((c) => c.table?.(scope, makeIssue) ?? []);
}

export function runActionChecks(action: AssessedAction, scope: ActionScope): Issue[] {
  const { sheet, ref } = action.raw;
  const raise: RaiseActionIssue<Issue['code']> = (code, cell, ...args) => makeIssue(code, { sheet, cell, ref }, ...args);
  return CHECKS.flatMap((c) => c.action?.(action, scope, raise) ?? []);
}
