/**
 * Text as an .xlsx must hold it, for every cell of the workbook about to be written (the
 * user's sheets and PlanCheck's): kept verbatim, within Excel's limit.
 * - A control character XML cannot carry (a vertical tab, a bell, DEL …) is written as the
 *   OOXML escape `_x000B_`, which Excel, LibreOffice and openpyxl read back as the character;
 *   ExcelJS alone would drop it. Text that already reads like such an escape ("_x000B_" typed
 *   by staff) has its underscore escaped (`_x005F_x000B_`), so it is not turned into one.
 * - A cell of more than 32 767 characters (Excel's limit; other programs write longer ones) is
 *   refused with its address: never cut short, never written.
 */
import type { Cell, Row, Workbook, Worksheet } from 'exceljs';
import type { Grid } from '../../core/index';
import { a1, MAX_CELL_TEXT, quoteSheetName } from '../../core/index';
import { OutputError } from './target';

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
// eslint-disable-next-line no-control-regex
const ESCAPES = /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

/** A string as OOXML stores it verbatim. */
export function ooxmlText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(ESCAPES, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

// ExcelJS ValueType numbers (stable since ExcelJS 1)
const VT_STRING = 3;
const VT_HYPERLINK = 5;
const VT_FORMULA = 6;
const VT_RICHTEXT = 8;

/** Checks every cell's length and escapes what XML cannot hold; throws OutputError naming the first cell too long. */
export function prepareCellText(workbook: Workbook, flag = '--out'): void {
  for (const ws of workbook.worksheets) ws.eachRow({ includeEmpty: false }, (row) => prepareRowText(row, ws, flag));
}

/** The same for one row of a sheet (the streaming writer's, before the row is committed). */
export function prepareRowText(row: Row, ws: Worksheet, flag = '--out'): void {
  row.eachCell({ includeEmpty: false }, (cell) => prepareCell(cell, `${quoteSheetName(ws.name)}!${cell.address}`, flag));
}

function prepareCell(cell: Cell, where: string, flag: string): void {
  const type = cell.type as number;
  if (type === VT_STRING) {
    const text = cell.value as string;
    checkLength(text.length, where, flag);
    const stored = ooxmlText(text);
    if (stored !== text) cell.value = stored;
  } else if (type === VT_RICHTEXT) {
    const v = cell.value as { richText: { text: string }[] };
    checkLength(v.richText.reduce((n, r) => n + (r.text?.length ?? 0), 0), where, flag);
    if (v.richText.some((r) => typeof r.text === 'string' && NEEDS_ESCAPE.test(r.text))) {
      cell.value = { ...v, richText: v.richText.map((r) => ({ ...r, text: ooxmlText(r.text) })) } as never;
    }
  } else if (type === VT_HYPERLINK) {
    const v = cell.value as { text?: unknown; hyperlink: string };
    if (typeof v.text === 'string') {
      checkLength(v.text.length, where, flag);
      if (NEEDS_ESCAPE.test(v.text)) cell.value = { ...v, text: ooxmlText(v.text) } as never;
    }
  } else if (type === VT_FORMULA) {
    const v = cell.value as { result?: unknown };
    if (typeof v.result === 'string') {
      checkLength(v.result.length, where, flag);
      if (NEEDS_ESCAPE.test(v.result)) cell.value = { ...v, result: ooxmlText(v.result) } as never;
    }
  }
}

/** The plan as read holds no cell over Excel's limit (other programs write longer ones): the copy would carry it. */
export function checkGridText(grid: Grid, flag = '--out'): void {
  for (const sheet of grid.sheets) {
    const top = sheet.origin?.row ?? 1;
    const left = sheet.origin?.column ?? 1;
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === 'string' && v.length > MAX_CELL_TEXT) checkLength(v.length, `${quoteSheetName(sheet.name)}!${a1(top + r, left + c)}`, flag);
      }),
    );
  }
}

function checkLength(length: number, where: string, flag: string): void {
  if (length <= MAX_CELL_TEXT) return;
  throw new OutputError(
    `${flag}: cell ${where} holds ${length.toLocaleString('en-GB')} characters, more than the ${MAX_CELL_TEXT.toLocaleString('en-GB')} Excel allows in a cell: shorten it in the plan and run again (nothing was written)`,
  );
}
