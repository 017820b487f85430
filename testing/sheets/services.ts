/**
 * Doubles of PropertiesService (document properties: strings only), LockService (one
 * document lock; holding it marks the spreadsheet's writes as locked), Charts (its
 * ChartType enum) and Utilities.formatDate.
 */
import type { CallLog } from './calls';
import type { Faked } from './typing';
import { formatDateJava } from './zone';

export class FakeProperties
  implements Faked<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty' | 'deleteProperty' | 'getProperties' | 'getKeys'>
{
  readonly store = new Map<string, string>();

  constructor(private readonly log: CallLog) {}

  getProperty(key: string): string | null {
    this.log.hit('Properties.getProperty');
    return this.store.get(key) ?? null;
  }

  setProperty(key: string, value: string): FakeProperties {
    this.log.hit('Properties.setProperty');
    if (typeof value !== 'string') throw new Error('Properties only hold strings.');
    if (value.length > 9 * 1024) throw new Error('Argument too large: value');
    this.store.set(key, value);
    return this;
  }

  deleteProperty(key: string): FakeProperties {
    this.log.hit('Properties.deleteProperty');
    this.store.delete(key);
    return this;
  }

  getProperties(): { [key: string]: string } {
    this.log.hit('Properties.getProperties');
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    this.log.hit('Properties.getKeys');
    return [...this.store.keys()];
  }
}

export class FakePropertiesService implements Faked<GoogleAppsScript.Properties.PropertiesService, 'getDocumentProperties'> {
  readonly document: FakeProperties;

  constructor(private readonly log: CallLog) {
    this.document = new FakeProperties(log);
  }

  getDocumentProperties(): FakeProperties {
    this.log.hit('PropertiesService.getDocumentProperties');
    return this.document;
  }
}

export class FakeLock implements Faked<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  /** Set by a test to act as if another execution holds the lock. */
  heldElsewhere = false;
  acquisitions = 0;

  constructor(private readonly log: CallLog) {}

  tryLock(timeoutInMillis: number): boolean {
    this.log.hit('Lock.tryLock');
    void timeoutInMillis;
    if (this.heldElsewhere) return false;
    this.log.lockHeld = true;
    this.acquisitions++;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    this.log.hit('Lock.waitLock');
    if (!this.tryLockQuiet()) throw new Error(`Lock timeout: another process was holding the lock for too long (${timeoutInMillis} ms).`);
  }

  private tryLockQuiet(): boolean {
    if (this.heldElsewhere) return false;
    this.log.lockHeld = true;
    this.acquisitions++;
    return true;
  }

  releaseLock(): void {
    this.log.hit('Lock.releaseLock');
    this.log.lockHeld = false;
  }

  hasLock(): boolean {
    this.log.hit('Lock.hasLock');
    return this.log.lockHeld;
  }
}

export class FakeLockService implements Faked<GoogleAppsScript.Lock.LockService, 'getDocumentLock'> {
  readonly documentLock: FakeLock;

  constructor(private readonly log: CallLog) {
    this.documentLock = new FakeLock(log);
  }

  getDocumentLock(): FakeLock {
    this.log.hit('LockService.getDocumentLock');
    return this.documentLock;
  }
}

export const FAKE_CHARTS = {
  ChartType: { TIMELINE: 'TIMELINE', AREA: 'AREA', BAR: 'BAR', BUBBLE: 'BUBBLE', CANDLESTICK: 'CANDLESTICK', COLUMN: 'COLUMN', COMBO: 'COMBO', GAUGE: 'GAUGE', GEO: 'GEO', HISTOGRAM: 'HISTOGRAM', RADAR: 'RADAR', LINE: 'LINE', ORG: 'ORG', PIE: 'PIE', SCATTER: 'SCATTER', SPARKLINE: 'SPARKLINE', STEPPED_AREA: 'STEPPED_AREA', TABLE: 'TABLE', TREEMAP: 'TREEMAP', WATERFALL: 'WATERFALL' },
  Position: { TOP: 'TOP', BOTTOM: 'BOTTOM', RIGHT: 'RIGHT', NONE: 'NONE' },
} as unknown as Pick<GoogleAppsScript.Charts.Charts, 'ChartType' | 'Position'>;

export class FakeUtilities implements Faked<GoogleAppsScript.Utilities.Utilities, 'formatDate'> {
  constructor(private readonly log: CallLog) {}

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    this.log.hit('Utilities.formatDate');
    return formatDateJava(date as unknown as Date, timeZone, format);
  }
}
