/**
 * What a cell holds in place of a value still to come: "TBC", "TBA", "TBD", "N/A", "?". A row
 * of them is data, not a header (core/plan/headerOrData), and an owner of one is missing
 * (the owner check), whatever the column.
 */
export const STILL_TO_COME = 'tbc|tba|tbd|n\\/?a|\\?+';
