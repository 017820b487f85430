// Writes the generated big plan to an .xlsx (streamed, so even 500 000 rows fit in memory).
import ExcelJS from 'exceljs';
import { bigPlanGrid } from './bigPlan';
import { columnLetters } from '../core/grid/address';

export const MERGE_LIMIT = 100_000;

/** `merged`: section rows merged across the table (as the sample has them), else left unmerged (text in their first cell). */
export async function writeBigPlan(file: string, rows: number, merged = rows <= MERGE_LIMIT): Promise<void> {
  const grid = await bigPlanGrid(rows);
  const sheet = grid.sheets[0]!;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const ws = wb.addWorksheet(sheet.name);
  // a streamed sheet takes its merges before any row is committed. ExcelJS checks each new merge
  // against every earlier one (quadratic), so past MERGE_LIMIT rows the section rows stay unmerged
  // (their text is still in the first cell) or ExcelJS alone would take hours to read the file.
  for (const m of merged ? sheet.merges ?? [] : []) {
    ws.mergeCells(`${columnLetters(m.column)}${m.row}:${columnLetters(m.column + m.columnCount - 1)}${m.row + m.rowCount - 1}`);
  }
  sheet.values.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((v, c) => {
      if (v === null) return;
      const cell = row.getCell(c + 1);
      cell.value = v;
      const fmt = sheet.numberFormats?.[r]?.[c];
      if (fmt && fmt !== 'General') cell.numFmt = fmt;
      const fill = sheet.fills?.[r]?.[c];
      if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${fill.slice(1)}` } };
    });
    row.commit();
  });
  ws.commit();
  await wb.commit();
}

if (require.main === module) {
  writeBigPlan(process.argv[2]!, Number(process.argv[3] ?? 50000), process.argv[4] ? process.argv[4] === 'merged' : undefined).catch((e) => {
    console.error(String(e));
    process.exit(1);
  });
}
