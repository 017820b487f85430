/** Range: reading and writing a block of cells, Sheets' way (see index.ts). */
import type { CallLog } from './calls';
import type { DoubleState } from './state';
import { AUTOMATIC, displayOf, sheetsToExcel, userEntered, type Cell, type Merge } from './cell';
import { DoubleRichText } from './richText';
import { DoubleFilter } from './filter';
import { serialToInstant } from './zone';
import { isDateFormat } from '../../cli/displayText';
import { columnLetters } from '../../core/index';

/** What a range uses of its sheet (DoubleSheet provides it): named here, so range.ts need not import sheet.ts. */
export interface RangeSheet {
  readonly state: DoubleState;
  readonly merges: Merge[];
  filter: DoubleFilter<DoubleRange> | null;
  peek(row: number, column: number): Cell | undefined;
  cell(row: number, column: number): Cell;
  guardProtected(row: number, column: number, rows: number, columns: number): void;
  /** Range.activate: the range becomes the spreadsheet's active range. */
  activateRange(range: DoubleRange): void;
}

/** The members of Google's Range this double mirrors (checked against Google's types in typing.ts). */
export type RangeMembers =
  | 'getValues'
  | 'getValue'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'getNumberFormats'
  | 'getNumberFormat'
  | 'getBackgrounds'
  | 'getBackground'
  | 'getFormulas'
  | 'getFontWeights'
  | 'getFontStyles'
  | 'getFontColors'
  | 'getWraps'
  | 'getRichTextValues'
  | 'getMergedRanges'
  | 'getA1Notation'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getSheet'
  | 'setValues'
  | 'setValue'
  | 'setNumberFormats'
  | 'setNumberFormat'
  | 'setBackgrounds'
  | 'setBackground'
  | 'setFontWeights'
  | 'setFontStyles'
  | 'setFontColors'
  | 'setWraps'
  | 'setRichTextValues'
  | 'createFilter'
  | 'activate';

/** A block of a sheet S (generic: S is DoubleSheet, which range.ts does not import, since sheets make ranges). */
export class DoubleRange<S extends RangeSheet = RangeSheet> {
  constructor(
    readonly sheet: S,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
  ) {}

  private get log(): CallLog {
    return this.sheet.state.log;
  }

  /** Each cell of the range (created on demand), row by row. */
  private cells<T>(fn: (cell: Cell | undefined, r: number, c: number) => T): T[][] {
    if (this.log.recording) this.log.cellsRead += this.rows * this.columns;
    const out: T[][] = new Array(this.rows);
    for (let r = 0; r < this.rows; r++) {
      const row: T[] = new Array(this.columns);
      for (let c = 0; c < this.columns; c++) row[c] = fn(this.sheet.peek(this.row + r, this.column + c), r, c);
      out[r] = row;
    }
    return out;
  }

  private put<T>(name: string, data: T[][], fn: (cell: Cell, v: T) => void): this {
    this.log.write(`Range.${name}`);
    this.sheet.guardProtected(this.row, this.column, this.rows, this.columns);
    if (!Array.isArray(data) || data.length !== this.rows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(data) ? data.length : 0} but the range has ${this.rows}.`);
    }
    data.forEach((row, r) => {
      if (!Array.isArray(row) || row.length !== this.columns) {
        throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.columns}.`);
      }
      row.forEach((v, c) => fn(this.sheet.cell(this.row + r, this.column + c), v));
    });
    if (this.log.recording) this.log.cellsWritten += this.rows * this.columns;
    return this;
  }

  private all(name: string, fn: (cell: Cell) => void): this {
    this.log.write(`Range.${name}`);
    this.sheet.guardProtected(this.row, this.column, this.rows, this.columns);
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.columns; c++) fn(this.sheet.cell(this.row + r, this.column + c));
    this.log.cellsWritten += this.rows * this.columns;
    return this;
  }

  private valueOf(cell: Cell | undefined): unknown {
    if (!cell || cell.value === null) return '';
    if (typeof cell.value === 'number' && !cell.error && isDateFormat(sheetsToExcel(cell.format))) {
      return new this.sheet.state.DateCtor(serialToInstant(cell.value, this.sheet.state.timeZone));
    }
    return cell.value;
  }

  private displayOf(cell: Cell | undefined): string {
    return displayOf(cell);
  }

  getValues(): unknown[][] {
    this.log.hit('Range.getValues');
    return this.cells((cell) => this.valueOf(cell));
  }

  getValue(): unknown {
    this.log.hit('Range.getValue');
    return this.valueOf(this.sheet.peek(this.row, this.column));
  }

  getDisplayValues(): string[][] {
    this.log.hit('Range.getDisplayValues');
    return this.cells((cell) => this.displayOf(cell));
  }

  getDisplayValue(): string {
    this.log.hit('Range.getDisplayValue');
    return this.displayOf(this.sheet.peek(this.row, this.column));
  }

  getNumberFormats(): string[][] {
    this.log.hit('Range.getNumberFormats');
    return this.cells((cell) => cell?.format ?? AUTOMATIC);
  }

  getNumberFormat(): string {
    this.log.hit('Range.getNumberFormat');
    return this.sheet.peek(this.row, this.column)?.format ?? AUTOMATIC;
  }

  getBackgrounds(): string[][] {
    this.log.hit('Range.getBackgrounds');
    return this.cells((cell) => cell?.background ?? '#ffffff');
  }

  getBackground(): string {
    this.log.hit('Range.getBackground');
    return this.sheet.peek(this.row, this.column)?.background ?? '#ffffff';
  }

  getFormulas(): string[][] {
    this.log.hit('Range.getFormulas');
    return this.cells((cell) => cell?.formula ?? '');
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    this.log.hit('Range.getFontWeights');
    return this.cells((cell) => cell?.fontWeight ?? 'normal');
  }

  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    this.log.hit('Range.getFontStyles');
    return this.cells((cell) => cell?.fontStyle ?? 'normal');
  }

  getFontColors(): string[][] {
    this.log.hit('Range.getFontColors');
    return this.cells((cell) => cell?.fontColor ?? '#000000');
  }

  getWraps(): boolean[][] {
    this.log.hit('Range.getWraps');
    return this.cells((cell) => cell?.wrap ?? false);
  }

  getRichTextValues(): (DoubleRichText | null)[][] {
    this.log.hit('Range.getRichTextValues');
    return this.cells((cell) => (cell && cell.value !== null && typeof cell.value !== 'string' ? null : new DoubleRichText(this.log, this.displayOf(cell), cell?.link ?? null)));
  }

  getMergedRanges(): DoubleRange[] {
    this.log.hit('Range.getMergedRanges');
    const lastRow = this.row + this.rows - 1;
    const lastCol = this.column + this.columns - 1;
    return this.sheet.merges
      .filter((m) => m.row <= lastRow && m.row + m.rows - 1 >= this.row && m.column <= lastCol && m.column + m.columns - 1 >= this.column)
      .map((m) => new DoubleRange(this.sheet, m.row, m.column, m.rows, m.columns));
  }

  getA1Notation(): string {
    this.log.hit('Range.getA1Notation');
    return this.a1();
  }

  a1(): string {
    const first = `${columnLetters(this.column)}${this.row}`;
    return this.rows === 1 && this.columns === 1 ? first : `${first}:${columnLetters(this.column + this.columns - 1)}${this.row + this.rows - 1}`;
  }

  getRow(): number {
    this.log.hit('Range.getRow');
    return this.row;
  }

  getColumn(): number {
    this.log.hit('Range.getColumn');
    return this.column;
  }

  getNumRows(): number {
    this.log.hit('Range.getNumRows');
    return this.rows;
  }

  getNumColumns(): number {
    this.log.hit('Range.getNumColumns');
    return this.columns;
  }

  getLastRow(): number {
    this.log.hit('Range.getLastRow');
    return this.row + this.rows - 1;
  }

  getLastColumn(): number {
    this.log.hit('Range.getLastColumn');
    return this.column + this.columns - 1;
  }

  getSheet(): S {
    this.log.hit('Range.getSheet');
    return this.sheet;
  }

  setValues(values: unknown[][]): this {
    return this.put('setValues', values, (cell, v) => userEntered(v, cell, this.sheet.state));
  }

  setValue(value: unknown): this {
    return this.all('setValue', (cell) => userEntered(value, cell, this.sheet.state));
  }

  setNumberFormats(numberFormats: string[][]): this {
    return this.put('setNumberFormats', numberFormats, (cell, f) => {
      cell.format = String(f);
      cell.customPattern = cell.format === AUTOMATIC;
      delete cell.display;
    });
  }

  setNumberFormat(numberFormat: string): this {
    return this.all('setNumberFormat', (cell) => {
      cell.format = numberFormat;
      cell.customPattern = numberFormat === AUTOMATIC;
      delete cell.display;
    });
  }

  setBackgrounds(color: (string | null)[][]): this {
    return this.put('setBackgrounds', color, (cell, c) => {
      cell.background = normaliseColour(c);
    });
  }

  setBackground(color: string | null): this {
    return this.all('setBackground', (cell) => {
      cell.background = normaliseColour(color);
    });
  }

  setFontWeights(fontWeights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): this {
    return this.put('setFontWeights', fontWeights, (cell, w) => {
      cell.fontWeight = w;
    });
  }

  setFontStyles(fontStyles: (GoogleAppsScript.Spreadsheet.FontStyle | null)[][]): this {
    return this.put('setFontStyles', fontStyles, (cell, s) => {
      cell.fontStyle = s;
    });
  }

  setFontColors(colors: unknown[][]): this {
    return this.put('setFontColors', colors, (cell, c) => {
      cell.fontColor = c === null || c === undefined ? null : String(c).toLowerCase();
    });
  }

  setWraps(isWrapEnabled: boolean[][]): this {
    return this.put('setWraps', isWrapEnabled, (cell, w) => {
      cell.wrap = !!w;
    });
  }

  setRichTextValues(values: DoubleRichText[][]): this {
    return this.put('setRichTextValues', values, (cell, v) => {
      if (!(v instanceof DoubleRichText)) throw new Error('Exception: The parameters (number[]) don\'t match the method signature for SpreadsheetApp.Range.setRichTextValues.');
      delete cell.formula;
      delete cell.error;
      delete cell.display;
      cell.value = v.text === '' ? null : v.text;
      cell.link = v.link;
    });
  }

  createFilter(): DoubleFilter<DoubleRange> {
    this.log.write('Range.createFilter');
    if (this.sheet.filter) throw new Error('You can\'t create a filter in a sheet that already has a filter.');
    this.sheet.filter = new DoubleFilter<DoubleRange>(this.log, this);
    return this.sheet.filter;
  }

  activate(): this {
    this.log.hit('Range.activate');
    this.sheet.activateRange(this);
    return this;
  }
}

function normaliseColour(c: string | null | undefined): string | null {
  if (c === null || c === undefined || c === '') return null;
  const s = String(c).trim().toLowerCase();
  if (s === '#ffffff' || s === 'white') return null;
  if (!/^#[0-9a-f]{6}$/.test(s)) throw new Error(`Invalid color: ${c}`);
  return s;
}
