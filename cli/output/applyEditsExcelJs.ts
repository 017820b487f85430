import { Readable } from 'stream';
import type { Workbook, Worksheet, Cell, Fill, Row, Style, stream } from 'exceljs';
import type { OutCell, PlanCellEdit, SheetEdit, WorkbookEdits } from '../../core/index';
import { cellNumberFormat, quoteSheetName } from '../../core/index';
import { internalLinksSupported } from './exceljsInternalLinks';

/**
 * Applies PlanCheck's host-neutral edits to an ExcelJS workbook: the command line's writer.
 * Charts: ExcelJS cannot write native charts, so a SheetEdit's `charts` are left out of the
 * xlsx; the HTML report (--html) carries the chart instead.
 */
export function applyEditsExcelJs(workbook: Workbook, edits: WorkbookEdits): void {
  internalLinksSupported();
  const doomed = new Set([...edits.deleteSheets, ...edits.sheets.flatMap((s) => s.replaces)]);
  for (const name of doomed) removeSheet(workbook, name);
  for (const cellEdit of edits.planCells) applyPlanCellEdit(workbook, cellEdit);
  for (const sheet of edits.sheets) addSheet(workbook, sheet);
}

function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  return workbook.worksheets.find((w) => w.name === name) ?? workbook.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
}

function removeSheet(workbook: Workbook, name: string): void {
  const sheet = findSheet(workbook, name);
  if (sheet) workbook.removeWorksheet(sheet.id);
}

/**
 * PlanCheck's sheets (no plan cells) through ExcelJS's streaming writer, the same cells as
 * `applyEditsExcelJs` gives: each row is committed as soon as it is written, and each sheet
 * before the next is begun, so no sheet is ever held whole (a 500 000-row plan's sheets hold
 * millions of cells). `beforeCommit` sees each row as it goes.
 * The sheets' rows are handed over: each is emptied once written, so the cells go as they are
 * written rather than at the end (the caller has no further use for them).
 */
export async function writeSheetsStreaming(writer: stream.xlsx.WorkbookWriter, sheets: readonly SheetEdit[], beforeCommit: (row: Row, sheet: Worksheet) => void): Promise<void> {
  internalLinksSupported();
  for (const edit of sheets) {
    const sheet = openSheet(writer, edit);
    const rows = edit.rows;
    for (let r = 0; r < rows.length; r++) {
      const row = writeRow(sheet, rows[r]!, r);
      beforeCommit(row, sheet);
      row.commit();
      rows[r] = []; // let go once written
      // now and then, let the zip take what has been written (else it waits in memory)
      if (r % ROWS_BETWEEN_DRAINS === ROWS_BETWEEN_DRAINS - 1) await new Promise((resolve) => setImmediate(resolve));
    }
    closeSheet(sheet, edit);
    // the sheet's stream is zipped before the next sheet's rows are written
    const zipped = new Promise<void>((resolve) => (sheet as unknown as { stream: NodeJS.EventEmitter }).stream.once('zipped', () => resolve()));
    (sheet as unknown as { commit(): void }).commit();
    await zipped;
  }
}

const ROWS_BETWEEN_DRAINS = 2000;

/* eslint-disable @typescript-eslint/no-require-imports */
interface XmlStreamLike {
  readonly xml: string;
}
interface StreamingInternals {
  sharedStrings: { count: number; values: unknown[] };
  zip: { append(source: Readable, options: { name: string }): void };
  addSharedStrings(): Promise<void>;
}

/**
 * Has the streaming writer write its shared strings as a stream, a hundred at a time, the same
 * `<si>` elements as its own: it renders them all as one document in memory otherwise (millions
 * of small pieces, most of a gigabyte for a 500 000-row plan's sheets). Small batches stay
 * small strings, which the young generation collects at once (large ones wait for a full GC).
 */
export function streamSharedStrings(writer: stream.xlsx.WorkbookWriter): void {
  const XmlStream = require('exceljs/lib/utils/xml-stream') as new () => XmlStreamLike;
  const SharedStringXform = require('exceljs/lib/xlsx/xform/strings/shared-string-xform') as new () => { render(xml: XmlStreamLike, value: unknown): void };
  const internals = writer as unknown as StreamingInternals;
  internals.addSharedStrings = function (this: StreamingInternals) {
    const { values } = this.sharedStrings;
    if (!values.length) return Promise.resolve();
    const si = new SharedStringXform();
    async function* parts(): AsyncGenerator<string> {
      yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${values.length}" uniqueCount="${values.length}">`;
      for (let i = 0; i < values.length; i += STRINGS_AT_A_TIME) {
        const xml = new XmlStream();
        for (const value of values.slice(i, i + STRINGS_AT_A_TIME)) si.render(xml, value);
        yield xml.xml;
        // the zip takes each batch before the next is made (else they wait in memory)
        await new Promise((resolve) => setImmediate(resolve));
      }
      yield '</sst>';
    }
    this.zip.append(Readable.from(parts()), { name: 'xl/sharedStrings.xml' });
    return Promise.resolve();
  };
}
/* eslint-enable @typescript-eslint/no-require-imports */

const STRINGS_AT_A_TIME = 100;

function addSheet(workbook: Workbook, edit: SheetEdit): void {
  const sheet = openSheet(workbook, edit);
  edit.rows.forEach((cells, r) => writeRow(sheet, cells, r));
  closeSheet(sheet, edit);
}

/** A sheet of PlanCheck's, its view and column widths set, no rows yet. */
function openSheet(workbook: Workbook, edit: SheetEdit): Worksheet {
  const sheet = workbook.addWorksheet(edit.name, {
    state: edit.hidden ? 'hidden' : 'visible',
    views: edit.freezeRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: edit.freezeRows, topLeftCell: `A${edit.freezeRows + 1}` }] : [],
  });
  edit.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  return sheet;
}

/** Row `r` (0-based) of a sheet's edit, written. */
function writeRow(sheet: Worksheet, cells: readonly OutCell[], r: number): Row {
  cells.forEach((cell, c) => writeCell(sheet.getCell(r + 1, c + 1), cell));
  return sheet.getRow(r + 1);
}

/** What follows the rows: the filter. */
function closeSheet(sheet: Worksheet, edit: SheetEdit): void {
  if (edit.filter) {
    const f = edit.filter;
    sheet.autoFilter = {
      from: { row: f.headerRow, column: f.firstColumn },
      to: { row: Math.max(f.lastRow, f.headerRow), column: f.lastColumn },
    };
  }
  // edit.charts: not written (ExcelJS has no chart support); see the note at the top
}

/** A PlanCheck cell: strings are set as strings with the text format, so they can never be formulas. */
function writeCell(target: Cell, cell: OutCell): void {
  if (cell.link && typeof cell.value === 'string') {
    target.value = { text: cell.value, hyperlink: `#${quoteSheetName(cell.link.sheet)}!${cell.link.cell}` };
  } else {
    target.value = cell.value;
  }
  const style: Partial<Style> = {};
  const numFmt = cellNumberFormat(cell);
  if (numFmt !== 'General') style.numFmt = numFmt;
  if (cell.fill) style.fill = solidFill(cell.fill);
  const font = fontOf(cell);
  if (font) style.font = font;
  if (cell.wrap) style.alignment = { wrapText: true, vertical: 'top' };
  target.style = style;
}

function fontOf(cell: OutCell): Style['font'] | undefined {
  const font: Style['font'] = {};
  if (cell.bold) font.bold = true;
  if (cell.italic) font.italic = true;
  if (cell.fontColour) font.color = { argb: argb(cell.fontColour) };
  if (cell.link) font.underline = true;
  return Object.keys(font).length ? font : undefined;
}

/** A plan cell (Apply RAG / Undo apply): only its value and/or fill change, nothing else of its style. */
function applyPlanCellEdit(workbook: Workbook, edit: PlanCellEdit): void {
  const sheet = findSheet(workbook, edit.sheet);
  if (!sheet) return;
  const cell = sheet.getCell(edit.cell);
  if (edit.value !== undefined) cell.value = edit.value;
  if (edit.fill !== undefined) {
    // a fresh style object: ExcelJS shares style objects between cells read from a file
    const { fill: _old, ...rest } = cell.style ?? {};
    void _old;
    cell.style = edit.fill === null ? { ...rest } : { ...rest, fill: solidFill(edit.fill) };
  }
}

function solidFill(colour: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour) } };
}

function argb(colour: string): string {
  return `FF${colour.replace(/^#/, '').toUpperCase()}`;
}
