/**
 * The Apps Script services the add-on uses, passed in rather than read as globals so the same
 * host code runs against Google's services (server/main.ts hands over the globals) and against
 * the test double (testing/sheets).
 */
export interface Services {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  /** Only its ChartType enum is used (no scope needed). */
  Charts: GoogleAppsScript.Charts.Charts;
  /** Utilities.formatDate: the fallback for reading dates in the spreadsheet's time zone. */
  Utilities?: Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate'>;
}
