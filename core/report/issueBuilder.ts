import type { Issue } from './reportSchema';
import type { IssueCode } from '../issues/catalogue';
import { issueMessage, severityOf } from '../issues/catalogue';
import { lineWithin } from '../text/cleanText';

/** Every issue message is one line of at most this many characters, whatever the plan holds. */
export const MAX_MESSAGE = 400;
/** A piece of the plan's own text quoted in a message (a sheet name, a due text) is kept to this. */
const MAX_QUOTED = 100;

export function makeIssue(
  code: IssueCode,
  where: { sheet: string | null; cell: string | null; ref?: string | null },
  args: Record<string, string | number | undefined> = {},
): Issue {
  const bounded: Record<string, string | number | undefined> = Object.create(null) as Record<string, string | number | undefined>;
  for (const [k, v] of Object.entries(args)) bounded[k] = typeof v === 'string' ? lineWithin(v, MAX_QUOTED) : v;
  const message = lineWithin(issueMessage(code, bounded), MAX_MESSAGE);
  return { code, severity: severityOf(code), sheet: where.sheet, cell: where.cell, ref: where.ref ?? null, message };
}
