/**
 * Office limits each request to, and each response from, Excel to 5 MB (Excel on the web
 * refuses larger ones with RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded).
 * The host plans its batches against a budget below that, from its own size estimates.
 */
export const OFFICE_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** What one sync may carry by our own estimate: room is left for JSON overhead we do not count. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;

/**
 * First guess of the response bytes per cell when reading, before any cell has been seen:
 * a value and its display text (twice the text), a number format, and the fill properties
 * ({"format":{"fill":{"color":"#FFFFFF","pattern":"None"}}}). Plans are mostly short cells
 * with a few long progress notes; after the first chunk the measured size takes over.
 */
export const FIRST_GUESS_BYTES_PER_CELL = 240;

/** The least we ever assume per cell (an empty cell still costs its properties). */
export const MIN_BYTES_PER_CELL = 90;

/**
 * What each queued write costs on the wire besides its arguments. Office.js sends, per
 * write such as `sheet.getRange("B5").format.fill.color = c`, an object path for each step
 * (GetRange, Format, Fill), an "instantiate" action for it and the set action itself, each a
 * JSON object with ids: about 250 bytes for a value write, 450 for a format write. Counted
 * high, so a batch never reaches Office's 5 MB.
 */
export const BYTES_PER_OPERATION = 500;

/** Error codes that mean "this batch was too big": retry it smaller. */
export const TOO_BIG_CODES = new Set([
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'PayloadTooLarge',
  'RangeExceedsLimit',
]);

/** JSON size of a value, as a cheap estimate of its bytes on the wire. */
export function jsonBytes(x: unknown): number {
  return JSON.stringify(x ?? null).length;
}

export function errorCode(e: unknown): string | undefined {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    return (e as { code: string }).code;
  }
  return undefined;
}
