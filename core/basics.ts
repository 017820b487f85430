/**
 * The core's second public face: its plain tables and small text rules, with nothing heavy
 * behind them (no zod, no chrono-node). For what a host needs before any check runs: the
 * command line's --help and argument checks, its cell display text (also drawn by the Excel
 * double in the browser), and the Sheets sidebar's settings form.
 * core/index.ts exports all of it too.
 */
export { SETTINGS_FIELDS, settingsField, wholeSetting, flagOf } from './settings/settingsFields';
export type { SettingKey, SettingsField } from './settings/settingsFields';
export { STATUSES } from './status/statusTypes';
export type { Status } from './status/statusTypes';
export { invisibleControls, INVISIBLE_CONTROLS } from './text/invisibleControls';
export { listWithin } from './text/cleanText';
export { hexToRgb, textColourOn } from './grid/colour';
export { MONTH_NAMES } from './dates/months';
export { firstSection, isDateFormat } from './dates/numberFormat';
export { instantToSerial, serialToInstant } from './dates/excelSerial';
