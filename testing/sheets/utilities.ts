/** Utilities.formatDate, for the Java-style patterns the add-on uses. */
import type { CallLog } from './calls';
import { formatDateJava } from './zone';

/** The members of Google's Utilities this double mirrors (checked against Google's types in typing.ts). */
export type UtilitiesMembers = 'formatDate';

export class DoubleUtilities {
  constructor(private readonly log: CallLog) {}

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    this.log.hit('Utilities.formatDate');
    return formatDateJava(date as unknown as Date, timeZone, format);
  }
}
