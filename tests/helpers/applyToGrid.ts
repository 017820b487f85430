import type { Grid, GridSheet } from '../../core/grid/grid';
import type { WorkbookEdits } from '../../core/edits/editTypes';
import { parseA1 } from '../../core/grid/address';

/**
 * The edits applied to a grid in memory, as a host applies them to a workbook (values and
 * fills only): replaced and deleted sheets go, new sheets are added, plan cells are changed.
 */
export function applyToGrid(grid: Grid, edits: WorkbookEdits): Grid {
  const gone = new Set([...edits.deleteSheets, ...edits.sheets.flatMap((s) => s.replaces)].map((n) => n.toLowerCase()));
  const sheets: GridSheet[] = grid.sheets.filter((s) => !gone.has(s.name.toLowerCase())).map((s) => ({
    ...s,
    values: s.values.map((r) => [...r]),
    ...(s.fills ? { fills: s.fills.map((r) => [...r]) } : {}),
    ...(s.text ? { text: undefined } : {}),
  }));
  for (const c of edits.planCells) {
    const sheet = sheets.find((s) => s.name === c.sheet)!;
    const at = parseA1(c.cell)!;
    const r = at.row - 1 - ((sheet.origin?.row ?? 1) - 1);
    const col = at.column - 1 - ((sheet.origin?.column ?? 1) - 1);
    while (sheet.values.length <= r) sheet.values.push([]);
    if (c.value !== undefined) sheet.values[r]![col] = c.value;
    if (c.fill !== undefined) {
      sheet.fills ??= sheet.values.map((row) => row.map(() => null));
      while (sheet.fills.length <= r) sheet.fills.push([]);
      sheet.fills[r]![col] = c.fill;
    }
  }
  for (const s of edits.sheets) sheets.push({ name: s.name, values: s.rows.map((row) => row.map((cell) => cell.value)), hidden: !!s.hidden });
  return { ...grid, sheets };
}
