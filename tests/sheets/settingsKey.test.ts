/** One settings key for both hosts; settings saved under the Sheets add-on's earlier key are still read. */
import { SETTINGS_KEY as EXCEL_KEY } from '../../excel-addin/taskpane/settingsStore';
import { SETTINGS_KEY as SHEETS_KEY, SettingsStore } from '../../sheets-addon/host/settingsStore';
import { SETTINGS_KEY, savedSettings } from '../../core/index';

function properties(initial: Record<string, string>): GoogleAppsScript.Properties.Properties {
  const store = new Map(Object.entries(initial));
  return {
    getProperty: (k: string) => store.get(k) ?? null,
    setProperty(k: string, v: string) {
      store.set(k, v);
      return this;
    },
  } as unknown as GoogleAppsScript.Properties.Properties;
}

describe('the settings key', () => {
  test('is the same in the task pane and the sidebar', () => {
    expect(EXCEL_KEY).toBe(SETTINGS_KEY);
    expect(SHEETS_KEY).toBe(SETTINGS_KEY);
  });

  test('settings saved under the earlier Sheets key are read, and the current key wins where both are set', () => {
    expect(new SettingsStore(properties({ 'planCheck.settings': '{"asOf":"2019-03-01"}' })).load()).toEqual({ asOf: '2019-03-01' });
    const both = properties({ 'planCheck.settings': '{"asOf":"2019-03-01"}', [SETTINGS_KEY]: '{"asOf":"2020-01-31"}' });
    expect(new SettingsStore(both).load()).toEqual({ asOf: '2020-01-31' });
  });

  test('saving writes the current key, which is then read back', () => {
    const props = properties({ 'planCheck.settings': '{"asOf":"2019-03-01"}' });
    const store = new SettingsStore(props);
    expect(store.save({ asOf: '2019-04-30' }).ok).toBe(true);
    expect(props.getProperty(SETTINGS_KEY)).toBe('{"asOf":"2019-04-30"}');
    expect(store.load()).toEqual({ asOf: '2019-04-30' });
  });

  test('nothing saved under any key is null', () => {
    expect(savedSettings(() => null)).toBeNull();
  });
});
