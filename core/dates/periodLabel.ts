/**
 * Plan-period labels as plans write them: "2018-19", "2018/19", "2019/2021", "2015-18",
 * "2016-2017", "2018 - 2019". Shared by the plan period (title block, sheet and file names)
 * and by due texts ("Q3 2019/20", a due of "2019-20").
 */

/** Years a plan's dates may fall in; anything else is a typo or a number that is not a date. */
export const MIN_PLAN_YEAR = 1990;
export const MAX_PLAN_YEAR = 2100;
/** A plan longer than this is not a plan period but two unrelated years. */
export const MAX_PERIOD_YEARS = 10;

export interface PeriodLabelMatch {
  index: number;
  length: number;
  text: string;
  startYear: number;
  endYear: number;
}

// Not part of a day-month-year date: no digit (or digit and separator) just before, and no
// separator and digit just after ("31/03/2019", "2019-03-31" are days, not periods).
const LABEL = /(?<!\d)(?<!\d[./-])((?:19|20|21)\d{2})\s*[-/\u2013\u2014]\s*(\d{4}|\d{2})(?!\d)(?![./-]\d)/g;

/** The end year a label's second part names: "19" after 2018 is 2019, "00" after 2099 is 2100. */
function fullEndYear(startYear: number, written: string): number {
  if (written.length === 4) return Number(written);
  const year = startYear - (startYear % 100) + Number(written);
  return year < startYear ? year + 100 : year;
}

export function isPlanYear(year: number): boolean {
  return year >= MIN_PLAN_YEAR && year <= MAX_PLAN_YEAR;
}

function plausible(startYear: number, endYear: number): boolean {
  return isPlanYear(startYear) && isPlanYear(endYear) && endYear > startYear && endYear - startYear <= MAX_PERIOD_YEARS;
}

/** Every plausible period label in a text, in order ("2019-03" is no label: it would end before it starts). */
export function scanPeriodLabels(text: string): PeriodLabelMatch[] {
  const found: PeriodLabelMatch[] = [];
  for (const m of text.matchAll(LABEL)) {
    const startYear = Number(m[1]);
    const endYear = fullEndYear(startYear, m[2] ?? '');
    if (plausible(startYear, endYear)) {
      found.push({ index: m.index ?? 0, length: m[0].length, text: m[0], startYear, endYear });
    }
  }
  return found;
}

/**
 * The years a whole label names: a two-year label ("2018-19") or a single year ("2019").
 * A single year has endYear === startYear.
 */
export function parsePeriodLabel(label: string): { startYear: number; endYear: number } | null {
  const text = label.trim();
  if (/^\d{4}$/.test(text)) {
    const year = Number(text);
    return isPlanYear(year) ? { startYear: year, endYear: year } : null;
  }
  const [first] = scanPeriodLabels(text);
  return first && first.length === text.length ? { startYear: first.startYear, endYear: first.endYear } : null;
}

/** A label with its years moved on by n, in the same style ("2018-19" → "2019-20", "2019/2021" → "2021/2023"). */
export function shiftPeriodLabel(label: string, years: number): string | null {
  const [first] = scanPeriodLabels(label);
  if (first) {
    const shifted = first.text.replace(/^(\d{4})(\s*[-/\u2013\u2014]\s*)(\d+)$/, (_all, a: string, sep: string, b: string) => {
      const end = first.endYear + years;
      return `${Number(a) + years}${sep}${b.length === 4 ? end : String(end % 100).padStart(2, '0')}`;
    });
    return label.slice(0, first.index) + shifted + label.slice(first.index + first.length);
  }
  const single = /(?<!\d)(\d{4})(?!\d)/.exec(label);
  if (single && isPlanYear(Number(single[1]))) {
    return label.slice(0, single.index) + String(Number(single[1]) + years) + label.slice(single.index + 4);
  }
  return null;
}
