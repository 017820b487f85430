/** RequestContext: the batch (queue and sync) and the workbook it reaches. */
import type { WorkbookModel } from './model';
import { DoubleBatch, type DoubleContextOptions } from './batch';
import type { DoubleStats } from './stats';
import { DoubleWorkbook } from './workbook';

export class DoubleContext extends DoubleBatch {
  readonly workbook: DoubleWorkbook;
  constructor(model: WorkbookModel, stats: DoubleStats, options: DoubleContextOptions = {}) {
    super(model, stats, options);
    this.workbook = new DoubleWorkbook(this);
  }
}
