/** Filling the Sheets double from a grid, as Sheets holds an uploaded workbook. */
import type { Grid, GridSheet } from '../../core/index';
import { AppsScriptDouble, type DoubleOptions } from './appsScript';
import { AUTOMATIC, type Cell } from './cell';
import type { DoubleSheet } from './sheet';
import { DoubleProtection } from './protection';

/** Excel's 'General' is Sheets' Automatic; other formats are written the same way. */
export function excelToSheetsPattern(fmt: string | undefined): string {
  return !fmt || fmt === 'General' ? AUTOMATIC : fmt;
}

/**
 * Fills a sheet of the double from a grid sheet, as Sheets holds an uploaded workbook: values
 * (date serials stay numbers, shown as dates by their format), display text, formats, fills,
 * merges, hidden and protected state. Not counted.
 */
export function fillSheet(double: AppsScriptDouble, g: GridSheet): DoubleSheet {
  return double.log.quietly(() => {
    const sheet = double.ss.addSheet(g.name);
    const r0 = (g.origin?.row ?? 1) - 1;
    const c0 = (g.origin?.column ?? 1) - 1;
    const height = Math.max(g.values.length, g.fills?.length ?? 0, g.numberFormats?.length ?? 0);
    let width = 0;
    for (const rows of [g.values, g.fills ?? [], g.numberFormats ?? []]) for (const r of rows) if (r && r.length > width) width = r.length;
    sheet.maxRows = Math.max(1000, r0 + height);
    sheet.maxColumns = Math.max(26, c0 + width);
    for (let r = 0; r < height; r++) {
      const row: (Cell | undefined)[] = [];
      for (let c = 0; c < width; c++) {
        const raw = g.values[r]?.[c] ?? null;
        // an empty string in a workbook cell is an empty cell in Sheets
        const v = raw === '' ? null : raw;
        const fmt = g.numberFormats?.[r]?.[c];
        const fill = g.fills?.[r]?.[c] ?? null;
        if (v === null && (fmt === undefined || fmt === 'General') && !fill) continue;
        const text = g.text?.[r]?.[c];
        const cell: Cell = { value: v, format: excelToSheetsPattern(fmt), background: fill ? fill.toLowerCase() : null };
        if (typeof v === 'string' && /^#(REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!)$/.test(v)) cell.error = true;
        if (v !== null && text !== undefined && text !== '') cell.display = text;
        if (cell.background === '#ffffff') cell.background = null;
        row[c0 + c] = cell;
      }
      sheet.data[r0 + r] = row;
    }
    for (const m of g.merges ?? []) sheet.merges.push({ row: m.row, column: m.column, rows: m.rowCount, columns: m.columnCount });
    if (g.hidden) sheet.hidden = true;
    if (g.protected) sheet.protections.push(new DoubleProtection(double.log, 'SHEET', false));
    return sheet;
  });
}

/** A double holding a whole grid (e.g. a fixture read by the command line's reader). */
export function doubleFromGrid(grid: Grid, options: DoubleOptions = {}): AppsScriptDouble {
  const name = options.name ?? (grid.fileName ?? 'Plan').replace(/\.(xlsx|xlsm|csv)$/i, '');
  const double = new AppsScriptDouble({ ...options, name });
  for (const s of grid.sheets) fillSheet(double, s);
  if (!double.ss.sheets.some((s) => !s.hidden) && double.ss.sheets[0]) double.ss.sheets[0].hidden = false;
  const firstVisible = double.ss.sheets.find((s) => !s.hidden);
  if (firstVisible) double.ss.active = { sheet: firstVisible, range: firstVisible.range('A1') };
  return double;
}
