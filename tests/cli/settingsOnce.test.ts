/**
 * Settings once (issue 12, item 4): one table of every setting feeds the schema, the command
 * line and the panes; a run's settings are validated once and every check takes them as they are.
 */
import { SETTINGS_FIELDS, settingsField } from '../../core/settings/settingsFields';
import { settingsSchema } from '../../core/settings/settings';
import { resolveSettings } from '../../core/settings/parseSettings';
import { checkWorkbook } from '../../core/check/checkWorkbook';
import { DEFAULT_YEAR_START_MONTH } from '../../core/dates/planPeriod';
import { SETTINGS_OPTIONS, buildSettings } from '../../cli/options';
import { DEFAULT_SETTINGS } from '../../excel-addin/taskpane/settingsStore';
import type { Grid } from '../../core/grid/grid';

const grid: Grid = {
  sheets: [{ name: 'Plan', values: [['Ref', 'Action', 'Lead', 'Date for completion', 'Progress'], ['1.1', 'Publish the report', 'Board manager', 'March 2019', 'Drafted']] }],
};

describe('one table of settings', () => {
  test('the schema takes its defaults and ranges from it', () => {
    const defaults = settingsSchema.parse({});
    for (const f of SETTINGS_FIELDS.filter((x) => x.whole)) {
      expect((defaults as Record<string, unknown>)[f.key]).toBe(f.whole!.default);
      expect(settingsSchema.safeParse({ [f.key]: f.whole!.max + 1 }).success).toBe(false);
      expect(settingsSchema.safeParse({ [f.key]: f.whole!.min - 1 }).success).toBe(false);
      expect(settingsSchema.safeParse({ [f.key]: f.whole!.min }).success).toBe(true);
    }
    expect(settingsField('yearStartMonth').whole!.default).toBe(DEFAULT_YEAR_START_MONTH);
  });

  test('the command line offers every setting, in its order, with its help', () => {
    expect(SETTINGS_OPTIONS).toEqual(SETTINGS_FIELDS.map((f) => ({ flags: f.flag, description: f.help })));
  });

  test('a wrong number names the flag and the range the table gives', () => {
    expect(() => buildSettings({ stalenessDays: '0' })).toThrow('--staleness-days 0 is out of range: give a number of days from 1 to 3650, e.g. 92');
  });

  test("the task pane's defaults are the table's", () => {
    expect(DEFAULT_SETTINGS.toleranceDays).toBe(String(settingsField('toleranceDays').whole!.default));
    expect(DEFAULT_SETTINGS.stalenessDays).toBe(String(settingsField('stalenessDays').whole!.default));
  });
});

describe('settings validated once per run', () => {
  afterEach(() => jest.restoreAllMocks());

  test('resolved settings are taken by every check as they are', () => {
    const parse = jest.spyOn(settingsSchema, 'safeParse');
    const resolved = resolveSettings({ asOf: '2019-03-01' });
    if (!resolved.ok) throw new Error(resolved.message);
    for (let i = 0; i < 3; i++) checkWorkbook(grid, resolved.settings);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  test("the command line's settings are resolved when its arguments are read, and not again per file", () => {
    const parse = jest.spyOn(settingsSchema, 'safeParse');
    const settings = buildSettings({ asOf: '2019-03-01', toleranceDays: '14' });
    checkWorkbook(grid, settings);
    checkWorkbook({ ...grid, fileName: 'other.xlsx' }, settings);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  test('a plan period that cannot be read is found when the settings are resolved', () => {
    expect(resolveSettings({ planPeriod: 'banana' })).toMatchObject({ ok: false, problems: [{ key: 'planPeriod' }] });
    expect(() => buildSettings({ planPeriod: 'banana' })).toThrow(/^--plan-period: plan period "banana" is not a period/);
  });

  test('settings given as plain input are still validated by the check', () => {
    expect(() => checkWorkbook(grid, { toleranceDays: -1 })).toThrow(/toleranceDays/);
  });
});
