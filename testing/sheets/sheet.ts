/** Sheet: its cells, merges, protections, charts and filter, and the ranges over them. */
import type { CallLog } from './calls';
import type { DoubleState } from './state';
import { emptyCell, type Cell, type Merge } from './cell';
import { parseRange } from './address';
import { DoubleRange, type RangeSheet } from './range';
import { DoubleRangeList } from './rangeList';
import { DoubleProtection, type ProtectedArea } from './protection';
import { DoubleChart, DoubleChartBuilder } from './chart';
import type { DoubleFilter } from './filter';

/** What a sheet uses of its spreadsheet (DoubleSpreadsheet provides it): named here, so sheet.ts need not import spreadsheet.ts. */
export interface SheetParent {
  readonly state: DoubleState;
  readonly sheets: DoubleSheet[];
  active: { sheet: DoubleSheet; range: DoubleRange } | null;
}

/** The members of Google's Sheet this double mirrors (checked against Google's types in typing.ts). */
export type SheetMembers =
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

/** A sheet of a spreadsheet P (generic: P is DoubleSpreadsheet, which sheet.ts does not import, since spreadsheets make sheets). */
export class DoubleSheet<P extends SheetParent = SheetParent> implements RangeSheet {
  /** Cells by 0-based row, then 0-based column. */
  readonly data: (Cell | undefined)[][] = [];
  readonly merges: Merge[] = [];
  readonly protections: DoubleProtection[] = [];
  readonly charts: DoubleChart[] = [];
  readonly columnWidths = new Map<number, number>();
  filter: DoubleFilter<DoubleRange> | null = null;
  hidden = false;
  frozenRows = 0;
  maxRows = 1000;
  maxColumns = 26;

  constructor(
    readonly parent: P,
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
      this.parent.active = { sheet: first, range: new DoubleRange(first, 1, 1, 1, 1) };
    }
    return this;
  }

  showSheet(): this {
    this.log.write('Sheet.showSheet');
    this.hidden = false;
    return this;
  }

  getDataRange(): DoubleRange<this> {
    this.log.hit('Sheet.getDataRange');
    const { rows, columns } = this.extent();
    return new DoubleRange(this, 1, 1, Math.max(rows, 1), Math.max(columns, 1));
  }

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): DoubleRange<this> {
    this.log.hit('Sheet.getRange');
    return this.range(a, column, numRows, numColumns);
  }

  range(a: number | string, column?: number, numRows?: number, numColumns?: number): DoubleRange<this> {
    let r: { row: number; column: number; rows: number; columns: number };
    if (typeof a === 'string') r = parseRange(a);
    else r = { row: a, column: column ?? 1, rows: numRows ?? 1, columns: numColumns ?? 1 };
    if (r.row < 1 || r.column < 1 || r.rows < 1 || r.columns < 1 || !Number.isInteger(r.row + r.column + r.rows + r.columns)) {
      throw new Error('The starting row/column of the range is too small, or the number of rows/columns is invalid.');
    }
    if (r.row + r.rows - 1 > this.maxRows || r.column + r.columns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new DoubleRange(this, r.row, r.column, r.rows, r.columns);
  }

  getRangeList(a1Notations: string[]): DoubleRangeList {
    this.log.hit('Sheet.getRangeList');
    return new DoubleRangeList(
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

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): DoubleProtection[] {
    this.log.hit('Sheet.getProtections');
    return this.protections.filter((p) => p.type === String(type));
  }

  /** Protects a block of cells from this user (Data › Protect sheets and ranges). Not counted. */
  protectRange(area: ProtectedArea, description = ''): DoubleProtection {
    const p = new DoubleProtection(this.state.log, 'RANGE', false, false, description, area, (a) => this.range(a.row, a.column, a.rows, a.columns));
    this.protections.push(p);
    return p;
  }

  /** Sheets refuses a write that touches cells this user may not edit. */
  guardProtected(row: number, column: number, rows: number, columns: number): void {
    if (this.protections.some((p) => p.blocks(row, column, rows, columns))) {
      throw new Error('You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.');
    }
  }

  newChart(): DoubleChartBuilder {
    this.log.hit('Sheet.newChart');
    return new DoubleChartBuilder(this.log);
  }

  insertChart(chart: DoubleChart): void {
    this.log.write('Sheet.insertChart');
    this.charts.push(chart);
  }

  getCharts(): DoubleChart[] {
    this.log.hit('Sheet.getCharts');
    return [...this.charts];
  }

  getFilter(): DoubleFilter<DoubleRange> | null {
    this.log.hit('Sheet.getFilter');
    return this.filter;
  }

  activate(): this {
    this.log.hit('Sheet.activate');
    const same = this.parent.active?.sheet === this;
    this.parent.active = { sheet: this, range: same ? this.parent.active!.range : new DoubleRange(this, 1, 1, 1, 1) };
    return this;
  }

  /** Range.activate (counted there). */
  activateRange(range: DoubleRange): void {
    this.parent.active = { sheet: this, range };
  }

  getParent(): P {
    this.log.hit('Sheet.getParent');
    return this.parent;
  }
}
