import type { ColumnRole } from './columnRoles';
import { readDueText } from '../dates/dueText';
import { looksLikeRef, splitLeadingRef } from './refs';
import { foldForMatch } from '../text/cleanText';
import { STILL_TO_COME } from '../text/placeholders';

/**
 * A header row is short labels naming columns. A row whose cells merely contain words that also
 * name columns ("Lead officers attend the Board", "Progress reports shared with partners") reads
 * like the rows around it: a ref, a date or a RAG colour where the table keeps them, sentences,
 * blanks where the table above has labels. Taking such a row for a header would lose every action
 * under it, so a plain sign of data wins, and weaker signs of two different kinds do too.
 */
export interface CandidateCell {
  column: number;
  text: string;
  role: ColumnRole | null;
}

const TRACKED: ReadonlySet<ColumnRole> = new Set(['ref', 'action', 'owner', 'due', 'progress', 'rag']);

// A clause: a participle with its object ("shared with", "agreed by", "reported to"). Labels use
// them too ("Action agreed by the Board"), so alone it is a weak sign.
const PARTICIPLE_CLAUSE = /\b[a-z]{3,}ed\s+(?:with|by|to|at|in|on|for|from|through|across|into)\b/;
// What only a data cell holds: a RAG colour, a placeholder for a date or a lead.
const DATA_WORD = new RegExp(`^(?:red|amber|green|grey|gray|blue|r|a|g|-+|${STILL_TO_COME})$`, 'i');

/**
 * True where the candidate's cells read as an action row, not as column labels. `openColumns`:
 * the ref, lead and due columns of the table above, if any (a header labels each of them; a
 * sub-action row often leaves them blank).
 */
export function readsAsData(cells: readonly CandidateCell[], openColumns: readonly number[] = []): boolean {
  let sentences = 0;
  let clauses = 0;
  let tracked = 0;
  for (const { text, role } of cells) {
    const t = text.trim();
    if (hasPlainDataSign(t)) return true;
    if (isDateCell(t, role)) return true; // "March 2019", "31/03/2019", "Quarterly"
    if (!role || !TRACKED.has(role)) continue;
    tracked++;
    if (/\?\s*$/.test(t)) continue; // "What difference will it make …?" is a label
    const folded = foldForMatch(t);
    const words = wordsOf(folded);
    if (words.length >= 8) sentences++;
    else if (words.length >= 4 && (PARTICIPLE_CLAUSE.test(folded) || /[.!]\s*$/.test(t))) clauses = 1;
  }
  const blanks = leavesBlank(cells, openColumns) ? 1 : 0;
  const kinds = (sentences > 0 ? 1 : 0) + clauses + blanks;
  return sentences >= 2 || kinds >= 2 || (sentences >= 1 && tracked <= 3);
}

/** True where the cells leave one of the table above's ref, lead and due columns blank. */
export function leavesBlank(cells: readonly { column: number }[], openColumns: readonly number[]): boolean {
  return openColumns.some((c) => !cells.some((cell) => cell.column === c));
}

/** A sign of data in the cell's text alone, whatever its column: a ref ("1.1", "2.3 Review …"),
 *  a RAG colour or a placeholder ("Amber", "TBC"). Any one rules a row out as a header. */
export function hasPlainDataSign(text: string): boolean {
  const t = text.trim();
  return looksLikeRef(t) || !!splitLeadingRef(t).ref || DATA_WORD.test(t);
}

/** A due reading in a cell no other label claims: a data row's date ("March 2019", "Quarterly"). */
function isDateCell(text: string, role: ColumnRole | null): boolean {
  if (role !== null && role !== 'due') return false;
  if (wordsOf(foldForMatch(text)).length > 5) return false;
  const r = readDueText(text);
  return !r.unreadable && r.kind !== 'none';
}

/** The words of a folded text (foldForMatch). */
function wordsOf(folded: string): string[] {
  return folded.split(' ').filter(Boolean);
}
