/**
 * The batch behind a request context: operations queued by the proxies and sent, in order,
 * at context.sync(), with the payload sizes and the refusals of the real API (see index.ts).
 */
import type { SheetModel, WorkbookModel } from './model';
import { DoubleOfficeError } from './errors';
import { PAYLOAD_LIMIT, type DoubleStats, type SyncRecord } from './stats';

/** Bytes each queued operation costs on the wire besides its arguments: Office.js sends an object path, an "instantiate" action and the action itself, each a small JSON object with ids. */
export const OP_OVERHEAD = 250;

export interface Op {
  bytes: number;
  where: string;
  run: () => number | void; // returns response bytes for loads
}

export function jsonSize(x: unknown): number {
  return JSON.stringify(x ?? null).length;
}

export interface DoubleContextOptions {
  delayForCellEdit?: boolean;
  /** Office.context.requirements.isSetSupported('ExcelApi', version). */
  supports?: (version: string) => boolean;
}

/** The queue and sync of one request context (DoubleContext adds the workbook). */
export class DoubleBatch {
  private queue: Op[] = [];
  constructor(
    readonly model: WorkbookModel,
    readonly stats: DoubleStats,
    readonly options: DoubleContextOptions = {},
  ) {}

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
