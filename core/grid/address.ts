/** A1 addresses: 1-based row and column to "C12" and back. */

/** The most rows and columns one Excel sheet holds (Sheets holds fewer cells in all). */
export const MAX_SHEET_ROWS = 1_048_576;
export const MAX_SHEET_COLUMNS = 16_384;

/**
 * A column's letters from its 1-based number.
 *
 * @example
 * columnLetters(28) //=> 'AB'
 */
export function columnLetters(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * An A1 address from a 1-based row and column.
 *
 * @example
 * a1(12, 3) //=> 'C12'
 */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/**
 * The 1-based row and column of an A1 address ("$" allowed); null for anything else.
 *
 * @example
 * parseA1('$C$12') //=> { row: 12, column: 3 }
 * parseA1('Plan') //=> null
 */
export function parseA1(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let column = 0;
  for (const ch of m[1]!.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/**
 * A sheet name quoted for a formula or link: 'Business Plan 2018-19'!C12. Left bare only
 * where it cannot be read as anything else: a name that looks like a cell (Q1, FY19, XFD3),
 * an R1C1 reference (R2C3, R, C4) or a boolean (TRUE) is quoted too.
 *
 * @example
 * quoteSheetName('Business Plan') //=> "'Business Plan'"
 * quoteSheetName('Plan') //=> 'Plan'
 * quoteSheetName('Q1') //=> "'Q1'"
 */
export function quoteSheetName(name: string): string {
  const bare = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(R\d*C?\d*|C\d*)$/i.test(name) && !/^(true|false)$/i.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}
