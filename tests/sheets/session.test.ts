/**
 * The add-on end to end against the double: the shared fixtures as Sheets holds them.
 * Validate plan gives the command line's report; the sheets it writes hold the edits' rows;
 * Apply RAG then Undo apply restores every plan cell exactly; every write is under the lock.
 */
import { applyRagEdits, buildEdits, checkWorkbook, paneModel, undoApplyEdits, type Grid, type SheetEdit } from '../../core/index';
import { cellLinkUrl } from '../../sheets-addon/host/applyEdits';
import { excelToSheetsFormat } from '../../sheets-addon/host/formats';
import { readGrid } from '../../sheets-addon/host/readGrid';
import { Session, trimPane, type CoreApi, type RunDone } from '../../sheets-addon/host/session';
import { SETTINGS_KEY } from '../../sheets-addon/host/settingsStore';
import { AppsScriptDouble, PROTECTION_TYPE, doubleFromGrid, fillSheet, type DoubleSheet, sheetState, spreadsheetState } from '../../testing/sheets';
import { expectation, fixtureNames, referenceGrid } from './helpers/fixtures';

const CORE: CoreApi = { checkWorkbook, buildEdits, applyRagEdits, undoApplyEdits, paneModel };
const NOW = new Date('2019-03-01T12:00:00Z');
const fixtures = fixtureNames();
const describeFixtures = fixtures.length ? describe : describe.skip;
if (!fixtures.length) console.warn('tests/sheets/session.test.ts: shared/fixtures not found beside the repository: fixture tests skipped');

function settingsFor(name: string): Record<string, unknown> {
  const exp = expectation(name);
  return exp ? { asOf: exp.asOf, toleranceDays: exp.toleranceDays } : { asOf: '2019-03-01' };
}

async function fixtureDouble(name: string, timeZone = 'Europe/London'): Promise<{ double: AppsScriptDouble; ref: Grid; settings: Record<string, unknown> }> {
  const ref = await referenceGrid(name);
  // the spreadsheet is named as the file, so the report's "file" and any period in it match
  const double = doubleFromGrid(ref, { timeZone, name: ref.fileName });
  const settings = settingsFor(name);
  double.PropertiesService.document.store.set(SETTINGS_KEY, JSON.stringify(settings));
  return { double, ref, settings };
}

function session(double: AppsScriptDouble): Session {
  return new Session(double.services(), CORE);
}

function done(r: ReturnType<Session['validate']>): RunDone {
  if (!r.ok) throw new Error(`run failed: ${r.message}`);
  return r;
}

/** A written sheet holds the edit's rows: values, text as text, formats, links by gid. */
function expectSheetHolds(double: AppsScriptDouble, sheet: DoubleSheet, edit: SheetEdit) {
  const width = Math.max(1, ...edit.rows.map((r) => r.length));
  edit.rows.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      const want = row[c];
      const got = sheet.peek(r + 1, c + 1);
      const where = `${sheet.name}!R${r + 1}C${c + 1}`;
      expect([where, got?.value ?? null]).toEqual([where, want?.value === '' || want?.value === undefined ? null : want.value]);
      expect([where, got?.formula]).toEqual([where, undefined]);
      if (typeof want?.value === 'string') expect([where, got?.format]).toEqual([where, '@']);
      else if (want?.numberFormat) expect([where, got?.format]).toEqual([where, excelToSheetsFormat(want.numberFormat)]);
      if (want?.link) {
        const target = double.ss.sheets.find((s) => s.name === want.link!.sheet)!;
        expect([where, got?.link]).toEqual([where, cellLinkUrl(target.sheetId, want.link.cell)]);
      }
      if (want?.fill) expect([where, got?.background]).toEqual([where, want.fill.toLowerCase()]);
      if (want?.bold) expect([where, got?.fontWeight]).toEqual([where, 'bold']);
    }
  });
  // nothing below or beside the edit's rows
  const { rows, columns } = sheet.extent();
  expect(rows).toBeLessThanOrEqual(edit.rows.length);
  expect(columns).toBeLessThanOrEqual(width);
  expect(sheet.hidden).toBe(!!edit.hidden);
  expect(sheet.frozenRows).toBe(edit.freezeRows);
  expect(sheet.charts).toHaveLength(edit.charts?.length ?? 0);
  (edit.charts ?? []).forEach((spec, i) => {
    const chart = sheet.charts[i]!;
    expect(chart.chartType).toBe('BAR');
    expect(chart.options.isStacked).toBe(true);
    expect(chart.options.colors).toEqual(spec.series.map((s) => s.colour));
    expect(chart.options.title).toBe(spec.title);
    const range = chart.ranges[0]!;
    expect([range.row, range.column, range.rows, range.columns]).toEqual([spec.data.headerRow, spec.data.categoryColumn, spec.data.categoryCount + 1, spec.series.length + 1]);
    // the chart's data block holds the series' names and values
    spec.series.forEach((s, j) => {
      expect(sheet.peek(spec.data.headerRow, spec.data.categoryColumn + 1 + j)?.value).toBe(s.name);
      s.values.forEach((v, k) => expect(sheet.peek(spec.data.headerRow + 1 + k, spec.data.categoryColumn + 1 + j)?.value ?? 0).toBe(v));
    });
  });
}

function planSheetsState(double: AppsScriptDouble, names: string[]) {
  return names.map((n) => ({ name: n, cells: sheetState(double.ss.sheet(n)), merges: double.ss.sheet(n).merges }));
}

describeFixtures('Validate plan on the shared fixtures', () => {
  it.each(fixtures.flatMap((f) => [[f, 'Europe/London'] as const, [f, 'America/Los_Angeles'] as const]))(
    '%s (%s): the report equals the command line’s',
    async (name, tz) => {
      const { double, ref, settings } = await fixtureDouble(name, tz);
      const cli = checkWorkbook(ref, settings, NOW);
      const sheets = checkWorkbook(readGrid(double.spreadsheet(), { sheetProtection: PROTECTION_TYPE.SHEET }).grid, settings, NOW);
      expect(sheets.report).toEqual(cli.report);
      expect(sheets.details).toEqual(cli.details);
      expect(sheets.scheme).toEqual(cli.scheme);
    },
  );

  it.each(fixtures)('%s: the sidebar shows the command line’s counts and issues; the sheets written hold the edits’ rows', async (name) => {
    const { double, ref, settings } = await fixtureDouble(name);
    const cli = checkWorkbook(ref, settings);
    const planSheets = double.ss.sheets.map((s) => s.name);
    const before = planSheetsState(double, planSheets);
    // what the core will ask for, from the grid the add-on reads
    const read = double.log.quietly(() => readGrid(double.spreadsheet(), { sheetProtection: PROTECTION_TYPE.SHEET }));
    const expected = buildEdits(read.grid, checkWorkbook(read.grid, settings));

    const r = done(session(double).validate());
    expect(r.pane).toEqual(trimPane(paneModel(cli)));
    expect(r.created).toEqual(expected.sheets.map((s) => s.name));
    expect(r.message).toMatch(/^Checked \d+ actions?: /);
    expect(double.ss.sheets.map((s) => s.name)).toEqual([...planSheets, ...expected.sheets.map((s) => s.name)]);
    for (const edit of expected.sheets) expectSheetHolds(double, double.ss.sheet(edit.name), edit);
    // the plan itself is untouched
    expect(planSheetsState(double, planSheets)).toEqual(before);
    expect(double.log.unlockedWrites).toEqual([]);
    expect(double.LockService.documentLock.acquisitions).toBe(1);
    expect(double.log.lockHeld).toBe(false);
    // the user stays on the sheet they were on
    expect(double.ss.active?.sheet.name).toBe(planSheets.find((n) => !double.ss.sheet(n).hidden));
  });

  it.each(fixtures)('%s: a second run re-creates PlanCheck’s sheets and leaves a user’s "RAG summary" alone', async (name) => {
    const { double } = await fixtureDouble(name);
    const s = session(double);
    const first = done(s.validate());
    const mine = double.log.quietly(() => double.ss.sheet('RAG summary'));
    // the user renames PlanCheck's summary and makes their own "RAG summary"
    mine.name = 'Board copy';
    fillSheet(double, { name: 'RAG summary', values: [['My own notes']] });
    const second = done(s.validate());
    // the same sheets, and "Changes since" the first run (nothing changed)
    expect(second.created).toHaveLength(first.created.length + 1);
    expect(second.created.filter((n) => !first.created.includes(n) && n !== 'RAG summary (PlanCheck)')).toEqual([expect.stringMatching(/^Changes since \d{4}-\d{2}-\d{2}$/)]);
    expect(second.pane!.since).toMatchObject({ items: [] });
    expect(done(s.validate()).created).toEqual(second.created);
    expect(double.ss.sheet('RAG summary').peek(1, 1)!.value).toBe('My own notes');
    expect(double.ss.sheets.some((x) => x.name === 'Board copy')).toBe(false); // PlanCheck's own, found by its marker
    expect(new Set(double.ss.sheets.map((x) => x.name)).size).toBe(double.ss.sheets.length);
  });

  it.each(fixtures)('%s: Apply RAG then Undo apply restores every cell exactly', async (name) => {
    const { double, settings } = await fixtureDouble(name);
    const s = session(double);
    done(s.validate());
    const beforeApply = spreadsheetState(double.ss);
    const read = double.log.quietly(() => readGrid(double.spreadsheet(), { sheetProtection: PROTECTION_TYPE.SHEET }));
    const expected = applyRagEdits(read.grid, checkWorkbook(read.grid, settings));
    const applied = done(s.applyRag());
    expect(applied.planCellsChanged).toBe(new Set(expected.planCells.map((c) => `${c.sheet}!${c.cell}`)).size);
    for (const c of expected.planCells) {
      const at = double.ss.sheet(c.sheet).range(c.cell);
      const cell = double.ss.sheet(c.sheet).peek(at.row, at.column);
      if (c.value !== undefined) expect(cell?.value ?? null).toEqual(c.value);
      if (c.fill !== undefined) expect(cell?.background ?? null).toEqual(c.fill === null ? null : c.fill.toLowerCase());
    }
    if (expected.planCells.length) {
      expect(spreadsheetState(double.ss)).not.toEqual(beforeApply);
      const undone = done(s.undoApply());
      expect(undone.planCellsChanged).toBe(applied.planCellsChanged);
      expect(spreadsheetState(double.ss)).toEqual(beforeApply);
    } else {
      expect(applied.message).toMatch(/nothing to change|no RAG/i);
      const undo = s.undoApply();
      expect(undo.ok).toBe(false);
    }
    expect(double.log.unlockedWrites).toEqual([]);
  });
});

describe('the session’s guards', () => {
  function small() {
    const double = new AppsScriptDouble({ name: 'Business Plan 2018-19' });
    fillSheet(double, {
      name: 'Plan',
      values: [
        ['Business Plan 2018-19'],
        [],
        ['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'],
        ['1.1', 'Set up a task and finish group', 'Ann Lee', 43191, 'Complete', 'Green'],
        ['1.2', 'Audit the front door', null, 43466, '', 'Green'],
        ['1.3', 'Train staff', 'Bob Roy', 'TBC', 'Started', 'Purple'],
      ],
      numberFormats: [[], [], [], ['General', 'General', 'General', 'MMMM yyyy'], ['General', 'General', 'General', 'MMMM yyyy']],
      text: [[], [], [], ['', '', '', 'April 2018'], ['', '', '', 'January 2019']],
    });
    double.PropertiesService.document.store.set(SETTINGS_KEY, JSON.stringify({ asOf: '2019-03-01' }));
    return double;
  }

  it('reads month-formatted Sheets date cells as whole months', () => {
    const double = small();
    const r = done(session(double).validate());
    const result = checkWorkbook(readGrid(double.spreadsheet(), { sheetProtection: PROTECTION_TYPE.SHEET }).grid, { asOf: '2019-03-01' });
    const due = result.report.actions.find((a) => a.ref === '1.1')!.due;
    expect([due.start, due.end]).toEqual(['2018-04-01', '2018-04-30']);
    expect(r.pane!.actions).toBe(3);
  });

  it('refuses to run while another run holds the document lock, and writes nothing', () => {
    const double = small();
    double.LockService.documentLock.heldElsewhere = true;
    const before = spreadsheetState(double.ss);
    const r = session(double).validate();
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/already running/);
    expect(spreadsheetState(double.ss)).toEqual(before);
  });

  it('reports a failure in plain words and releases the lock', () => {
    const double = small();
    const broken: CoreApi = { ...CORE, buildEdits: () => { throw new Error('Something in the core broke'); } };
    const r = new Session(double.services(), broken).validate();
    expect(r).toEqual({ ok: false, action: 'validate', message: 'Something in the core broke' });
    expect(double.log.lockHeld).toBe(false);
  });

  it('keeps settings in the document properties, validated by the core', () => {
    const double = small();
    const s = session(double);
    expect(s.saveSettings({ asOf: '2019-02-30', toleranceDays: '' })).toEqual({ ok: false, message: expect.stringMatching(/asOf/) });
    expect(s.saveSettings({ toleranceDays: -3 })).toMatchObject({ ok: false });
    expect(s.saveSettings({ asOf: '2019-01-31', planPeriod: ' 2018-19 ', scheme: 'three', sheet: '' })).toEqual({ ok: true, settings: { asOf: '2019-01-31', planPeriod: '2018-19', scheme: 'three' } });
    expect(JSON.parse(double.PropertiesService.document.store.get(SETTINGS_KEY)!)).toEqual({ asOf: '2019-01-31', planPeriod: '2018-19', scheme: 'three' });
    expect(s.settings()).toEqual({ asOf: '2019-01-31', planPeriod: '2018-19', scheme: 'three' });
    const r = done(s.validate());
    expect(r.pane!.asOf).toBe('2019-01-31');
    expect(r.pane!.scheme).toBe('three');
    expect(s.progress()).toBe(r.message);
  });

  it('selects an issue’s cell, and refuses what is not a cell', () => {
    const double = small();
    const s = session(double);
    expect(s.selectCell('Plan', 'C5')).toEqual({ ok: true });
    expect(double.ss.active!.sheet.name).toBe('Plan');
    expect(double.ss.active!.range.a1()).toBe('C5');
    expect(s.selectCell('Plan', 'C5); doSomething(')).toMatchObject({ ok: false });
    expect(s.selectCell('Nope', 'A1')).toMatchObject({ ok: false, message: expect.stringMatching(/no sheet called "Nope"/) });
    expect(s.selectCell(undefined, 'A1')).toMatchObject({ ok: false });
    expect(s.selectCell('Plan', 'C5000')).toMatchObject({ ok: false, message: expect.stringMatching(/no longer in the sheet/) });
  });

  it('Undo apply with nothing applied says so', () => {
    const double = small();
    const r = session(double).undoApply();
    expect(r).toMatchObject({ ok: false, action: 'undo', message: expect.stringMatching(/nothing to undo/i) });
  });
});
