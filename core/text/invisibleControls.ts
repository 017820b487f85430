/**
 * Characters that change how a line of text shows without being seen: DEL and the C1
 * controls, the line and paragraph separators, the bidi controls (Unicode's Bidi_Control:
 * marks, embeddings, overrides, isolates; "\u202E" shows "txt.exe" as "exe.txt") and the
 * zero-width no-break space. Text from a plan never reaches a terminal or a JSON reader with
 * them raw: the command line's summary turns them into spaces, its JSON escapes them.
 */
export const INVISIBLE_CONTROLS = '\\u007f-\\u009f\\u2028\\u2029\\p{Bidi_Control}\\ufeff';

/**
 * A pattern matching one of INVISIBLE_CONTROLS (with `also`, a character class source of more).
 *
 * @example
 * invisibleControls().test('abc\u202Edef') //=> true
 * invisibleControls().test('Complete – March 2019') //=> false
 */
export function invisibleControls(flags = '', also = ''): RegExp {
  return new RegExp(`[${also}${INVISIBLE_CONTROLS}]`, `u${flags}`);
}
