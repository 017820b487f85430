/** Range, with its format, fill and font. */
import { CellModel, SheetModel, cellAt, getCell, rangeAddress } from './model';
import type { Area } from './address';
import { OP_OVERHEAD, jsonSize, type DoubleBatch } from './batch';
import { DoubleClientObject, splitNames, type Nav } from './clientObject';
import { DoubleClientResult } from './clientResult';
import { DoubleOfficeError, notLoaded } from './errors';
import { coerceTyped, guardProtected, snapshotRange, type Resolved } from './cells';
import { DoubleRangeAreas } from './rangeAreas';

export class DoubleRange
  extends DoubleClientObject
  implements
    Pick<
      Excel.Range,
      | 'values'
      | 'text'
      | 'numberFormat'
      | 'address'
      | 'rowCount'
      | 'columnCount'
      | 'rowIndex'
      | 'columnIndex'
      | 'isNullObject'
      | 'hyperlink'
      | 'select'
      | 'getCellProperties'
    >
{
  readonly format: DoubleRangeFormat;
  private nullState: boolean | undefined;
  private resolved: Resolved | undefined;

  constructor(
    ctx: DoubleBatch,
    private readonly resolver: () => Resolved,
    orNull = false,
  ) {
    super(ctx);
    this.format = new DoubleRangeFormat(ctx, this);
    ctx.enqueue({
      bytes: OP_OVERHEAD,
      where: 'Range',
      run: () => {
        this.resolved = resolver();
        if (!this.resolved && !orNull) throw new DoubleOfficeError('ItemNotFound', 'The range does not exist.');
        this.nullState = this.resolved === null;
      },
    });
  }

  /** The resolved area, during a sync (for operations queued on this range). */
  resolveNow(): Resolved {
    if (this.resolved === undefined) this.resolved = this.resolver();
    return this.resolved;
  }

  private target(): { sheet: SheetModel; area: Area } {
    const r = this.resolveNow();
    if (!r) throw new DoubleOfficeError('InvalidOperation', 'The range is a null object.');
    return r;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }
  get values(): any[][] {
    return this.read('values');
  }
  set values(v: any[][]) {
    this.loaded.set('values', v);
    this.queueWrite('values', v, (c, x) => {
      if (x === null || x === undefined) return; // null leaves the cell as it is, like Office.js
      if (typeof x === 'string' && x.startsWith("'")) {
        c.value = x.slice(1);
        c.quotePrefix = true;
      } else if (typeof x === 'string' && c.numberFormat !== '@') {
        c.value = coerceTyped(x);
        c.quotePrefix = false;
      } else {
        c.value = x === '' ? null : (x as CellModel['value']);
        c.quotePrefix = false;
      }
    });
  }
  get numberFormat(): any[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: any[][]) {
    this.loaded.set('numberFormat', v);
    this.queueWrite('numberFormat', v, (c, x) => {
      if (x === null || x === undefined) return;
      c.numberFormat = String(x);
    });
  }
  get text(): string[][] {
    return this.read('text');
  }
  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get hyperlink(): Excel.RangeHyperlink {
    return this.read('hyperlink');
  }
  set hyperlink(v: Excel.RangeHyperlink) {
    this.ctx.enqueue({
      bytes: OP_OVERHEAD + jsonSize(v),
      where: 'Range.hyperlink',
      run: () => {
        const { sheet, area } = this.target();
        guardProtected(sheet);
        if (area.rows !== 1 || area.cols !== 1) throw new DoubleOfficeError('InvalidArgument', 'hyperlink on more than one cell');
        const c = cellAt(sheet, area.row, area.col);
        c.hyperlink = { ...v };
        if (v.textToDisplay !== undefined) c.value = v.textToDisplay;
      },
    });
  }

  /** Writes a 2-D array (or a single value) over the range, Excel-style. */
  private queueWrite(prop: string, v: unknown[][], apply: (c: CellModel, x: unknown) => void): void {
    this.ctx.enqueue({
      bytes: OP_OVERHEAD + jsonSize(v),
      where: `Range.${prop}`,
      run: () => {
        const { sheet, area } = this.target();
        guardProtected(sheet);
        if (!Array.isArray(v) || v.length !== area.rows || v.some((r) => !Array.isArray(r) || r.length !== area.cols)) {
          throw new DoubleOfficeError(
            'InvalidArgument',
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}).`,
          );
        }
        for (let i = 0; i < area.rows; i++) {
          for (let j = 0; j < area.cols; j++) apply(cellAt(sheet, area.row + i, area.col + j), v[i]![j]);
        }
      },
    });
  }

  load(propertyNames?: string | string[]): this {
    const names = splitNames(propertyNames ?? 'address,values,text,numberFormat,rowCount,columnCount,rowIndex,columnIndex');
    this.ctx.enqueue({
      bytes: OP_OVERHEAD + jsonSize(names),
      where: 'Range.load',
      run: () => {
        const r = this.resolveNow();
        if (!r) return 0; // a null object loads nothing
        let bytes = 0;
        for (const n of names) {
          const v = snapshotRange(r.sheet, r.area, n);
          this.loaded.set(n, v);
          bytes += n.length + jsonSize(v) + 4;
        }
        return bytes;
      },
    });
    return this;
  }

  getCellProperties(cellPropertiesLoadOptions: Excel.CellPropertiesLoadOptions): OfficeExtension.ClientResult<Excel.CellProperties[][]> {
    return this.fillProperties(cellPropertiesLoadOptions, 'getCellProperties', (c) => c?.fill ?? null);
  }

  /** ExcelApi 1.19: the fills as shown, conditional formats included. */
  getDisplayedCellProperties(cellPropertiesLoadOptions: Excel.CellPropertiesLoadOptions): OfficeExtension.ClientResult<Excel.CellProperties[][]> {
    return this.fillProperties(cellPropertiesLoadOptions, 'getDisplayedCellProperties', (c) => (c?.displayFill !== undefined ? c.displayFill : c?.fill ?? null), '1.19');
  }

  private fillProperties(
    options: Excel.CellPropertiesLoadOptions,
    method: string,
    fillOf: (c: CellModel | undefined) => string | null,
    needs?: string,
  ): OfficeExtension.ClientResult<Excel.CellProperties[][]> {
    const result = new DoubleClientResult<Excel.CellProperties[][]>();
    const fill = options.format?.fill;
    if (!fill || Object.keys(options).some((k) => k !== 'format') || Object.keys(options.format ?? {}).some((k) => k !== 'fill')) {
      throw new DoubleOfficeError('NotImplemented', `The double only serves ${method}({format:{fill:…}})`);
    }
    const fields = typeof fill === 'boolean' ? { color: true, pattern: true } : fill;
    this.ctx.enqueue({
      bytes: OP_OVERHEAD + jsonSize(options),
      where: `Range.${method}`,
      run: () => {
        if (needs && !this.ctx.supports(needs)) throw new DoubleOfficeError('ApiNotFound', `Range.${method} needs ExcelApi ${needs}.`);
        const { sheet, area } = this.target();
        const out: Excel.CellProperties[][] = [];
        for (let i = 0; i < area.rows; i++) {
          const row: Excel.CellProperties[] = [];
          for (let j = 0; j < area.cols; j++) {
            const colour = fillOf(getCell(sheet, area.row + i, area.col + j));
            const f: Excel.CellPropertiesFill = {};
            // Excel reports No Fill as white with a null pattern, like a white fill (office-js#4900)
            if (fields.color) f.color = colour ?? '#FFFFFF';
            if (fields.pattern) f.pattern = (colour ? 'Solid' : null) as Excel.CellPropertiesFill['pattern'];
            row.push({ format: { fill: f } });
          }
          out.push(row);
        }
        result.set(out);
        return jsonSize(out);
      },
    });
    return result as unknown as OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  }

  /** Range.conditionalFormats, only its count. */
  readonly conditionalFormats = {
    getCount: (): OfficeExtension.ClientResult<number> => {
      const result = new DoubleClientResult<number>();
      this.ctx.enqueue({
        bytes: OP_OVERHEAD,
        where: 'ConditionalFormatCollection.getCount',
        run: () => {
          const r = this.resolveNow();
          result.set(r ? r.sheet.conditionalFormats ?? 0 : 0);
          return 8;
        },
      });
      return result as unknown as OfficeExtension.ClientResult<number>;
    },
  };

  clear(applyTo?: Excel.ClearApplyTo | 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents'): void {
    if (applyTo !== undefined && applyTo !== 'All') throw new DoubleOfficeError('NotImplemented', `The double clears 'All' only, not ${applyTo}`);
    this.ctx.enqueue({
      bytes: OP_OVERHEAD + 8,
      where: 'Range.clear',
      run: () => {
        const { sheet, area } = this.target();
        guardProtected(sheet);
        for (const k of [...sheet.cells.keys()]) {
          const i = k.indexOf(':');
          const r = Number(k.slice(0, i));
          const c = Number(k.slice(i + 1));
          if (r >= area.row && r < area.row + area.rows && c >= area.col && c < area.col + area.cols) sheet.cells.delete(k);
        }
        sheet.merges = sheet.merges.filter((m) => !(m.row >= area.row && m.row < area.row + area.rows && m.column >= area.col && m.column < area.col + area.cols));
      },
    });
  }

  getMergedAreasOrNullObject: Nav<Excel.Range['getMergedAreasOrNullObject'], DoubleRangeAreas> = () => {
    return new DoubleRangeAreas(this.ctx, () => {
      const { sheet, area } = this.target();
      const inside = sheet.merges.filter(
        (m) => m.row >= area.row && m.row < area.row + area.rows && m.column >= area.col && m.column < area.col + area.cols,
      );
      if (inside.length > 512) throw new DoubleOfficeError('GeneralException', 'There are more than 512 merged areas in the range.');
      if (inside.length === 0) return null;
      return { sheet, areas: inside.map((m) => ({ row: m.row, col: m.column, rows: m.rowCount, cols: m.columnCount })) };
    });
  };

  select(): void {
    this.ctx.enqueue({
      bytes: OP_OVERHEAD,
      where: 'Range.select',
      run: () => {
        const { sheet, area } = this.target();
        if (sheet.protected && (sheet.selectionMode ?? 'Normal') === 'None') {
          // the code real Excel gives here is assumed: what matters is that it is not "hidden"
          throw new DoubleOfficeError('InvalidOperation', 'The cells of this protected sheet cannot be selected.');
        }
        if (this.ctx.model.activeSheet !== sheet.name) {
          throw new DoubleOfficeError('InvalidSelection', 'The current selection is invalid for this operation (the sheet is not active).');
        }
        const full = rangeAddress(sheet.name, area.row, area.col, area.rows, area.cols);
        this.ctx.model.selection = { sheet: sheet.name, address: full.slice(full.lastIndexOf('!') + 1) };
      },
    });
  }
}

/** Range.format and its parts: write-only here (the host never reads formats back). */
export class DoubleRangeFormat extends DoubleClientObject implements Pick<Excel.RangeFormat, 'wrapText' | 'columnWidth'> {
  readonly fill: DoubleRangeFill;
  readonly font: DoubleRangeFont;
  constructor(
    ctx: DoubleBatch,
    readonly range: DoubleRange,
  ) {
    super(ctx);
    this.fill = new DoubleRangeFill(ctx, range);
    this.font = new DoubleRangeFont(ctx, range);
  }
  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set wrapText(v: boolean) {
    this.loaded.set('wrapText', v);
    eachCell(this.ctx, this.range, 'RangeFormat.wrapText', v, (c) => {
      c.wrap = v;
    });
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set columnWidth(v: number) {
    this.loaded.set('columnWidth', v);
    this.ctx.enqueue({
      bytes: OP_OVERHEAD + 8,
      where: 'RangeFormat.columnWidth',
      run: () => {
        const r = this.range.resolveNow();
        if (!r) throw new DoubleOfficeError('InvalidOperation', 'null range');
        guardProtected(r.sheet);
        for (let j = 0; j < r.area.cols; j++) r.sheet.columnWidths.set(r.area.col + j, v);
      },
    });
  }
}

function eachCell(ctx: DoubleBatch, range: DoubleRange, where: string, arg: unknown, f: (c: CellModel) => void): void {
  ctx.enqueue({
    bytes: OP_OVERHEAD + jsonSize(arg),
    where,
    run: () => {
      const r = range.resolveNow();
      if (!r) throw new DoubleOfficeError('InvalidOperation', 'null range');
      guardProtected(r.sheet);
      if (r.area.rows * r.area.cols > 1_000_000) throw new DoubleOfficeError('RangeExceedsLimit', 'too many cells');
      for (let i = 0; i < r.area.rows; i++) for (let j = 0; j < r.area.cols; j++) f(cellAt(r.sheet, r.area.row + i, r.area.col + j));
    },
  });
}

export class DoubleRangeFill extends DoubleClientObject implements Pick<Excel.RangeFill, 'color' | 'clear'> {
  constructor(
    ctx: DoubleBatch,
    private readonly range: DoubleRange,
  ) {
    super(ctx);
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw new DoubleOfficeError('InvalidArgument', `The double takes colours as #RRGGBB, not ${v}`);
    this.loaded.set('color', v);
    eachCell(this.ctx, this.range, 'RangeFill.color', v, (c) => {
      c.fill = v.toUpperCase();
    });
  }
  clear(): void {
    eachCell(this.ctx, this.range, 'RangeFill.clear', null, (c) => {
      c.fill = null;
    });
  }
}

export class DoubleRangeFont extends DoubleClientObject implements Pick<Excel.RangeFont, 'bold' | 'italic' | 'color'> {
  constructor(
    ctx: DoubleBatch,
    private readonly range: DoubleRange,
  ) {
    super(ctx);
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(v: boolean) {
    this.loaded.set('bold', v);
    eachCell(this.ctx, this.range, 'RangeFont.bold', v, (c) => {
      c.bold = v;
    });
  }
  get italic(): boolean {
    return this.read('italic');
  }
  set italic(v: boolean) {
    this.loaded.set('italic', v);
    eachCell(this.ctx, this.range, 'RangeFont.italic', v, (c) => {
      c.italic = v;
    });
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.loaded.set('color', v);
    eachCell(this.ctx, this.range, 'RangeFont.color', v, (c) => {
      c.fontColour = v.toUpperCase();
    });
  }
}
