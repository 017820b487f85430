/**
 * A small in-memory double of just the Excel JavaScript API that the PlanCheck host calls,
 * typed against @types/office-js so it cannot drift from the real signatures:
 * plain members are `implements Pick<Excel.X, …>`, navigation methods take Excel's own
 * parameter lists (`Nav<Excel.X['method'], Double>`) and return the double's objects.
 *
 * It keeps the proxy discipline of the real API:
 * - reading a property that was not loaded, or before the `context.sync()` after `load`,
 *   throws PropertyNotLoaded;
 * - writes and method calls are queued and applied, in order, at `sync()`; a failing
 *   operation rejects the sync with a RichApi-style error (`code`), earlier ones stay applied;
 * - each sync's request and response are sized as JSON, and one over Office's 5 MB limit
 *   is refused with RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded — or,
 *   as Excel on the web does for some oversized writes, GeneralException (office-js#1314) —
 *   before any of its operations runs;
 * - a batch fails with InvalidOperationInCellEditMode while the user is typing in a cell
 *   unless the run asked for `delayForCellEdit` (then it waits), and with InactiveWorkbook
 *   while another workbook has the focus; deleting a worksheet clears Excel's undo stack;
 * - "No Fill" reads as colour #FFFFFF with a null pattern (office-js#4900, #6218);
 *   getDisplayedCellProperties (ExcelApi 1.19) also shows conditional formats' fills;
 * - charts.add detects series from the source as Excel does: a first column of numbers
 *   is a series, not the categories;
 * - getMergedAreasOrNullObject returns the merged areas whose top-left cell lies in the
 *   range (as real Excel does, OfficeDev/office-js#3611) and fails over 512 areas.
 */
import {
  CellModel,
  ChartModel,
  SeriesModel,
  SheetModel,
  WorkbookModel,
  cellAt,
  cellText,
  getCell,
  newSheet,
  rangeAddress,
  usedBounds,
} from './model';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Bytes each queued operation costs on the wire besides its arguments: Office.js sends an object path, an "instantiate" action and the action itself, each a small JSON object with ids. */
const OP_OVERHEAD = 250;

/** A method with Excel's own parameter list, returning one of the double's objects. */
type Nav<F, R> = F extends (...args: infer A) => unknown ? (...args: A) => R : never;

export class DoubleOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
}

/** What one Excel.run saw: every sync with its payload sizes. */
export class DoubleStats {
  syncs: SyncRecord[] = [];
  runs = 0;
  /** The options each Excel.run was given. */
  runOptions: Excel.RunOptions[] = [];
  /** Batches that waited for the user to leave cell-edit mode. */
  waitedForCellEdit = 0;
  /** Operations left queued when an Excel.run ended (never sent: a host bug). */
  unsyncedAtEnd = 0;
  get syncCount(): number {
    return this.syncs.length;
  }
  get largestRequest(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }
  get largestResponse(): number {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }
  reset(): void {
    this.syncs = [];
    this.runs = 0;
    this.runOptions = [];
    this.waitedForCellEdit = 0;
    this.unsyncedAtEnd = 0;
  }
}

interface Op {
  bytes: number;
  where: string;
  run: () => number | void; // returns response bytes for loads
}

function jsonSize(x: unknown): number {
  return JSON.stringify(x ?? null).length;
}

function notLoaded(prop: string): DoubleOfficeError {
  return new DoubleOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function parseCell(a: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function parseColumn(a: string): number | null {
  const m = /^\$?([A-Za-z]{1,3})$/.exec(a);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const MAX_ROWS = 1048576;

/** "A1", "A1:C3", "A:C" (optionally "Sheet!…") to a 0-based area. */
export function parseAddress(address: string): { sheet: string | null; area: Area } {
  let sheet: string | null = null;
  let a = address.trim();
  const bang = a.lastIndexOf('!');
  if (bang >= 0) {
    sheet = a.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    a = a.slice(bang + 1);
  }
  const [p, q] = a.split(':');
  if (p === undefined) throw new DoubleOfficeError('InvalidArgument', `bad address ${address}`);
  const c1 = parseCell(p);
  if (c1) {
    const c2 = q === undefined ? c1 : parseCell(q);
    if (!c2) throw new DoubleOfficeError('InvalidArgument', `bad address ${address}`);
    return {
      sheet,
      area: {
        row: Math.min(c1.row, c2.row),
        col: Math.min(c1.col, c2.col),
        rows: Math.abs(c2.row - c1.row) + 1,
        cols: Math.abs(c2.col - c1.col) + 1,
      },
    };
  }
  const k1 = parseColumn(p);
  const k2 = q === undefined ? k1 : parseColumn(q);
  if (k1 === null || k2 === null) throw new DoubleOfficeError('InvalidArgument', `bad address ${address}`);
  return { sheet, area: { row: 0, col: Math.min(k1, k2), rows: MAX_ROWS, cols: Math.abs(k2 - k1) + 1 } };
}

/** Base of every proxy: loaded values, the load / sync discipline. */
abstract class Proxy {
  protected loaded = new Map<string, unknown>();
  protected syncedOnce = false;
  constructor(readonly ctx: DoubleContext) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  /** Queue a load of the named properties; their snapshot is taken when the sync runs. */
  protected queueLoad(names: string[], snapshot: (name: string) => unknown, where: string): void {
    this.ctx.enqueue({
      bytes: OP_OVERHEAD + jsonSize(names),
      where,
      run: () => {
        let bytes = 0;
        for (const n of names) {
          const v = snapshot(n);
          this.loaded.set(n, v);
          bytes += n.length + jsonSize(v) + 4;
        }
        return bytes;
      },
    });
  }
}

function splitNames(propertyNames?: string | string[]): string[] {
  if (propertyNames === undefined) return [];
  const list = Array.isArray(propertyNames) ? propertyNames : propertyNames.split(',');
  return list.map((s) => s.trim()).filter(Boolean);
}

export interface DoubleContextOptions {
  delayForCellEdit?: boolean;
  /** Office.context.requirements.isSetSupported('ExcelApi', version). */
  supports?: (version: string) => boolean;
}

export class DoubleContext {
  readonly workbook: DoubleWorkbook;
  private queue: Op[] = [];
  constructor(
    readonly model: WorkbookModel,
    readonly stats: DoubleStats,
    readonly options: DoubleContextOptions = {},
  ) {
    this.workbook = new DoubleWorkbook(this);
  }

  supports(version: string): boolean {
    return this.options.supports ? this.options.supports(version) : true;
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const requestBytes = ops.reduce((n, o) => n + o.bytes, 0) + 200;
    const record: SyncRecord = { requestBytes, responseBytes: 200, operations: ops.length };
    this.stats.syncs.push(record);
    await Promise.resolve();
    if (ops.length === 0) return;
    if (this.model.inactive) {
      throw new DoubleOfficeError('InactiveWorkbook', 'The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus.');
    }
    if (this.model.cellEditMode) {
      if (!this.options.delayForCellEdit) {
        throw new DoubleOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
      }
      // Excel holds the batch until the user leaves the cell
      this.stats.waitedForCellEdit++;
      this.model.cellEditMode = false;
    }
    if (requestBytes > (this.model.requestLimit ?? PAYLOAD_LIMIT)) {
      if (this.model.oversizedRequest === 'GeneralException') throw new DoubleOfficeError('GeneralException', 'An internal error has occurred.');
      throw new DoubleOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    for (const op of ops) {
      try {
        const bytes = op.run();
        if (typeof bytes === 'number') record.responseBytes += bytes;
      } catch (e) {
        if (e instanceof DoubleOfficeError) {
          e.debugInfo.errorLocation = op.where;
          throw e;
        }
        throw e;
      }
    }
    if (record.responseBytes > PAYLOAD_LIMIT) {
      throw new DoubleOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
  }

  // helpers for proxies
  sheetByName(name: string): SheetModel {
    const s = this.model.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new DoubleOfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet '${name}'.`);
    return s;
  }
}

export class DoubleWorkbook {
  readonly worksheets: DoubleWorksheetCollection;
  readonly protection: DoubleWorkbookProtection;
  constructor(readonly ctx: DoubleContext) {
    this.worksheets = new DoubleWorksheetCollection(ctx);
    this.protection = new DoubleWorkbookProtection(ctx);
  }
}

export class DoubleWorkbookProtection extends Proxy implements Pick<Excel.WorkbookProtection, 'protected'> {
  get protected(): boolean {
    return this.read('protected');
  }
  load(propertyNames?: string | string[]): this {
    this.queueLoad(splitNames(propertyNames ?? 'protected'), () => this.ctx.model.structureProtected, 'WorkbookProtection.load');
    return this;
  }
}

export class DoubleWorksheetCollection extends Proxy implements Pick<Excel.WorksheetCollection, 'items'> {
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
  extends Proxy
  implements Pick<Excel.Worksheet, 'name' | 'visibility' | 'position' | 'isNullObject' | 'activate' | 'delete'>
{
  readonly protection: DoubleWorksheetProtection;
  readonly freezePanes: DoubleFreezePanes;
  readonly autoFilter: DoubleAutoFilter;
  readonly charts: DoubleChartCollection;
  private nullState: boolean | undefined;

  constructor(
    ctx: DoubleContext,
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

export class DoubleWorksheetProtection extends Proxy implements Pick<Excel.WorksheetProtection, 'protected'> {
  constructor(
    ctx: DoubleContext,
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

export class DoubleFreezePanes extends Proxy implements Pick<Excel.WorksheetFreezePanes, 'freezeRows'> {
  constructor(
    ctx: DoubleContext,
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

export class DoubleAutoFilter extends Proxy {
  constructor(
    ctx: DoubleContext,
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

function guardProtected(s: SheetModel): void {
  if (s.protected) {
    throw new DoubleOfficeError(
      'AccessDenied',
      `The cell or chart you're trying to change is on a protected sheet (${s.name}). To make a change, unprotect the sheet.`,
    );
  }
}

type Resolved = { sheet: SheetModel; area: Area } | null;

export class DoubleRange
  extends Proxy
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
    ctx: DoubleContext,
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

/**
 * What Excel makes of text written into a cell not formatted as text: numbers, percentages,
 * booleans and dates become values, and a leading = + - @ starts a formula (which the
 * double refuses, so a test catches text that would have become one).
 */
export function coerceTyped(x: string): CellModel['value'] {
  if (x === '') return null;
  const t = x.trim();
  if (t !== '' && !Number.isNaN(Number(t))) return Number(t);
  if (/^-?\d+(\.\d+)?%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t) ?? null;
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (iso || uk) {
    const [y, m, d] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [Number(uk![3]), Number(uk![2]), Number(uk![1])];
    const ms = Date.UTC(y, m - 1, d);
    if (!Number.isNaN(ms)) return ms / 86400000 + 25569;
  }
  if (/^[=+\-@]/.test(x) && x.length > 1) {
    throw new DoubleOfficeError('InvalidArgument', `Excel would read this text as a formula: ${x.slice(0, 40)}`);
  }
  return x;
}

function snapshotRange(sheet: SheetModel, area: Area, n: string): unknown {
  const grid = <T>(f: (c: CellModel | undefined) => T): T[][] => {
    const out: T[][] = [];
    for (let i = 0; i < area.rows; i++) {
      const row: T[] = [];
      for (let j = 0; j < area.cols; j++) row.push(f(getCell(sheet, area.row + i, area.col + j)));
      out.push(row);
    }
    return out;
  };
  if (area.rows * area.cols > 5_000_000) throw new DoubleOfficeError('RangeExceedsLimit', 'The range is too large to load.');
  switch (n) {
    case 'values':
      // Excel returns "" for an empty cell
      return grid((c) => (c === undefined || c.value === null ? '' : c.value));
    case 'text':
      return grid((c) => cellText(c));
    case 'numberFormat':
      return grid((c) => c?.numberFormat ?? 'General');
    case 'address':
      return rangeAddress(sheet.name, area.row, area.col, area.rows, area.cols);
    case 'rowCount':
      return area.rows;
    case 'columnCount':
      return area.cols;
    case 'rowIndex':
      return area.row;
    case 'columnIndex':
      return area.col;
    default:
      throw new DoubleOfficeError('NotImplemented', `The double does not load Range.${n}`);
  }
}

export class DoubleClientResult<T> {
  private v: T | undefined;
  private done = false;
  set(v: T): void {
    this.v = v;
    this.done = true;
  }
  get value(): T {
    if (!this.done) throw notLoaded('value');
    return this.v as T;
  }
}

export class DoubleRangeAreas extends Proxy implements Pick<Excel.RangeAreas, 'isNullObject' | 'areaCount'> {
  readonly areas: DoubleAreaCollection;
  private nullState: boolean | undefined;
  private resolved: { sheet: SheetModel; areas: Area[] } | null | undefined;
  constructor(ctx: DoubleContext, resolver: () => { sheet: SheetModel; areas: Area[] } | null) {
    super(ctx);
    this.areas = new DoubleAreaCollection(ctx, () => this.resolved ?? null);
    ctx.enqueue({
      bytes: OP_OVERHEAD,
      where: 'Range.getMergedAreasOrNullObject',
      run: () => {
        this.resolved = resolver();
        this.nullState = this.resolved === null;
      },
    });
  }
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
  load(propertyNames?: string | string[]): this {
    this.queueLoad(splitNames(propertyNames ?? 'areaCount'), (n) => {
      if (n === 'areaCount') return this.resolved?.areas.length ?? 0;
      throw new DoubleOfficeError('NotImplemented', `The double does not load RangeAreas.${n}`);
    }, 'RangeAreas.load');
    return this;
  }
}

/** RangeAreas.areas: a RangeCollection whose items are the areas. */
export class DoubleAreaCollection extends Proxy {
  private loadedItems: DoubleLoadedRange[] | null = null;
  constructor(
    ctx: DoubleContext,
    private readonly source: () => { sheet: SheetModel; areas: Area[] } | null,
  ) {
    super(ctx);
  }
  get items(): DoubleLoadedRange[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }
  load(propertyNames?: string | string[]): this {
    const names = splitNames(propertyNames ?? 'address,rowIndex,columnIndex,rowCount,columnCount').map((n) => n.replace(/^items\//, ''));
    this.ctx.enqueue({
      bytes: OP_OVERHEAD + jsonSize(names),
      where: 'RangeCollection.load',
      run: () => {
        const src = this.source();
        if (src === null) {
          // stricter than needed, perhaps: the host must check isNullObject before navigating
          throw new DoubleOfficeError('InvalidObjectPath', 'The RangeAreas is a null object: check isNullObject before loading its areas.');
        }
        this.loadedItems = src.areas.map((a) => {
          const item = new DoubleLoadedRange();
          for (const n of names) item.set(n, snapshotRange(src.sheet, a, n));
          return item;
        });
        return jsonSize(this.loadedItems.map((i) => i.json()));
      },
    });
    return this;
  }
}

/** An item of a loaded range collection: only the loaded properties can be read. */
export class DoubleLoadedRange implements Pick<Excel.Range, 'address' | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount'> {
  private props = new Map<string, unknown>();
  set(n: string, v: unknown): void {
    this.props.set(n, v);
  }
  json(): Record<string, unknown> {
    return Object.fromEntries(this.props);
  }
  private get<T>(n: string): T {
    if (!this.props.has(n)) throw notLoaded(n);
    return this.props.get(n) as T;
  }
  get address(): string {
    return this.get('address');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
}

/** Range.format and its parts: write-only here (the host never reads formats back). */
export class DoubleRangeFormat extends Proxy implements Pick<Excel.RangeFormat, 'wrapText' | 'columnWidth'> {
  readonly fill: DoubleRangeFill;
  readonly font: DoubleRangeFont;
  constructor(
    ctx: DoubleContext,
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

function eachCell(ctx: DoubleContext, range: DoubleRange, where: string, arg: unknown, f: (c: CellModel) => void): void {
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

export class DoubleRangeFill extends Proxy implements Pick<Excel.RangeFill, 'color' | 'clear'> {
  constructor(
    ctx: DoubleContext,
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

export class DoubleRangeFont extends Proxy implements Pick<Excel.RangeFont, 'bold' | 'italic' | 'color'> {
  constructor(
    ctx: DoubleContext,
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

export class DoubleChartCollection extends Proxy {
  private loadedItems: DoubleChart[] | null = null;
  constructor(
    ctx: DoubleContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(ctx);
  }
  get items(): DoubleChart[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }
  load(propertyNames?: string | string[]): this {
    void propertyNames;
    this.ctx.enqueue({
      bytes: OP_OVERHEAD,
      where: 'ChartCollection.load',
      run: () => {
        const s = this.sheet();
        this.loadedItems = s.charts.map((m) => {
          const c = new DoubleChart(this.ctx, this.sheet);
          c.model = m;
          return c;
        });
        return 40 * s.charts.length + 10;
      },
    });
    return this;
  }
  add: Nav<Excel.ChartCollection['add'], DoubleChart> = (type, sourceData, seriesBy) => {
    const chart = new DoubleChart(this.ctx, this.sheet);
    this.ctx.enqueue({
      bytes: OP_OVERHEAD + 60,
      where: 'ChartCollection.add',
      run: () => {
        const s = this.sheet();
        guardProtected(s);
        const src = (sourceData as unknown as DoubleRange).resolveNow();
        if (!src) throw new DoubleOfficeError('InvalidArgument', 'null source range');
        const by = String(seriesBy ?? 'Auto');
        if (by === 'Rows') throw new DoubleOfficeError('NotImplemented', 'The double detects series by columns only');
        const model: ChartModel = {
          type: String(type),
          source: rangeAddress(src.sheet.name, src.area.row, src.area.col, src.area.rows, src.area.cols),
          seriesBy: by,
          title: '',
          series: detectSeries(src.sheet, src.area),
          seriesColours: [],
          seriesCount: 0,
          position: null,
          width: null,
          height: null,
        };
        syncSeriesSummary(model);
        s.charts.push(model);
        chart.model = model;
      },
    });
    return chart;
  };
}

/**
 * The series Excel makes from a block, by columns: a first row with text names the series;
 * the first column gives the categories only where it holds text (or its top cell is empty):
 * a first column of numbers is a series like the others, and the categories are 1, 2, …
 */
function detectSeries(sheet: SheetModel, area: Area): SeriesModel[] {
  const value = (r: number, c: number) => getCell(sheet, r, c)?.value ?? null;
  const headerRow = Array.from({ length: area.cols }, (_, j) => value(area.row, area.col + j)).some((v, j) => (j > 0 || area.cols === 1) && typeof v === 'string');
  const first = headerRow ? area.row + 1 : area.row;
  const rows = area.row + area.rows - first;
  if (rows < 1) return [];
  const topLeftEmpty = value(area.row, area.col) === null;
  const firstColumn = Array.from({ length: rows }, (_, i) => value(first + i, area.col));
  const categories = area.cols > 1 && ((headerRow && topLeftEmpty) || firstColumn.some((v) => typeof v === 'string'));
  const xValues = categories ? rangeAddress(sheet.name, first, area.col, rows, 1) : null;
  const out: SeriesModel[] = [];
  for (let j = categories ? 1 : 0; j < area.cols; j++) {
    const name = headerRow ? String(value(area.row, area.col + j) ?? '') : `Series${out.length + 1}`;
    out.push({ name, values: rangeAddress(sheet.name, first, area.col + j, rows, 1), xValues, colour: null });
  }
  return out;
}

function syncSeriesSummary(m: ChartModel): void {
  m.seriesCount = m.series.length;
  m.seriesColours = m.series.map((x) => x.colour);
}

function rangeOf(r: Excel.Range | string, sheet: () => SheetModel, ctx: DoubleContext): string {
  if (typeof r === 'string') {
    const p = parseAddress(r);
    const s = p.sheet ? ctx.sheetByName(p.sheet) : sheet();
    return rangeAddress(s.name, p.area.row, p.area.col, p.area.rows, p.area.cols);
  }
  const x = (r as unknown as DoubleRange).resolveNow();
  if (!x) throw new DoubleOfficeError('InvalidArgument', 'null range');
  return rangeAddress(x.sheet.name, x.area.row, x.area.col, x.area.rows, x.area.cols);
}

export class DoubleChart extends Proxy implements Pick<Excel.Chart, 'width' | 'height' | 'setPosition' | 'delete'> {
  model: ChartModel | null = null;
  readonly title: DoubleChartTitle;
  readonly series: DoubleSeriesCollection;
  readonly legend: DoubleChartLegend;
  constructor(
    ctx: DoubleContext,
    readonly sheet: () => SheetModel,
  ) {
    super(ctx);
    this.title = new DoubleChartTitle(ctx, this);
    this.series = new DoubleSeriesCollection(ctx, this);
    this.legend = new DoubleChartLegend(ctx, this);
  }
  target(): ChartModel {
    if (!this.model) throw new DoubleOfficeError('ItemNotFound', 'The chart was not created.');
    return this.model;
  }
  delete(): void {
    this.ctx.enqueue({
      bytes: OP_OVERHEAD,
      where: 'Chart.delete',
      run: () => {
        const s = this.sheet();
        guardProtected(s);
        const m = this.target();
        s.charts = s.charts.filter((x) => x !== m);
      },
    });
  }
  get width(): number {
    return this.read('width');
  }
  set width(v: number) {
    this.loaded.set('width', v);
    this.ctx.enqueue({ bytes: OP_OVERHEAD + 8, where: 'Chart.width', run: () => void (this.target().width = v) });
  }
  get height(): number {
    return this.read('height');
  }
  set height(v: number) {
    this.loaded.set('height', v);
    this.ctx.enqueue({ bytes: OP_OVERHEAD + 8, where: 'Chart.height', run: () => void (this.target().height = v) });
  }
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    if (typeof startCell !== 'string' || (endCell !== undefined && typeof endCell !== 'string')) {
      throw new DoubleOfficeError('NotImplemented', 'The double takes chart positions as addresses');
    }
    this.ctx.enqueue({
      bytes: OP_OVERHEAD + 20,
      where: 'Chart.setPosition',
      run: () => {
        parseAddress(startCell);
        this.target().position = endCell === undefined ? { start: startCell } : { start: startCell, end: endCell };
      },
    });
  }
}

export class DoubleChartTitle extends Proxy implements Pick<Excel.ChartTitle, 'text'> {
  constructor(
    ctx: DoubleContext,
    private readonly chart: DoubleChart,
  ) {
    super(ctx);
  }
  get text(): string {
    return this.read('text');
  }
  set text(v: string) {
    this.loaded.set('text', v);
    this.ctx.enqueue({ bytes: OP_OVERHEAD + jsonSize(v), where: 'ChartTitle.text', run: () => void (this.chart.target().title = v) });
  }
}

export class DoubleChartLegend extends Proxy implements Pick<Excel.ChartLegend, 'position'> {
  constructor(
    ctx: DoubleContext,
    private readonly chart: DoubleChart,
  ) {
    super(ctx);
  }
  get position(): Excel.ChartLegendPosition | 'Invalid' | 'Top' | 'Bottom' | 'Left' | 'Right' | 'Corner' | 'Custom' {
    return this.read('position');
  }
  set position(v: Excel.ChartLegendPosition | 'Invalid' | 'Top' | 'Bottom' | 'Left' | 'Right' | 'Corner' | 'Custom') {
    this.loaded.set('position', v);
    this.ctx.enqueue({ bytes: OP_OVERHEAD + 10, where: 'ChartLegend.position', run: () => void this.chart.target() });
  }
}

export class DoubleSeriesCollection extends Proxy {
  constructor(
    ctx: DoubleContext,
    private readonly chart: DoubleChart,
  ) {
    super(ctx);
  }
  getItemAt: Nav<Excel.ChartSeriesCollection['getItemAt'], DoubleSeries> = (index) => new DoubleSeries(this.ctx, this.chart, () => index);
  /** ExcelApi 1.7: a new, empty series at the end (or at index). */
  add: Nav<Excel.ChartSeriesCollection['add'], DoubleSeries> = (name, index) => {
    let at = -1;
    this.ctx.enqueue({
      bytes: OP_OVERHEAD + jsonSize(name),
      where: 'ChartSeriesCollection.add',
      run: () => {
        const m = this.chart.target();
        const s: SeriesModel = { name: name ?? `Series${m.series.length + 1}`, values: null, xValues: null, colour: null };
        at = index === undefined ? m.series.length : Math.max(0, Math.min(index, m.series.length));
        m.series.splice(at, 0, s);
        syncSeriesSummary(m);
      },
    });
    return new DoubleSeries(this.ctx, this.chart, () => at);
  };
}

export class DoubleSeries extends Proxy implements Pick<Excel.ChartSeries, 'name' | 'setValues' | 'setXAxisValues'> {
  readonly format: { fill: Pick<Excel.ChartFill, 'setSolidColor'> };
  constructor(
    ctx: DoubleContext,
    private readonly chart: DoubleChart,
    private readonly index: () => number,
  ) {
    super(ctx);
    this.format = {
      fill: {
        setSolidColor: (color: string) => {
          this.change('ChartSeries.format.fill.setSolidColor', jsonSize(color), (s) => void (s.colour = color.toUpperCase()));
        },
      },
    };
  }
  private change(where: string, bytes: number, f: (s: SeriesModel) => void): void {
    this.ctx.enqueue({
      bytes: OP_OVERHEAD + bytes,
      where,
      run: () => {
        const m = this.chart.target();
        const s = m.series[this.index()];
        if (!s) throw new DoubleOfficeError('InvalidArgument', `No series at ${this.index()}`);
        f(s);
        syncSeriesSummary(m);
      },
    });
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.loaded.set('name', v);
    this.change('ChartSeries.name', jsonSize(v), (s) => void (s.name = v));
  }
  setValues(sourceData: Excel.Range): void {
    this.change('ChartSeries.setValues', 40, (s) => void (s.values = rangeOf(sourceData, this.chart.sheet, this.ctx)));
  }
  setXAxisValues(sourceData: Excel.Range): void {
    this.change('ChartSeries.setXAxisValues', 40, (s) => void (s.xValues = rangeOf(sourceData, this.chart.sheet, this.ctx)));
  }
}

/** The `Excel` namespace as the host uses it at run time: run() plus the enums it names. */
export function createExcelGlobal(model: () => WorkbookModel, stats: DoubleStats, options: { supports?: (version: string) => boolean } = {}) {
  type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
  async function run<T>(a: Excel.RunOptions | Batch<T>, b?: Batch<T>): Promise<T> {
    const runOptions: Excel.RunOptions = typeof a === 'function' ? {} : a;
    const batch = (typeof a === 'function' ? a : b)!;
    const ctx = new DoubleContext(model(), stats, { delayForCellEdit: runOptions.delayForCellEdit === true, supports: options.supports });
    stats.runs++;
    stats.runOptions.push({ ...runOptions });
    const out = await batch(ctx as unknown as Excel.RequestContext);
    stats.unsyncedAtEnd += ctx.pending;
    return out;
  }
  return {
    run,
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    ChartType: { barStacked: 'BarStacked' },
    ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
    ChartLegendPosition: { bottom: 'Bottom', right: 'Right', top: 'Top' },
    ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents' },
    ErrorCodes: {
      accessDenied: 'AccessDenied',
      itemNotFound: 'ItemNotFound',
      invalidArgument: 'InvalidArgument',
      generalException: 'GeneralException',
      inactiveWorkbook: 'InactiveWorkbook',
      invalidOperation: 'InvalidOperation',
      invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
      responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
    },
  };
}
