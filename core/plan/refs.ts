import { collapseSpaces, stripMarkup } from '../text/cleanText';

/** Refs: "1.1", "3a", "2.4.1", "12a" — in their own column or at the start of the action text. */

// "1.1 Establish …", "3a. Monitor …", "NEW 12a. …", "2) Review …", "1.2.3: …"
const LEADING_REF = /^\s*(?:\*+\s*)?(?:new\b[\s:–-]*(?:[a-z]{3,9}\.?\s*\d{2,4}\s*)?)?((?:\d{1,3}(?:\.\d{1,3})+[a-z]?)|(?:\d{1,3}[a-z])|(?:\d{1,3}))(?:(?=\s)|[.):](?=\s|$))\s*[–—-]?\s*/i;

export interface SplitRef {
  ref: string | null;
  text: string;
}

/** Splits a ref off the start of an action's text, which is kept as typed (markup is ignored
 *  while reading the ref, never removed). A bare number needs a "." or ")" after it. */
export function splitLeadingRef(actionText: string): SplitRef {
  // a row's first cell is read twice running (does it rule the row out as a header? then its
  // action's ref): the last reading is kept
  if (actionText === lastText) return lastSplit;
  lastSplit = readLeadingRef(actionText);
  lastText = actionText;
  return lastSplit;
}

let lastText: string | null = null;
let lastSplit: SplitRef = { ref: null, text: '' };

function readLeadingRef(actionText: string): SplitRef {
  const plain = stripMarkup(actionText);
  const m = LEADING_REF.exec(plain);
  if (!m) return { ref: null, text: actionText.trim() };
  const ref = m[1]!;
  const after = plain.slice(m[0].length);
  // "2019 plan …" or "6 SCRs were …": a bare whole number only counts with its own punctuation
  if (/^\d+$/.test(ref) && !/^[^\S\n]*\d+[.)]/.test(m[0].replace(/^\s*(?:\*+\s*)?(?:new\b[\s:–-]*(?:[a-z]{3,9}\.?\s*\d{2,4}\s*)?)?/i, ''))) {
    return { ref: null, text: actionText.trim() };
  }
  if (!after.trim()) return { ref: null, text: actionText.trim() };
  return { ref, text: plain === actionText ? after.trim() : afterRefAsTyped(actionText, ref) };
}

/** The typed text after the ref's first appearance ("<b>NEW</b> 12a. <i>Review</i> …" → "<i>Review</i> …"). */
function afterRefAsTyped(typed: string, ref: string): string {
  const at = new RegExp(`(?<![\\w.])${ref.replace(/\./g, '\\.')}(?:[.):](?=\\s|<|$))?`).exec(typed);
  if (!at) return stripMarkup(typed).trim();
  return typed.slice(at.index + at[0].length).replace(/^\s*[–—-]?\s*/, '').trim();
}

/** A ref cell's text as a ref: "1.1", "3.1.5" (trailing dots dropped), "3a NEW Mar 17" → "3a"; null for empty. */
export function normaliseRef(text: string): string | null {
  if (REF_SHAPE.test(text)) return text; // most ref cells: "1.1", "3a" (no copy made)
  const t = collapseSpaces(stripMarkup(text)).trim().replace(/[.:)]+$/, '');
  if (t === '') return null;
  const lead = /^(?:new\s+)?(\d{1,3}(?:\.\d{1,3})*[a-z]?)[.:)]?(?:\s|$)/i.exec(t);
  if (lead) return lead[1]!;
  // a code of its own ("SG-04", "P2"); a sentence or a marker ("NEW") is not a ref
  return CODE_SHAPE.test(t) ? t : null;
}

const CODE_SHAPE = /^(?=[^\s]*\d)[\p{L}\p{N}][\p{L}\p{N}./_-]{0,11}$/u;

const REF_SHAPE = /^[a-z]?\d{1,3}(\.\d{1,3})*[a-z]?$/i;

/** "1.1", "3a", "2.4.1": a ref's usual shape. */
export function looksLikeRef(text: string): boolean {
  return REF_SHAPE.test(text);
}

/** "Cnt'd", "Cont'd", "continued": a ref cell pointing at the action above. */
export function isContinuedRef(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return false; // a ref ("1.1"): the usual case, answered at once
  return /^\s*(cn?t'?d|con'?t'?d|cont\.?|continued|contd\.?|cont'd\.?|ctd\.?|\(cont(inued)?\))\s*$/i.test(text.replace(/[’‘]/g, "'"));
}
