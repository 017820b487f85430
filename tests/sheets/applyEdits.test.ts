import type { OutCell, SheetEdit, WorkbookEdits } from '../../core/index';
import { applyEdits, cellLinkUrl, planCellInput, type ApplyContext } from '../../sheets-addon/host/applyEdits';
import { readGrid } from '../../sheets-addon/host/readGrid';
import { AppsScriptDouble, DOUBLE_CHARTS, PROTECTION_TYPE, fillSheet, sheetState, sheetValues, spreadsheetState } from '../../testing/sheets';

function planDouble() {
  const double = new AppsScriptDouble({ name: 'Plan 2018-19' });
  fillSheet(double, {
    name: 'Plan',
    values: [
      ['Ref', 'Action', 'Lead', 'Due', 'Progress', 'RAG'],
      ['1.1', 'Set up the group', 'Ann', 43191, 'Complete', 'G'],
      ['1.2', 'Audit', 'Bob', 43555, 'Started', null],
      ['1.3', 'Train staff', 'Cy', 43300, 'Due soon', '=Amber'],
      ['1.4', 'Review', 'Di', 43350, 'x', '1'],
      ['1.5', 'Report', 'Ed', 43400, 'y', 7],
    ],
    numberFormats: [[], ['General', 'General', 'General', 'mmm-yy', 'General', 'General'], [], [], ['General', 'General', 'General', 'General', 'General', '@']],
    fills: [[], [null, null, null, null, '#a6a6a6', null], [null, null, null, null, '#ff0000', null]],
  });
  return double;
}

function ctxFor(double: AppsScriptDouble): ApplyContext {
  const read = readGrid(double.spreadsheet(), { sheetProtection: PROTECTION_TYPE.SHEET });
  const formats = new Map(read.sheets.map((s) => [s.name, s.sheetsFormats] as const));
  return {
    ss: double.spreadsheet(),
    app: double.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    legendTop: DOUBLE_CHARTS.Position.TOP,
    sheetIds: new Map(read.sheets.map((s) => [s.name, s.sheetId] as [string, number])),
    planCellFormat: (sheet, cell) => {
      const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
      const col = m[1]!.charCodeAt(0) - 64;
      return formats.get(sheet)?.[Number(m[2]) - 1]?.[col - 1];
    },
  };
}

const t = (value: string | number | null, extra: Partial<OutCell> = {}): OutCell => ({ value, ...extra });

function issuesSheet(rows: number, name = 'Plan issues', replaces: string[] = []): SheetEdit {
  const out: OutCell[][] = [[t('Severity', { bold: true, fill: '#D9D9D9' }), t('Code', { bold: true }), t('Sheet', { bold: true }), t('Cell', { bold: true }), t('Ref', { bold: true }), t('Action', { bold: true }), t('Message', { bold: true })]];
  for (let i = 0; i < rows; i++) {
    out.push([
      t(i % 3 ? 'warning' : 'error', { fontColour: i % 3 ? '#B06000' : '#C5221F' }),
      t('missing-owner'),
      t('Plan'),
      t(`C${i + 2}`, { link: { sheet: 'Plan', cell: `C${i + 2}` } }),
      t(`1.${i}`),
      t(i === 0 ? '=HYPERLINK("http://x","click")' : i === 1 ? '+44 20 7946 0000' : i === 2 ? '-not a number' : i === 3 ? '@mention' : `Action ${i}`, { wrap: true }),
      t('No lead is named for this action. Add the person or group responsible.', { italic: i === 0 }),
    ]);
  }
  return { kind: 'issues', name, replaces, rows: out, columnWidths: [10, 18, 14, 8, 8, 40, 60], freezeRows: 1, filter: { headerRow: 1, firstColumn: 1, lastColumn: 7, lastRow: rows + 1 } };
}

function summarySheet(): SheetEdit {
  const rows: OutCell[][] = [
    [t('RAG summary', { bold: true })],
    [t('Plan period'), t('2018-19')],
    [],
    [t('Section', { bold: true }), t('Green', { fill: '#00B050' }), t('Amber', { fill: '#FFC000' }), t('Red', { fill: '#FF0000', fontColour: '#FFFFFF' }), t('Total'), t('% complete')],
    [t('1. Priority'), t(3), t(1), t(0), t(4), t(0.25, { numberFormat: '0%' })],
    [t('2. Priority'), t(0), t(2), t(2), t(4), t(0, { numberFormat: '0%' })],
    [t('Reporting date'), t(43525, { numberFormat: 'yyyy-mm-dd' })],
    [t('Go to the issues'), t('Plan issues!A1', { link: { sheet: 'Plan issues', cell: 'A1' } })],
  ];
  return {
    kind: 'summary',
    name: 'RAG summary',
    replaces: [],
    rows,
    columnWidths: [30, 10, 10, 10, 10, 12],
    freezeRows: 0,
    charts: [
      {
        type: 'stacked-bar',
        title: 'Actions by section',
        anchor: 'H2',
        data: { headerRow: 4, categoryColumn: 1, categoryCount: 2 },
        categories: ['1. Priority', '2. Priority'],
        series: [
          { name: 'Green', colour: '#00B050', values: [3, 0] },
          { name: 'Amber', colour: '#FFC000', values: [1, 2] },
          { name: 'Red', colour: '#FF0000', values: [0, 2] },
        ],
        widthPx: 600,
        heightPx: 300,
      },
    ],
  };
}

function expectRowsMatch(sheet: import('../../testing/sheets').DoubleSheet, edit: SheetEdit) {
  const values = sheetValues(sheet);
  const width = Math.max(...edit.rows.map((r) => r.length), 1);
  edit.rows.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      const got = sheet.peek(r + 1, c + 1);
      const want = cell?.value ?? null;
      expect([r + 1, c + 1, got?.value ?? null]).toEqual([r + 1, c + 1, want === '' ? null : want]);
      expect(got?.formula).toBeUndefined();
      if (typeof want === 'string') expect(got?.format).toBe('@');
      if (cell?.fill) expect(got?.background).toBe(cell.fill.toLowerCase());
      if (cell?.bold) expect(got?.fontWeight).toBe('bold');
      if (cell?.italic) expect(got?.fontStyle).toBe('italic');
      if (cell?.wrap) expect(got?.wrap).toBe(true);
      if (cell?.numberFormat) expect(got?.format).toBe(cell.numberFormat);
    }
  });
  expect(values.length).toBeLessThanOrEqual(edit.rows.length);
}

describe('applyEdits: PlanCheck sheets', () => {
  it('writes each sheet with the same rows as the edits, text as text, links, widths, freeze, filter and chart', () => {
    const double = planDouble();
    const before = sheetState(double.ss.sheet('Plan'));
    const ctx = ctxFor(double);
    const edits: WorkbookEdits = { sheets: [issuesSheet(6), summarySheet()], deleteSheets: [], planCells: [] };
    double.log.lockHeld = true;
    const outcome = applyEdits(ctx, edits);
    expect(outcome).toEqual({ created: ['Plan issues', 'RAG summary'], deleted: [], planCellsChanged: 0 });
    expect(double.ss.sheets.map((s) => s.name)).toEqual(['Plan', 'Plan issues', 'RAG summary']);
    // the plan is untouched
    expect(sheetState(double.ss.sheet('Plan'))).toEqual(before);

    const issues = double.ss.sheet('Plan issues');
    expectRowsMatch(issues, edits.sheets[0]!);
    // copied text that looks like a formula stays text
    expect(issues.peek(2, 6)!.value).toBe('=HYPERLINK("http://x","click")');
    expect(issues.peek(3, 6)!.value).toBe('+44 20 7946 0000');
    expect(issues.peek(4, 6)!.value).toBe('-not a number');
    expect(issues.peek(5, 6)!.value).toBe('@mention');
    // a link to the cell, by the plan sheet's gid
    expect(issues.peek(2, 4)).toMatchObject({ value: 'C2', link: cellLinkUrl(0, 'C2') });
    expect(issues.peek(7, 4)!.link).toBe('#gid=0&range=C7');
    expect(issues.frozenRows).toBe(1);
    expect(issues.filter!.getRange().a1()).toBe('A1:G7');
    expect(issues.columnWidths.get(7)).toBe(430);
    expect(issues.peek(2, 1)!.fontColor).toBe('#c5221f');

    const summary = double.ss.sheet('RAG summary');
    expectRowsMatch(summary, edits.sheets[1]!);
    expect(summary.peek(5, 6)).toMatchObject({ value: 0.25, format: '0%' });
    expect(summary.peek(7, 2)).toMatchObject({ value: 43525, format: 'yyyy-mm-dd' });
    // a link between two new sheets finds the new sheet's gid
    expect(summary.peek(8, 2)!.link).toBe(cellLinkUrl(issues.sheetId, 'A1'));
    expect(summary.charts).toHaveLength(1);
    const chart = summary.charts[0]!;
    expect(chart.chartType).toBe('BAR');
    expect(chart.options).toMatchObject({ isStacked: true, colors: ['#00B050', '#FFC000', '#FF0000'], title: 'Actions by section', width: 600, height: 300 });
    expect(chart.ranges.map((r) => r.a1())).toEqual(['A4:D6']);
    expect(chart.numHeaders).toBe(1);
    expect(chart.position).toMatchObject({ row: 2, column: 8 });
    expect(double.log.unlockedWrites).toEqual([]);
  });

  it('re-creates its sheets: deletes the ones it replaces, hides the undo record, grows the sheet as needed', () => {
    const double = planDouble();
    const ctx = ctxFor(double);
    applyEdits(ctx, { sheets: [issuesSheet(2)], deleteSheets: [], planCells: [] });
    const big = issuesSheet(1500, 'Plan issues', ['Plan issues']);
    const undo: SheetEdit = { kind: 'undo', name: 'PlanCheck undo', replaces: [], rows: [[t('PlanCheck undo record')], [t('Plan'), t('F2'), t('G')]], columnWidths: [], freezeRows: 0, hidden: true };
    const outcome = applyEdits(ctx, { sheets: [big, undo], deleteSheets: ['Gone already'], planCells: [] });
    expect(outcome.deleted).toEqual(['Plan issues']);
    expect(double.ss.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Plan', false],
      ['Plan issues', false],
      ['PlanCheck undo', true],
    ]);
    const issues = double.ss.sheet('Plan issues');
    expect(issues.maxRows).toBeGreaterThanOrEqual(1501);
    expect(sheetValues(issues)).toHaveLength(1501);
    expectRowsMatch(issues, big);
  });
});

describe('plan cell values keep their text', () => {
  it.each([
    ['Green', '0.###############', 'Green'],
    ['=Amber', '0.###############', "'=Amber"],
    ['-', '0.###############', "'-"],
    ['1', '0.###############', "'1"],
    ['March 2019', 'mmm-yy', "'March 2019"],
    ['TRUE', '0.###############', "'TRUE"],
    ["'quoted", '0.###############', "''quoted"],
    ['=Amber', '@', '=Amber'],
    ['1', '@', '1'],
  ])('%j into a cell formatted %j is written as %j', (value, format, input) => {
    expect(planCellInput(value, format)).toBe(input);
  });

  it('writes numbers, booleans and empty as they are', () => {
    expect(planCellInput(7, '0')).toBe(7);
    expect(planCellInput(false, undefined)).toBe(false);
    expect(planCellInput(null, undefined)).toBe('');
  });
});

describe('applyEdits: Apply RAG and Undo apply on plan cells', () => {
  it('changes only the cells named, and the previous values and fills put back restore every cell exactly', () => {
    const double = planDouble();
    const original = spreadsheetState(double.ss);
    const ctx = ctxFor(double);
    const apply: WorkbookEdits = {
      sheets: [],
      deleteSheets: [],
      planCells: [
        { sheet: 'Plan', cell: 'F2', value: 'Grey' },
        { sheet: 'Plan', cell: 'F3', value: 'Red' },
        { sheet: 'Plan', cell: 'F4', value: 'Green' },
        { sheet: 'Plan', cell: 'F5', value: 'Green' },
        { sheet: 'Plan', cell: 'F6', value: 'Green' },
        { sheet: 'Plan', cell: 'E2', fill: '#A6A6A6' },
        { sheet: 'Plan', cell: 'E3', fill: '#00B050' },
        { sheet: 'Plan', cell: 'E4', fill: '#00B050' },
      ],
    };
    double.log.lockHeld = true;
    expect(applyEdits(ctx, apply).planCellsChanged).toBe(8);
    const plan = double.ss.sheet('Plan');
    expect(['F2', 'F3', 'F4', 'F5', 'F6'].map((a) => plan.peek(Number(a.slice(1)), 6)!.value)).toEqual(['Grey', 'Red', 'Green', 'Green', 'Green']);
    expect(plan.peek(4, 5)!.background).toBe('#00b050');
    // formats are the cells' own
    expect(plan.peek(5, 6)!.format).toBe('@');
    expect(plan.peek(2, 6)!.format).toBe('0.###############');

    // undo: the values as read before (text '=Amber' and '1' stay text; 7 stays a number; empty stays empty)
    const undo: WorkbookEdits = {
      sheets: [],
      deleteSheets: [],
      planCells: [
        { sheet: 'Plan', cell: 'F2', value: 'G' },
        { sheet: 'Plan', cell: 'F3', value: null },
        { sheet: 'Plan', cell: 'F4', value: '=Amber' },
        { sheet: 'Plan', cell: 'F5', value: '1' },
        { sheet: 'Plan', cell: 'F6', value: 7 },
        { sheet: 'Plan', cell: 'E2', fill: '#A6A6A6' },
        { sheet: 'Plan', cell: 'E3', fill: '#FF0000' },
        { sheet: 'Plan', cell: 'E4', fill: null },
      ],
    };
    applyEdits(ctxFor(double), undo);
    expect(spreadsheetState(double.ss)).toEqual(original);
    expect(double.log.unlockedWrites).toEqual([]);
  });

  it('batches plan cells: one RangeList per distinct value and per distinct fill', () => {
    const double = planDouble();
    const ctx = ctxFor(double);
    double.log.reset();
    applyEdits(ctx, {
      sheets: [],
      deleteSheets: [],
      planCells: ['F2', 'F3', 'F4', 'F5', 'F6'].flatMap((cell, i) => [
        { sheet: 'Plan', cell, value: i % 2 ? 'Green' : 'Red' },
        { sheet: 'Plan', cell: cell.replace('F', 'E'), fill: i % 2 ? '#00B050' : '#FF0000' },
      ]),
    });
    expect(double.log.get('Sheet.getRangeList')).toBe(4); // Red, Green, and two fills
    expect(double.log.get('RangeList.setValue')).toBe(2);
    expect(double.log.get('RangeList.setBackground')).toBe(2);
    // a plan cell's number format is never touched
    expect(double.log.get('RangeList.setNumberFormat') + double.log.get('Range.setNumberFormat') + double.log.get('Range.setNumberFormats')).toBe(0);
  });

  it('says which sheet is missing', () => {
    const double = planDouble();
    expect(() => applyEdits(ctxFor(double), { sheets: [], deleteSheets: [], planCells: [{ sheet: 'Nope', cell: 'A1', value: 'x' }] })).toThrow(/"Nope" is no longer/);
  });
});
