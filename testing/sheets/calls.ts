/**
 * Counts every method call made on the double, by "Class.method", and notes writes made while
 * the document lock was not held.
 */
export class CallLog {
  readonly counts = new Map<string, number>();
  /** Mutating calls made on the spreadsheet while no document lock was held. */
  readonly unlockedWrites: string[] = [];
  lockHeld = false;
  /** While false, calls are not counted (used by test helpers that fill the double). */
  recording = true;
  /** Cells returned by batch reads and cells changed by writes. */
  cellsRead = 0;
  cellsWritten = 0;

  hit(name: string): void {
    if (!this.recording) return;
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  write(name: string): void {
    this.hit(name);
    if (this.recording && !this.lockHeld) this.unlockedWrites.push(name);
  }

  total(filter?: (name: string) => boolean): number {
    let n = 0;
    for (const [k, v] of this.counts) if (!filter || filter(k)) n += v;
    return n;
  }

  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
    this.cellsRead = 0;
    this.cellsWritten = 0;
    this.unlockedWrites.length = 0;
  }

  /** Runs `fn` without counting (filling the double is not the code under test). */
  quietly<T>(fn: () => T): T {
    const was = this.recording;
    this.recording = false;
    try {
      return fn();
    } finally {
      this.recording = was;
    }
  }
}

/**
 * Builder calls (RichTextValueBuilder, EmbeddedChartBuilder, RichTextValue) work on objects in
 * the script's memory; every other call reaches the spreadsheet.
 */
export function isBuilderCall(name: string): boolean {
  return /^(RichTextValueBuilder|RichTextValue|EmbeddedChartBuilder)\./.test(name) || name === 'SpreadsheetApp.newRichTextValue';
}
