/** The `Excel` global of the double. */
import type { WorkbookModel } from './model';
import type { DoubleStats } from './stats';
import { DoubleContext } from './context';

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
