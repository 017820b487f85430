/** Workbook: its worksheets and its structure protection. */
import type { DoubleBatch } from './batch';
import { DoubleClientObject, splitNames } from './clientObject';
import { DoubleWorksheetCollection } from './worksheet';

export class DoubleWorkbook {
  readonly worksheets: DoubleWorksheetCollection;
  readonly protection: DoubleWorkbookProtection;
  constructor(readonly ctx: DoubleBatch) {
    this.worksheets = new DoubleWorksheetCollection(ctx);
    this.protection = new DoubleWorkbookProtection(ctx);
  }
}

export class DoubleWorkbookProtection extends DoubleClientObject implements Pick<Excel.WorkbookProtection, 'protected'> {
  get protected(): boolean {
    return this.read('protected');
  }
  load(propertyNames?: string | string[]): this {
    this.queueLoad(splitNames(propertyNames ?? 'protected'), () => this.ctx.model.structureProtected, 'WorkbookProtection.load');
    return this;
  }
}
