import type { ColumnRole } from './columnRoles';
import { readDueText } from '../dates/dueText';
import { looksLikeRef, splitLeadingRef } from './refs';
import { foldForMatch } from '../text/cleanText';

/**
 * A header row is short labels naming columns. A row whose cells merely contain words that also
 * name columns ("Lead officers attend the Board", "Progress reports shared with partners") reads
 * like the rows around it: a date where a due date goes, a ref, sentences. Taking such a row for
 * a header would lose every action under it, so any plain sign of data wins.
 */
export interface CandidateCell {
  text: string;
  role: ColumnRole | null;
}

const TRACKED: ReadonlySet<ColumnRole> = new Set(['ref', 'action', 'owner', 'due', 'progress', 'rag']);

// A clause: a participle with its object ("shared with", "agreed by", "reported to").
const PARTICIPLE_CLAUSE = /\b[a-z]{3,}ed\s+(?:with|by|to|at|in|on|for|from|through|across|into)\b/;
// Header labels are questions or noun phrases; these start a clause about the work.
const SENTENCE_END = /[.!]\s*$/;

/** True where the candidate's cells read as an action row, not as column labels. */
export function readsAsData(cells: readonly CandidateCell[]): boolean {
  let sentences = 0;
  for (const { text, role } of cells) {
    const t = text.trim();
    if (looksLikeRef(t) || splitLeadingRef(t).ref) return true; // "1.1", "2.3 Review …"
    if (isDateCell(t, role)) return true; // "March 2019", "31/03/2019", "Ongoing"
    if (!role || !TRACKED.has(role)) continue;
    if (isSentence(t)) sentences++;
  }
  return sentences >= 2 || (sentences >= 1 && cells.filter((c) => c.role && TRACKED.has(c.role)).length <= 3);
}

/** A due reading in a cell no other label claims: a data row's date ("March 2019", "Quarterly"). */
function isDateCell(text: string, role: ColumnRole | null): boolean {
  if (role !== null && role !== 'due') return false;
  if (wordsOf(text).length > 5) return false;
  const r = readDueText(text);
  return !r.unreadable && r.kind !== 'none';
}

/** Prose rather than a label: a long clause, a participle with its object, a full stop. */
function isSentence(text: string): boolean {
  if (/\?\s*$/.test(text)) return false; // "What difference will it make …?" is a label
  const words = wordsOf(text);
  if (words.length >= 8) return true;
  if (words.length >= 4 && (PARTICIPLE_CLAUSE.test(foldForMatch(text)) || SENTENCE_END.test(text))) return true;
  return false;
}

function wordsOf(text: string): string[] {
  return foldForMatch(text).split(' ').filter(Boolean);
}
