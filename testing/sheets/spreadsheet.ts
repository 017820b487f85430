/** Spreadsheet: its sheets in order, the active sheet and range. */
import type { CallLog } from './calls';
import type { DoubleState } from './state';
import { DoubleRange } from './range';
import { DoubleSheet, type SheetParent } from './sheet';

/** The members of Google's Spreadsheet this double mirrors (checked against Google's types in typing.ts). */
export type SpreadsheetMembers =
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

export class DoubleSpreadsheet implements SheetParent {
  readonly sheets: DoubleSheet[] = [];
  active: { sheet: DoubleSheet; range: DoubleRange } | null = null;

  constructor(
    readonly state: DoubleState,
    public name: string,
    readonly id = 'double-spreadsheet',
  ) {}

  private get log(): CallLog {
    return this.state.log;
  }

  /** Test helper (not counted): adds a sheet at the end. */
  addSheet(name: string): DoubleSheet {
    if (this.sheets.some((s) => s.name === name)) throw new Error(`A sheet with the name "${name}" already exists.`);
    const sheet = new DoubleSheet(this, name, this.state.nextSheetId === 0 ? 0 : this.state.nextSheetId);
    this.state.nextSheetId = this.state.nextSheetId === 0 ? 1843870123 : this.state.nextSheetId + 7919;
    this.sheets.push(sheet);
    if (!this.active) this.active = { sheet, range: new DoubleRange(sheet, 1, 1, 1, 1) };
    return sheet;
  }

  /** Test helper (not counted). */
  sheet(name: string): DoubleSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  getSheets(): DoubleSheet[] {
    this.log.hit('Spreadsheet.getSheets');
    return [...this.sheets];
  }

  getSheetByName(name: string): DoubleSheet | null {
    this.log.hit('Spreadsheet.getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  insertSheet(a?: string | number | { template?: unknown }, b?: number | { template?: unknown }): DoubleSheet {
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
    this.active = { sheet, range: new DoubleRange(sheet, 1, 1, 1, 1) };
    return sheet;
  }

  deleteSheet(sheet: DoubleSheet): void {
    this.log.write('Spreadsheet.deleteSheet');
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new Error('Sheet not found.');
    if (this.sheets.filter((s) => s !== sheet && !s.hidden).length === 0) {
      throw new Error("You can't remove all the visible sheets in a document.");
    }
    this.sheets.splice(i, 1);
    if (this.active?.sheet === sheet) {
      const first = this.sheets.find((s) => !s.hidden)!;
      this.active = { sheet: first, range: new DoubleRange(first, 1, 1, 1, 1) };
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

  getActiveSheet(): DoubleSheet {
    this.log.hit('Spreadsheet.getActiveSheet');
    return this.active?.sheet ?? this.sheets[0]!;
  }

  getActiveRange(): DoubleRange | null {
    this.log.hit('Spreadsheet.getActiveRange');
    return this.active?.range ?? null;
  }

  setActiveSheet(sheet: DoubleSheet): DoubleSheet {
    this.log.hit('Spreadsheet.setActiveSheet');
    this.active = { sheet, range: new DoubleRange(sheet, 1, 1, 1, 1) };
    return sheet;
  }
}
