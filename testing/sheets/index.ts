/**
 * The Apps Script double, the face the tests and tools import. An in-memory double of SpreadsheetApp (Spreadsheet, Sheet, Range, RangeList, merged ranges,
 * protections, embedded chart builder, RichTextValue builder, Ui and add-on menu), written
 * from Google's Apps Script reference:
 *  - getValues: numbers, strings, booleans, '' for empty cells, Date objects for cells whose
 *    number format is a date or time (the instant the wall-clock time begins in the
 *    spreadsheet's time zone), and the error text ('#REF!') for error cells;
 *  - getDisplayValues: strings as displayed; getNumberFormats: Sheets patterns, the default
 *    (Automatic) being '0.###############'; getBackgrounds: '#rrggbb', '#ffffff' for no fill;
 *  - getDataRange: A1 to the last row and column with content (A1 alone on an empty sheet);
 *  - setValue(s): a string is parsed as if typed (a leading '=' makes a formula, numbers and
 *    TRUE/FALSE become values, a leading apostrophe forces text) unless the cell's format is
 *    plain text '@', where it is kept as text; the data's shape must match the range's;
 *  - getRange outside the sheet's rows/columns throws; insertSheet activates the new sheet
 *    and rejects a name in use; the last visible sheet cannot be hidden or deleted;
 *  - a write into a range or sheet protection the user cannot edit throws Google's "You are
 *    trying to edit a protected cell or object" (cells written before it stay written);
 *  - setNumberFormat('0.###############') sets that custom pattern, not Automatic: a whole
 *    number then displays with a trailing point ("222."), as in Sheets;
 *  - newChart().asBarChart().setStacked(): the typed builder (options isStacked, colors …).
 * Every public method call is counted in the CallLog; mutating calls made while no document
 * lock is held are noted.
 * One file per API object (range.ts, sheet.ts, spreadsheet.ts, ui.ts, htmlService.ts …), each
 * class named Double*, checked against Google's types in typing.ts.
 */
export { AppsScriptDouble, type DoubleOptions } from './appsScript';
export { fillSheet, doubleFromGrid, excelToSheetsPattern } from './fromGrid';
export { CallLog, isBuilderCall } from './calls';
export type { DoubleState } from './state';
export { AUTOMATIC, displayOf, userEntered, type Cell, type Merge } from './cell';
export { parseRange } from './address';
export { DoubleSpreadsheetApp, PROTECTION_TYPE } from './spreadsheetApp';
export { DoubleSpreadsheet } from './spreadsheet';
export { DoubleSheet, type SheetParent } from './sheet';
export { DoubleRange, type RangeSheet } from './range';
export { DoubleRangeList } from './rangeList';
export { DoubleFilter } from './filter';
export { DoubleProtection, type ProtectedArea } from './protection';
export { DoubleChart, DoubleChartBuilder } from './chart';
export { DoubleRichText, DoubleRichTextBuilder } from './richText';
export { DoubleUi, DoubleMenu } from './ui';
export { DoubleHtmlOutput, DoubleHtmlTemplate, DoubleHtmlService, escapeHtml } from './htmlService';
export { DoubleProperties, DoublePropertiesService } from './properties';
export { DoubleLock, DoubleLockService } from './lock';
export { DOUBLE_CHARTS } from './charts';
export { DoubleUtilities } from './utilities';
export { formatDateJava, serialToInstant, instantToSerial, wallClock } from './zone';
export { sheetState, spreadsheetState, sheetValues } from './inspect';
export type { DoubleOf, Swap } from './typing';
