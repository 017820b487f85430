/**
 * Where a host keeps the user's settings inside the document (Excel's document settings, the
 * spreadsheet's document properties in Sheets): one key for both hosts.
 */
export const SETTINGS_KEY = 'plancheck.settings';

/** Keys an earlier PlanCheck saved settings under (the Sheets add-on used 'planCheck.settings'). */
export const EARLIER_SETTINGS_KEYS: readonly string[] = ['planCheck.settings'];

/**
 * What the document holds under SETTINGS_KEY, else under an earlier key, so settings saved by
 * an earlier PlanCheck are still read; null when nothing is saved under any of them.
 *
 * @example
 * savedSettings((key) => ({ 'planCheck.settings': '{"asOf":"2019-03-01"}' })[key]) //=> '{"asOf":"2019-03-01"}'
 * savedSettings(() => null) //=> null
 */
export function savedSettings<T>(read: (key: string) => T | null | undefined): T | null {
  for (const key of [SETTINGS_KEY, ...EARLIER_SETTINGS_KEYS]) {
    const value = read(key);
    if (value !== null && value !== undefined && (value as unknown) !== '') return value;
  }
  return null;
}
