import type { GridSheet } from '../grid/grid';
import type { PlanSheet } from '../plan/readPlanSheet';
import type { PlanTable } from '../plan/planTable';
import type { Issue } from '../issues/issueSchema';
import type { IssueCode } from '../issues/catalogue';
import type { IssueArgsParam, IssuePlace } from '../issues/issueBuilder';
import type { AssessContext, AssessedAction } from './assessAction';

/** makeIssue, limited to the codes of one check family. */
export type RaiseIssue<C extends IssueCode> = <K extends C>(code: K, where: IssuePlace, ...args: IssueArgsParam<K>) => Issue;
/** makeIssue for one action: its sheet and ref are known, the cell is given. */
export type RaiseActionIssue<C extends IssueCode> = <K extends C>(code: K, cell: string | null, ...args: IssueArgsParam<K>) => Issue;

/** What the workbook-level checks see: the sheets looked at, those that hold action tables and those that do not. */
export interface WorkbookScope {
  /** The workbook's sheets that are not PlanCheck's own, in workbook order. */
  staffSheets: GridSheet[];
  /** The one sheet asked for (settings.sheet), if any. */
  only: string | undefined;
  planSheets: PlanSheet[];
  tableless: GridSheet[];
}

export interface TableScope {
  sheet: string;
  table: PlanTable;
}

export interface ActionScope {
  ctx: AssessContext;
  /** The actions above this one in its table, in sheet order. */
  earlier: readonly AssessedAction[];
}

/**
 * One family of rules (PRODUCT §6), in one file of core/check. Like a chrono-node parser, it
 * has one job and a common shape; the families are run in the order of CHECKS. A family
 * looks at the level it needs: the workbook, each action table, or each action.
 */
export interface Check<C extends IssueCode = IssueCode> {
  /** The codes this family raises; each code has one family. */
  readonly codes: readonly C[];
  workbook?(scope: WorkbookScope, raise: RaiseIssue<C>): Issue[];
  table?(scope: TableScope, raise: RaiseIssue<C>): Issue[];
  action?(action: AssessedAction, scope: ActionScope, raise: RaiseActionIssue<C>): Issue[];
}

/** A check family, typed by its codes: it cannot raise a code it does not declare. */
export function defineCheck<const C extends IssueCode>(check: Check<C>): Check<C> {
  return check;
}
