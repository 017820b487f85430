/**
 * applyEdits on hand-built WorkbookEdits: every kind of write lands as the edit says, copied
 * text never becomes a formula, number or date, plan cells round-trip exactly, and a big
 * sheet is written in request-sized batches.
 */
import type { OutCell, SheetEdit, WorkbookEdits } from '../../core/index';
import { applyEdits, charsToPoints, planCellValue } from '../../excel-addin/host/applyEdits';
import { readGrid } from '../../excel-addin/host/readGrid';
import { PAYLOAD_LIMIT, cellAt, getCell, newSheet, newWorkbook, installOfficeDouble, uninstallOfficeDouble } from '../../testing/excel';

afterEach(() => uninstallOfficeDouble());

const t = (value: string, style: Omit<OutCell, 'value'> = {}): OutCell => ({ value, ...style });

function planWorkbook() {
  const plan = newSheet('Business Plan 2018-19');
  cellAt(plan, 0, 0).value = 'Ref';
  cellAt(plan, 1, 0).value = '1.1';
  cellAt(plan, 1, 1).value = 'Green';
  cellAt(plan, 1, 2).value = 'Progress';
  cellAt(plan, 1, 2).fill = '#FFC000';
  return newWorkbook([plan]);
}

function sheetEdit(partial: Partial<SheetEdit> & { rows: OutCell[][] }): SheetEdit {
  return { kind: 'issues', name: 'Plan issues', replaces: [], columnWidths: [], freezeRows: 0, ...partial };
}

describe('applyEdits', () => {
  it('writes text as text: formula-like, numeric and date-like strings stay exactly as given', async () => {
    const d = installOfficeDouble(planWorkbook());
    const hostile = ['=HYPERLINK("http://x","click")', '+cmd|/C calc!A0', '-1+1', '@SUM(1)', '1.10', '01/04/2019', '2019-03-31', 'TRUE', '50%'];
    const edits: WorkbookEdits = {
      sheets: [sheetEdit({ rows: [hostile.map((h) => t(h)), [{ value: 0.25, numberFormat: '0%' }, { value: 12 }]] })],
      deleteSheets: [],
      planCells: [],
    };
    await Excel.run((c) => applyEdits(c, edits));
    const s = d.model().sheets.find((x) => x.name === 'Plan issues')!;
    hostile.forEach((h, i) => expect(getCell(s, 0, i)).toMatchObject({ value: h, numberFormat: '@' }));
    expect(getCell(s, 1, 0)).toMatchObject({ value: 0.25, numberFormat: '0%' });
    expect(getCell(s, 1, 1)).toMatchObject({ value: 12, numberFormat: 'General' });
  });

  it('writes fills, fonts, wrap, links, widths, frozen header, filter, a hidden sheet and a chart', async () => {
    const d = installOfficeDouble(planWorkbook());
    const rows: OutCell[][] = [
      [t('Severity', { bold: true, fill: '#D9D9D9' }), t('Cell', { bold: true, fill: '#D9D9D9' }), t('Message', { bold: true, fill: '#D9D9D9' })],
      [t('error', { fontColour: '#B10E1C' }), t('B2', { link: { sheet: 'Business Plan 2018-19', cell: 'B2' } }), t('No lead', { wrap: true, italic: true })],
      [],
      [t('Section'), t('Green'), t('Amber')],
      [t('1. Priority'), { value: 3 }, { value: 1 }],
      [t('2. Priority'), { value: 0 }, { value: 2 }],
    ];
    const edits: WorkbookEdits = {
      sheets: [
        sheetEdit({
          rows,
          columnWidths: [10, 10, 60],
          freezeRows: 1,
          filter: { headerRow: 1, firstColumn: 1, lastColumn: 3, lastRow: 2 },
          charts: [
            {
              type: 'stacked-bar',
              title: 'RAG by section',
              anchor: 'E4',
              data: { headerRow: 4, categoryColumn: 1, categoryCount: 2 },
              categories: ['1. Priority', '2. Priority'],
              series: [
                { name: 'Green', colour: '#00B050', values: [3, 0] },
                { name: 'Amber', colour: '#FFC000', values: [1, 2] },
              ],
              widthPx: 480,
              heightPx: 288,
            },
          ],
        }),
        sheetEdit({ kind: 'undo', name: 'PlanCheck undo', rows: [[t('record')]], hidden: true }),
      ],
      deleteSheets: [],
      planCells: [],
    };
    const result = await Excel.run((c) => applyEdits(c, edits));
    expect(result.syncs).toBe(1);
    const s = d.model().sheets.find((x) => x.name === 'Plan issues')!;
    expect(getCell(s, 0, 0)).toMatchObject({ bold: true, fill: '#D9D9D9' });
    expect(getCell(s, 0, 2)).toMatchObject({ bold: true, fill: '#D9D9D9' });
    expect(getCell(s, 1, 0)).toMatchObject({ fontColour: '#B10E1C' });
    expect(getCell(s, 1, 0)?.bold).toBeUndefined();
    expect(getCell(s, 1, 1)).toMatchObject({ value: 'B2', hyperlink: { documentReference: "'Business Plan 2018-19'!B2", textToDisplay: 'B2' } });
    expect(getCell(s, 1, 2)).toMatchObject({ wrap: true, italic: true });
    expect([...s.columnWidths.entries()]).toEqual([
      [0, charsToPoints(10)],
      [1, charsToPoints(10)],
      [2, charsToPoints(60)],
    ]);
    expect(s.freezeRows).toBe(1);
    expect(s.autoFilter).toBe("'Plan issues'!A1:C2");
    expect(s.charts).toEqual([
      {
        type: 'BarStacked',
        // made from the first series' numbers, then every series built explicitly
        source: "'Plan issues'!B5:B6",
        seriesBy: 'Columns',
        title: 'RAG by section',
        series: [
          { name: 'Green', values: "'Plan issues'!B5:B6", xValues: "'Plan issues'!A5:A6", colour: '#00B050' },
          { name: 'Amber', values: "'Plan issues'!C5:C6", xValues: "'Plan issues'!A5:A6", colour: '#FFC000' },
        ],
        seriesCount: 2,
        seriesColours: ['#00B050', '#FFC000'],
        position: { start: 'E4' },
        width: 360,
        height: 216,
      },
    ]);
    expect(d.model().sheets.map((x) => [x.name, x.visibility])).toEqual([
      ['Business Plan 2018-19', 'Visible'],
      ['Plan issues', 'Visible'],
      ['PlanCheck undo', 'Hidden'],
    ]);
  });

  it('deletes the sheets it replaces before adding the new ones under the same names', async () => {
    const model = planWorkbook();
    const old = newSheet('Plan issues');
    cellAt(old, 0, 0).value = 'old run';
    model.sheets.push(old);
    const d = installOfficeDouble(model);
    await Excel.run((c) =>
      applyEdits(c, { sheets: [sheetEdit({ rows: [[t('new run')]], replaces: ['Plan issues'] })], deleteSheets: [], planCells: [] }),
    );
    const sheets = d.model().sheets.filter((s) => s.name === 'Plan issues');
    expect(sheets).toHaveLength(1);
    expect(getCell(sheets[0]!, 0, 0)?.value).toBe('new run');
  });

  it('writes plan cells in place, keeping their number format, and puts them back exactly', async () => {
    const d = installOfficeDouble(planWorkbook());
    const tricky: (string | number | boolean | null)[] = ['=1+1', '1.10', 'TRUE', "'quoted", 'March 2019', 'Green', 43466, true, null];
    for (const v of tricky) {
      await Excel.run((c) => applyEdits(c, { sheets: [], deleteSheets: [], planCells: [{ sheet: 'Business Plan 2018-19', cell: 'B2', value: v }] }));
      const r = await Excel.run((c) => readGrid(c));
      const sheet = r.grid.sheets[0]!;
      expect({ v, got: sheet.values[1]![1] ?? null }).toEqual({ v, got: v });
      expect(getCell(d.model().sheets[0]!, 1, 1)?.numberFormat).toBeUndefined();
    }
    expect(planCellValue('Amber')).toBe('Amber');
    expect(planCellValue('=1+1')).toBe("'=1+1");
  });

  it('sets and clears plan-cell fills', async () => {
    const d = installOfficeDouble(planWorkbook());
    await Excel.run((c) =>
      applyEdits(c, {
        sheets: [],
        deleteSheets: [],
        planCells: [
          { sheet: 'Business Plan 2018-19', cell: 'C2', fill: '#00B050' },
          { sheet: 'Business Plan 2018-19', cell: 'A2', fill: null },
        ],
      }),
    );
    expect(getCell(d.model().sheets[0]!, 1, 2)?.fill).toBe('#00B050');
    await Excel.run((c) => applyEdits(c, { sheets: [], deleteSheets: [], planCells: [{ sheet: 'Business Plan 2018-19', cell: 'C2', fill: null }] }));
    expect(getCell(d.model().sheets[0]!, 1, 2)?.fill).toBeNull();
    expect(getCell(d.model().sheets[0]!, 1, 2)?.value).toBe('Progress');
  });

  it('writes a sheet bigger than one request in several syncs, each under 5 MB', async () => {
    const d = installOfficeDouble(planWorkbook());
    const note = 'A long progress note copied from the plan, '.repeat(8);
    const rows: OutCell[][] = Array.from({ length: 20_000 }, (_, i) => [
      t(`Business Plan 2018-19`),
      t(`B${i + 2}`, { link: { sheet: 'Business Plan 2018-19', cell: `B${i + 2}` } }),
      t(note, { wrap: true }),
    ]);
    const result = await Excel.run((c) => applyEdits(c, { sheets: [sheetEdit({ rows })], deleteSheets: [], planCells: [] }));
    expect(result.syncs).toBeGreaterThan(1);
    expect(d.stats.largestRequest).toBeLessThan(PAYLOAD_LIMIT);
    const s = d.model().sheets.find((x) => x.name === 'Plan issues')!;
    expect(getCell(s, 19_999, 2)?.value).toBe(note);
    expect(getCell(s, 19_999, 1)?.hyperlink?.documentReference).toBe("'Business Plan 2018-19'!B20001");
  });
});
