/** What the Excel double measured: the syncs of each Excel.run and their payload sizes. */

/** Office's limit on one sync's request and on its response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

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
