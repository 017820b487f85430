/** EmbeddedChart and its builder (Sheet.newChart()), with the bar chart builder's typed options. */
import type { CallLog } from './calls';
import type { DoubleRange } from './range';

/** The members of Google's EmbeddedChart this double mirrors (checked against Google's types in typing.ts). */
export type ChartMembers = 'getRanges' | 'getNumHeaders' | 'getTransposeRowsAndColumns';

export class DoubleChart {
  constructor(
    private readonly log: CallLog,
    readonly chartType: unknown,
    readonly ranges: DoubleRange[],
    readonly options: Record<string, unknown>,
    readonly position: { row: number; column: number; offsetX: number; offsetY: number },
    readonly numHeaders: number,
    readonly transpose: boolean,
  ) {}

  /** The builder methods it was made with. */
  builtWith: string[] = [];

  getRanges(): DoubleRange[] {
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

/** The members of Google's EmbeddedChartBuilder this double mirrors (checked against Google's types in typing.ts). */
export type ChartBuilderMembers = 'setChartType' | 'addRange' | 'setNumHeaders' | 'setTransposeRowsAndColumns' | 'setPosition' | 'setOption' | 'build' | 'getRanges' | 'getChartType';

export class DoubleChartBuilder {
  private type: GoogleAppsScript.Charts.ChartType | null = null;
  private readonly ranges: DoubleRange[] = [];
  private readonly options: Record<string, unknown> = {};
  private position = { row: 1, column: 1, offsetX: 0, offsetY: 0 };
  private headers = -1;
  private transpose = false;

  constructor(private readonly log: CallLog) {}

  /** The builder methods called, in order (asBarChart, setStacked …). */
  readonly calls: string[] = [];

  setChartType(type: GoogleAppsScript.Charts.ChartType): DoubleChartBuilder {
    this.log.hit('EmbeddedChartBuilder.setChartType');
    this.calls.push('setChartType');
    this.type = type;
    return this;
  }

  /** EmbeddedBarChartBuilder: a bar chart's own typed options. */
  asBarChart(): DoubleChartBuilder {
    this.log.hit('EmbeddedChartBuilder.asBarChart');
    this.calls.push('asBarChart');
    this.type = 'BAR' as unknown as GoogleAppsScript.Charts.ChartType;
    return this;
  }

  setStacked(): DoubleChartBuilder {
    this.log.hit('EmbeddedBarChartBuilder.setStacked');
    if (!this.calls.includes('asBarChart')) throw new Error('setStacked is a method of the bar chart builder (asBarChart()).');
    this.calls.push('setStacked');
    this.options.isStacked = true;
    return this;
  }

  setTitle(title: string): DoubleChartBuilder {
    this.log.hit('EmbeddedBarChartBuilder.setTitle');
    this.calls.push('setTitle');
    this.options.title = title;
    return this;
  }

  setColors(colors: string[]): DoubleChartBuilder {
    this.log.hit('EmbeddedBarChartBuilder.setColors');
    this.calls.push('setColors');
    this.options.colors = [...colors];
    return this;
  }

  setLegendPosition(position: GoogleAppsScript.Charts.Position): DoubleChartBuilder {
    this.log.hit('EmbeddedBarChartBuilder.setLegendPosition');
    this.calls.push('setLegendPosition');
    this.options.legend = { position: String(position).toLowerCase() };
    return this;
  }

  setDimensions(width: number, height: number): DoubleChartBuilder {
    this.log.hit('EmbeddedBarChartBuilder.setDimensions');
    this.calls.push('setDimensions');
    this.options.width = width;
    this.options.height = height;
    return this;
  }

  addRange(range: DoubleRange): DoubleChartBuilder {
    this.log.hit('EmbeddedChartBuilder.addRange');
    this.ranges.push(range);
    return this;
  }

  setNumHeaders(headers: number): DoubleChartBuilder {
    this.log.hit('EmbeddedChartBuilder.setNumHeaders');
    this.headers = headers;
    return this;
  }

  setTransposeRowsAndColumns(transpose: boolean): DoubleChartBuilder {
    this.log.hit('EmbeddedChartBuilder.setTransposeRowsAndColumns');
    this.transpose = transpose;
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): DoubleChartBuilder {
    this.log.hit('EmbeddedChartBuilder.setPosition');
    this.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): DoubleChartBuilder {
    this.log.hit('EmbeddedChartBuilder.setOption');
    this.options[option] = value;
    return this;
  }

  getRanges(): DoubleRange[] {
    this.log.hit('EmbeddedChartBuilder.getRanges');
    return [...this.ranges];
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    this.log.hit('EmbeddedChartBuilder.getChartType');
    if (this.type === null) throw new Error('No chart type set.');
    return this.type;
  }

  build(): DoubleChart {
    this.log.hit('EmbeddedChartBuilder.build');
    if (this.type === null) throw new Error('The chart type must be set before building.');
    if (!this.ranges.length) throw new Error('The chart has no data ranges.');
    const chart = new DoubleChart(this.log, this.type, [...this.ranges], { ...this.options }, this.position, this.headers, this.transpose);
    chart.builtWith = [...this.calls];
    return chart;
  }
}
