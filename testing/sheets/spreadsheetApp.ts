/** SpreadsheetApp: the active spreadsheet, its Ui, the rich-text builder, the ProtectionType enum. */
import type { DoubleState } from './state';
import type { DoubleSpreadsheet } from './spreadsheet';
import { DoubleUi } from './ui';
import { DoubleRichTextBuilder } from './richText';

export const PROTECTION_TYPE = { RANGE: 'RANGE', SHEET: 'SHEET' } as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;

/** The members of Google's SpreadsheetApp this double mirrors (checked against Google's types in typing.ts). */
export type SpreadsheetAppMembers = 'getActiveSpreadsheet' | 'getActive' | 'getUi' | 'newRichTextValue' | 'flush' | 'ProtectionType';

export class DoubleSpreadsheetApp {
  readonly ProtectionType = PROTECTION_TYPE;
  readonly ui: DoubleUi;

  constructor(
    readonly state: DoubleState,
    readonly spreadsheet: DoubleSpreadsheet,
  ) {
    this.ui = new DoubleUi(state.log);
  }

  getActiveSpreadsheet(): DoubleSpreadsheet {
    this.state.log.hit('SpreadsheetApp.getActiveSpreadsheet');
    return this.spreadsheet;
  }

  getActive(): DoubleSpreadsheet {
    this.state.log.hit('SpreadsheetApp.getActive');
    return this.spreadsheet;
  }

  getUi(): DoubleUi {
    this.state.log.hit('SpreadsheetApp.getUi');
    return this.ui;
  }

  newRichTextValue(): DoubleRichTextBuilder {
    this.state.log.hit('SpreadsheetApp.newRichTextValue');
    return new DoubleRichTextBuilder(this.state.log);
  }

  flush(): void {
    this.state.log.hit('SpreadsheetApp.flush');
  }
}
