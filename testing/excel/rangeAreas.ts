/** RangeAreas (Range.getMergedAreasOrNullObject), its area collection and the loaded ranges in it. */
import type { SheetModel } from './model';
import type { Area } from './address';
import { OP_OVERHEAD, jsonSize, type DoubleBatch } from './batch';
import { DoubleClientObject, splitNames } from './clientObject';
import { DoubleOfficeError, notLoaded } from './errors';
import { snapshotRange } from './cells';

export class DoubleRangeAreas extends DoubleClientObject implements Pick<Excel.RangeAreas, 'isNullObject' | 'areaCount'> {
  readonly areas: DoubleAreaCollection;
  private nullState: boolean | undefined;
  private resolved: { sheet: SheetModel; areas: Area[] } | null | undefined;
  constructor(ctx: DoubleBatch, resolver: () => { sheet: SheetModel; areas: Area[] } | null) {
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
export class DoubleAreaCollection extends DoubleClientObject {
  private loadedItems: DoubleLoadedRange[] | null = null;
  constructor(
    ctx: DoubleBatch,
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
