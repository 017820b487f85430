/**
 * The whole task-pane run against the Excel double filled from each shared fixture:
 * the report equals the command line's, the sheets written hold the edits' rows, the plan's
 * own cells are untouched, Apply RAG then Undo apply restores every cell exactly, and
 * protection gives the pane's message rather than an exception.
 */
import { readXlsxFile } from '../../cli/readXlsx';
import { checkWorkbook } from '../../core/index';
import type { CheckResult, Grid, OutCell, SettingsInput, WorkbookEdits } from '../../core/index';
import { buildEdits } from '../../core/edits/buildEdits';
import { cellNumberFormat } from '../../core/edits/safeText';
import { applyRag, undoApply, validatePlan, selectCell, Outcome } from '../../excel-addin/host/session';
import { charsToPoints, documentReference } from '../../excel-addin/host/applyEdits';
import { CellModel, SheetModel, WorkbookModel, cloneWorkbook, getCell, newSheet, newWorkbook, cellAt, rangeAddress, modelFromXlsx, OfficeDouble, installOfficeDouble, uninstallOfficeDouble } from '../../testing/excel';
import { FIXTURES, expectedOf, fixturePath } from './helpers';

const NOW = new Date('2024-01-15T12:00:00Z');

function settingsFor(name: string): SettingsInput {
  const e = expectedOf(name);
  return { asOf: e.asOf, planPeriod: e.planPeriod.label, scheme: e.scheme as 'five', toleranceDays: e.toleranceDays };
}

/** A cell as staff (and Excel's API) see it: absent, null and "" are the same. */
function seen(c: CellModel | undefined): Partial<CellModel> {
  if (!c) return {};
  const out: Partial<CellModel> = {};
  for (const [k, v] of Object.entries(c) as [keyof CellModel, unknown][]) {
    if (v === null || v === undefined || v === false || (k === 'value' && v === '') || (k === 'numberFormat' && v === 'General')) continue;
    (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

function sheetCells(s: SheetModel): Map<string, Partial<CellModel>> {
  const m = new Map<string, Partial<CellModel>>();
  for (const [k, c] of s.cells) {
    const v = seen(c);
    if (Object.keys(v).length) m.set(k, v);
  }
  return m;
}

function expectSameCells(after: SheetModel, before: SheetModel): void {
  expect(Object.fromEntries(sheetCells(after))).toEqual(Object.fromEntries(sheetCells(before)));
  expect(after.merges).toEqual(before.merges);
}

/** The OutCells of an edit against what the double holds. */
function expectSheetHolds(sheet: SheetModel, rows: OutCell[][]): void {
  rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      const got = getCell(sheet, r, c);
      const at = `${sheet.name}!R${r + 1}C${c + 1}`;
      const want = cell.value === '' ? null : cell.value;
      expect({ at, value: got?.value ?? null }).toEqual({ at, value: want });
      if (typeof cell.value === 'string' && cell.value !== '') expect({ at, nf: got?.numberFormat }).toEqual({ at, nf: '@' });
      if (typeof cell.value === 'number') expect({ at, nf: got?.numberFormat ?? 'General' }).toEqual({ at, nf: cellNumberFormat(cell) });
      expect({ at, fill: got?.fill ?? null }).toEqual({ at, fill: cell.fill?.toUpperCase() ?? null });
      expect({ at, bold: Boolean(got?.bold) }).toEqual({ at, bold: Boolean(cell.bold) });
      expect({ at, italic: Boolean(got?.italic) }).toEqual({ at, italic: Boolean(cell.italic) });
      expect({ at, wrap: Boolean(got?.wrap) }).toEqual({ at, wrap: Boolean(cell.wrap) });
      expect({ at, font: got?.fontColour ?? null }).toEqual({ at, font: cell.fontColour?.toUpperCase() ?? null });
      if (cell.link) expect({ at, link: got?.hyperlink?.documentReference }).toEqual({ at, link: documentReference(cell.link.sheet, cell.link.cell) });
      else expect({ at, link: got?.hyperlink }).toEqual({ at, link: undefined });
    }),
  );
  // nothing beyond the rows
  for (const k of sheet.cells.keys()) {
    const [r, c] = k.split(':').map(Number) as [number, number];
    if (r >= rows.length || c >= (rows[r]?.length ?? 0)) expect({ k, cell: seen(sheet.cells.get(k)) }).toEqual({ k, cell: {} });
  }
}

function expectWritten(model: WorkbookModel, edits: WorkbookEdits): void {
  for (const edit of edits.sheets) {
    const sheet = model.sheets.find((s) => s.name === edit.name);
    expect(sheet).toBeDefined();
    expectSheetHolds(sheet!, edit.rows);
    expect(sheet!.visibility).toBe(edit.hidden ? 'Hidden' : 'Visible');
    expect(sheet!.freezeRows).toBe(edit.freezeRows);
    edit.columnWidths.forEach((w, i) => expect(sheet!.columnWidths.get(i)).toBe(charsToPoints(w)));
    if (edit.filter) {
      const f = edit.filter;
      expect(sheet!.autoFilter).toMatch(/!/);
      expect(sheet!.autoFilter!.split('!')[1]).toBe(
        `${String.fromCharCode(64 + f.firstColumn)}${f.headerRow}:${String.fromCharCode(64 + f.lastColumn)}${f.lastRow}`,
      );
    } else expect(sheet!.autoFilter).toBeNull();
    const charts = (edit.charts ?? []).filter((c) => c.data.categoryCount > 0 && c.series.length > 0);
    expect(sheet!.charts).toHaveLength(charts.length);
    charts.forEach((spec, i) => {
      const got = sheet!.charts[i]!;
      expect(got.type).toBe('BarStacked');
      expect(got.seriesBy).toBe('Columns');
      expect(got.title).toBe(spec.title);
      expect(got.seriesCount).toBe(spec.series.length);
      expect(got.seriesColours).toEqual(spec.series.map((s) => s.colour.toUpperCase()));
      expect(got.position).toEqual({ start: spec.anchor });
      // every series named, and reading its numbers and the category labels from the sheet
      const top = spec.data.headerRow; // 0-based first category row
      const col = spec.data.categoryColumn - 1;
      const address = (c: number) => rangeAddress(sheet!.name, top, c, spec.data.categoryCount, 1);
      got.series.forEach((s, k) => {
        expect(s).toEqual({ name: spec.series[k]!.name, values: address(col + 1 + k), xValues: address(col), colour: spec.series[k]!.colour.toUpperCase() });
      });
      spec.categories.forEach((cat, j) => {
        expect(getCell(sheet!, top + j, col)?.value).toBe(cat);
        spec.series.forEach((s, k) => expect(getCell(sheet!, top + j, col + 1 + k)?.value ?? 0).toBe(s.values[j]));
      });
    });
  }
}

describe.each(FIXTURES)('the task pane on %s', (name) => {
  let double: OfficeDouble;
  let original: WorkbookModel;
  let cliGrid: Grid;
  let cliResult: CheckResult;
  const settings = settingsFor(name);

  beforeAll(async () => {
    cliGrid = await readXlsxFile(fixturePath(name));
    cliResult = checkWorkbook(cliGrid, settings, NOW);
  });
  beforeEach(async () => {
    original = await modelFromXlsx(fixturePath(name));
    double = installOfficeDouble(cloneWorkbook(original));
  });
  afterEach(() => uninstallOfficeDouble());

  it('reports exactly what the command line reports for the same file', async () => {
    const out = await validatePlan({ settings, now: NOW });
    expect(out.kind).toBe('validated');
    if (out.kind !== 'validated') return;
    expect(out.result.report).toEqual(cliResult.report);
    expect(out.model.actions).toBe(cliResult.report.summary.actions);
    expect(double.stats.unsyncedAtEnd).toBe(0);
  });

  it('writes the sheets the edits describe, and leaves the plan itself alone', async () => {
    const out = await validatePlan({ settings, now: NOW });
    expect(out.kind).toBe('validated');
    const model = double.model();
    expectWritten(model, buildEdits(cliGrid, cliResult));
    for (const before of original.sheets) expectSameCells(model.sheets.find((s) => s.name === before.name)!, before);
    expect(model.sheets.slice(0, original.sheets.length).map((s) => s.name)).toEqual(original.sheets.map((s) => s.name));
  });

  it('re-creates its own sheets on a second run instead of adding more (only "Changes since" the first, saying none)', async () => {
    await validatePlan({ settings, now: NOW });
    const names = double.model().sheets.map((s) => s.name);
    names.push(`Changes since ${cliResult.report.asOf}`);
    const out = await validatePlan({ settings, now: NOW });
    expect(out.kind).toBe('validated');
    expect(double.model().sheets.map((s) => s.name)).toEqual(names);
    if (out.kind === 'validated') {
      const { changes, ...report } = out.result.report;
      expect(report).toEqual(cliResult.report);
      expect(changes).toMatchObject({ from: 'record', items: [] });
      expect(out.model.since).toMatchObject({ line: `No changes since the check of ${cliResult.report.asOf}.`, items: [] });
    }
    await validatePlan({ settings, now: NOW });
    expect(double.model().sheets.map((s) => s.name)).toEqual(names);
  });

  it('leaves a user sheet called "RAG summary" alone', async () => {
    const mine = newSheet('RAG summary');
    cellAt(mine, 0, 0).value = 'My own summary';
    double.model().sheets.push(mine);
    await validatePlan({ settings, now: NOW });
    const model = double.model();
    expect(model.sheets.find((s) => s.name === 'RAG summary')!.cells.get('0:0')!.value).toBe('My own summary');
    expect(model.sheets.some((s) => s.name !== 'RAG summary' && /^RAG summary/.test(s.name))).toBe(true);
  });

  it('Apply RAG then Undo apply restores every cell exactly', async () => {
    await validatePlan({ settings, now: NOW });
    const before = cloneWorkbook(double.model());
    const applied = await applyRag({ settings, now: NOW });
    const model = double.model();
    const changed = original.sheets.filter((s) => {
      const a = JSON.stringify(Object.fromEntries(sheetCells(model.sheets.find((x) => x.name === s.name)!)));
      return a !== JSON.stringify(Object.fromEntries(sheetCells(before.sheets.find((x) => x.name === s.name)!)));
    });
    const mismatched = cliResult.report.actions.some((a, i) => cliResult.details[i]?.ragCell && a.rag.computed && a.rag.given !== a.rag.computed);
    if (mismatched) expect(applied.kind).toBe('applied');
    if (applied.kind === 'applied') {
      expect(applied.changed).toBeGreaterThan(0);
      expect(changed.length).toBeGreaterThan(0);
      const undoSheet = model.sheets.find((s) => s.visibility === 'Hidden');
      expect(undoSheet).toBeDefined();
    } else {
      // a plan with no RAG to write (no RAG column, nothing given): said, and nothing changed
      expect(applied.kind).toBe('message');
      expect(changed).toHaveLength(0);
    }
    const undone = await undoApply({ now: NOW });
    if (applied.kind === 'applied') expect(undone.kind).toBe('undone');
    const after = double.model();
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    for (const s of before.sheets) expectSameCells(after.sheets.find((x) => x.name === s.name)!, s);
  });

  it('a protected plan sheet gives the pane a message, not an exception', async () => {
    for (const s of double.model().sheets) s.protected = true;
    const before = cloneWorkbook(double.model());
    const validated = await validatePlan({ settings, now: NOW });
    expect(validated.kind).toBe('validated');
    if (validated.kind === 'validated') {
      expect(validated.notices.join(' ')).toMatch(/is protected/);
      expect(validated.result.report).toEqual(checkWorkbook({ ...cliGrid, sheets: cliGrid.sheets.map((s) => ({ ...s, protected: true })) }, settings, NOW).report);
    }
    const applied = await applyRag({ settings, now: NOW });
    const hasRag = cliResult.details.some((d) => d.ragCell);
    if (hasRag) {
      expect(applied).toMatchObject({ kind: 'message', tone: 'error' });
      if (applied.kind === 'message') expect(applied.message).toMatch(/protected.*Unprotect/);
    }
    for (const s of before.sheets) expectSameCells(double.model().sheets.find((x) => x.name === s.name)!, s);
  });

  it('a protected workbook structure: the check still shows, nothing is written', async () => {
    double.model().structureProtected = true;
    const out = await validatePlan({ settings, now: NOW });
    expect(out.kind).toBe('validated');
    if (out.kind === 'validated') {
      expect(out.wrote).toBe(false);
      expect(out.notices[0]).toMatch(/structure is protected/);
    }
    expect(double.model().sheets.map((s) => s.name)).toEqual(original.sheets.map((s) => s.name));
  });

  it('selecting an issue activates its sheet and selects its cell', async () => {
    const out = await validatePlan({ settings, now: NOW });
    if (out.kind !== 'validated') throw new Error('not validated');
    const issue = out.model.groups.flatMap((g) => g.issues).find((i) => i.sheet && i.cell)!;
    double.model().activeSheet = double.model().sheets.find((s) => s.name !== issue.sheet && s.visibility === 'Visible')!.name;
    expect(await selectCell(issue.sheet!, issue.cell!)).toBeNull();
    expect(double.model().activeSheet).toBe(issue.sheet);
    expect(double.model().selection).toEqual({ sheet: issue.sheet, address: issue.cell });
  });
});

describe('the task pane on workbooks without a plan', () => {
  afterEach(() => uninstallOfficeDouble());

  it('an empty workbook gives the empty message and writes nothing', async () => {
    const d = installOfficeDouble(newWorkbook([newSheet('Sheet1')]));
    const out = await validatePlan({ settings: {}, now: NOW });
    expect(out).toMatchObject({ kind: 'message', tone: 'warning' });
    if (out.kind === 'message') expect(out.message).toMatch(/empty/);
    expect(d.model().sheets).toHaveLength(1);
    expect(d.stats.syncCount).toBe(2);
  });

  it('a sheet with no plan table gives the no-plan-table message and writes nothing', async () => {
    const s = newSheet('Notes');
    cellAt(s, 0, 0).value = 'Shopping list';
    cellAt(s, 1, 0).value = 'Milk';
    cellAt(s, 2, 0).value = 'Bread';
    const d = installOfficeDouble(newWorkbook([s]));
    const out: Outcome = await validatePlan({ settings: {}, now: NOW });
    expect(out).toMatchObject({ kind: 'message', tone: 'warning' });
    if (out.kind === 'message') expect(out.message).toMatch(/table/i);
    expect(d.model().sheets).toHaveLength(1);
  });

  it('bad settings are a message naming the setting', async () => {
    installOfficeDouble(newWorkbook([newSheet('Sheet1')]));
    const out = await validatePlan({ settings: { toleranceDays: -3 }, now: NOW });
    expect(out).toMatchObject({ kind: 'message', tone: 'error' });
    if (out.kind === 'message') expect(out.message).toMatch(/toleranceDays/);
  });

  it('undo with nothing applied says so', async () => {
    installOfficeDouble(newWorkbook([newSheet('Sheet1')]));
    const out = await undoApply({ now: NOW });
    expect(out).toMatchObject({ kind: 'message', tone: 'info' });
  });
});
