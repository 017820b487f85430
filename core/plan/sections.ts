/** Section rows between tables ("1. Priority: …", "Aim: …", "Strategic Theme 1: …", "Key Priority 2"). */

const SECTION_START = /^\s*(\d+(\.\d+)*\.?\s*)?((key|strategic|business|core|cross[- ]cutting)\s+)*(priority|priorities|theme|aim|function|objective|outcome|area|workstream|work stream|link to)\b/i;

/** Text that reads as a section heading rather than an action. */
export function isSectionText(text: string): boolean {
  return SECTION_START.test(text);
}

// Lines that describe a section rather than name it.
const DESCRIBES = /^\s*(aim|aims|link to|links to|purpose|vision|rationale|why|outcome|outcomes|objective|context|lead|background)\b[^:]{0,40}:/i;

/** The name of a section from its heading rows: a "Priority" row if any, else the last naming row. */
export function chooseSection(rows: string[]): string | null {
  const naming = rows.filter((r) => !DESCRIBES.test(r));
  const candidates = naming.length ? naming : rows;
  const priority = candidates.find((r) => /\bpriorit(y|ies)\b/i.test(r));
  return priority ?? candidates[candidates.length - 1] ?? null;
}
