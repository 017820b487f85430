/**
 * Google Sheets number formats and colours to the Excel-style forms the core reads, and back.
 * Sheets reports an unformatted ("Automatic") cell as '0.###############' and writes date
 * tokens in either case ('M/d/yyyy', 'dd/MM/yyyy', 'mmmm yyyy'); Excel's are lower case.
 */

/** What Sheets' getNumberFormat returns for a cell in the default (Automatic) format. */
export const SHEETS_AUTOMATIC = '0.###############';
/** Sheets' plain-text format: what is written is kept as text, never read as a formula. */
export const PLAIN_TEXT = '@';

/** Lower-cases date and time tokens outside quotes, brackets and escapes: 'MMM-yy' → 'mmm-yy'. */
function lowerDateTokens(fmt: string): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch === '"') {
      const end = fmt.indexOf('"', i + 1);
      const stop = end < 0 ? fmt.length : end + 1;
      out += fmt.slice(i, stop);
      i = stop - 1;
    } else if (ch === '\\') {
      out += fmt.slice(i, i + 2);
      i++;
    } else if (ch === '[') {
      const end = fmt.indexOf(']', i + 1);
      const stop = end < 0 ? fmt.length : end + 1;
      out += fmt.slice(i, stop);
      i = stop - 1;
    } else if (ch === 'Y' || ch === 'M' || ch === 'D' || ch === 'H' || ch === 'S') {
      // AM/PM keeps its case: only date letters are lowered ('M' of 'AM/PM' is preceded by 'A' or 'P')
      const prev = fmt[i - 1];
      out += ch === 'M' && (prev === 'A' || prev === 'P') ? ch : ch.toLowerCase();
    } else out += ch;
  }
  return out;
}

const sheetsToExcelCache = new Map<string, string>();

/** A Sheets number format in the Excel (US, invariant) form the core expects. */
export function sheetsToExcelFormat(fmt: string | null | undefined): string {
  if (!fmt || fmt === SHEETS_AUTOMATIC || /^general$/i.test(fmt)) return 'General';
  let out = sheetsToExcelCache.get(fmt);
  if (out === undefined) {
    out = lowerDateTokens(fmt);
    if (sheetsToExcelCache.size < 1000) sheetsToExcelCache.set(fmt, out);
  }
  return out;
}

/** What PlanCheck writes for Excel's General: Sheets takes 'General' as its Automatic format. */
export const SHEETS_GENERAL = 'General';

/**
 * An Excel-style format from the core as Sheets takes it. General is written as 'General',
 * never as '0.###############': that is only how getNumberFormat reports Automatic, and
 * written back it is a custom pattern that shows 222 as "222.".
 */
export function excelToSheetsFormat(fmt: string | null | undefined): string {
  if (!fmt || /^general$/i.test(fmt) || fmt === SHEETS_AUTOMATIC) return SHEETS_GENERAL;
  return fmt;
}

/** A Sheets background ('#ffffff' for no fill) as the grid's '#RRGGBB' or null for none. */
export function sheetsFill(colour: string | null | undefined): string | null {
  if (!colour) return null;
  const c = colour.trim().toLowerCase();
  if (c === '#ffffff' || c === 'white' || c === '#fff' || c === 'transparent') return null;
  if (/^#[0-9a-f]{6}$/.test(c)) return c.toUpperCase();
  if (/^#[0-9a-f]{3}$/.test(c)) return `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}`.toUpperCase();
  return null;
}

/** Column width in pixels for a width in characters (Sheets' default font, about 7 px a character). */
export function columnPixels(chars: number): number {
  return Math.max(20, Math.min(1000, Math.round(chars * 7 + 10)));
}
