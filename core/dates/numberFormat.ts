/**
 * Reading Excel / Google Sheets number formats: does a numeric cell show a date, and does it
 * show a whole month ("Mar-19", "March 2019") rather than a day?
 *
 * A format code is scanned for its date and time letters (d, m, y, h, s) after dropping what
 * is only decoration: quoted literals ("Due "), escaped characters (\ ), bracketed colours
 * and locales ([Red], [$-809]), padding (_x, *x) and AM/PM markers. Excel's own rule decides
 * whether "m" is a month or minutes: it is minutes right after an hour or right before seconds.
 */

type Letter = 'd' | 'm' | 'y' | 'h' | 's';
interface Code {
  letter: Letter;
  minutes: boolean; // an "m" that Excel reads as minutes
}

const CODE_LETTERS = new Set(['d', 'm', 'y', 'h', 's']);

/**
 * The first section of a format (Excel formats are "positive;negative;zero;text").
 *
 * @example
 * firstSection('0.0;[Red]-0.0') //=> '0.0'
 */
export function firstSection(format: string): string {
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '\\' && !quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === '[') bracket = true;
    else if (!quoted && c === ']') bracket = false;
    else if (!quoted && !bracket && c === ';') return format.slice(0, i);
  }
  return format;
}

/** The date/time codes of a format, in order, with each "m" resolved to month or minutes. */
function dateCodes(format: string): Code[] {
  const section = firstSection(format).toLowerCase();
  if (section.trim() === 'general' || section.trim() === '') return [];
  const letters: Letter[] = [];
  for (let i = 0; i < section.length; i++) {
    const c = section[i] ?? '';
    if (c === '"') {
      const close = section.indexOf('"', i + 1);
      i = close < 0 ? section.length : close;
    } else if (c === '\\' || c === '_' || c === '*') {
      i++; // the next character is a literal, a padding width or a fill
    } else if (c === '[') {
      const close = section.indexOf(']', i + 1);
      const inner = section.slice(i + 1, close < 0 ? section.length : close);
      // [h], [mm], [ss] are elapsed time; [Red], [$-809], [>=100] are decoration
      if (/^(h+|m+|s+)$/.test(inner)) letters.push(inner[0] === 'm' ? 'm' : (inner[0] as Letter));
      i = close < 0 ? section.length : close;
    } else if (section.startsWith('am/pm', i)) {
      i += 4;
    } else if (section.startsWith('a/p', i)) {
      i += 2;
    } else if (CODE_LETTERS.has(c)) {
      letters.push(c as Letter);
      while (section[i + 1] === c) i++; // "mmmm" is one code
    }
  }
  return letters.map((letter, i) => ({
    letter,
    minutes: letter === 'm' && (letters[i - 1] === 'h' || letters[i + 1] === 's'),
  }));
}

/**
 * True when a numeric cell with this format shows a date (day, month or year), not a time or number.
 *
 * @example
 * isDateFormat('dd/mm/yyyy') //=> true
 * isDateFormat('0.00') //=> false
 */
export function isDateFormat(format: string): boolean {
  return dateCodes(format).some((c) => c.letter === 'd' || c.letter === 'y' || (c.letter === 'm' && !c.minutes));
}

/**
 * True for a date format that shows a month but no day ('mmm-yy', 'mmmm yyyy'): such a cell
 * means the whole month. The year may be missing ('mmmm'): the cell still names a month.
 */
export function isMonthOnlyFormat(format: string): boolean {
  const codes = dateCodes(format);
  return codes.some((c) => c.letter === 'm' && !c.minutes) && !codes.some((c) => c.letter === 'd');
}
