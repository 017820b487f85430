/**
 * Words in a due cell that mean something other than a date: the action is ongoing, or it
 * moves on to the next plan (a carry-over signal, PRODUCT §5).
 */

// Qualifiers of a plan that is not this one: "New Strategic Plan", "next year's business plan".
const PLAN_QUALIFIER = "(?:year'?s|3[\\s-]?year|three[\\s-]year|strategic|business|partnership|board|lscb|lscp|scp|safeguarding|annual|multi[\\s-]?agency)";

/**
 * "carried forward", "carry it over", "rolled over": the words that carry an action over
 * wherever they stand, in a due cell or a progress update (core/status/progressText).
 */
export const CARRIED_OVER = 'carr(?:y|ied|ies|ying)[\\s-]*(?:it\\s+)?(?:over|forward)|roll(?:ed|ing|s)?[\\s-]*(?:over|forward)';

const CARRY_OVER: RegExp[] = [
  new RegExp(`\\b(?:${CARRIED_OVER})\\b`),
  /\bc\/f\b/,
  /\bmoved?\s+(?:in)?to\s+(?:the\s+)?(?:[\w'/-]+\s+){0,3}plan\b/,
  new RegExp(`\\b(?:next|following)\\s+(?:${PLAN_QUALIFIER}\\s+){0,3}plan\\b`),
  // "new plan" alone could be any plan; "New Strategic Plan" is the next one
  new RegExp(`\\bnew\\s+(?:${PLAN_QUALIFIER}\\s+){1,3}plan\\b`),
  /\bspans?\s+two\s+(?:business\s+)?plans?\s+years?\b/,
];

// Ongoing whatever else the cell says: "May 2014 ongoing" is ongoing from May 2014.
const ONGOING: RegExp[] = [
  /\bon[\s-]?going\b/,
  /\bas\s+(?:and\s+when\s+)?(?:required|needed|necessary|appropriate)\b/,
  /\bcontinu(?:ous|ously|al|ally|ing)\b/,
  /\brolling\b/,
  /\bbusiness\s+as\s+usual\b/,
  /\bno\s+(?:fixed\s+)?end\s+date\b/,
  /\bthroughout\s+the\s+year\b/,
];

// Ongoing only when no date is given: "Annually" is ongoing, "Reviewed annually – March 2016" is March 2016.
const RECURRING: RegExp[] = [
  /\b(?:bi|semi)?[\s-]?annual(?:ly)?\b/,
  /\b(?:quarterly|monthly|weekly|fortnightly|termly|yearly|regularly|six[\s-]monthly|bi[\s-]?monthly)\b/,
  /\b(?:each|every)\s+(?:year|quarter|month|term|week|meeting|board(?:\s+meeting)?)\b/,
];

export interface DueSignals {
  carryOver: boolean;
  ongoing: boolean;
  recurring: boolean;
}

/** The signals in a cleaned due text. */
export function dueSignals(cleanText: string): DueSignals {
  const lower = cleanText.toLowerCase();
  return {
    carryOver: CARRY_OVER.some((re) => re.test(lower)),
    ongoing: ONGOING.some((re) => re.test(lower)),
    recurring: RECURRING.some((re) => re.test(lower)),
  };
}
