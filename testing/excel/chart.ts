/** ChartCollection and Chart, with its title, legend and series. */
import { ChartModel, SeriesModel, SheetModel, getCell, rangeAddress } from './model';
import { parseAddress, type Area } from './address';
import { OP_OVERHEAD, jsonSize, type DoubleBatch } from './batch';
import { DoubleClientObject, type Nav } from './clientObject';
import { DoubleOfficeError, notLoaded } from './errors';
import { guardProtected } from './cells';
import type { DoubleRange } from './range';

export class DoubleChartCollection extends DoubleClientObject {
  private loadedItems: DoubleChart[] | null = null;
  constructor(
    ctx: DoubleBatch,
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

function rangeOf(r: Excel.Range | string, sheet: () => SheetModel, ctx: DoubleBatch): string {
  if (typeof r === 'string') {
    const p = parseAddress(r);
    const s = p.sheet ? ctx.sheetByName(p.sheet) : sheet();
    return rangeAddress(s.name, p.area.row, p.area.col, p.area.rows, p.area.cols);
  }
  const x = (r as unknown as DoubleRange).resolveNow();
  if (!x) throw new DoubleOfficeError('InvalidArgument', 'null range');
  return rangeAddress(x.sheet.name, x.area.row, x.area.col, x.area.rows, x.area.cols);
}

export class DoubleChart extends DoubleClientObject implements Pick<Excel.Chart, 'width' | 'height' | 'setPosition' | 'delete'> {
  model: ChartModel | null = null;
  readonly title: DoubleChartTitle;
  readonly series: DoubleSeriesCollection;
  readonly legend: DoubleChartLegend;
  constructor(
    ctx: DoubleBatch,
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

export class DoubleChartTitle extends DoubleClientObject implements Pick<Excel.ChartTitle, 'text'> {
  constructor(
    ctx: DoubleBatch,
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

export class DoubleChartLegend extends DoubleClientObject implements Pick<Excel.ChartLegend, 'position'> {
  constructor(
    ctx: DoubleBatch,
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

export class DoubleSeriesCollection extends DoubleClientObject {
  constructor(
    ctx: DoubleBatch,
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

export class DoubleSeries extends DoubleClientObject implements Pick<Excel.ChartSeries, 'name' | 'setValues' | 'setXAxisValues'> {
  readonly format: { fill: Pick<Excel.ChartFill, 'setSolidColor'> };
  constructor(
    ctx: DoubleBatch,
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
