/**
 * An in-memory double of SpreadsheetApp (Spreadsheet, Sheet, Range, RangeList, merged ranges,
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
 */
import { isDateFormat, displayText } from '../../cli/displayText';
import type { CallLog } from './calls';
import type { Faked } from './typing';
import { serialToInstant } from './zone';
import { columnLetters } from '../../core/grid/address';

export const AUTOMATIC = '0.###############';

export interface Cell {
  value: string | number | boolean | null;
  formula?: string;
  error?: boolean;
  format: string;
  background: string | null;
  /** Display text where the test knows it (filled from a workbook); otherwise computed. */
  display?: string;
  fontWeight?: 'bold' | 'normal' | null;
  fontStyle?: 'italic' | 'normal' | null;
  fontColor?: string | null;
  wrap?: boolean;
  link?: string | null;
  /** The format was set to the pattern '0.###############' itself (not left Automatic). */
  customPattern?: boolean;
}

export interface DoubleState {
  log: CallLog;
  timeZone: string;
  /** Date constructor of the realm the script runs in (a vm context has its own). */
  DateCtor: DateConstructor;
  nextSheetId: number;
}

interface Merge {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

function parseCell(a1: string): { row: number; column: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`Range not found: ${a1}`);
  let column = 0;
  for (const ch of m[1]!.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

export function parseRange(a1: string): { row: number; column: number; rows: number; columns: number } {
  const [a, b] = a1.split(':');
  const p = parseCell(a!);
  const q = b ? parseCell(b) : p;
  return {
    row: Math.min(p.row, q.row),
    column: Math.min(p.column, q.column),
    rows: Math.abs(q.row - p.row) + 1,
    columns: Math.abs(q.column - p.column) + 1,
  };
}

function sheetsToExcel(fmt: string): string {
  if (fmt === AUTOMATIC) return 'General';
  return fmt.replace(/"[^"]*"|\[[^\]]*\]|\\.|AM\/PM|[YMDHS]/g, (t) => (t.length === 1 ? t.toLowerCase() : t));
}

/** What a cell shows: its known display text, else its value in its format. */
/** Sheets' rendering of the custom pattern '0.###############': 222 → "222.", 0.5 → "0.5". */
function automaticPatternText(n: number): string {
  const t = String(Math.round(n * 1e15) / 1e15);
  return t.includes('.') ? t : `${t}.`;
}

export function displayOf(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return '';
  if (cell.display !== undefined) return cell.display;
  if (cell.customPattern && typeof cell.value === 'number') return automaticPatternText(cell.value);
  const fmt = sheetsToExcel(cell.format);
  return displayText(cell.value, fmt, typeof cell.value === 'number' && isDateFormat(fmt));
}

function emptyCell(): Cell {
  return { value: null, format: AUTOMATIC, background: null };
}

/** A value written with setValue(s), as Sheets takes what a user types (see the header). */
export function userEntered(v: unknown, cell: Cell, state: DoubleState): void {
  delete cell.formula;
  delete cell.error;
  delete cell.display;
  delete cell.link;
  if (v === null || v === undefined || v === '') {
    cell.value = null;
    return;
  }
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  if (Object.prototype.toString.call(v) === '[object Date]') {
    const t = (v as Date).getTime();
    const wall = new Date(t);
    // the serial of the instant's wall clock in the spreadsheet's zone
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone: state.timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(wall);
    const p: Record<string, number> = {};
    for (const x of parts) if (x.type !== 'literal') p[x.type] = Number(x.value);
    const d = new Date(0);
    d.setUTCFullYear(p.year!, p.month! - 1, p.day!);
    d.setUTCHours(p.hour!, p.minute!, p.second!, 0);
    cell.value = (d.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
    if (cell.format === AUTOMATIC) cell.format = 'M/d/yyyy';
    return;
  }
  const s = String(v);
  if (cell.format === '@') {
    cell.value = s;
    return;
  }
  if (s.startsWith("'")) {
    cell.value = s.slice(1);
    return;
  }
  if (s.startsWith('=')) {
    cell.formula = s;
    cell.value = '#NAME?';
    cell.error = true;
    return;
  }
  if (/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(s)) {
    cell.value = Number(s);
    return;
  }
  if (/^(true|false)$/i.test(s)) {
    cell.value = s.toLowerCase() === 'true';
    return;
  }
  cell.value = s;
}

export class FakeUi implements Faked<GoogleAppsScript.Base.Ui, 'createAddonMenu' | 'showSidebar'> {
  readonly menus: FakeMenu[] = [];
  sidebar: import('./html').FakeHtmlOutput | null = null;

  constructor(private readonly log: CallLog) {}

  createAddonMenu(): FakeMenu {
    this.log.hit('Ui.createAddonMenu');
    return new FakeMenu(this.log, this);
  }

  showSidebar(userInterface: import('./html').FakeHtmlOutput): void {
    this.log.hit('Ui.showSidebar');
    this.sidebar = userInterface;
  }
}

export class FakeMenu implements Faked<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addToUi'> {
  readonly items: ({ caption: string; functionName: string } | 'separator')[] = [];
  added = false;

  constructor(
    private readonly log: CallLog,
    private readonly ui: FakeUi,
  ) {}

  addItem(caption: string, functionName: string): FakeMenu {
    this.log.hit('Menu.addItem');
    this.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): FakeMenu {
    this.log.hit('Menu.addSeparator');
    this.items.push('separator');
    return this;
  }

  addToUi(): void {
    this.log.hit('Menu.addToUi');
    this.added = true;
    this.ui.menus.push(this);
  }
}

export class FakeRichText implements Faked<GoogleAppsScript.Spreadsheet.RichTextValue, 'getText' | 'getLinkUrl'> {
  constructor(
    private readonly log: CallLog,
    readonly text: string,
    readonly link: string | null,
  ) {}

  getText(): string {
    this.log.hit('RichTextValue.getText');
    return this.text;
  }

  getLinkUrl(): string | null {
    this.log.hit('RichTextValue.getLinkUrl');
    return this.link;
  }
}

export class FakeRichTextBuilder implements Faked<GoogleAppsScript.Spreadsheet.RichTextValueBuilder, 'setText' | 'setLinkUrl' | 'build'> {
  private text = '';
  private link: string | null = null;

  constructor(private readonly log: CallLog) {}

  setText(text: string): FakeRichTextBuilder {
    this.log.hit('RichTextValueBuilder.setText');
    this.text = String(text);
    return this;
  }

  setLinkUrl(a: number | string | null, b?: number, c?: string | null): FakeRichTextBuilder {
    this.log.hit('RichTextValueBuilder.setLinkUrl');
    if (typeof a === 'number') {
      void b;
      this.link = c ?? null;
    } else this.link = a;
    return this;
  }

  build(): FakeRichText {
    this.log.hit('RichTextValueBuilder.build');
    return new FakeRichText(this.log, this.text, this.link);
  }
}

/** A protected block, 1-based. */
export interface ProtectedArea {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export class FakeProtection implements Faked<GoogleAppsScript.Spreadsheet.Protection, 'canEdit' | 'isWarningOnly' | 'getDescription' | 'getRange' | 'getUnprotectedRanges'> {
  constructor(
    private readonly log: CallLog,
    readonly type: 'SHEET' | 'RANGE',
    private readonly editable: boolean,
    private readonly warningOnly = false,
    private readonly description = '',
    /** A RANGE protection's cells (the sheet's own range for a SHEET protection). */
    readonly area: ProtectedArea | null = null,
    private readonly rangeOf: ((a: ProtectedArea) => FakeRange) | null = null,
  ) {}

  /** True where a write by this user into the block is refused. */
  blocks(row: number, column: number, rows: number, columns: number): boolean {
    if (this.editable || this.warningOnly) return false;
    if (this.type === 'SHEET' || !this.area) return true;
    const a = this.area;
    return row < a.row + a.rows && a.row < row + rows && column < a.column + a.columns && a.column < column + columns;
  }

  getRange(): FakeRange {
    this.log.hit('Protection.getRange');
    if (!this.area || !this.rangeOf) throw new Error('The double holds no range for this protection.');
    return this.rangeOf(this.area);
  }

  getUnprotectedRanges(): FakeRange[] {
    this.log.hit('Protection.getUnprotectedRanges');
    return [];
  }

  canEdit(): boolean {
    this.log.hit('Protection.canEdit');
    return this.editable;
  }

  isWarningOnly(): boolean {
    this.log.hit('Protection.isWarningOnly');
    return this.warningOnly;
  }

  getDescription(): string {
    this.log.hit('Protection.getDescription');
    return this.description;
  }
}

export class FakeChart implements Faked<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'getRanges' | 'getNumHeaders' | 'getTransposeRowsAndColumns'> {
  constructor(
    private readonly log: CallLog,
    readonly chartType: unknown,
    readonly ranges: FakeRange[],
    readonly options: Record<string, unknown>,
    readonly position: { row: number; column: number; offsetX: number; offsetY: number },
    readonly numHeaders: number,
    readonly transpose: boolean,
  ) {}

  /** The builder methods it was made with. */
  builtWith: string[] = [];

  getRanges(): FakeRange[] {
    this.log.hit('EmbeddedChart.getRanges');
    return [...this.ranges];
  }

  getNumHeaders(): number {
    this.log.hit('EmbeddedChart.getNumHeaders');
    return this.numHeaders;
  }

  getTransposeRowsAndColumns(): boolean {
    this.log.hit('EmbeddedChart.getTransposeRowsAndColumns');
    return this.transpose;
  }
}

export class FakeChartBuilder
  implements
    Faked<
      GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
      'setChartType' | 'addRange' | 'setNumHeaders' | 'setTransposeRowsAndColumns' | 'setPosition' | 'setOption' | 'build' | 'getRanges' | 'getChartType'
    >
{
  private type: GoogleAppsScript.Charts.ChartType | null = null;
  private readonly ranges: FakeRange[] = [];
  private readonly options: Record<string, unknown> = {};
  private position = { row: 1, column: 1, offsetX: 0, offsetY: 0 };
  private headers = -1;
  private transpose = false;

  constructor(private readonly log: CallLog) {}

  /** The builder methods called, in order (asBarChart, setStacked …). */
  readonly calls: string[] = [];

  setChartType(type: GoogleAppsScript.Charts.ChartType): FakeChartBuilder {
    this.log.hit('EmbeddedChartBuilder.setChartType');
    this.calls.push('setChartType');
    this.type = type;
    return this;
  }

  /** EmbeddedBarChartBuilder: a bar chart's own typed options. */
  asBarChart(): FakeChartBuilder {
    this.log.hit('EmbeddedChartBuilder.asBarChart');
    this.calls.push('asBarChart');
    this.type = 'BAR' as unknown as GoogleAppsScript.Charts.ChartType;
    return this;
  }

  setStacked(): FakeChartBuilder {
    this.log.hit('EmbeddedBarChartBuilder.setStacked');
    if (!this.calls.includes('asBarChart')) throw new Error('setStacked is a method of the bar chart builder (asBarChart()).');
    this.calls.push('setStacked');
    this.options.isStacked = true;
    return this;
  }

  setTitle(title: string): FakeChartBuilder {
    this.log.hit('EmbeddedBarChartBuilder.setTitle');
    this.calls.push('setTitle');
    this.options.title = title;
    return this;
  }

  setColors(colors: string[]): FakeChartBuilder {
    this.log.hit('EmbeddedBarChartBuilder.setColors');
    this.calls.push('setColors');
    this.options.colors = [...colors];
    return this;
  }

  setLegendPosition(position: GoogleAppsScript.Charts.Position): FakeChartBuilder {
    this.log.hit('EmbeddedBarChartBuilder.setLegendPosition');
    this.calls.push('setLegendPosition');
    this.options.legend = { position: String(position).toLowerCase() };
    return this;
  }

  setDimensions(width: number, height: number): FakeChartBuilder {
    this.log.hit('EmbeddedBarChartBuilder.setDimensions');
    this.calls.push('setDimensions');
    this.options.width = width;
    this.options.height = height;
    return this;
  }

  addRange(range: FakeRange): FakeChartBuilder {
    this.log.hit('EmbeddedChartBuilder.addRange');
    this.ranges.push(range);
    return this;
  }

  setNumHeaders(headers: number): FakeChartBuilder {
    this.log.hit('EmbeddedChartBuilder.setNumHeaders');
    this.headers = headers;
    return this;
  }

  setTransposeRowsAndColumns(transpose: boolean): FakeChartBuilder {
    this.log.hit('EmbeddedChartBuilder.setTransposeRowsAndColumns');
    this.transpose = transpose;
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): FakeChartBuilder {
    this.log.hit('EmbeddedChartBuilder.setPosition');
    this.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): FakeChartBuilder {
    this.log.hit('EmbeddedChartBuilder.setOption');
    this.options[option] = value;
    return this;
  }

  getRanges(): FakeRange[] {
    this.log.hit('EmbeddedChartBuilder.getRanges');
    return [...this.ranges];
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    this.log.hit('EmbeddedChartBuilder.getChartType');
    if (this.type === null) throw new Error('No chart type set.');
    return this.type;
  }

  build(): FakeChart {
    this.log.hit('EmbeddedChartBuilder.build');
    if (this.type === null) throw new Error('The chart type must be set before building.');
    if (!this.ranges.length) throw new Error('The chart has no data ranges.');
    const chart = new FakeChart(this.log, this.type, [...this.ranges], { ...this.options }, this.position, this.headers, this.transpose);
    chart.builtWith = [...this.calls];
    return chart;
  }
}

export class FakeFilter implements Faked<GoogleAppsScript.Spreadsheet.Filter, 'getRange'> {
  constructor(
    private readonly log: CallLog,
    private readonly range: FakeRange,
  ) {}

  getRange(): FakeRange {
    this.log.hit('Filter.getRange');
    return this.range;
  }
}

type RangeMethods =
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

export class FakeRange implements Faked<GoogleAppsScript.Spreadsheet.Range, RangeMethods> {
  constructor(
    readonly sheet: FakeSheet,
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

  getRichTextValues(): (FakeRichText | null)[][] {
    this.log.hit('Range.getRichTextValues');
    return this.cells((cell) => (cell && cell.value !== null && typeof cell.value !== 'string' ? null : new FakeRichText(this.log, this.displayOf(cell), cell?.link ?? null)));
  }

  getMergedRanges(): FakeRange[] {
    this.log.hit('Range.getMergedRanges');
    const lastRow = this.row + this.rows - 1;
    const lastCol = this.column + this.columns - 1;
    return this.sheet.merges
      .filter((m) => m.row <= lastRow && m.row + m.rows - 1 >= this.row && m.column <= lastCol && m.column + m.columns - 1 >= this.column)
      .map((m) => new FakeRange(this.sheet, m.row, m.column, m.rows, m.columns));
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

  getSheet(): FakeSheet {
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

  setRichTextValues(values: FakeRichText[][]): this {
    return this.put('setRichTextValues', values, (cell, v) => {
      if (!(v instanceof FakeRichText)) throw new Error('Exception: The parameters (number[]) don\'t match the method signature for SpreadsheetApp.Range.setRichTextValues.');
      delete cell.formula;
      delete cell.error;
      delete cell.display;
      cell.value = v.text === '' ? null : v.text;
      cell.link = v.link;
    });
  }

  createFilter(): FakeFilter {
    this.log.write('Range.createFilter');
    if (this.sheet.filter) throw new Error('You can\'t create a filter in a sheet that already has a filter.');
    this.sheet.filter = new FakeFilter(this.log, this);
    return this.sheet.filter;
  }

  activate(): this {
    this.log.hit('Range.activate');
    this.sheet.parent.active = { sheet: this.sheet, range: this };
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

export class FakeRangeList implements Faked<GoogleAppsScript.Spreadsheet.RangeList, 'getRanges' | 'setValue' | 'setBackground' | 'setNumberFormat'> {
  constructor(
    private readonly log: CallLog,
    readonly ranges: FakeRange[],
  ) {}

  getRanges(): FakeRange[] {
    this.log.hit('RangeList.getRanges');
    return [...this.ranges];
  }

  private each(name: string, fn: (r: FakeRange) => void): this {
    this.log.write(`RangeList.${name}`);
    this.log.quietly(() => this.ranges.forEach(fn));
    return this;
  }

  setValue(value: unknown): this {
    return this.each('setValue', (r) => r.setValue(value));
  }

  setBackground(color: string | null): this {
    return this.each('setBackground', (r) => r.setBackground(color));
  }

  setNumberFormat(numberFormat: string): this {
    return this.each('setNumberFormat', (r) => r.setNumberFormat(numberFormat));
  }
}

type SheetMethods =
  | 'getName'
  | 'getSheetId'
  | 'getIndex'
  | 'isSheetHidden'
  | 'hideSheet'
  | 'showSheet'
  | 'getDataRange'
  | 'getRange'
  | 'getRangeList'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertRowsAfter'
  | 'insertColumnsAfter'
  | 'setColumnWidth'
  | 'getColumnWidth'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'getProtections'
  | 'newChart'
  | 'insertChart'
  | 'getCharts'
  | 'getFilter'
  | 'activate'
  | 'getParent';

export class FakeSheet implements Faked<GoogleAppsScript.Spreadsheet.Sheet, SheetMethods> {
  /** Cells by 0-based row, then 0-based column. */
  readonly data: (Cell | undefined)[][] = [];
  readonly merges: Merge[] = [];
  readonly protections: FakeProtection[] = [];
  readonly charts: FakeChart[] = [];
  readonly columnWidths = new Map<number, number>();
  filter: FakeFilter | null = null;
  hidden = false;
  frozenRows = 0;
  maxRows = 1000;
  maxColumns = 26;

  constructor(
    readonly parent: FakeSpreadsheet,
    public name: string,
    readonly sheetId: number,
  ) {}

  get state(): DoubleState {
    return this.parent.state;
  }

  private get log(): CallLog {
    return this.state.log;
  }

  peek(row: number, column: number): Cell | undefined {
    return this.data[row - 1]?.[column - 1];
  }

  cell(row: number, column: number): Cell {
    if (row > this.maxRows || column > this.maxColumns) throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    let r = this.data[row - 1];
    if (!r) {
      r = [];
      this.data[row - 1] = r;
    }
    let c = r[column - 1];
    if (!c) {
      c = emptyCell();
      r[column - 1] = c;
    }
    return c;
  }

  /** Last row / column with content (a value or a formula). */
  extent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    this.data.forEach((r, i) => {
      if (!r) return;
      r.forEach((c, j) => {
        if (c && (c.value !== null || c.formula)) {
          if (i + 1 > rows) rows = i + 1;
          if (j + 1 > columns) columns = j + 1;
        }
      });
    });
    return { rows, columns };
  }

  getName(): string {
    this.log.hit('Sheet.getName');
    return this.name;
  }

  getSheetId(): number {
    this.log.hit('Sheet.getSheetId');
    return this.sheetId;
  }

  getIndex(): number {
    this.log.hit('Sheet.getIndex');
    return this.parent.sheets.indexOf(this) + 1;
  }

  isSheetHidden(): boolean {
    this.log.hit('Sheet.isSheetHidden');
    return this.hidden;
  }

  hideSheet(): this {
    this.log.write('Sheet.hideSheet');
    if (this.parent.sheets.filter((s) => !s.hidden && s !== this).length === 0) throw new Error("You can't hide all the sheets in a document.");
    this.hidden = true;
    if (this.parent.active?.sheet === this) {
      const first = this.parent.sheets.find((s) => !s.hidden)!;
      this.parent.active = { sheet: first, range: new FakeRange(first, 1, 1, 1, 1) };
    }
    return this;
  }

  showSheet(): this {
    this.log.write('Sheet.showSheet');
    this.hidden = false;
    return this;
  }

  getDataRange(): FakeRange {
    this.log.hit('Sheet.getDataRange');
    const { rows, columns } = this.extent();
    return new FakeRange(this, 1, 1, Math.max(rows, 1), Math.max(columns, 1));
  }

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange {
    this.log.hit('Sheet.getRange');
    return this.range(a, column, numRows, numColumns);
  }

  range(a: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange {
    let r: { row: number; column: number; rows: number; columns: number };
    if (typeof a === 'string') r = parseRange(a);
    else r = { row: a, column: column ?? 1, rows: numRows ?? 1, columns: numColumns ?? 1 };
    if (r.row < 1 || r.column < 1 || r.rows < 1 || r.columns < 1 || !Number.isInteger(r.row + r.column + r.rows + r.columns)) {
      throw new Error('The starting row/column of the range is too small, or the number of rows/columns is invalid.');
    }
    if (r.row + r.rows - 1 > this.maxRows || r.column + r.columns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, r.row, r.column, r.rows, r.columns);
  }

  getRangeList(a1Notations: string[]): FakeRangeList {
    this.log.hit('Sheet.getRangeList');
    return new FakeRangeList(
      this.log,
      a1Notations.map((a) => this.range(a)),
    );
  }

  getLastRow(): number {
    this.log.hit('Sheet.getLastRow');
    return this.extent().rows;
  }

  getLastColumn(): number {
    this.log.hit('Sheet.getLastColumn');
    return this.extent().columns;
  }

  getMaxRows(): number {
    this.log.hit('Sheet.getMaxRows');
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.log.hit('Sheet.getMaxColumns');
    return this.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.log.write('Sheet.insertRowsAfter');
    if (afterPosition !== this.maxRows) this.data.splice(afterPosition, 0, ...new Array<undefined>(howMany).fill(undefined).map(() => []));
    this.maxRows += howMany;
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.log.write('Sheet.insertColumnsAfter');
    if (afterPosition !== this.maxColumns) for (const r of this.data) if (r) r.splice(afterPosition, 0, ...new Array<undefined>(howMany).fill(undefined));
    this.maxColumns += howMany;
    return this;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this.log.write('Sheet.setColumnWidth');
    this.columnWidths.set(columnPosition, width);
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    this.log.hit('Sheet.getColumnWidth');
    return this.columnWidths.get(columnPosition) ?? 100;
  }

  setFrozenRows(rows: number): void {
    this.log.write('Sheet.setFrozenRows');
    this.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.log.hit('Sheet.getFrozenRows');
    return this.frozenRows;
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    this.log.hit('Sheet.getProtections');
    return this.protections.filter((p) => p.type === String(type));
  }

  /** Protects a block of cells from this user (Data › Protect sheets and ranges). Not counted. */
  protectRange(area: ProtectedArea, description = ''): FakeProtection {
    const p = new FakeProtection(this.state.log, 'RANGE', false, false, description, area, (a) => this.range(a.row, a.column, a.rows, a.columns));
    this.protections.push(p);
    return p;
  }

  /** Sheets refuses a write that touches cells this user may not edit. */
  guardProtected(row: number, column: number, rows: number, columns: number): void {
    if (this.protections.some((p) => p.blocks(row, column, rows, columns))) {
      throw new Error('You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.');
    }
  }

  newChart(): FakeChartBuilder {
    this.log.hit('Sheet.newChart');
    return new FakeChartBuilder(this.log);
  }

  insertChart(chart: FakeChart): void {
    this.log.write('Sheet.insertChart');
    this.charts.push(chart);
  }

  getCharts(): FakeChart[] {
    this.log.hit('Sheet.getCharts');
    return [...this.charts];
  }

  getFilter(): FakeFilter | null {
    this.log.hit('Sheet.getFilter');
    return this.filter;
  }

  activate(): this {
    this.log.hit('Sheet.activate');
    const same = this.parent.active?.sheet === this;
    this.parent.active = { sheet: this, range: same ? this.parent.active!.range : new FakeRange(this, 1, 1, 1, 1) };
    return this;
  }

  getParent(): FakeSpreadsheet {
    this.log.hit('Sheet.getParent');
    return this.parent;
  }
}

type SpreadsheetMethods =
  | 'getSheets'
  | 'getSheetByName'
  | 'insertSheet'
  | 'deleteSheet'
  | 'getNumSheets'
  | 'getName'
  | 'getId'
  | 'getSpreadsheetTimeZone'
  | 'getActiveSheet'
  | 'getActiveRange'
  | 'setActiveSheet';

export class FakeSpreadsheet implements Faked<GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetMethods> {
  readonly sheets: FakeSheet[] = [];
  active: { sheet: FakeSheet; range: FakeRange } | null = null;

  constructor(
    readonly state: DoubleState,
    public name: string,
    readonly id = 'double-spreadsheet',
  ) {}

  private get log(): CallLog {
    return this.state.log;
  }

  /** Test helper (not counted): adds a sheet at the end. */
  addSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.name === name)) throw new Error(`A sheet with the name "${name}" already exists.`);
    const sheet = new FakeSheet(this, name, this.state.nextSheetId === 0 ? 0 : this.state.nextSheetId);
    this.state.nextSheetId = this.state.nextSheetId === 0 ? 1843870123 : this.state.nextSheetId + 7919;
    this.sheets.push(sheet);
    if (!this.active) this.active = { sheet, range: new FakeRange(sheet, 1, 1, 1, 1) };
    return sheet;
  }

  /** Test helper (not counted). */
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  getSheets(): FakeSheet[] {
    this.log.hit('Spreadsheet.getSheets');
    return [...this.sheets];
  }

  getSheetByName(name: string): FakeSheet | null {
    this.log.hit('Spreadsheet.getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  insertSheet(a?: string | number | { template?: unknown }, b?: number | { template?: unknown }): FakeSheet {
    this.log.write('Spreadsheet.insertSheet');
    const name = typeof a === 'string' ? a : `Sheet${this.sheets.length + 1}`;
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : this.sheets.length;
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (!name || name.length > 100) throw new Error('Invalid sheet name.');
    const sheet = this.log.quietly(() => this.addSheet(name));
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    this.active = { sheet, range: new FakeRange(sheet, 1, 1, 1, 1) };
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    this.log.write('Spreadsheet.deleteSheet');
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new Error('Sheet not found.');
    if (this.sheets.filter((s) => s !== sheet && !s.hidden).length === 0) {
      throw new Error("You can't remove all the visible sheets in a document.");
    }
    this.sheets.splice(i, 1);
    if (this.active?.sheet === sheet) {
      const first = this.sheets.find((s) => !s.hidden)!;
      this.active = { sheet: first, range: new FakeRange(first, 1, 1, 1, 1) };
    }
  }

  getNumSheets(): number {
    this.log.hit('Spreadsheet.getNumSheets');
    return this.sheets.length;
  }

  getName(): string {
    this.log.hit('Spreadsheet.getName');
    return this.name;
  }

  getId(): string {
    this.log.hit('Spreadsheet.getId');
    return this.id;
  }

  getSpreadsheetTimeZone(): string {
    this.log.hit('Spreadsheet.getSpreadsheetTimeZone');
    return this.state.timeZone;
  }

  getActiveSheet(): FakeSheet {
    this.log.hit('Spreadsheet.getActiveSheet');
    return this.active?.sheet ?? this.sheets[0]!;
  }

  getActiveRange(): FakeRange | null {
    this.log.hit('Spreadsheet.getActiveRange');
    return this.active?.range ?? null;
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.log.hit('Spreadsheet.setActiveSheet');
    this.active = { sheet, range: new FakeRange(sheet, 1, 1, 1, 1) };
    return sheet;
  }
}

export const PROTECTION_TYPE = { RANGE: 'RANGE', SHEET: 'SHEET' } as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;

export class FakeSpreadsheetApp
  implements Faked<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'getActiveSpreadsheet' | 'getActive' | 'getUi' | 'newRichTextValue' | 'flush' | 'ProtectionType'>
{
  readonly ProtectionType = PROTECTION_TYPE;
  readonly ui: FakeUi;

  constructor(
    readonly state: DoubleState,
    readonly spreadsheet: FakeSpreadsheet,
  ) {
    this.ui = new FakeUi(state.log);
  }

  getActiveSpreadsheet(): FakeSpreadsheet {
    this.state.log.hit('SpreadsheetApp.getActiveSpreadsheet');
    return this.spreadsheet;
  }

  getActive(): FakeSpreadsheet {
    this.state.log.hit('SpreadsheetApp.getActive');
    return this.spreadsheet;
  }

  getUi(): FakeUi {
    this.state.log.hit('SpreadsheetApp.getUi');
    return this.ui;
  }

  newRichTextValue(): FakeRichTextBuilder {
    this.state.log.hit('SpreadsheetApp.newRichTextValue');
    return new FakeRichTextBuilder(this.state.log);
  }

  flush(): void {
    this.state.log.hit('SpreadsheetApp.flush');
  }
}
