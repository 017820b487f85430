/** LockService and the document lock: holding it marks the spreadsheet's writes as locked (CallLog.lockHeld). */
import type { CallLog } from './calls';

/** The members of Google's Lock this double mirrors (checked against Google's types in typing.ts). */
export type LockMembers = 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock';

export class DoubleLock {
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

/** The members of Google's LockService this double mirrors (checked against Google's types in typing.ts). */
export type LockServiceMembers = 'getDocumentLock';

export class DoubleLockService {
  readonly documentLock: DoubleLock;

  constructor(private readonly log: CallLog) {
    this.documentLock = new DoubleLock(log);
  }

  getDocumentLock(): DoubleLock {
    this.log.hit('LockService.getDocumentLock');
    return this.documentLock;
  }
}
