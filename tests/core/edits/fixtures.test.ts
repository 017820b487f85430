/**
 * End to end on the shared fixtures: the core's result written with --out, then the written
 * workbook opened with ExcelJS (and as raw OOXML) and checked against the input and the report.
 */
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { readInput } from '../../../cli/readInput';
import { writeOutputs } from '../../../cli/output';
import { checkWorkbook } from '../../../core/check/checkWorkbook';
import type { CheckResult } from '../../../core/report/checkTypes';
import type { Grid } from '../../../core/grid/grid';
import type { SettingsInput } from '../../../core/settings/settings';
import { findPlanCheckSheets } from '../../../core/grid/marker';
import { safeSheetName } from '../../../core/edits/sheetNames';
import { ISSUES_HEADER_ROW } from '../../../core/edits/issuesSheet';
import { CARRY_OVER_HEADER_ROW } from '../../../core/edits/carryOverSheet';
import { FIXTURES, internalLinks, loadWorkbook, mergesOf, rowOf, sheetState, sheetXml, tempDir } from '../../helpers/xlsxHelpers';
import { INJECTIONS } from '../../helpers/sampleResult';

const NAMES = ['oldham', 'kirklees', 'redbridge'];

interface Expected {
  asOf: string;
  planPeriod: { label: string };
  scheme: 'five' | 'three';
  toleranceDays: number;
}

async function settingsFor(name: string): Promise<SettingsInput> {
  const e = JSON.parse(await fs.readFile(path.join(FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;
  return { asOf: e.asOf, planPeriod: e.planPeriod.label, scheme: e.scheme, toleranceDays: e.toleranceDays };
}

// the shared fixtures sit beside the repository; where they are absent the suite says so and skips
const PRESENT = NAMES.filter((name) => existsSync(path.join(FIXTURES, `${name}.xlsx`)));
if (PRESENT.length < NAMES.length) {
  console.warn(`fixtures.test: ${NAMES.filter((n) => !PRESENT.includes(n)).join(', ')} not found in ${FIXTURES}: skipped`);
}
const describeFixtures = PRESENT.length ? describe.each(PRESENT) : describe.skip.each(NAMES);

async function run(input: string, settings: SettingsInput, out: string, extra: { applyRag?: boolean; undoApply?: boolean; html?: string } = {}): Promise<{ grid: Grid; result: CheckResult; messages: string[] }> {
  const grid = await readInput(input);
  const result = checkWorkbook(grid, settings);
  const messages: string[] = [];
  await writeOutputs({ grid, result, sourcePath: input, out, ...extra, log: (m) => messages.push(m) });
  return { grid, result, messages };
}

/** Report without what names the file it came from. */
function comparable(result: CheckResult): unknown {
  return { ...result.report, file: undefined };
}

/** PlanCheck's sheets in a written workbook, by kind. */
async function planCheckSheets(file: string): Promise<Map<string, string>> {
  const grid = await readInput(file);
  return new Map(findPlanCheckSheets(grid).map((s) => [s.kind, s.name]));
}

/** Data rows of a table whose header is at `headerRow`. */
function dataRows(ws: ExcelJS.Worksheet, headerRow: number): number {
  let n = 0;
  for (let r = headerRow + 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(2).value !== null) n++;
  return n;
}

function expectSameCells(before: ExcelJS.Worksheet, after: ExcelJS.Worksheet | undefined): void {
  expect(after).toBeDefined();
  const a = sheetState(before);
  const b = sheetState(after!);
  for (const [address, state] of a) expect([address, b.get(address)]).toEqual([address, state]);
  expect([...b.keys()].filter((k) => !a.has(k))).toEqual([]);
  expect(mergesOf(after!)).toEqual(mergesOf(before));
}

describeFixtures('%s: --out', (name) => {
  const input = path.join(FIXTURES, `${name}.xlsx`);
  let dir: string;
  let settings: SettingsInput;
  let first: { grid: Grid; result: CheckResult };
  let out1: string;

  beforeAll(async () => {
    dir = await tempDir(`fixtures-${name}`);
    settings = await settingsFor(name);
    out1 = path.join(dir, `${name}.checked.xlsx`);
    first = await run(input, settings, out1);
  });

  test('every original cell of the input is unchanged (value, number format, fill, merges)', async () => {
    const original = await loadWorkbook(input);
    const written = await loadWorkbook(out1);
    for (const ws of original.worksheets) expectSameCells(ws, written.getWorksheet(ws.name));
    // the plan sheets come first, in their order, then PlanCheck's
    expect(written.worksheets.slice(0, original.worksheets.length).map((w) => w.name)).toEqual(original.worksheets.map((w) => w.name));
  });

  test('the three sheets are there (and the hidden record of the check), with a row per issue and per carried-over action', async () => {
    const kinds = await planCheckSheets(out1);
    expect([...kinds.keys()].sort()).toEqual(['carry-over', 'issues', 'record', 'summary']);
    expect((await loadWorkbook(out1)).getWorksheet(kinds.get('record')!)!.state).toBe('hidden');
    const wb = await loadWorkbook(out1);
    const issues = wb.getWorksheet(kinds.get('issues')!)!;
    expect(dataRows(issues, ISSUES_HEADER_ROW)).toBe(first.result.report.issues.length);
    const carried = first.result.report.actions.filter((a) => a.status === 'carried-over').length;
    const carryOver = wb.getWorksheet(kinds.get('carry-over')!)!;
    expect(carryOver.name).toBe(safeSheetName(`Carry-over ${first.result.report.nextPeriod?.label ?? ''}`));
    expect(dataRows(carryOver, CARRY_OVER_HEADER_ROW)).toBe(carried);
    expect(issues.views[0]).toMatchObject({ state: 'frozen', ySplit: ISSUES_HEADER_ROW });
    expect(issues.autoFilter).toBeTruthy();
  });

  test('links jump to the right cells', async () => {
    const kinds = await planCheckSheets(out1);
    const xml = await sheetXml(out1);
    const wb = await loadWorkbook(out1);
    const { report, details } = first.result;
    // Plan issues: each issue's cell
    const issueLinks = internalLinks(xml.get(kinds.get('issues')!)!);
    const issuesSheet = wb.getWorksheet(kinds.get('issues')!)!;
    let linked = 0;
    for (const [address, to] of issueLinks) {
      const row = issuesSheet.getRow(rowOf(address));
      expect(to).toEqual({ sheet: row.getCell(3).value, cell: row.getCell(4).text });
      expect(wb.getWorksheet(to.sheet)).toBeDefined();
      linked++;
    }
    expect(linked).toBe(report.issues.filter((i) => i.sheet && i.cell).length);
    // Carry-over: each action's own row
    const actionAt = new Map(report.actions.map((a, i) => [`${a.sheet}!${details[i]!.cell}`, a]));
    const carryLinks = internalLinks(xml.get(kinds.get('carry-over')!)!);
    expect(carryLinks.size).toBe(report.actions.filter((a) => a.status === 'carried-over').length);
    const carrySheet = wb.getWorksheet(kinds.get('carry-over')!)!;
    for (const [address, to] of carryLinks) {
      const action = actionAt.get(`${to.sheet}!${to.cell}`);
      expect(action?.status).toBe('carried-over');
      expect(rowOf(to.cell)).toBe(action!.row);
      expect(carrySheet.getRow(rowOf(address)).getCell(1).text).toBe(action!.ref ?? '');
    }
    // RAG summary: the late actions, the progress cells of those that look complete, and the carry-over sheet
    const looksCompleteAt = new Set(report.issues.filter((i) => i.code === 'looks-complete').map((i) => `${i.sheet}!${i.cell}`));
    let looksCompleteLinks = 0;
    for (const [, to] of internalLinks(xml.get(kinds.get('summary')!)!)) {
      if (to.sheet === kinds.get('carry-over')) continue;
      if (looksCompleteAt.has(`${to.sheet}!${to.cell}`)) looksCompleteLinks++;
      else expect(['at-risk', 'off-track']).toContain(actionAt.get(`${to.sheet}!${to.cell}`)?.status);
    }
    expect(looksCompleteLinks).toBe(looksCompleteAt.size);
  });

  test('no formula anywhere in the written workbook', async () => {
    for (const [, xml] of await sheetXml(out1)) expect(xml).not.toMatch(/<f[ >]/);
    const wb = await loadWorkbook(out1);
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  test('a second run on the output gives the same report, no changes since the first, and the same sheets, no duplicates', async () => {
    const out2 = path.join(dir, `${name}.checked-twice.xlsx`);
    const second = await run(out1, settings, out2);
    const { changes, ...report } = second.result.report;
    expect({ ...report, file: undefined }).toEqual(comparable(first.result));
    expect(changes).toMatchObject({ since: first.result.report.asOf, from: 'record', items: [] });
    const a = await loadWorkbook(out1);
    const b = await loadWorkbook(out2);
    // the same sheets, plus "Changes since <date>" (saying nothing changed) last
    const names = [...a.worksheets.map((w) => w.name), `Changes since ${first.result.report.asOf}`];
    expect(b.worksheets.map((w) => w.name)).toEqual(names);
    for (const ws of a.worksheets) expectSameCells(ws, b.getWorksheet(ws.name));
  });

  test('a user\'s own "RAG summary" sheet survives untouched', async () => {
    const wb = await loadWorkbook(input);
    const mine = wb.addWorksheet('RAG summary');
    mine.getCell('A1').value = 'My RAG summary for the board';
    mine.getCell('B3').value = 42;
    mine.getCell('B3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
    const withMine = path.join(dir, `${name}.mine.xlsx`);
    await wb.xlsx.writeFile(withMine);
    const out = path.join(dir, `${name}.mine.checked.xlsx`);
    await run(withMine, settings, out);
    const again = path.join(dir, `${name}.mine.checked-twice.xlsx`);
    await run(out, settings, again);
    for (const file of [out, again]) {
      const written = await loadWorkbook(file);
      expectSameCells(mine, written.getWorksheet('RAG summary'));
      expect((await planCheckSheets(file)).get('summary')).toBe('RAG summary (PlanCheck)');
      expect(written.worksheets.filter((w) => /^RAG summary/.test(w.name))).toHaveLength(2);
    }
  });

  test('apply then undo returns every plan cell to its exact prior state', async () => {
    const applied = path.join(dir, `${name}.applied.xlsx`);
    const { result } = await run(input, settings, applied, { applyRag: true });
    const original = await loadWorkbook(input);
    const afterApply = await loadWorkbook(applied);
    const changed = result.details.filter((d, i) => d.ragCell && result.report.actions[i]!.rag.computed && result.report.actions[i]!.rag.computed !== result.report.actions[i]!.rag.given);
    const differing = original.worksheets.flatMap((ws) => {
      const before = sheetState(ws);
      const after = sheetState(afterApply.getWorksheet(ws.name)!);
      return [...new Set([...before.keys(), ...after.keys()])].filter((k) => JSON.stringify(before.get(k)) !== JSON.stringify(after.get(k)));
    });
    expect(differing.length).toBe(new Set(changed.map((d) => `${d.ragCell!.sheet}!${d.ragCell!.cell}`)).size);
    const undoName = (await planCheckSheets(applied)).get('undo');
    const undone = path.join(dir, `${name}.undone.xlsx`);
    if (differing.length === 0) {
      // a plan with no RAG cells (Redbridge): nothing applied, nothing to undo
      expect(undoName).toBeUndefined();
      await expect(run(applied, settings, undone, { undoApply: true })).rejects.toThrow(/nothing to undo/);
      return;
    }
    expect(afterApply.getWorksheet(undoName!)!.state).toBe('hidden');
    const undo = await run(applied, settings, undone, { undoApply: true });
    expect(undo.messages).toEqual([]);
    const restored = await loadWorkbook(undone);
    for (const ws of original.worksheets) expectSameCells(ws, restored.getWorksheet(ws.name));
    expect((await planCheckSheets(undone)).has('undo')).toBe(false);
  });

  test('formula-like text copied from plan cells is text in the output', async () => {
    // put the injection strings into the owner cells of the first actions
    const wb = await loadWorkbook(input);
    first.result.report.actions.slice(0, INJECTIONS.length).forEach((a, i) => {
      const row = wb.getWorksheet(a.sheet)!.getRow(a.row);
      row.eachCell((cell) => {
        if (a.owner && cell.text === a.owner) cell.value = INJECTIONS[i]!;
      });
    });
    const injected = path.join(dir, `${name}.injected.xlsx`);
    await wb.xlsx.writeFile(injected);
    const out = path.join(dir, `${name}.injected.checked.xlsx`);
    const { result } = await run(injected, settings, out);
    const owners = new Set(result.report.actions.map((a) => a.owner));
    const present = INJECTIONS.filter((s) => owners.has(s));
    expect(present.length).toBeGreaterThan(0);
    const written = await loadWorkbook(out);
    const summary = written.getWorksheet((await planCheckSheets(out)).get('summary')!)!;
    const found = new Map<string, ExcelJS.Cell>();
    summary.eachRow((row) => row.eachCell((c) => {
      if (typeof c.value === 'string' && present.includes(c.value)) found.set(c.value, c);
    }));
    expect([...found.keys()].sort()).toEqual([...present].sort());
    for (const cell of found.values()) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe('@');
    }
    for (const [, xml] of await sheetXml(out)) expect(xml).not.toMatch(/<f[ >]/);
  });
});

describe('--out from a .csv', () => {
  test('an .xlsx holding the plan as read plus PlanCheck\'s sheets', async () => {
    const dir = await tempDir('fixtures-csv');
    const csv = path.join(dir, 'plan 2018-19.csv');
    await fs.writeFile(csv, [
      'Ref,Action,Lead,Date for completion,Progress,RAG',
      `1.1,Set up the group,"=HYPERLINK(""http://x"",""y"")",April 2018,Complete,Grey`,
      '1.2,Write the paper,@SUM(1),September 2018,-1+1,Green',
    ].join('\r\n'));
    const out = path.join(dir, 'plan.checked.xlsx');
    const { grid, result } = await run(csv, { asOf: '2019-03-01' }, out);
    const wb = await loadWorkbook(out);
    const plan = wb.worksheets[0]!;
    expect(plan.name).toBe(grid.sheets[0]!.name);
    expect(plan.getCell('C2').value).toBe('=HYPERLINK("http://x","y")');
    expect(plan.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    expect(plan.getCell('E3').value).toBe('-1+1');
    expect([...(await planCheckSheets(out)).keys()].sort()).toEqual(['carry-over', 'issues', 'record', 'summary']);
    expect(result.report.actions.length).toBe(2);
    for (const [, xml] of await sheetXml(out)) expect(xml).not.toMatch(/<f[ >]/);
  });
});
