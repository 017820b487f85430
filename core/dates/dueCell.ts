/**
 * Reading a due cell as a host hands it over: its value, display text and number format.
 * A number shown with a date format is a date cell (an Excel 1900-system serial): that day,
 * or the whole month when the format shows month and year but no day ("Mar-19").
 */
import { DueReading, DueTextOptions, readDueText } from './dueText';
import { serialToIso } from './excelSerial';
import { parseIso } from './isoDate';
import { daySpan, monthSpan } from './dueInterval';
import { isDateFormat, isMonthOnlyFormat } from './numberFormat';

const UNREADABLE: Readonly<DueReading> = Object.freeze({ kind: 'none', start: null, end: null, unreadable: true, multiple: false, carryOver: false, found: 0 });

function readDateCell(serial: number, numberFormat: string): Readonly<DueReading> {
  const day = parseIso(serialToIso(serial) ?? '');
  // outside 1990–2100 a date cell is a typo or a number wearing a date format: unparsed-due-date
  const span = !day ? null : isMonthOnlyFormat(numberFormat) ? monthSpan(day.year, day.month) : daySpan(day.year, day.month, day.day);
  return span ? { kind: 'date', start: span.start, end: span.end, unreadable: false, multiple: false, carryOver: false, found: 1 } : UNREADABLE;
}

/**
 * The due reading of one cell. Numbers with a date format are date cells; other numbers are
 * read as the text they show; strings are due texts; booleans are unreadable; empty is none.
 */
export function readDueCell(
  value: string | number | boolean | null,
  text: string,
  numberFormat: string,
  options?: DueTextOptions,
): Readonly<DueReading> {
  if (typeof value === 'number') {
    if (isDateFormat(numberFormat ?? '')) return readDateCell(value, numberFormat ?? '');
    return readDueText(text || String(value), options); // "2019" in a General cell is no due date
  }
  if (typeof value === 'boolean') return UNREADABLE;
  if (typeof value === 'string') return readDueText(value, options);
  return readDueText(text ?? '', options);
}
