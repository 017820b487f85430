import type { CellValue, Grid, GridSheet } from '../../core/index';
import { readGrid } from '../../sheets-addon/host/readGrid';
import { AppsScriptDouble, PROTECTION_TYPE, doubleFromGrid, fillSheet } from '../../testing/sheets';
import { fixtureNames, referenceGrid } from './helpers/fixtures';

const fixtures = fixtureNames();

/** A grid sheet on the rectangle Sheets' data range covers, with white fills as none. */
function normalise(s: GridSheet, rows: number, columns: number) {
  const at = <T>(m: T[][] | undefined, r: number, c: number, d: T): T => {
    const v = m?.[r]?.[c];
    return v === undefined ? d : v;
  };
  const grid = <T>(fn: (r: number, c: number) => T): T[][] => Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => fn(r, c)));
  return {
    name: s.name,
    // an empty string in a workbook cell is an empty cell in Sheets
    values: grid<CellValue>((r, c) => {
      const v = at<CellValue>(s.values, r, c, null);
      return v === '' ? null : v;
    }),
    text: grid((r, c) => at(s.text, r, c, '')),
    numberFormats: grid((r, c) => at(s.numberFormats, r, c, 'General')),
    fills: grid((r, c) => {
      const f = at<string | null>(s.fills, r, c, null);
      return f && f.toUpperCase() !== '#FFFFFF' ? f.toUpperCase() : null;
    }),
    merges: [...(s.merges ?? [])].sort((a, b) => a.row - b.row || a.column - b.column),
    hidden: !!s.hidden,
    protected: !!s.protected,
  };
}

/** The content extent: the data range Sheets reports. */
function extent(s: GridSheet): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  s.values.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v !== null && v !== '') {
        rows = Math.max(rows, i + 1);
        columns = Math.max(columns, j + 1);
      }
    }),
  );
  return { rows: Math.max(rows, 1), columns: Math.max(columns, 1) };
}

function expectSameGrid(read: Grid, ref: Grid) {
  expect(read.sheets.map((s) => s.name)).toEqual(ref.sheets.map((s) => s.name));
  read.sheets.forEach((s, i) => {
    const r = ref.sheets[i]!;
    const { rows, columns } = extent(r);
    expect(s.values.length).toBe(rows);
    expect(s.values[0]!.length).toBe(columns);
    expect(s.origin).toEqual({ row: 1, column: 1 });
    expect(normalise(s, rows, columns)).toEqual(normalise(r, rows, columns));
  });
}

const describeFixtures = fixtures.length ? describe : describe.skip;

describeFixtures('readGrid on the shared fixtures (as Sheets holds the uploaded workbooks)', () => {
  it.each(fixtures.flatMap((f) => ['Europe/London', 'America/Los_Angeles', 'Pacific/Auckland'].map((tz) => [f, tz] as const)))(
    '%s in %s reads the same grid as the command line',
    async (name, tz) => {
      const ref = await referenceGrid(name);
      const double = doubleFromGrid(ref, { timeZone: tz });
      const read = readGrid(double.spreadsheet(), { sheetProtection: PROTECTION_TYPE.SHEET });
      expect(read.dateMethod).toBe('intl');
      expect(read.grid.fileName).toBe(name);
      expectSameGrid(read.grid, ref);
      // five batch reads per sheet, whatever its size
      const sheets = ref.sheets.length;
      for (const m of ['getValues', 'getDisplayValues', 'getNumberFormats', 'getBackgrounds', 'getMergedRanges']) {
        expect(double.log.get(`Range.${m}`)).toBe(sheets);
      }
      expect(double.log.get('Sheet.getDataRange')).toBe(sheets);
    },
  );

  it.each(fixtures)('%s reads the same with Utilities.formatDate for dates', async (name) => {
    const ref = await referenceGrid(name);
    const double = doubleFromGrid(ref, { timeZone: 'Australia/Sydney' });
    const read = readGrid(double.spreadsheet(), {
      sheetProtection: PROTECTION_TYPE.SHEET,
      formatDate: (d, _tz, f) => double.Utilities.formatDate(d, 'Australia/Sydney', f),
    });
    expectSameGrid(read.grid, ref);
  });
});

describe('readGrid on hand-made sheets', () => {
  function make(tz = 'Europe/London') {
    const double = new AppsScriptDouble({ timeZone: tz, name: 'Business Plan 2018-19' });
    fillSheet(double, {
      name: 'Plan',
      values: [
        ['Ref', 'Action', 'Due', 'Lead', 'Progress', 'RAG'],
        ['1.1', 'Do a thing', 43191, 'Ann', 'Complete', 'Grey'],
        [null, null, 43555, null, '#REF!', null],
        [true, 12.5, '', null, null, null],
      ],
      text: [
        ['Ref', 'Action', 'Due', 'Lead', 'Progress', 'RAG'],
        ['1.1', 'Do a thing', 'April 2018', 'Ann', 'Complete', 'Grey'],
        ['', '', '31/03/2019', '', '#REF!', ''],
        ['TRUE', '12.5', '', '', '', ''],
      ],
      numberFormats: [
        ['General', 'General', 'General', 'General', 'General', 'General'],
        ['@', 'General', 'MMMM yyyy', 'General', 'General', 'General'],
        ['General', 'General', 'dd/MM/yyyy', 'General', 'General', 'General'],
      ],
      fills: [[], [null, null, null, null, '#A6A6A6', '#ffffff']],
      merges: [{ row: 2, column: 2, rowCount: 2, columnCount: 1 }],
    });
    const hidden = fillSheet(double, { name: 'Old', values: [['x']] });
    hidden.hidden = true;
    return double;
  }

  it('reads dates as serials of the day shown, month formats in Excel form, errors as text, white as no fill', () => {
    for (const tz of ['Europe/London', 'Asia/Tokyo', 'America/New_York']) {
      const double = make(tz);
      const { grid, sheets, timeZone } = readGrid(double.spreadsheet(), { sheetProtection: PROTECTION_TYPE.SHEET });
      expect(timeZone).toBe(tz);
      const plan = grid.sheets[0]!;
      expect(plan.values[1]![2]).toBe(43191);
      expect(plan.values[2]![2]).toBe(43555);
      expect(plan.values[2]![4]).toBe('#REF!');
      expect(plan.values[3]!.slice(0, 3)).toEqual([true, 12.5, null]);
      expect(plan.numberFormats![1]![2]).toBe('mmmm yyyy');
      expect(plan.numberFormats![2]![2]).toBe('dd/mm/yyyy');
      expect(plan.numberFormats![1]![0]).toBe('@');
      expect(plan.numberFormats![0]![0]).toBe('General');
      expect(plan.text![1]![2]).toBe('April 2018');
      expect(plan.fills![1]![4]).toBe('#A6A6A6');
      expect(plan.fills![1]![5]).toBeNull();
      expect(plan.merges).toEqual([{ row: 2, column: 2, rowCount: 2, columnCount: 1 }]);
      expect(plan.hidden).toBeUndefined();
      expect(grid.sheets[1]!.hidden).toBe(true);
      expect(grid.fileName).toBe('Business Plan 2018-19');
      expect(sheets.map((s) => s.sheetId)).toEqual([0, 1843870123]);
      expect(sheets[0]!.sheetsFormats[1]![2]).toBe('MMMM yyyy');
    }
  });

  it('marks a sheet protected only where this user cannot edit it', () => {
    const double = make();
    const sheet = double.ss.sheet('Plan');
    const { DoubleProtection } = jest.requireActual('../../testing/sheets') as typeof import('../../testing/sheets');
    sheet.protections.push(new DoubleProtection(double.log, 'SHEET', true));
    expect(readGrid(double.spreadsheet(), { sheetProtection: PROTECTION_TYPE.SHEET }).grid.sheets[0]!.protected).toBeUndefined();
    sheet.protections.push(new DoubleProtection(double.log, 'SHEET', false));
    expect(readGrid(double.spreadsheet(), { sheetProtection: PROTECTION_TYPE.SHEET }).grid.sheets[0]!.protected).toBe(true);
  });

  it('reads an empty sheet as one empty cell', () => {
    const double = new AppsScriptDouble();
    double.log.quietly(() => double.ss.addSheet('Empty'));
    const { grid } = readGrid(double.spreadsheet(), { sheetProtection: PROTECTION_TYPE.SHEET });
    expect(grid.sheets[0]!.values).toEqual([[null]]);
  });
});
