/**
 * The due-date forms this domain reads itself rather than leaving to chrono:
 * numeric dates (always day first: chrono en-GB swaps "12/13/2019" to US order rather than
 * failing), financial quarters ("Q3 2019/20"), seasons and school terms ("Autumn 2018"), and
 * whole plan years ("2019-20"). Each form found is blanked out of the text so the general
 * parser never reads it a second time; an impossible one (31/02/2019, Q5) is blanked too,
 * so it is never half-read as some other date.
 */
import { addMonths } from './isoDate';
import { DueInterval, daySpan, fullYear, monthSpan, monthsSpan } from './dueInterval';
import { parsePeriodLabel, scanPeriodLabels } from './periodLabel';
import { periodFromYears } from './planPeriod';

type Span = { start: string; end: string } | null;
interface TokenForm {
  pattern: RegExp;
  read: (m: RegExpExecArray, yearStartMonth: number) => Span;
  kind: DueInterval['kind'];
}

// a number that is not part of a longer number or date on either side
const NB = '(?<![\\d./-])';
const NA = '(?!\\d|[./-]\\d)';
// a plan year, optionally a two-year label: "2019", "2019/20", "2018-19"
const YEAR_LABEL = '((?:19|20|21)\\d{2}(?:\\s*[-/]\\s*(?:\\d{4}|\\d{2}))?)(?!\\d)(?![./-]\\d)';

/** The planning year a quarter's year names: "2019/20" and "2019" both start in 2019. */
function labelStartYear(label: string): number | null {
  return parsePeriodLabel(label.replace(/\s+/g, ''))?.startYear ?? null;
}

function quarter(q: number, label: string, yearStartMonth: number): Span {
  const startYear = labelStartYear(label);
  if (startYear === null || q < 1 || q > 4) return null;
  const first = addMonths(startYear, yearStartMonth, 3 * (q - 1)); // Q1 starts at the year's first month
  return monthsSpan(first.year, first.month, 3);
}

const ORDINAL_QUARTER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

const SEASONS: Record<string, [number, number]> = {
  // [first month, months]; seasons as the Met Office counts them, terms as English schools do
  spring: [3, 3], summer: [6, 3], autumn: [9, 3], fall: [9, 3], winter: [12, 3],
  'spring term': [1, 3], 'summer term': [4, 4], 'autumn term': [9, 4], 'winter term': [12, 3],
};

const FORMS: TokenForm[] = [
  {
    // 2019-03-31, 2019/03/31
    pattern: new RegExp(`${NB}((?:19|20|21)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})${NA}`, 'g'),
    read: (m) => daySpan(Number(m[1]), Number(m[3]), Number(m[4])),
    kind: 'date',
  },
  {
    // 31/03/2019, 31-03-19, 31.03.2019 (day first, always; dotted only with a 4-digit year: "1.2.13" is a ref)
    pattern: new RegExp(`${NB}(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})${NA}`, 'g'),
    read: (m) => (m[2] === '.' && (m[4] ?? '').length !== 4 ? null : daySpan(fullYear(m[4] ?? ''), Number(m[3]), Number(m[1]))),
    kind: 'date',
  },
  {
    // 03/2019: a month
    pattern: new RegExp(`${NB}(\\d{1,2})[-/.](\\d{4})${NA}`, 'g'),
    read: (m) => monthSpan(Number(m[2]), Number(m[1])),
    kind: 'date',
  },
  {
    // Q3 2019/20, Qtr 3 2019-20, Quarter 2 of 2018-19
    pattern: new RegExp(`\\b(?:q|qtr\\.?|quarter)\\s*(\\d{1,2})\\b\\s*,?\\s*(?:of\\s+|in\\s+)?(?:the\\s+)?(?:fy\\s*|financial\\s+year\\s+)?${YEAR_LABEL}`, 'gi'),
    read: (m, ysm) => quarter(Number(m[1]), m[2] ?? '', ysm),
    kind: 'date',
  },
  {
    // Q4 19/20, Qtr 1 20-21: a two-digit plan year (consecutive years only: "Q1 12/13" is no such year)
    pattern: /\b(?:q|qtr\.?|quarter)\s*(\d)\s*,?\s*(\d{2})\s*[-/]\s*(\d{2})(?![\d./-])/gi,
    read: (m, ysm) => (Number(m[3]) === (Number(m[2]) + 1) % 100 ? quarter(Number(m[1]), `20${m[2]}`, ysm) : null),
    kind: 'date',
  },
  {
    // 2019/20 Q3, 2019-20 Quarter 3
    pattern: new RegExp(`${NB}${YEAR_LABEL}\\s*(?:fy\\s*)?[,:-]?\\s*(?:q|qtr\\.?|quarter)\\s*(\\d{1,2})\\b`, 'gi'),
    read: (m, ysm) => quarter(Number(m[2]), m[1] ?? '', ysm),
    kind: 'date',
  },
  {
    // third quarter of 2019/20, 3rd quarter 2019-20
    pattern: new RegExp(`\\b(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\s*,?\\s*(?:of\\s+|in\\s+)?(?:the\\s+)?(?:fy\\s*|financial\\s+year\\s+)?${YEAR_LABEL}`, 'gi'),
    read: (m, ysm) => quarter(ORDINAL_QUARTER[(m[1] ?? '').toLowerCase()] ?? 0, m[2] ?? '', ysm),
    kind: 'date',
  },
  {
    // Autumn 2018, Spring term 2019, Winter 2018/19 (winter runs into the next year)
    pattern: /\b(spring|summer|autumn|fall|winter)(\s+term)?\s*,?\s*(?:of\s+)?((?:19|20|21)\d{2}|'\d{2})(?:\s*[-/]\s*(?:\d{4}|\d{2}))?(?!\d)(?![./-]\d)/gi,
    read: (m) => {
      const name = `${(m[1] ?? '').toLowerCase()}${m[2] ? ' term' : ''}`;
      const [first, count] = SEASONS[name] ?? [0, 0];
      return monthsSpan(fullYear((m[3] ?? '').replace("'", '')), first, count);
    },
    kind: 'date',
  },
];

/** Blanks [index, index+length) so later readers skip it; lengths (and so positions) are kept. */
function blank(text: string, index: number, length: number): string {
  return text.slice(0, index) + ' '.repeat(length) + text.slice(index + length);
}

/**
 * The domain's own date forms in a prepared text, and the text with them (and with
 * impossible dates) blanked out, ready for the general parser.
 */
export function readDomainTokens(text: string, yearStartMonth: number): { intervals: DueInterval[]; rest: string } {
  const intervals: DueInterval[] = [];
  let rest = text;
  for (const form of FORMS) {
    for (const m of rest.matchAll(form.pattern)) {
      const index = m.index ?? 0;
      const span = form.read(m as RegExpExecArray, yearStartMonth);
      if (span) intervals.push({ index, length: m[0].length, ...span, kind: form.kind });
      rest = blank(rest, index, m[0].length);
    }
  }
  // a whole plan year: "2019-20" is 2019-04-01 … 2020-03-31 (a bare "2019" is no due date)
  for (const label of scanPeriodLabels(rest)) {
    const p = periodFromYears(label.startYear, label.endYear, yearStartMonth);
    intervals.push({ index: label.index, length: label.length, start: p.start, end: p.end, kind: 'range' });
    rest = blank(rest, label.index, label.length);
  }
  return { intervals, rest };
}
