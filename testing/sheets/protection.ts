/** Protection: a protected sheet or range, and whether this user may edit it. */
import type { CallLog } from './calls';
import type { DoubleRange } from './range';

/** A protected block, 1-based. */
export interface ProtectedArea {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** The members of Google's Protection this double mirrors (checked against Google's types in typing.ts). */
export type ProtectionMembers = 'canEdit' | 'isWarningOnly' | 'getDescription' | 'getRange' | 'getUnprotectedRanges';

export class DoubleProtection {
  constructor(
    private readonly log: CallLog,
    readonly type: 'SHEET' | 'RANGE',
    private readonly editable: boolean,
    private readonly warningOnly = false,
    private readonly description = '',
    /** A RANGE protection's cells (the sheet's own range for a SHEET protection). */
    readonly area: ProtectedArea | null = null,
    private readonly rangeOf: ((a: ProtectedArea) => DoubleRange) | null = null,
  ) {}

  /** True where a write by this user into the block is refused. */
  blocks(row: number, column: number, rows: number, columns: number): boolean {
    if (this.editable || this.warningOnly) return false;
    if (this.type === 'SHEET' || !this.area) return true;
    const a = this.area;
    return row < a.row + a.rows && a.row < row + rows && column < a.column + a.columns && a.column < column + columns;
  }

  getRange(): DoubleRange {
    this.log.hit('Protection.getRange');
    if (!this.area || !this.rangeOf) throw new Error('The double holds no range for this protection.');
    return this.rangeOf(this.area);
  }

  getUnprotectedRanges(): DoubleRange[] {
    this.log.hit('Protection.getUnprotectedRanges');
    return [];
  }

  canEdit(): boolean {
    this.log.hit('Protection.canEdit');
    return this.editable;
  }

  isWarningOnly(): boolean {
    this.log.hit('Protection.isWarningOnly');
    return this.warningOnly;
  }

  getDescription(): string {
    this.log.hit('Protection.getDescription');
    return this.description;
  }
}
