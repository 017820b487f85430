import { firstWords } from '../text/cleanText';
import { STILL_TO_COME } from '../text/placeholders';
import { defineCheck } from './check';

// "TBC", "To be agreed", "?": a lead still to be named is no lead
const PLACEHOLDER_OWNER = new RegExp(`^\\W*(?:${STILL_TO_COME}|tbn|to be (?:confirmed|agreed|decided|identified|named|determined|allocated)|none|unknown|not (?:yet )?(?:known|assigned|allocated))\\W*$`, 'i');

/** A lead cell that only holds a placeholder for a lead ("TBC", "To be agreed", "?"). */
export function isPlaceholderOwner(text: string): boolean {
  return PLACEHOLDER_OWNER.test(text);
}

/** An action with no lead, or only a placeholder for one, where the table has a lead column. */
export const ownerCheck = defineCheck({
  codes: ['missing-owner'],
  action: ({ raw, ownerText, ownerIsError }, _scope, raise) => {
    if (raw.table.owner === null || ownerIsError) return [];
    if (ownerText && !isPlaceholderOwner(ownerText)) return [];
    const cell = raw.owner?.address ?? null;
    return [ownerText ? raise('missing-owner', cell, { placeholder: firstWords(ownerText, 6) }) : raise('missing-owner', cell)];
  },
});
