/**
 * What ties the Sheets double to @types/google-apps-script: each double class is checked here
 * against the Google class it stands for, member by member (the lists are beside the classes,
 * e.g. RangeMembers in range.ts), with Google's own classes swapped for the doubles, so each
 * mirrored method keeps Google's parameter and return types. A method renamed or retyped
 * upstream fails the type check here. The checks live in this one file, which imports the
 * classes and is imported by none of them, so the double's files import no loop.
 */
import type { DoubleSpreadsheetApp, SpreadsheetAppMembers } from './spreadsheetApp';
import type { DoubleSpreadsheet, SpreadsheetMembers } from './spreadsheet';
import type { DoubleSheet, SheetMembers } from './sheet';
import type { DoubleRange, RangeMembers } from './range';
import type { DoubleRangeList, RangeListMembers } from './rangeList';
import type { DoubleFilter, FilterMembers } from './filter';
import type { DoubleProtection, ProtectionMembers } from './protection';
import type { DoubleChart, ChartMembers, DoubleChartBuilder, ChartBuilderMembers } from './chart';
import type { DoubleRichText, RichTextMembers, DoubleRichTextBuilder, RichTextBuilderMembers } from './richText';
import type { DoubleUi, UiMembers, DoubleMenu, MenuMembers } from './ui';
import type { DoubleHtmlOutput, HtmlOutputMembers, DoubleHtmlTemplate, HtmlTemplateMembers, DoubleHtmlService, HtmlServiceMembers } from './htmlService';
import type { DoubleProperties, PropertiesMembers, DoublePropertiesService, PropertiesServiceMembers } from './properties';
import type { DoubleLock, LockMembers, DoubleLockService, LockServiceMembers } from './lock';
import type { DoubleUtilities, UtilitiesMembers } from './utilities';

type IsAny<T> = 0 extends 1 & T ? true : false;

/** Google's class → the double standing in for it. */
export type Swap<T> =
  IsAny<T> extends true
    ? T
    : T extends GoogleAppsScript.Spreadsheet.Range
      ? DoubleRange
      : T extends GoogleAppsScript.Spreadsheet.RangeList
        ? DoubleRangeList
        : T extends GoogleAppsScript.Spreadsheet.Sheet
          ? DoubleSheet
          : T extends GoogleAppsScript.Spreadsheet.Spreadsheet
            ? DoubleSpreadsheet
            : T extends GoogleAppsScript.Spreadsheet.Protection
              ? DoubleProtection
              : T extends GoogleAppsScript.Spreadsheet.RichTextValueBuilder
                ? DoubleRichTextBuilder
                : T extends GoogleAppsScript.Spreadsheet.RichTextValue
                  ? DoubleRichText
                  : T extends GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder
                    ? DoubleChartBuilder
                    : T extends GoogleAppsScript.Spreadsheet.EmbeddedChart
                      ? DoubleChart
                      : T extends GoogleAppsScript.Spreadsheet.Filter
                        ? DoubleFilter<DoubleRange>
                        : T extends GoogleAppsScript.Base.Ui
                          ? DoubleUi
                          : T extends GoogleAppsScript.Base.Menu
                            ? DoubleMenu
                            : T extends GoogleAppsScript.HTML.HtmlTemplate
                              ? DoubleHtmlTemplate
                              : T extends GoogleAppsScript.HTML.HtmlOutput
                                ? DoubleHtmlOutput
                                : T extends GoogleAppsScript.Properties.Properties
                                  ? DoubleProperties
                                  : T extends GoogleAppsScript.Lock.Lock
                                    ? DoubleLock
                                    : T extends readonly (infer E)[]
                                      ? Swap<E>[]
                                      : T;

type SwapArgs<A extends unknown[]> = { [I in keyof A]: Swap<A[I]> };

/** The listed members of a Google class, with Google's classes swapped for doubles. */
export type DoubleOf<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: SwapArgs<A>) => Swap<R> : T[P];
};

/** D must offer Google's members K of G, with Google's types (doubles in place of Google's classes). */
type Conforms<G, K extends keyof G, D extends DoubleOf<G, K>> = [G, K, D];

/** Every double against its Google class. */
export type Conformance = [
  Conforms<GoogleAppsScript.Base.Ui, UiMembers, DoubleUi>,
  Conforms<GoogleAppsScript.Base.Menu, MenuMembers, DoubleMenu>,
  Conforms<GoogleAppsScript.Spreadsheet.RichTextValue, RichTextMembers, DoubleRichText>,
  Conforms<GoogleAppsScript.Spreadsheet.RichTextValueBuilder, RichTextBuilderMembers, DoubleRichTextBuilder>,
  Conforms<GoogleAppsScript.Spreadsheet.Protection, ProtectionMembers, DoubleProtection>,
  Conforms<GoogleAppsScript.Spreadsheet.EmbeddedChart, ChartMembers, DoubleChart>,
  Conforms<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, ChartBuilderMembers, DoubleChartBuilder>,
  Conforms<GoogleAppsScript.Spreadsheet.Filter, FilterMembers, DoubleFilter<DoubleRange>>,
  Conforms<GoogleAppsScript.Spreadsheet.Range, RangeMembers, DoubleRange<DoubleSheet>>,
  Conforms<GoogleAppsScript.Spreadsheet.RangeList, RangeListMembers, DoubleRangeList>,
  Conforms<GoogleAppsScript.Spreadsheet.Sheet, SheetMembers, DoubleSheet<DoubleSpreadsheet>>,
  Conforms<GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetMembers, DoubleSpreadsheet>,
  Conforms<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetAppMembers, DoubleSpreadsheetApp>,
  Conforms<GoogleAppsScript.HTML.HtmlOutput, HtmlOutputMembers, DoubleHtmlOutput>,
  Conforms<GoogleAppsScript.HTML.HtmlTemplate, HtmlTemplateMembers, DoubleHtmlTemplate>,
  Conforms<GoogleAppsScript.HTML.HtmlService, HtmlServiceMembers, DoubleHtmlService>,
  Conforms<GoogleAppsScript.Properties.Properties, PropertiesMembers, DoubleProperties>,
  Conforms<GoogleAppsScript.Properties.PropertiesService, PropertiesServiceMembers, DoublePropertiesService>,
  Conforms<GoogleAppsScript.Lock.Lock, LockMembers, DoubleLock>,
  Conforms<GoogleAppsScript.Lock.LockService, LockServiceMembers, DoubleLockService>,
  Conforms<GoogleAppsScript.Utilities.Utilities, UtilitiesMembers, DoubleUtilities>,
];
