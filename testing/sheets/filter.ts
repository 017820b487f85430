/** Filter: the one filter a sheet may hold (Range.createFilter). */
import type { CallLog } from './calls';

/** The members of Google's Filter this double mirrors (checked against Google's types in typing.ts). */
export type FilterMembers = 'getRange';

/** A filter over a range R (generic, so that range.ts, which makes filters, and this file need not import each other). */
export class DoubleFilter<R> {
  constructor(
    private readonly log: CallLog,
    private readonly range: R,
  ) {}

  getRange(): R {
    this.log.hit('Filter.getRange');
    return this.range;
  }
}
