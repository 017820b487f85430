/**
 * The parts of the pane that need no collections, tested with office-addin-mock (which
 * serves plain objects and functions, but has no collections, `.items` or getRange of its
 * own — hence the double for everything else): settings kept in the document, and going
 * to an issue's cell.
 */
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose index also
// loads ESM-only packages that Jest cannot require: give it just that module.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));
import { selectCell } from '../../excel-addin/host/session';
import { DEFAULT_SETTINGS, SETTINGS_KEY, loadPaneSettings, savePaneSettings, toSettingsInput } from '../../excel-addin/taskpane/settingsStore';

const g = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete g.Office;
  delete g.Excel;
});

function settingsMock(initial: Record<string, unknown> = {}) {
  const store: Record<string, unknown> = { ...initial };
  const saved: Record<string, unknown>[] = [];
  const mock = new OfficeMockObject({
    get: (k: string) => (k in store ? store[k] : null),
    set: (k: string, v: unknown) => {
      store[k] = v;
    },
    saveAsync: (cb: (r: { status: string }) => void) => {
      saved.push({ ...store });
      cb({ status: 'succeeded' });
    },
  });
  return { mock: mock as unknown as Office.Settings, store, saved };
}

describe('settings kept in the document', () => {
  beforeEach(() => {
    g.Office = new OfficeMockObject({ AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' } });
  });

  it('loads defaults from a document without settings, and what was saved otherwise', async () => {
    const { mock, saved } = settingsMock();
    expect(loadPaneSettings(mock)).toEqual(DEFAULT_SETTINGS);
    const mine = { ...DEFAULT_SETTINGS, asOf: '2019-03-01', planPeriod: '2018-19', scheme: 'three' as const, toleranceDays: '14' };
    await savePaneSettings(mock, mine);
    expect(saved).toHaveLength(1);
    expect(saved[0]![SETTINGS_KEY]).toEqual(mine);
    expect(loadPaneSettings(mock)).toEqual(mine);
  });

  it('ignores malformed stored settings', () => {
    const { mock } = settingsMock({ [SETTINGS_KEY]: { scheme: 'rainbow', toleranceDays: 7, asOf: 3 } });
    expect(loadPaneSettings(mock)).toEqual({ ...DEFAULT_SETTINGS, toleranceDays: '7' });
  });

  it('turns the form into the core settings, or one message naming the field', () => {
    expect(toSettingsInput({ ...DEFAULT_SETTINGS, asOf: '2019-03-01', scheme: 'five' })).toEqual({
      ok: true,
      input: { asOf: '2019-03-01', scheme: 'five', toleranceDays: 30, stalenessDays: 92 },
    });
    expect(toSettingsInput({ ...DEFAULT_SETTINGS, toleranceDays: 'thirty' })).toEqual({ ok: false, message: 'Tolerance must be a whole number of days, e.g. 30.' });
    const badDate = toSettingsInput({ ...DEFAULT_SETTINGS, asOf: '2019-02-30' });
    expect(badDate.ok).toBe(false);
    if (!badDate.ok) expect(badDate.message).toMatch(/^Reporting date: /);
    const badJson = toSettingsInput({ ...DEFAULT_SETTINGS, scheme: 'custom', customScheme: '{"name": ' });
    expect(badJson.ok).toBe(false);
    if (!badJson.ok) expect(badJson.message).toMatch(/not valid JSON/);
    const custom = {
      name: 'board-2019',
      labels: [
        { label: 'Green', colour: '#00B050', statuses: ['on-track', 'complete'] },
        { label: 'Red', colour: '#FF0000', statuses: ['off-track', 'at-risk', 'carried-over'] },
      ],
    };
    const ok = toSettingsInput({ ...DEFAULT_SETTINGS, scheme: 'custom', customScheme: JSON.stringify(custom) });
    expect(ok).toMatchObject({ ok: true, input: { scheme: custom } });
    const incomplete = toSettingsInput({ ...DEFAULT_SETTINGS, scheme: 'custom', customScheme: JSON.stringify({ ...custom, labels: custom.labels.slice(0, 1) }) });
    expect(incomplete.ok).toBe(false);
    if (!incomplete.ok) expect(incomplete.message).toMatch(/RAG scheme.*off-track/);
  });
});

describe('going to an issue', () => {
  it('activates the sheet, selects the cell and syncs once', async () => {
    const calls: string[] = [];
    const excel = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            getItem: (name: string) => ({
              activate: () => calls.push(`activate ${name}`),
              getRange: (a: string) => ({ select: () => calls.push(`select ${a}`) }),
            }),
          },
        },
        sync: async () => {
          calls.push('sync');
        },
      },
      // Excel.run(options, batch), as the host calls it (delayForCellEdit)
      run: async function (this: { context: unknown }, a: unknown, b?: (c: unknown) => Promise<unknown>) {
        const cb = (typeof a === 'function' ? a : b) as (c: unknown) => Promise<unknown>;
        return cb(this.context);
      },
    });
    g.Excel = excel;
    expect(await selectCell('Business Plan 2018-19', 'C12')).toBeNull();
    expect(calls).toEqual(['activate Business Plan 2018-19', 'select C12', 'sync']);
  });

  it('a sheet that is gone is a message, not an exception', async () => {
    g.Excel = new OfficeMockObject({
      run: async () => {
        throw Object.assign(new Error("The requested resource doesn't exist."), { code: 'ItemNotFound' });
      },
    });
    expect(await selectCell('Old plan', 'C12')).toMatchObject({ kind: 'message', tone: 'warning', message: expect.stringMatching(/no longer in the workbook/) });
  });
});
