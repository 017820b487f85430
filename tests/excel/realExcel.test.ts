/**
 * The task pane against the Excel double taught what real Excel does (Microsoft's reference
 * and the office-js issue tracker): No Fill reported as white, conditional formats' colours
 * only through getDisplayedCellProperties, the undo stack cleared by a sheet deletion,
 * cell-edit mode and an inactive workbook failing a batch, Excel on the web refusing oversized
 * writes (sometimes only as GeneralException), and charts.add's own series detection.
 */
import type { OutCell, SheetEdit, WorkbookEdits } from '../../core/index';
import { applyEdits } from '../../excel-addin/host/applyEdits';
import { readGrid } from '../../excel-addin/host/readGrid';
import { applyRag, selectCell, undoApply, validatePlan } from '../../excel-addin/host/session';
import { DoubleOfficeError, generatePlanSheet, generatePlanWorkbook, SheetModel, WorkbookModel, cellAt, getCell, newSheet, newWorkbook, installOfficeDouble, uninstallOfficeDouble } from '../../testing/excel';

afterEach(() => {
  uninstallOfficeDouble();
  jest.restoreAllMocks();
});

const SETTINGS = { asOf: '2019-03-01', planPeriod: '2018-19', scheme: 'five' as const };
const NOW = new Date('2019-03-01T12:00:00Z');
const COLOURS: Record<string, string> = { Green: '#00B050', Amber: '#FFC000', Red: '#FF0000', Grey: '#A6A6A6', Blue: '#0070C0' };

/** A generated plan whose RAG column is colours only, as many boards keep it: no fill where no RAG was given. */
function colourRagPlan(rows = 40): WorkbookModel {
  const sheet = generatePlanSheet(rows);
  for (const [k, c] of sheet.cells) {
    const col = Number(k.split(':')[1]);
    const row = Number(k.split(':')[0]);
    if (col !== 6 || row <= 5 || typeof c.value !== 'string') continue;
    c.fill = COLOURS[c.value] ?? null;
    c.value = null;
  }
  // actions given no RAG: an empty cell with no fill
  for (const k of [...sheet.cells.keys()]) {
    const [row, col] = k.split(':').map(Number) as [number, number];
    if (col === 0 && row > 5 && getCell(sheet, row, 1)?.value) cellAt(sheet, row, 6);
  }
  return newWorkbook([sheet]);
}

function ragCells(s: SheetModel): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [k, c] of s.cells) if (Number(k.split(':')[1]) === 6 && Number(k.split(':')[0]) > 5) out[k] = c.fill ?? null;
  return out;
}

describe('fills as Excel reports them', () => {
  it('No Fill comes back as #FFFFFF with a null pattern and is read as no fill', async () => {
    const plan = newSheet('Plan');
    cellAt(plan, 0, 0).value = 'x';
    cellAt(plan, 0, 1).fill = '#00B050';
    installOfficeDouble(newWorkbook([plan]));
    const raw = await Excel.run(async (c) => {
      const r = c.workbook.worksheets.getItem('Plan').getRange('A1:B1');
      const p = r.getCellProperties({ format: { fill: { color: true, pattern: true } } });
      await c.sync();
      return p.value;
    });
    expect(raw[0]![0]!.format!.fill).toEqual({ color: '#FFFFFF', pattern: null });
    const read = await Excel.run((c) => readGrid(c));
    expect(read.grid.sheets[0]!.fills![0]).toEqual([null, '#00B050']);
  });

  it('Undo apply clears the cells that had no fill, rather than painting them white', async () => {
    const d = installOfficeDouble(colourRagPlan());
    const before = ragCells(d.model().sheets[0]!);
    expect(Object.values(before)).toContain(null);
    const applied = await applyRag({ settings: SETTINGS, now: NOW });
    expect(applied.kind).toBe('applied');
    expect(ragCells(d.model().sheets[0]!)).not.toEqual(before);
    const undone = await undoApply({});
    expect(undone.kind).toBe('undone');
    expect(ragCells(d.model().sheets[0]!)).toEqual(before);
  });

  it('reads RAG colours set by conditional formatting where ExcelApi 1.19 is supported', async () => {
    const plan = colourRagPlan(10);
    const rag = getCell(plan.sheets[0]!, 6, 6) ?? cellAt(plan.sheets[0]!, 6, 6);
    rag.fill = null;
    rag.displayFill = '#FF0000'; // a rule paints it red
    plan.sheets[0]!.conditionalFormats = 1;
    installOfficeDouble(plan);
    const read = await Excel.run((c) => readGrid(c, { readDisplayedFills: true }));
    expect(read.grid.sheets[0]!.fills![6]![6]).toBe('#FF0000');
    const out = await validatePlan({ settings: SETTINGS, now: NOW });
    expect(out.kind).toBe('validated');
    expect(out.notices.join(' ')).not.toMatch(/conditional formatting/);
  });

  it('elsewhere says in the pane that conditional-format colours were not read', async () => {
    const plan = colourRagPlan(10);
    const rag = cellAt(plan.sheets[0]!, 6, 6);
    rag.fill = null;
    rag.displayFill = '#FF0000';
    plan.sheets[0]!.conditionalFormats = 1;
    installOfficeDouble(plan, { unsupported: ['ExcelApi 1.19'] });
    const out = await validatePlan({ settings: SETTINGS, now: NOW });
    expect(out.kind).toBe('validated');
    expect(out.notices).toEqual(expect.arrayContaining([expect.stringMatching(/^Sheet "Business Plan 2018-19" has conditional formatting, whose colours this version of Excel does not report/)]));
  });
});

describe("the user's undo history and Excel's states", () => {
  it('Validate plan again rewrites PlanCheck\'s sheets in place: no sheet deleted, so Excel keeps its undo stack', async () => {
    const d = installOfficeDouble(generatePlanWorkbook(60));
    expect((await validatePlan({ settings: SETTINGS, now: NOW })).kind).toBe('validated');
    const names = d.model().sheets.map((s) => s.name);
    const issues = d.model().sheets.find((s) => s.name === 'Plan issues')!;
    const firstRun = new Map([...issues.cells].map(([k, c]) => [k, c.value]));
    cellAt(issues, 900, 0).value = 'left from an earlier, longer run';
    expect((await validatePlan({ settings: SETTINGS, now: NOW })).kind).toBe('validated');
    expect(d.model().undoCleared).toBeFalsy();
    // the same sheets, and (added, nothing deleted) "Changes since" the first run
    expect(d.model().sheets.map((s) => s.name)).toEqual([...names, `Changes since ${SETTINGS.asOf}`]);
    const again = d.model().sheets.find((s) => s.name === 'Plan issues')!;
    expect(getCell(again, 900, 0)).toBeUndefined();
    expect(new Map([...again.cells].map(([k, c]) => [k, c.value]))).toEqual(firstRun);
    const summary = d.model().sheets.find((s) => s.name === 'RAG summary')!;
    expect(summary.charts).toHaveLength(1);
  });

  it('runs every batch with delayForCellEdit, so a user typing in a cell is waited for', async () => {
    const d = installOfficeDouble(generatePlanWorkbook(20));
    d.model().cellEditMode = true;
    const out = await validatePlan({ settings: SETTINGS, now: NOW });
    expect(out.kind).toBe('validated');
    expect(d.stats.waitedForCellEdit).toBe(1);
    expect(d.stats.runOptions.length).toBeGreaterThan(0);
    expect(d.stats.runOptions.every((o) => o.delayForCellEdit === true)).toBe(true);
  });

  it('cell-edit mode, an inactive workbook and a protected workbook each get their own plain message', async () => {
    const d = installOfficeDouble(generatePlanWorkbook(20));
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    d.model().inactive = true;
    const inactive = await validatePlan({ settings: SETTINGS, now: NOW });
    expect(inactive).toMatchObject({ kind: 'message', message: expect.stringMatching(/^This workbook is not the active Excel window/) });
    d.model().inactive = false;

    const real = Excel.run;
    (Excel as unknown as { run: unknown }).run = async () => {
      throw new DoubleOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    };
    expect(await validatePlan({ settings: SETTINGS, now: NOW })).toMatchObject({ kind: 'message', message: expect.stringMatching(/^Excel is still editing a cell/) });
    (Excel as unknown as { run: unknown }).run = real;

    d.model().structureProtected = true;
    const apply = await applyRag({ settings: SETTINGS, now: NOW });
    expect(apply).toMatchObject({ kind: 'message', message: expect.stringMatching(/workbook structure is protected/) });
    // the console has Office's own account of the failures, for whoever supports the pane
    expect(error).toHaveBeenCalledWith('PlanCheck: Excel refused a request', 'InactiveWorkbook', expect.objectContaining({ code: 'InactiveWorkbook' }));
  });

  it('a cell that cannot be shown on a visible sheet is never called hidden', async () => {
    const d = installOfficeDouble(generatePlanWorkbook(5));
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const real = Excel.run;
    let first = true;
    (Excel as unknown as { run: unknown }).run = (a: unknown, b?: unknown) => {
      if (first) {
        first = false;
        return Promise.reject(new DoubleOfficeError('InvalidOperation', 'The operation is invalid for the object in its current state.'));
      }
      return (real as (a: unknown, b?: unknown) => Promise<unknown>)(a, b);
    };
    const out = await selectCell('Business Plan 2018-19', 'C12');
    expect(out).toMatchObject({ kind: 'message' });
    expect(out!.kind === 'message' && out!.message).not.toMatch(/hidden/);
    (Excel as unknown as { run: unknown }).run = real;
    d.model().sheets[0]!.visibility = 'Hidden';
    d.model().sheets.push(newSheet('Other'));
    const hidden = await selectCell('Business Plan 2018-19', 'C12');
    expect(hidden).toMatchObject({ kind: 'message', message: expect.stringMatching(/is hidden/) });
    // a visible sheet protected against selecting its cells says so
    const plan = d.model().sheets[0]!;
    plan.visibility = 'Visible';
    plan.protected = true;
    plan.selectionMode = 'None';
    const locked = await selectCell('Business Plan 2018-19', 'C12');
    expect(locked).toMatchObject({ kind: 'message', message: expect.stringMatching(/^Sheet "Business Plan 2018-19" is protected against selecting its cells/) });
  });
});

describe('writes that cannot stop half-way', () => {
  it('a 50 000-row plan writes completely where Excel on the web refuses big writes with GeneralException', async () => {
    const d = installOfficeDouble(generatePlanWorkbook(50_000));
    d.model().oversizedRequest = 'GeneralException';
    d.model().requestLimit = 1.5 * 1024 * 1024; // smaller than PlanCheck's own estimate allows for
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const out = await validatePlan({ settings: SETTINGS, now: NOW });
    expect(out.kind).toBe('validated');
    if (out.kind !== 'validated') return;
    const refused = d.stats.syncs.filter((s) => s.requestBytes > 1.5 * 1024 * 1024);
    expect(refused.length).toBeGreaterThan(0); // Excel did refuse some…
    const issues = d.model().sheets.find((s) => s.name === 'Plan issues')!;
    let lastRow = 0;
    for (const k of issues.cells.keys()) lastRow = Math.max(lastRow, Number(k.split(':')[0]));
    // …and still every issue is on the sheet (rows after the header block)
    expect(lastRow).toBeGreaterThanOrEqual(out.result.report.issues.length);
    const summary = d.model().sheets.find((s) => s.name === 'RAG summary')!;
    expect(summary.charts).toHaveLength(1);
  }, 120_000);

  it("builds the chart's series explicitly, so numeric category labels are not taken for a series", async () => {
    const d = installOfficeDouble(newWorkbook([newSheet('Plan')]));
    const rows: OutCell[][] = [[{ value: 'Year' }, { value: 'Green' }, { value: 'Amber' }], [{ value: 2018 }, { value: 3 }, { value: 1 }], [{ value: 2019 }, { value: 0 }, { value: 2 }]];
    const edit: SheetEdit = {
      kind: 'summary',
      name: 'RAG summary',
      replaces: [],
      rows,
      columnWidths: [],
      freezeRows: 0,
      charts: [
        {
          type: 'stacked-bar',
          title: 'RAG by year',
          anchor: 'E2',
          data: { headerRow: 1, categoryColumn: 1, categoryCount: 2 },
          categories: ['2018', '2019'],
          series: [
            { name: 'Green', colour: '#00B050', values: [3, 0] },
            { name: 'Amber', colour: '#FFC000', values: [1, 2] },
          ],
          widthPx: 480,
          heightPx: 288,
        },
      ],
    };
    const edits: WorkbookEdits = { sheets: [edit], deleteSheets: [], planCells: [] };
    await Excel.run((c) => applyEdits(c, edits));
    const chart = d.model().sheets.find((s) => s.name === 'RAG summary')!.charts[0]!;
    expect(chart.series).toEqual([
      { name: 'Green', values: "'RAG summary'!B2:B3", xValues: "'RAG summary'!A2:A3", colour: '#00B050' },
      { name: 'Amber', values: "'RAG summary'!C2:C3", xValues: "'RAG summary'!A2:A3", colour: '#FFC000' },
    ]);
  });
});
