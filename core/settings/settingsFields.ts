/**
 * Every setting a user can give, once: its default and range, its label in the task pane and
 * sidebar, the command line's flag and help, and the hint that says what to give. The schema
 * (settings.ts), the command line's flags (cli/options.ts) and the panes' forms read this
 * table; none of them writes a default, a range or a label of its own.
 *
 * Plain data, no validation library: the command line answers --help from it without loading one.
 */

export type SettingKey = 'sheet' | 'asOf' | 'planPeriod' | 'scheme' | 'toleranceDays' | 'stalenessDays' | 'yearStartMonth' | 'completion';

export interface SettingsField {
  key: SettingKey;
  /** The command line's option, as commander takes it. */
  flag: string;
  /** The command line's --help line. */
  help: string;
  /** The setting's name in the task pane and sidebar, and in their messages. */
  label: string;
  /** The field's label in the task pane's and the sidebar's settings forms. */
  formLabel: string;
  /** What to give, said after a wrong value ("give … e.g. …"). */
  hint?: string;
  /** Whole-number settings: the default and the range (inclusive). */
  whole?: { default: number; min: number; max: number };
}

/** The settings, in the order --help lists them. */
export const SETTINGS_FIELDS: readonly SettingsField[] = [
  { key: 'sheet', formLabel: 'Only this sheet (empty: every sheet with a plan)', flag: '--sheet <name>', help: 'check only this sheet', label: 'Sheet', hint: 'give the name of the sheet holding the plan' },
  {
    key: 'asOf', formLabel: 'Reporting date (empty: today)', flag: '--as-of <date>', help: 'reporting date, YYYY-MM-DD (default: today)', label: 'Reporting date',
    hint: 'give the reporting date as YYYY-MM-DD, e.g. 2019-03-01',
  },
  {
    key: 'planPeriod', formLabel: 'Plan period (empty: found in the plan, e.g. 2018-19)', flag: '--plan-period <label>', help: 'plan period such as 2018-19 or 2019/2021 (default: found in the plan)', label: 'Plan period',
    hint: 'give a period such as 2018-19 or 2019/2021',
  },
  {
    key: 'scheme', formLabel: 'RAG scheme', flag: '--scheme <scheme>', help: 'RAG scheme: five, three or a scheme .json file (default: the RAG key in the plan, else five)',
    label: 'RAG scheme',
  },
  {
    key: 'toleranceDays', formLabel: 'Tolerance before off track (days late)', flag: '--tolerance-days <n>', help: 'days late an action may be and still be at risk rather than off track (default 30)',
    label: 'Tolerance', hint: 'give a number of days from 0 to 3650, e.g. 30', whole: { default: 30, min: 0, max: 3650 },
  },
  {
    key: 'stalenessDays', formLabel: 'Progress is stale after (days)', flag: '--staleness-days <n>', help: 'age in days after which the latest progress update is stale (default 92)',
    label: 'Stale progress after', hint: 'give a number of days from 1 to 3650, e.g. 92', whole: { default: 92, min: 1, max: 3650 },
  },
  {
    key: 'yearStartMonth', formLabel: 'Plan year starts in', flag: '--year-start-month <n>', help: 'first month of the planning year, 1-12 (default 4, April)',
    label: 'Plan year starts in', hint: 'give a month from 1 (January) to 12 (December), e.g. 4 for April', whole: { default: 4, min: 1, max: 12 },
  },
  {
    key: 'completion', formLabel: 'An action is complete when', flag: '--completion <how>',
    help: 'stated: only "Complete" and the like make an action complete; read: an update that reads as done does too (default stated)',
    label: 'Complete when',
  },
];

/**
 * One setting's row of the table.
 *
 * @example
 * settingsField('toleranceDays').whole //=> { default: 30, min: 0, max: 3650 }
 * settingsField('asOf').label //=> 'Reporting date'
 */
export function settingsField(key: SettingKey): SettingsField {
  const field = SETTINGS_FIELDS.find((f) => f.key === key);
  if (!field) throw new RangeError(`no setting ${key}`);
  return field;
}

/**
 * A whole-number setting's default and range.
 *
 * @example
 * wholeSetting('toleranceDays') //=> { default: 30, min: 0, max: 3650 }
 */
export function wholeSetting(key: 'toleranceDays' | 'stalenessDays' | 'yearStartMonth'): { default: number; min: number; max: number } {
  const whole = settingsField(key).whole;
  if (!whole) throw new RangeError(`${key} is not a whole-number setting`);
  return whole;
}

/**
 * The command line's flag of a setting.
 *
 * @example
 * flagOf('toleranceDays') //=> '--tolerance-days'
 */
export function flagOf(key: SettingKey): string {
  return settingsField(key).flag.split(' ')[0] ?? key;
}
