/** Due dates and plan periods (PRODUCT §3, §4): pure, time-zone-safe, ISO 'YYYY-MM-DD' throughout. */
export type { DueReading, DueTextOptions } from './dueText';
export { readDueText, clearDueTextCache } from './dueText';
export { readDueCell } from './dueCell';
export type { PlanPeriod } from './planPeriod';
export { findPeriodLabel, periodFromLabel, periodContaining, nextPeriod, periodFromYears, DEFAULT_YEAR_START_MONTH } from './planPeriod';
export { serialToIso, isoToSerial, MAX_EXCEL_SERIAL } from './excelSerial';
export { isDateFormat, isMonthOnlyFormat } from './numberFormat';
export type { Ymd } from './isoDate';
export {
  addDays, addMonths, compareIso, daysBetween, daysInMonth, firstDayOfMonth, formatIso, isIsoDate, isLeapYear,
  isoFromYmd, lastDayOfMonth, maxIso, minIso, parseIso,
} from './isoDate';
