/**
 * The add-on against the Apps Script double taught what real Google Sheets does (Google's
 * reference): getNumberFormat's '0.###############' is how Automatic is reported, and written
 * back it is a custom pattern ("222."); "today" is the spreadsheet's day, not the script's
 * (appsscript.json says Europe/London for everyone); a protected range refuses a write
 * part-way through a run; the stacked bar chart through the typed builder.
 */
import * as path from 'path';
import { readXlsxFile } from '../../cli/readXlsx';
import { applyRagEdits, buildEdits, checkWorkbook, paneModel, undoApplyEdits, type Grid } from '../../core/index';
import { Session, type CoreApi } from '../../sheets-addon/host/session';
import { SETTINGS_KEY } from '../../sheets-addon/host/settingsStore';
import { AppsScriptDouble, displayOf, doubleFromGrid } from '../../testing/sheets';

const CORE: CoreApi = { checkWorkbook, buildEdits, applyRagEdits, undoApplyEdits, paneModel };
const SAMPLE = path.resolve(__dirname, '../../samples/oldham.xlsx');

let grid: Grid;
beforeAll(async () => {
  grid = await readXlsxFile(SAMPLE);
});

function sample(settings: Record<string, unknown>, timeZone = 'Europe/London'): AppsScriptDouble {
  const double = doubleFromGrid(grid, { timeZone, name: grid.fileName });
  double.PropertiesService.document.store.set(SETTINGS_KEY, JSON.stringify(settings));
  return double;
}

describe('number formats written back', () => {
  it('whole numbers in PlanCheck\'s sheets display as Sheets shows Automatic ("3"), never "3."', () => {
    const double = sample({ asOf: '2019-03-01', planPeriod: '2018-19', scheme: 'five' });
    const r = new Session(double.services(), CORE).validate();
    expect(r.ok).toBe(true);
    const summary = double.ss.sheet('RAG summary');
    const numbers: string[] = [];
    for (const row of summary.data) for (const cell of row ?? []) if (cell && typeof cell.value === 'number' && Number.isInteger(cell.value)) numbers.push(displayOf(cell));
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers.filter((t) => t.endsWith('.'))).toEqual([]);
  });

  it('the double renders the written-back pattern as Sheets does', () => {
    expect(displayOf({ value: 222, format: '0.###############', background: null, customPattern: true })).toBe('222.');
    expect(displayOf({ value: 222, format: '0.###############', background: null })).toBe('222');
    expect(displayOf({ value: 0.5, format: '0.###############', background: null, customPattern: true })).toBe('0.5');
  });
});

describe("'today' in the spreadsheet's time zone", () => {
  it.each([
    // 14:00 UTC on 1 March is already 2 March in Sydney…
    ['Australia/Sydney', '2019-03-01T14:00:00Z', '2019-03-02'],
    // …and 03:00 UTC is still 28 February in Los Angeles
    ['America/Los_Angeles', '2019-03-01T03:00:00Z', '2019-02-28'],
    ['Europe/London', '2019-03-01T14:00:00Z', '2019-03-01'],
  ])('a %s sheet at %s is checked as of %s', (timeZone, instant, day) => {
    const double = sample({ planPeriod: '2018-19', scheme: 'five' }, timeZone);
    const r = new Session(double.services(), CORE, () => Date.parse(instant)).validate();
    expect(r.ok && r.pane!.asOf).toBe(day);
  });
});

describe('protected ranges', () => {
  it('Apply RAG refuses up front, naming the cells, and writes nothing', () => {
    const double = sample({ asOf: '2019-03-01', planPeriod: '2018-19', scheme: 'five' });
    const s = new Session(double.services(), CORE);
    expect(s.validate().ok).toBe(true);
    // what Apply RAG would change, then protect the last of those cells from this user
    const result = checkWorkbook(grid, { asOf: '2019-03-01', planPeriod: '2018-19', scheme: 'five' });
    const cells = applyRagEdits(grid, result).planCells;
    expect(cells.length).toBeGreaterThan(1);
    const last = cells[cells.length - 1]!;
    const m = /^([A-Z]+)(\d+)$/.exec(last.cell)!;
    const plan = double.ss.sheet(last.sheet);
    plan.protectRange({ row: Number(m[2]), column: m[1]!.charCodeAt(0) - 64, rows: 1, columns: 1 }, 'RAG signed off');
    const before = JSON.stringify(plan.data);
    const sheetsBefore = double.ss.sheets.map((x) => x.name);
    const r = s.applyRag();
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining(`${last.sheet}!${last.cell}`) });
    expect(r.message).toMatch(/^Apply RAG changed nothing: cell .* is protected/);
    expect(JSON.stringify(plan.data)).toBe(before);
    expect(double.ss.sheets.map((x) => x.name)).toEqual(sheetsBefore);
  });
});

describe('the chart', () => {
  it('is built with the typed bar chart builder: asBarChart().setStacked()', () => {
    const double = sample({ asOf: '2019-03-01', planPeriod: '2018-19', scheme: 'five' });
    expect(new Session(double.services(), CORE).validate().ok).toBe(true);
    const chart = double.ss.sheet('RAG summary').charts[0]!;
    expect(chart.builtWith.slice(0, 2)).toEqual(['asBarChart', 'setStacked']);
    expect(chart.builtWith).not.toContain('setChartType');
    expect(chart.options).toMatchObject({ isStacked: true, legend: { position: 'top' } });
  });
});
