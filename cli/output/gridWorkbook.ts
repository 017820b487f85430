import type { Workbook } from 'exceljs';
import type { Grid } from '../../core/index';
import { safeSheetName } from '../../core/index';

/**
 * A workbook holding a plan exactly as read (for a .csv input, whose only copy of its cells
 * is the grid): every value as it is, strings as strings (so nothing becomes a formula),
 * number formats and fills where the grid has them.
 */
export function gridToWorkbook(workbook: Workbook, grid: Grid): Workbook {
  for (const sheet of grid.sheets) {
    const ws = workbook.addWorksheet(safeSheetName(sheet.name));
    const top = sheet.origin?.row ?? 1;
    const left = sheet.origin?.column ?? 1;
    sheet.values.forEach((row, r) => {
      row.forEach((value, c) => {
        const format = sheet.numberFormats?.[r]?.[c];
        const fill = sheet.fills?.[r]?.[c];
        if (value === null && !fill) return;
        const cell = ws.getCell(top + r, left + c);
        cell.value = value;
        if (format && format !== 'General') cell.numFmt = format;
        if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${fill.replace('#', '').toUpperCase()}` } };
      });
    });
    for (const m of sheet.merges ?? []) ws.mergeCells(m.row, m.column, m.row + m.rowCount - 1, m.column + m.columnCount - 1);
  }
  return workbook;
}
