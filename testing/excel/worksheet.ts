/** WorksheetCollection and Worksheet, with its protection, freeze panes and auto-filter. */
import { SheetModel, newSheet, rangeAddress, usedBounds } from './model';
import { MAX_ROWS, parseAddress } from './address';
import { OP_OVERHEAD, jsonSize, type DoubleBatch } from './batch';
import { DoubleClientObject, splitNames, type Nav } from './clientObject';
import { DoubleOfficeError, notLoaded } from './errors';
import { guardProtected } from './cells';
import { DoubleRange } from './range';
import { DoubleChartCollection } from './chart';

export class DoubleWorksheetCollection extends DoubleClientObject implements Pick<Excel.WorksheetCollection, 'items'> {
  private loadedItems: DoubleWorksheet[] | null = null;
  get items(): Excel.Worksheet[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems as unknown as Excel.Worksheet[];
  }
  /** The same items, typed as the double's own objects (tests). */
  get doubleItems(): DoubleWorksheet[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }

  load(propertyNames?: string | string[]): this {
    const names = splitNames(propertyNames).map((n) => n.replace(/^items\//, ''));
    this.ctx.enqueue({
      bytes: OP_OVERHEAD + jsonSize(names),
      where: 'WorksheetCollection.load',
      run: () => {
        const items = this.ctx.model.sheets.map((s) => {
          const ws = new DoubleWorksheet(this.ctx, () => s);
          ws.takeSnapshot(names.length ? names : ['name', 'visibility', 'position']);
          return ws;
        });
        this.loadedItems = items;
        return jsonSize(this.ctx.model.sheets.map((s) => ({ name: s.name, visibility: s.visibility }))) + 20;
      },
    });
    return this;
  }

  getItem: Nav<Excel.WorksheetCollection['getItem'], DoubleWorksheet> = (key) => {
    return new DoubleWorksheet(this.ctx, () => this.ctx.sheetByName(key));
  };

  getItemOrNullObject: Nav<Excel.WorksheetCollection['getItemOrNullObject'], DoubleWorksheet> = (key) => {
    const ws = new DoubleWorksheet(this.ctx, () => this.ctx.sheetByName(key), true);
    return ws;
  };

  getActiveWorksheet: Nav<Excel.WorksheetCollection['getActiveWorksheet'], DoubleWorksheet> = () => {
    return new DoubleWorksheet(this.ctx, () => this.ctx.sheetByName(this.ctx.model.activeSheet));
  };

  add: Nav<Excel.WorksheetCollection['add'], DoubleWorksheet> = (name) => {
    let created: SheetModel | undefined;
    const ws = new DoubleWorksheet(this.ctx, () => {
      if (!created) throw new DoubleOfficeError('ItemNotFound', 'The worksheet was not created.');
      return created;
    });
    this.ctx.enqueue({
      bytes: OP_OVERHEAD + jsonSize(name),
      where: `WorksheetCollection.add(${name})`,
      run: () => {
        const model = this.ctx.model;
        if (model.structureProtected) throw new DoubleOfficeError('AccessDenied', 'The workbook structure is protected.');
        const sheetName = name ?? `Sheet${model.sheets.length + 1}`;
        if (sheetName.length > 31 || /[\\/?*[\]:]/.test(sheetName)) {
          throw new DoubleOfficeError('InvalidArgument', `The sheet name '${sheetName}' is not valid.`);
        }
        if (model.sheets.some((s) => s.name.toLowerCase() === sheetName.toLowerCase())) {
          throw new DoubleOfficeError('ItemAlreadyExists', `A worksheet named '${sheetName}' already exists.`);
        }
        created = newSheet(sheetName);
        model.sheets.push(created);
      },
    });
    return ws;
  };
}

export class DoubleWorksheet
  extends DoubleClientObject
  implements Pick<Excel.Worksheet, 'name' | 'visibility' | 'position' | 'isNullObject' | 'activate' | 'delete'>
{
  readonly protection: DoubleWorksheetProtection;
  readonly freezePanes: DoubleFreezePanes;
  readonly autoFilter: DoubleAutoFilter;
  readonly charts: DoubleChartCollection;
  private nullState: boolean | undefined;

  constructor(
    ctx: DoubleBatch,
    readonly resolve: () => SheetModel,
    private readonly orNull = false,
  ) {
    super(ctx);
    this.protection = new DoubleWorksheetProtection(ctx, resolve);
    this.freezePanes = new DoubleFreezePanes(ctx, resolve);
    this.autoFilter = new DoubleAutoFilter(ctx, resolve);
    this.charts = new DoubleChartCollection(ctx, resolve);
    if (orNull) {
      ctx.enqueue({
        bytes: OP_OVERHEAD,
        where: 'Worksheets.getItemOrNullObject',
        run: () => {
          try {
            resolve();
            this.nullState = false;
          } catch {
            this.nullState = true;
          }
        },
      });
    }
  }

  /** Used by the collection's load: the snapshot is taken while the sync runs. */
  takeSnapshot(names: string[]): void {
    const s = this.resolve();
    for (const n of names) this.loaded.set(n, this.snapshotProp(s, n));
  }

  private snapshotProp(s: SheetModel, n: string): unknown {
    switch (n) {
      case 'name':
        return s.name;
      case 'visibility':
        return s.visibility;
      case 'position':
        return this.ctx.model.sheets.indexOf(s);
      default:
        throw new DoubleOfficeError('InvalidArgument', `The double does not load Worksheet.${n}`);
    }
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.loaded.set('name', v);
    this.ctx.enqueue({
      bytes: OP_OVERHEAD + jsonSize(v),
      where: 'Worksheet.name',
      run: () => {
        const model = this.ctx.model;
        if (model.structureProtected) throw new DoubleOfficeError('AccessDenied', 'The workbook structure is protected.');
        const s = this.resolve();
        if (v.length > 31 || /[\\/?*[\]:]/.test(v)) throw new DoubleOfficeError('InvalidArgument', `The sheet name '${v}' is not valid.`);
        if (model.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase())) {
          throw new DoubleOfficeError('ItemAlreadyExists', `A worksheet named '${v}' already exists.`);
        }
        if (model.activeSheet === s.name) model.activeSheet = v;
        s.name = v;
      },
    });
  }
  get position(): number {
    return this.read('position');
  }
  get visibility(): Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden' {
    return this.read('visibility');
  }
  set visibility(v: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden') {
    this.loaded.set('visibility', v);
    this.ctx.enqueue({
      bytes: OP_OVERHEAD + jsonSize(v),
      where: 'Worksheet.visibility',
      run: () => {
        if (this.ctx.model.structureProtected) throw new DoubleOfficeError('AccessDenied', 'The workbook structure is protected.');
        const s = this.resolve();
        if (v !== 'Visible' && this.ctx.model.sheets.filter((x) => x.visibility === 'Visible' && x !== s).length === 0) {
          throw new DoubleOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
        }
        s.visibility = v as SheetModel['visibility'];
      },
    });
  }

  load(propertyNames?: string | string[]): this {
    const names = splitNames(propertyNames ?? 'name,visibility,position');
    this.queueLoad(names, (n) => this.snapshotProp(this.resolve(), n), 'Worksheet.load');
    return this;
  }

  activate(): void {
    this.ctx.enqueue({
      bytes: OP_OVERHEAD,
      where: 'Worksheet.activate',
      run: () => {
        const s = this.resolve();
        if (s.visibility !== 'Visible') throw new DoubleOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
        this.ctx.model.activeSheet = s.name;
      },
    });
  }

  delete(): void {
    this.ctx.enqueue({
      bytes: OP_OVERHEAD,
      where: 'Worksheet.delete',
      run: () => {
        const model = this.ctx.model;
        if (model.structureProtected) throw new DoubleOfficeError('AccessDenied', 'The workbook structure is protected.');
        const s = this.resolve();
        const others = model.sheets.filter((x) => x !== s);
        if (!others.some((x) => x.visibility === 'Visible')) {
          throw new DoubleOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
        }
        model.sheets = others;
        model.undoCleared = true; // Excel cannot undo past a sheet deletion
        if (model.activeSheet === s.name) model.activeSheet = others.find((x) => x.visibility === 'Visible')!.name;
        if (model.selection?.sheet === s.name) model.selection = null;
      },
    });
  }

  getRange: Nav<Excel.Worksheet['getRange'], DoubleRange> = (address) => {
    return new DoubleRange(this.ctx, () => {
      const s = this.resolve();
      if (address === undefined) return { sheet: s, area: { row: 0, col: 0, rows: MAX_ROWS, cols: 16384 } };
      const p = parseAddress(address);
      return { sheet: p.sheet ? this.ctx.sheetByName(p.sheet) : s, area: p.area };
    });
  };

  getRangeByIndexes: Nav<Excel.Worksheet['getRangeByIndexes'], DoubleRange> = (startRow, startColumn, rowCount, columnCount) => {
    return new DoubleRange(this.ctx, () => {
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) {
        throw new DoubleOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      }
      return { sheet: this.resolve(), area: { row: startRow, col: startColumn, rows: rowCount, cols: columnCount } };
    });
  };

  getUsedRangeOrNullObject: Nav<Excel.Worksheet['getUsedRangeOrNullObject'], DoubleRange> = (valuesOnly) => {
    return new DoubleRange(
      this.ctx,
      () => {
        const s = this.resolve();
        const b = usedBounds(s, valuesOnly ?? false);
        if (!b) return null;
        return { sheet: s, area: { row: b.row, col: b.column, rows: b.rowCount, cols: b.columnCount } };
      },
      true,
    );
  };
}

export class DoubleWorksheetProtection extends DoubleClientObject implements Pick<Excel.WorksheetProtection, 'protected'> {
  constructor(
    ctx: DoubleBatch,
    private readonly sheet: () => SheetModel,
  ) {
    super(ctx);
  }
  get protected(): boolean {
    return this.read('protected');
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.read('options');
  }
  load(propertyNames?: string | string[]): this {
    this.queueLoad(
      splitNames(propertyNames ?? 'protected'),
      (n) => (n === 'options' ? { selectionMode: this.sheet().selectionMode ?? 'Normal' } : this.sheet().protected),
      'WorksheetProtection.load',
    );
    return this;
  }
}

export class DoubleFreezePanes extends DoubleClientObject implements Pick<Excel.WorksheetFreezePanes, 'freezeRows'> {
  constructor(
    ctx: DoubleBatch,
    private readonly sheet: () => SheetModel,
  ) {
    super(ctx);
  }
  freezeRows(count?: number): void {
    this.ctx.enqueue({
      bytes: OP_OVERHEAD + 8,
      where: 'FreezePanes.freezeRows',
      run: () => {
        this.sheet().freezeRows = count ?? 1;
      },
    });
  }
  unfreeze(): void {
    this.ctx.enqueue({
      bytes: OP_OVERHEAD,
      where: 'FreezePanes.unfreeze',
      run: () => {
        this.sheet().freezeRows = 0;
      },
    });
  }
}

export class DoubleAutoFilter extends DoubleClientObject {
  constructor(
    ctx: DoubleBatch,
    private readonly sheet: () => SheetModel,
  ) {
    super(ctx);
  }
  remove(): void {
    this.ctx.enqueue({
      bytes: OP_OVERHEAD,
      where: 'AutoFilter.remove',
      run: () => {
        const s = this.sheet();
        guardProtected(s);
        s.autoFilter = null;
      },
    });
  }
  apply: Nav<Excel.AutoFilter['apply'], void> = (range) => {
    this.ctx.enqueue({
      bytes: OP_OVERHEAD + 40,
      where: 'AutoFilter.apply',
      run: () => {
        const s = this.sheet();
        guardProtected(s);
        if (typeof range === 'string') {
          const a = parseAddress(range).area;
          s.autoFilter = rangeAddress(s.name, a.row, a.col, a.rows, a.cols);
        } else {
          const r = (range as unknown as DoubleRange).resolveNow();
          if (!r) throw new DoubleOfficeError('InvalidArgument', 'null range');
          s.autoFilter = rangeAddress(r.sheet.name, r.area.row, r.area.col, r.area.rows, r.area.cols);
        }
      },
    });
  };
}
