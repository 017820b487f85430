/**
 * Fills the Excel double from an ExcelJS workbook the way Excel itself holds the file:
 * values as Excel gives them through `range.values` (dates as 1900-system serials, formulas
 * as their cached result, errors as their text, rich text as plain text, line breaks as
 * "\n"), number formats in US form as stored, solid fills as '#RRGGBB' (theme colours
 * resolved), merged areas with empty follower cells, sheet protection and visibility.
 */
import * as path from 'path';
import type * as ExcelJSTypes from 'exceljs';
import { fillToHex, type SheetFill } from '../../cli/colours';
import { exceljsMerges, workbookPalette } from '../../cli/readXlsx';
import { dateToSerial } from '../../cli/displayText';
import { CellModel, CellValue, MergeModel, SheetModel, WorkbookModel, key, newSheet, newWorkbook } from './model';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ExcelJS = require('exceljs') as typeof ExcelJSTypes;

function clean(s: string): string {
  let t = s;
  if (t.includes('_x')) t = t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return t.replace(/\r\n?/g, '\n');
}

function plain(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const o = v as { richText?: { text?: string }[]; text?: unknown };
  if (Array.isArray(o.richText)) return o.richText.map((r) => r.text ?? '').join('');
  if (o.text !== undefined) return plain(o.text);
  return '';
}

/** A value as Excel's range.values gives it. */
function excelValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return clean(v);
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  if (typeof v === 'object') {
    const o = v as { error?: string; formula?: string; sharedFormula?: string; result?: unknown };
    if (typeof o.error === 'string') return o.error;
    if ('formula' in o || 'sharedFormula' in o) return excelValue(o.result);
    return clean(plain(v));
  }
  return null;
}

export function modelFromExcelJs(wb: ExcelJSTypes.Workbook, fileName: string): WorkbookModel {
  const palette = workbookPalette(wb);
  const sheets: SheetModel[] = [];
  for (const ws of wb.worksheets) {
    const sheet = newSheet(ws.name);
    const followers = new Set<string>();
    for (const m of exceljsMerges(ws)) {
      const mm: MergeModel = { row: m.top - 1, column: m.left - 1, rowCount: m.bottom - m.top + 1, columnCount: m.right - m.left + 1 };
      sheet.merges.push(mm);
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) followers.add(key(r - 1, c - 1));
    }
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const k = key(r - 1, c - 1);
        const fill = fillToHex(cell.style?.fill as SheetFill | undefined, palette);
        const numberFormat = cell.style?.numFmt || 'General';
        const value = followers.has(k) ? null : excelValue(cell.value);
        if (value === null && !fill && numberFormat === 'General') return;
        const model: CellModel = { value };
        if (numberFormat !== 'General') model.numberFormat = numberFormat;
        if (fill) model.fill = fill;
        if (cell.style?.font?.bold) model.bold = true;
        sheet.cells.set(k, model);
      });
    });
    if (ws.state === 'hidden') sheet.visibility = 'Hidden';
    if (ws.state === 'veryHidden') sheet.visibility = 'VeryHidden';
    const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
    if (protection?.sheet) sheet.protected = true;
    sheets.push(sheet);
  }
  const model = newWorkbook(sheets, `https://contoso.sharepoint.com/sites/lscb/Shared%20Documents/${encodeURIComponent(fileName)}`);
  const active = sheets.find((s) => s.visibility === 'Visible');
  if (active) model.activeSheet = active.name;
  return model;
}

export async function modelFromXlsx(file: string): Promise<WorkbookModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return modelFromExcelJs(wb, path.basename(file));
}
