import type { Issue } from './reportSchema';
import { IssueCode, issueMessage, severityOf } from '../issues/catalogue';

/** An issue from the catalogue, placed at a sheet cell and an action's ref. */
export function makeIssue(
  code: IssueCode,
  where: { sheet: string | null; cell: string | null; ref?: string | null },
  args: Record<string, string | number | undefined> = {},
): Issue {
  return { code, severity: severityOf(code), sheet: where.sheet, cell: where.cell, ref: where.ref ?? null, message: issueMessage(code, args) };
}
