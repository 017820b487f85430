/**
 * The Apps Script double as one object: services to hand to the host code (or to install as
 * globals of a vm context for the bundled Code.js) and the call log; fromGrid.ts fills it.
 */
import type { Services } from '../../sheets-addon/host/services';
import { CallLog } from './calls';
import type { DoubleState } from './state';
import { DoubleSpreadsheet } from './spreadsheet';
import { DoubleSpreadsheetApp } from './spreadsheetApp';
import { DoubleHtmlService } from './htmlService';
import { DoublePropertiesService } from './properties';
import { DoubleLockService } from './lock';
import { DOUBLE_CHARTS } from './charts';
import { DoubleUtilities } from './utilities';

export interface DoubleOptions {
  /** The spreadsheet's time zone (File → Settings); default Europe/London. */
  timeZone?: string;
  /** The spreadsheet's name (a converted upload drops the .xlsx). */
  name?: string;
  /** Project HTML files by name, e.g. { Sidebar: '<html>…' }. */
  files?: Record<string, string>;
  /** The realm's Date, where the script runs in a vm context. */
  DateCtor?: DateConstructor;
}

export class AppsScriptDouble {
  readonly log = new CallLog();
  readonly state: DoubleState;
  readonly ss: DoubleSpreadsheet;
  readonly SpreadsheetApp: DoubleSpreadsheetApp;
  readonly HtmlService: DoubleHtmlService;
  readonly PropertiesService: DoublePropertiesService;
  readonly LockService: DoubleLockService;
  readonly Charts = DOUBLE_CHARTS;
  readonly Utilities: DoubleUtilities;

  constructor(options: DoubleOptions = {}) {
    this.state = { log: this.log, timeZone: options.timeZone ?? 'Europe/London', DateCtor: options.DateCtor ?? Date, nextSheetId: 0 };
    this.ss = new DoubleSpreadsheet(this.state, options.name ?? 'Plan');
    this.SpreadsheetApp = new DoubleSpreadsheetApp(this.state, this.ss);
    this.HtmlService = new DoubleHtmlService(this.log, options.files ?? {});
    this.PropertiesService = new DoublePropertiesService(this.log);
    this.LockService = new DoubleLockService(this.log);
    this.Utilities = new DoubleUtilities(this.log);
  }

  /** The services as the host code takes them (typed as Google's). */
  services(): Services {
    return this.globals() as unknown as Services;
  }

  /** The globals Apps Script provides, for a vm context. */
  globals(): Record<string, unknown> {
    return {
      SpreadsheetApp: this.SpreadsheetApp,
      HtmlService: this.HtmlService,
      PropertiesService: this.PropertiesService,
      LockService: this.LockService,
      Charts: this.Charts,
      Utilities: this.Utilities,
    };
  }

  /** The spreadsheet as the host code takes it. */
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  }
}
