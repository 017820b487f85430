/**
 * English month names: as PlanCheck writes them ("March 2019", "1 March 2019") and as plans
 * write them ("Sept", "Sep", "September"), the one home for both.
 */

/** The months' names in full, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** The full name of month 1–12 ("" for anything else). */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? '';
}

/** English month names and abbreviations as plans write them ("Sept", "Sep", "September"). */
export const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** 1–12 for a month name matched by MONTH_NAME, 0 for anything else. */
export function monthNumber(name: string): number {
  return MONTH_NUMBERS[name.slice(0, 3).toLowerCase()] ?? 0;
}

