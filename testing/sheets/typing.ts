/**
 * Types that tie the double to @types/google-apps-script: a fake class `implements
 * Faked<GoogleAppsScript.Spreadsheet.Range, 'getValues' | …>`, so each faked method keeps
 * Google's parameter and return types, with Google's own classes swapped for the fakes.
 * A method renamed or retyped upstream fails the type check here.
 */
import type {
  FakeChart,
  FakeChartBuilder,
  FakeFilter,
  FakeMenu,
  FakeProtection,
  FakeRange,
  FakeRangeList,
  FakeRichText,
  FakeRichTextBuilder,
  FakeSheet,
  FakeSpreadsheet,
  FakeUi,
} from './spreadsheet';
import type { FakeHtmlOutput, FakeHtmlTemplate } from './html';
import type { FakeLock, FakeProperties } from './services';

type IsAny<T> = 0 extends 1 & T ? true : false;

/** Google's class → the fake standing in for it. */
export type Swap<T> =
  IsAny<T> extends true
    ? T
    : T extends GoogleAppsScript.Spreadsheet.Range
      ? FakeRange
      : T extends GoogleAppsScript.Spreadsheet.RangeList
        ? FakeRangeList
        : T extends GoogleAppsScript.Spreadsheet.Sheet
          ? FakeSheet
          : T extends GoogleAppsScript.Spreadsheet.Spreadsheet
            ? FakeSpreadsheet
            : T extends GoogleAppsScript.Spreadsheet.Protection
              ? FakeProtection
              : T extends GoogleAppsScript.Spreadsheet.RichTextValueBuilder
                ? FakeRichTextBuilder
                : T extends GoogleAppsScript.Spreadsheet.RichTextValue
                  ? FakeRichText
                  : T extends GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder
                    ? FakeChartBuilder
                    : T extends GoogleAppsScript.Spreadsheet.EmbeddedChart
                      ? FakeChart
                      : T extends GoogleAppsScript.Spreadsheet.Filter
                        ? FakeFilter
                        : T extends GoogleAppsScript.Base.Ui
                          ? FakeUi
                          : T extends GoogleAppsScript.Base.Menu
                            ? FakeMenu
                            : T extends GoogleAppsScript.HTML.HtmlTemplate
                              ? FakeHtmlTemplate
                              : T extends GoogleAppsScript.HTML.HtmlOutput
                                ? FakeHtmlOutput
                                : T extends GoogleAppsScript.Properties.Properties
                                  ? FakeProperties
                                  : T extends GoogleAppsScript.Lock.Lock
                                    ? FakeLock
                                    : T extends readonly (infer E)[]
                                      ? Swap<E>[]
                                      : T;

type SwapArgs<A extends unknown[]> = { [I in keyof A]: Swap<A[I]> };

/** The listed members of a Google class, with Google's classes swapped for fakes. */
export type Faked<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: SwapArgs<A>) => Swap<R> : T[P];
};
