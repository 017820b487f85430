import { buildEdits } from '../../../core/edits/buildEdits';
import { buildIssuesSheet, ISSUES_HEADER, ISSUES_HEADER_ROW } from '../../../core/edits/issuesSheet';
import { buildRagSummarySheet } from '../../../core/edits/ragSummarySheet';
import { buildCarryOverSheet, CARRY_OVER_HEADER, CARRY_OVER_HEADER_ROW } from '../../../core/edits/carryOverSheet';
import { findPlanCheckSheets, isPlanCheckSheet, planCheckKind } from '../../../core/grid/marker';
import type { OutCell, SheetEdit } from '../../../core/edits/editTypes';
import type { GridSheet } from '../../../core/grid/grid';
import { INJECTIONS, sampleGrid, sampleResult } from '../../helpers/sampleResult';

const valueAt = (sheet: SheetEdit, row: number, column: number): OutCell['value'] | undefined => sheet.rows[row - 1]?.[column - 1]?.value;
const cellAt = (sheet: SheetEdit, row: number, column: number): OutCell | undefined => sheet.rows[row - 1]?.[column - 1];

/** The sheet as a host would read it back into a grid. */
function asGridSheet(edit: SheetEdit): GridSheet {
  return { name: edit.name, values: edit.rows.map((r) => r.map((c) => c.value)) };
}

/** Rows of a table from the row after its header, down to the first row whose first cell is empty. */
function tableBody(sheet: SheetEdit, headerRow: number): OutCell[][] {
  const body: OutCell[][] = [];
  for (let r = headerRow; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    if (row.length === 0 || row[0]?.value === null || row[0]?.value === '') break;
    body.push(row);
  }
  return body;
}

function findRow(sheet: SheetEdit, firstCell: string): number {
  return sheet.rows.findIndex((r) => r[0]?.value === firstCell) + 1;
}

describe('Plan issues sheet', () => {
  const sheet = buildIssuesSheet(sampleGrid(), sampleResult());

  test('one row per issue under a bold, frozen, filtered header', () => {
    expect(sheet.rows[ISSUES_HEADER_ROW - 1]!.map((c) => c.value)).toEqual(ISSUES_HEADER);
    expect(sheet.rows[ISSUES_HEADER_ROW - 1]!.every((c) => c.bold)).toBe(true);
    expect(sheet.rows.length - ISSUES_HEADER_ROW).toBe(sampleResult().report.issues.length);
    expect(sheet.freezeRows).toBe(ISSUES_HEADER_ROW);
    expect(sheet.filter).toEqual({ headerRow: 4, firstColumn: 1, lastColumn: 7, lastRow: 4 + 7 });
  });

  test('sorted by sheet in workbook order, then row and column; workbook-level issues first', () => {
    const order = sheet.rows.slice(ISSUES_HEADER_ROW).map((r) => `${r[2]!.value}!${r[3]!.value}`);
    expect(order).toEqual(['!', 'Plan!G5', 'Plan!C8', 'Plan!D8', 'Plan!G8', 'Oldham 2018-19!A1', 'Oldham 2018-19!F3']);
  });

  test('the cell is a link that jumps to that cell of the plan', () => {
    const row = findRow(sheet, 'warning');
    expect(cellAt(sheet, row, 4)!.link).toEqual({ sheet: 'Plan', cell: 'G5' });
    expect(valueAt(sheet, row, 4)).toBe('G5');
    expect(cellAt(sheet, ISSUES_HEADER_ROW + 1, 4)!.link).toBeUndefined();
  });

  test("the action's first words, and its ref", () => {
    const row = ISSUES_HEADER_ROW + 2; // Plan!G5, action 1.2
    expect(valueAt(sheet, row, 5)).toBe('1.2');
    expect(valueAt(sheet, row, 6)).toBe('Write the options paper');
    const long = buildIssuesSheet(sampleGrid(), {
      ...sampleResult(),
      report: { ...sampleResult().report, actions: sampleResult().report.actions.map((a) => ({ ...a, action: `${a.action} one two three four five six seven eight nine ten` })) },
    });
    expect(String(valueAt(long, row, 6))).toBe('Write the options paper one two three four five six seven eight …');
  });

  test('a count line, and "No issues found." when there are none', () => {
    expect(valueAt(sheet, 3, 1)).toBe('7 issues: 4 errors, 3 warnings, 0 info.');
    const clean = buildIssuesSheet(sampleGrid(), { ...sampleResult(), report: { ...sampleResult().report, issues: [] } });
    expect(valueAt(clean, 3, 1)).toBe('No issues found.');
    expect(clean.rows).toHaveLength(ISSUES_HEADER_ROW);
  });

  test('carries the marker, and is recognised by it', () => {
    expect(valueAt(sheet, 1, 1)).toBe('PlanCheck · Plan issues');
    expect(String(valueAt(sheet, 2, 1))).toMatch(/^Written by PlanCheck on 2019-03-01 — re-created on every run; edits here are lost\./);
    expect(planCheckKind(asGridSheet(sheet))).toBe('issues');
  });
});

describe('RAG summary sheet', () => {
  const result = sampleResult();
  const sheet = buildRagSummarySheet(result, { name: 'RAG summary (PlanCheck)', replaces: [] }, { carryOverSheet: 'Carry-over 2019-20' });

  test('plan title, period, reporting date and scheme', () => {
    expect(valueAt(sheet, findRow(sheet, 'Plan'), 2)).toBe('Business Plan 2018-19');
    expect(valueAt(sheet, findRow(sheet, 'Plan period'), 2)).toBe('2018-19 (1 April 2018 – 31 March 2019)');
    expect(valueAt(sheet, findRow(sheet, 'Reporting date'), 2)).toBe('1 March 2019');
    expect(valueAt(sheet, findRow(sheet, 'RAG scheme'), 2)).toBe("five (PlanCheck's default)");
  });

  test('totals per RAG label: the label in its colour, the count and the share as a percentage', () => {
    const header = findRow(sheet, 'RAG');
    const body = tableBody(sheet, header);
    expect(body.map((r) => [r[0]!.value, r[1]!.value])).toEqual([
      ['Green', 1], ['Amber', 1], ['Red', 1], ['Grey', 1], ['Blue', 1], ['Not assessed', 1], ['Total', 6],
    ]);
    expect(body[0]![0]!.fill).toBe('#00B050');
    expect(body[2]![2]).toEqual({ value: 1 / 6, numberFormat: '0%' });
    expect(body[5]![0]!.fill).toBeUndefined();
  });

  test('sections × RAG labels with row totals, column totals and % complete', () => {
    const header = findRow(sheet, 'Section');
    expect(sheet.rows[header - 1]!.map((c) => c.value)).toEqual(['Section', 'Green', 'Amber', 'Red', 'Grey', 'Blue', 'Not assessed', 'Total', '% complete']);
    const body = tableBody(sheet, header).map((r) => r.map((c) => c.value));
    expect(body).toEqual([
      ['1. Priority: New arrangements', 0, 0, 1, 1, 1, 0, 3, 1 / 3],
      ['2. Priority: Quality assurance', 0, 1, 0, 0, 0, 1, 2, 0],
      ['(no section)', 1, 0, 0, 0, 0, 0, 1, 0],
      ['Total', 1, 1, 1, 1, 1, 1, 6, 1 / 6],
    ]);
  });

  test('leads grouped regardless of case and spacing, sorted by name, none last', () => {
    const body = tableBody(sheet, findRow(sheet, 'Lead')).map((r) => [r[0]!.value, r[7]!.value]);
    expect(body).toEqual([
      [INJECTIONS[1], 1], ['Lisa Morris', 1], ['Neglect subgroup', 1], ['Task and Finish group', 2], ['(no lead named)', 1], ['Total', 6],
    ]);
  });

  test('needs attention: every late action, most late first, with a link to its row', () => {
    const heading = sheet.rows.findIndex((r) => String(r[0]?.value).startsWith('Needs attention')) + 1;
    expect(valueAt(sheet, heading, 1)).toBe('Needs attention: 2 late actions');
    const body = tableBody(sheet, heading + 1);
    expect(body.map((r) => [r[1]!.value, r[4]!.value, r[5]!.value])).toEqual([['1.2', 152, 'Red'], ['2.1', 1, 'Amber']]);
    expect(body[0]![6]!.link).toEqual({ sheet: 'Plan', cell: 'B5' });
    expect(body[0]![body[0]!.length - 1]!.value).toBe('Options paper drafted');
  });

  test('the carry-over count, linked to the carry-over sheet', () => {
    const row = findRow(sheet, 'Carry-over');
    expect(valueAt(sheet, row, 2)).toBe(1);
    expect(cellAt(sheet, row, 3)!.link).toEqual({ sheet: 'Carry-over 2019-20', cell: 'A1' });
  });

  test('a stacked bar chart by section in the scheme colours, pointing at the section table', () => {
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts![0]!;
    const header = findRow(sheet, 'Section');
    expect(chart.type).toBe('stacked-bar');
    expect(chart.data).toEqual({ headerRow: header, categoryColumn: 1, categoryCount: 3 });
    expect(chart.categories).toEqual(['1. Priority: New arrangements', '2. Priority: Quality assurance', '(no section)']);
    expect(chart.series.map((s) => [s.name, s.colour])).toEqual([
      ['Green', '#00B050'], ['Amber', '#FFC000'], ['Red', '#FF0000'], ['Grey', '#A6A6A6'], ['Blue', '#0070C0'], ['Not assessed', '#D9D9D9'],
    ]);
    // every series' values are the cells the chart points at
    chart.series.forEach((s, i) => {
      const cells = chart.categories.map((_, r) => valueAt(sheet, header + 1 + r, chart.data.categoryColumn + 1 + i));
      expect(cells).toEqual(s.values);
    });
    // the list below starts under the chart
    const heading = sheet.rows.findIndex((r) => String(r[0]?.value).startsWith('Needs attention')) + 1;
    expect(heading).toBeGreaterThan(header + chart.heightPx / 20);
  });

  test('no chart and empty tables for a plan without actions', () => {
    const empty = sampleResult();
    empty.report.actions = [];
    empty.details = [];
    const s = buildRagSummarySheet(empty);
    expect(s.charts).toEqual([]);
    expect(s.rows.some((r) => r[0]?.value === 'Needs attention: no action is late.')).toBe(true);
  });
});

describe('Carry-over sheet', () => {
  const sheet = buildCarryOverSheet(sampleResult());

  test('named after the next period, one row per carried-over action', () => {
    expect(sheet.name).toBe('Carry-over 2019-20');
    expect(sheet.rows[CARRY_OVER_HEADER_ROW - 1]!.map((c) => c.value)).toEqual(CARRY_OVER_HEADER);
    expect(sheet.rows.length - CARRY_OVER_HEADER_ROW).toBe(1);
    const row = sheet.rows[CARRY_OVER_HEADER_ROW]!;
    expect(row.map((c) => c.value)).toEqual(['1.3', INJECTIONS[0], INJECTIONS[1], 'Moved to new Strategic Plan', INJECTIONS[2], null, 'Plan!B6']);
    expect(row[6]!.link).toEqual({ sheet: 'Plan', cell: 'B6' });
    expect(row[5]!.fill).toBeDefined();
  });

  test('"due after the plan period" where the core gives no reason; next period worked out when missing', () => {
    const result = sampleResult();
    result.details[2]!.carryOverReason = null;
    delete result.report.nextPeriod;
    const sheet2 = buildCarryOverSheet(result);
    expect(sheet2.name).toBe('Carry-over 2019-20');
    expect(sheet2.rows[CARRY_OVER_HEADER_ROW]![4]!.value).toBe('due after the plan period');
  });
});

describe('buildEdits', () => {
  test('three sheets and the hidden record; a user\'s own "RAG summary" is left alone and the new one takes another name', () => {
    const edits = buildEdits(sampleGrid(), sampleResult());
    expect(edits.sheets.map((s) => [s.kind, s.name, s.replaces])).toEqual([
      ['issues', 'Plan issues', []],
      ['summary', 'RAG summary (PlanCheck)', []],
      ['carry-over', 'Carry-over 2019-20', []],
      ['record', 'PlanCheck record', []],
    ]);
    expect(edits.sheets.map((s) => !!s.hidden)).toEqual([false, false, false, true]);
    expect(edits.planCells).toEqual([]);
  });

  test('a re-run replaces its own sheets (found by marker) and never duplicates them', () => {
    const grid = sampleGrid();
    const first = buildEdits(grid, sampleResult());
    grid.sheets.push(...first.sheets.map(asGridSheet));
    expect(findPlanCheckSheets(grid).map((s) => s.kind)).toEqual(['issues', 'summary', 'carry-over', 'record']);
    const second = buildEdits(grid, sampleResult());
    expect(second.sheets.map((s) => [s.name, s.replaces])).toEqual([
      ['Plan issues', ['Plan issues']],
      ['RAG summary (PlanCheck)', ['RAG summary (PlanCheck)']],
      ['Carry-over 2019-20', ['Carry-over 2019-20']],
      ['PlanCheck record', ['PlanCheck record']],
    ]);
    expect(second.sheets.map((s) => s.rows)).toEqual(first.sheets.map((s) => s.rows));
    expect(isPlanCheckSheet(grid.sheets[2]!)).toBe(false);
  });

  test('a user sheet named "Plan issues" without the marker makes PlanCheck use another name', () => {
    const grid = sampleGrid();
    grid.sheets.push({ name: 'plan issues', values: [['PlanCheck · Plan issues'], ['my notes, not written by PlanCheck']] });
    expect(buildEdits(grid, sampleResult()).sheets[0]!.name).toBe('Plan issues (PlanCheck)');
  });

  test('all copied text is kept as it was typed (writers make it text)', () => {
    const edits = buildEdits(sampleGrid(), sampleResult());
    const texts = edits.sheets.flatMap((s) => s.rows.flat().map((c) => c.value)).filter((v): v is string => typeof v === 'string');
    for (const injection of INJECTIONS) expect(texts).toContain(injection);
  });
});
