/** RangeList (Sheet.getRangeList): one call over many ranges. */
import type { CallLog } from './calls';
import type { DoubleRange } from './range';

/** The members of Google's RangeList this double mirrors (checked against Google's types in typing.ts). */
export type RangeListMembers = 'getRanges' | 'setValue' | 'setBackground' | 'setNumberFormat';

export class DoubleRangeList {
  constructor(
    private readonly log: CallLog,
    readonly ranges: DoubleRange[],
  ) {}

  getRanges(): DoubleRange[] {
    this.log.hit('RangeList.getRanges');
    return [...this.ranges];
  }

  private each(name: string, fn: (r: DoubleRange) => void): this {
    this.log.write(`RangeList.${name}`);
    this.log.quietly(() => this.ranges.forEach(fn));
    return this;
  }

  setValue(value: unknown): this {
    return this.each('setValue', (r) => r.setValue(value));
  }

  setBackground(color: string | null): this {
    return this.each('setBackground', (r) => r.setBackground(color));
  }

  setNumberFormat(numberFormat: string): this {
    return this.each('setNumberFormat', (r) => r.setNumberFormat(numberFormat));
  }
}
