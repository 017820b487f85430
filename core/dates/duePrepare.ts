/**
 * Preparing a due text before any date is looked for: what staff paste into a due cell
 * (HTML from Word, bullets, stars, curly dashes, "NEW Mar 17" markers) is reduced to plain
 * text, and the domain's own shorthand is rewritten into forms a date parser reads the UK way.
 */
import { MONTH_NAME, monthNumber } from './months';
import { ownValue } from '../keyed';

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '-', mdash: '-' };

/** Plain text: no HTML, no bullets or stars, ASCII dashes and quotes, one line, single spaces. */
export function cleanDueText(raw: string): string {
  return raw
    .replace(/<\s*(?:br|\/p|\/li|\/div|\/tr)\b[^>]*>/gi, '\n') // block ends separate dates
    .replace(/<[^<>]*>/g, ' ') // [^<>]: linear even on a cell of '<<<<…'
    .replace(/&(#\d{1,6}|[a-z]+);/gi, (all, name: string) => {
      if (name.startsWith('#')) {
        const code = Number(name.slice(1));
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ownValue(ENTITIES, name.toLowerCase()) ?? all;
    })
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[*\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2219\u25a0\u25a1\u25ba\u25b6\u27a2\u2713\u2714\uf0b7]/g, ' ')
    .replace(/[^\S\r\n]+/g, ' ') // linear: no backtracking over long runs of spaces
    .replace(/ ?[\r\n]\s*/g, ' ; ') // a line break ends one date: lines are not ranges
    .replace(/^[\s;]+|[\s;]+$/g, '');
}

// "NEW Mar 17" marks when an action was added to the plan; it is not the action's due date.
const NEW_MARKER = new RegExp(`\\bNEW\\b\\s*:?\\s*${MONTH_NAME}\\.?[\\s'/-]*(?:\\d{4}|\\d{2})(?!\\d)`, 'gi');

/** The text with "NEW <month> <year>" markers blanked (same length); `found` says whether any were. */
export function blankNewMarkers(text: string): { text: string; found: boolean } {
  let found = false;
  const out = text.replace(NEW_MARKER, (all) => {
    if (!all.startsWith('NEW')) return all; // only the capitalised marker; "new June 2019 date" is a date
    found = true;
    return ' '.repeat(all.length);
  });
  return { text: out, found };
}

// A month followed by a one- or two-digit number and no other year: "April 18", "Mar-16",
// "Dec16", "Sept '17". In a UK plan this is always month + 20yy, never the 16th of June —
// unless a dated month follows ("May - 12 June 2016": the 12th of June).
const SHORT_YEAR = new RegExp(
  `(?<![a-z])(${MONTH_NAME})(\\.?)\\s*[-/']?\\s*'?(\\d{1,2})(?!\\d)(?!\\s*(?:st|nd|rd|th)\\b)(?!\\s*,?\\s*\\d{4}(?!\\d))(?![.:]\\d)(?!\\s+${MONTH_NAME}\\.?\\s+\\d{4})`,
  'gi',
);
// "31 st March", "12 th November": the ordinal detached from its day.
const LOOSE_ORDINAL = /\b(\d{1,2})\s+(st|nd|rd|th)\b/gi;
// "between April and June 2016" is the range April–June 2016.
const BETWEEN = new RegExp(`\\bbetween\\s+((?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH_NAME}\\.?(?:\\s+\\d{4})?)\\s+and\\s+`, 'gi');
// "December 2016 - January": the second month shares the year (or the next one).
const OPEN_RANGE_END = new RegExp(
  `(?<![a-z])(${MONTH_NAME})\\.?\\s+(\\d{4})(\\s*(?:-|to|until|till)\\s*)(${MONTH_NAME})\\.?(?![a-z])(?!\\s*(?:\\d|'\\d))`,
  'gi',
);

// "Mar to June 2016", "Sep-Dec 2016": the first month shares the year (or the one before);
// chrono skips a bare abbreviated month and would read only "June 2016".
const OPEN_RANGE_START = new RegExp(
  `(?<![a-z])(${MONTH_NAME})\\.?(\\s*(?:-|to|until|till)\\s*)(${MONTH_NAME})\\.?\\s+(\\d{4})(?!\\d)`,
  'gi',
);

/** The domain's shorthand rewritten for the date parser (lengths may change). */
export function expandShorthand(text: string): string {
  return text
    .replace(LOOSE_ORDINAL, '$1$2')
    .replace(BETWEEN, '$1 to ')
    .replace(SHORT_YEAR, (all, month: string, dot: string, digits: string) =>
      month === 'may' ? all : `${month}${dot} ${2000 + Number(digits)}`, // lower-case "may" is a verb
    )
    .replace(OPEN_RANGE_END, (_all, m1: string, year: string, sep: string, m2: string) => {
      const endYear = monthNumber(m2) < monthNumber(m1) ? Number(year) + 1 : Number(year);
      return `${m1} ${year}${sep}${m2} ${endYear}`;
    })
    .replace(OPEN_RANGE_START, (_all, m1: string, sep: string, m2: string, year: string) => {
      const startYear = monthNumber(m1) > monthNumber(m2) ? Number(year) - 1 : Number(year);
      return `${m1} ${startYear}${sep}${m2} ${year}`;
    });
}
