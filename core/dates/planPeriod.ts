/**
 * The plan period (PRODUCT §3): UK public bodies plan by financial year, 1 April – 31 March.
 * "2018-19" is 2018-04-01 … 2019-03-31; multi-year plans ("2015-18", "2019/2021") run from
 * the first year's start month to the month before it in the last year. The year's first
 * month is a setting (yearStartMonth, default 4 = April; 1 makes periods calendar years).
 */
import { addDays, addMonths, daysBetween, formatIso, lastDayOfMonth, parseIso } from './isoDate';
import { MAX_PERIOD_YEARS, parsePeriodLabel, scanPeriodLabels, shiftPeriodLabel } from './periodLabel';
import { MONTH_NAME } from './months';

export interface PlanPeriod {
  label: string;
  start: string; // ISO, first day
  end: string; // ISO, last day (inclusive)
}

export const DEFAULT_YEAR_START_MONTH = 4;

/** The month a planning year starts in: 1–12 as given, else April (the default). */
export function validStartMonth(month: number | undefined): number {
  return month !== undefined && Number.isInteger(month) && month >= 1 && month <= 12 ? month : DEFAULT_YEAR_START_MONTH;
}

/**
 * The period from the planning year starting in startYear to the one ending in endYear.
 * "Ending in" is the calendar year of the period's last day: with April starts, "2018-19"
 * ends 2019-03-31; with January starts, "2018-19" is the two calendar years 2018 and 2019.
 */
export function periodFromYears(startYear: number, endYear: number, yearStartMonth = DEFAULT_YEAR_START_MONTH, label?: string): PlanPeriod {
  const m = validStartMonth(yearStartMonth);
  const before = addMonths(endYear, m, -1); // the month before the next year's start
  const endMonth = m === 1 ? { year: endYear, month: 12 } : before;
  return {
    label: label ?? defaultLabel(startYear, endMonth.year, m),
    start: formatIso(startYear, m, 1),
    end: lastDayOfMonth(endMonth.year, endMonth.month),
  };
}

function defaultLabel(startYear: number, endYear: number, yearStartMonth: number): string {
  if (yearStartMonth === 1 && endYear === startYear) return String(startYear);
  return `${startYear}-${String(endYear % 100).padStart(2, '0')}`;
}

/** The first "20xx-yy"-style period in a text (title, sheet name, file name), as written; null if none. */
export function findPeriodLabel(text: string): string | null {
  const [first] = scanPeriodLabels(text);
  if (first) return first.text.trim();
  return monthRangeLabel(text) ?? shortYearsLabel(text) ?? yearsToLabel(text);
}

// "April 2019 to March 2020", "Apr 2019 – Mar 2020": the years the plan spans
const MONTH_RANGE = new RegExp(`\\b${MONTH_NAME}\\.?\\s+((?:19|20)\\d{2})\\s*(?:[-\u2013\u2014]|to|until)\\s*${MONTH_NAME}\\.?\\s+((?:19|20)\\d{2})\\b`, 'i');
// "Business Plan 19/20": two consecutive two-digit years
const SHORT_YEARS = /(?<![\d./-])(\d{2})\s*[/\u2013-]\s*(\d{2})(?![\d./-])/;
// "Strategic Plan 2018 to 2021"
const YEARS_TO = /(?<![\d./-])((?:19|20)\d{2})\s+to\s+((?:19|20)\d{2})(?![\d./-])/i;

function monthRangeLabel(text: string): string | null {
  const m = MONTH_RANGE.exec(text);
  return m && Number(m[2]) > Number(m[1]) ? `${m[1]}-${m[2]}` : null;
}

function shortYearsLabel(text: string): string | null {
  const m = SHORT_YEARS.exec(text);
  return m && Number(m[2]) === (Number(m[1]) + 1) % 100 ? `20${m[1]}/${m[2]}` : null;
}

function yearsToLabel(text: string): string | null {
  const m = YEARS_TO.exec(text);
  return m && Number(m[2]) > Number(m[1]) ? `${m[1]}-${m[2]}` : null;
}

/**
 * The period a label names: "2018-19", "2015-18", "2019/2021", "2016-2017", "2014/15", or a
 * single year "2019" (the planning year that starts in 2019). Null for anything else, for a
 * period that would end before it starts (rejected when the label is read), or one longer than ten years.
 */
export function periodFromLabel(label: string, yearStartMonth = DEFAULT_YEAR_START_MONTH): PlanPeriod | null {
  const years = parsePeriodLabel(label);
  if (!years) return null;
  const m = validStartMonth(yearStartMonth);
  // a single year is one planning year: it ends in the next calendar year unless years start in January
  const endYear = years.endYear === years.startYear && m !== 1 ? years.startYear + 1 : years.endYear;
  const period = periodFromYears(years.startYear, endYear, m, label.trim());
  if (period.end > formatIso(years.startYear + MAX_PERIOD_YEARS, m, 1)) return null;
  return period;
}

/** The planning year holding a day, labelled "2018-19" (or "2019" when years start in January). */
export function periodContaining(isoDate: string, yearStartMonth = DEFAULT_YEAR_START_MONTH): PlanPeriod {
  const day = parseIso(isoDate);
  if (!day) throw new RangeError(`periodContaining needs an ISO day (YYYY-MM-DD), got "${isoDate}"`);
  const m = validStartMonth(yearStartMonth);
  const startYear = day.month >= m ? day.year : day.year - 1;
  return periodFromYears(startYear, m === 1 ? startYear : startYear + 1, m);
}

/** Whole months from the first day of one month to the first day of another, or null if either is not a 1st. */
function wholeMonths(fromIso: string, toIso: string): number | null {
  const a = parseIso(fromIso);
  const b = parseIso(toIso);
  if (!a || !b || a.day !== 1 || b.day !== 1) return null;
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/**
 * The period after p, for carry-over: the same length, starting the day after p ends, its
 * label in p's style ("2018-19" → "2019-20", "2019/2021" → "2021/2023", "2014/15" → "2015/16").
 */
export function nextPeriod(p: PlanPeriod): PlanPeriod {
  const start = addDays(p.end, 1);
  const months = wholeMonths(p.start, start);
  let end: string;
  if (months !== null && months > 0) {
    const s = parseIso(start);
    const last = addMonths(s?.year ?? 0, s?.month ?? 1, months - 1);
    end = lastDayOfMonth(last.year, last.month);
  } else {
    end = addDays(start, daysBetween(p.start, p.end)); // an odd-length period keeps its length in days
  }
  const years = months !== null && months % 12 === 0 ? months / 12 : null;
  const shifted = years !== null ? shiftPeriodLabel(p.label, years) : null;
  return { label: shifted ?? labelFor(start, end), start, end };
}

function labelFor(start: string, end: string): string {
  const a = start.slice(0, 4);
  const b = end.slice(0, 4);
  return a === b ? a : `${a}-${b.slice(2)}`;
}
