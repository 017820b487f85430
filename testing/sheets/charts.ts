/** Charts: only its ChartType and Position enums (the add-on builds charts with Sheet.newChart()). */

export const DOUBLE_CHARTS = {
  ChartType: { TIMELINE: 'TIMELINE', AREA: 'AREA', BAR: 'BAR', BUBBLE: 'BUBBLE', CANDLESTICK: 'CANDLESTICK', COLUMN: 'COLUMN', COMBO: 'COMBO', GAUGE: 'GAUGE', GEO: 'GEO', HISTOGRAM: 'HISTOGRAM', RADAR: 'RADAR', LINE: 'LINE', ORG: 'ORG', PIE: 'PIE', SCATTER: 'SCATTER', SPARKLINE: 'SPARKLINE', STEPPED_AREA: 'STEPPED_AREA', TABLE: 'TABLE', TREEMAP: 'TREEMAP', WATERFALL: 'WATERFALL' },
  Position: { TOP: 'TOP', BOTTOM: 'BOTTOM', RIGHT: 'RIGHT', NONE: 'NONE' },
} as unknown as Pick<GoogleAppsScript.Charts.Charts, 'ChartType' | 'Position'>;
