import { firstWords } from '../text/cleanText';
import { defineCheck } from './check';

// "TBC", "To be agreed", "?": a lead still to be named is no lead
const PLACEHOLDER_OWNER = /^\W*(?:tbc|tba|tbd|tbn|to be (?:confirmed|agreed|decided|identified|named|determined|allocated)|n\/?a|none|unknown|not (?:yet )?(?:known|assigned|allocated)|\?+)\W*$/i;

/** An action with no lead, or only a placeholder for one, where the table has a lead column. */
export const ownerCheck = defineCheck({
  codes: ['missing-owner'],
  action: ({ raw, ownerText, ownerIsError }, _scope, raise) => {
    if (raw.table.owner === null || ownerIsError) return [];
    if (ownerText && !PLACEHOLDER_OWNER.test(ownerText)) return [];
    const cell = raw.owner?.address ?? null;
    return [ownerText ? raise('missing-owner', cell, { placeholder: firstWords(ownerText, 6) }) : raise('missing-owner', cell)];
  },
});
