/** What every object of the Sheets double shares: the call log, the spreadsheet's time zone, the realm's Date. */
import type { CallLog } from './calls';

export interface DoubleState {
  log: CallLog;
  timeZone: string;
  /** Date constructor of the realm the script runs in (a vm context has its own). */
  DateCtor: DateConstructor;
  nextSheetId: number;
}
