/**
 * A workbook holding several plans on several sheets (one per sub-group) gets a row per sheet
 * in the RAG summary (issue 18, item 4), the same in the command line, the Excel host (on its
 * double) and the Sheets host (on its double).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli, runExcel, runSheets, type HostRun } from '../../scripts/parity';
import { buildHtmlReport, esc } from '../../cli/output/htmlReport';

const NOW = new Date('2019-03-01T12:00:00Z');
const SETTINGS = { asOf: '2019-03-01' };
const HEADER = ['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'];

const SUBGROUPS: [string, (string | null)[][]][] = [
  ['Learning & Improvement', [
    ['1.1', 'Run the case review', 'Ann Lee', 'April 2018', 'Complete', 'Grey'],
    ['1.2', 'Publish the learning brief', 'Ann Lee', 'October 2018', '', 'Green'],
  ]],
  ['Neglect', [
    ['1.1', 'Launch the neglect toolkit', 'Sam Jones', 'March 2019', 'Draft agreed', 'Green'],
    ['1.2', 'Audit neglect cases', 'Sam Jones', '1 February 2019', 'Started', 'Amber'],
    ['1.3', 'Train practitioners', 'Kim Roe', 'Carry over to 2019-20', '', 'Blue'],
  ]],
  ['Exploitation', [['1.1', 'Map exploitation risks', 'Di West', 'TBC', '', '']]],
];

async function writeWorkbook(file: string, subgroups: typeof SUBGROUPS): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of subgroups) {
    const ws = wb.addWorksheet(name);
    ws.addRow([`${name} sub-group plan 2018-19`]);
    ws.addRow([]);
    ws.addRow(HEADER);
    for (const r of rows) ws.addRow(r);
  }
  await wb.xlsx.writeFile(file);
  return file;
}

type Row = (string | number | boolean | null)[];

/** The "By sheet" table of the RAG summary a host wrote: its header and rows, up to the blank line. */
function bySheet(run: HostRun): Row[] | null {
  const summary = run.written?.find((s) => s.rows.some((r) => r[0] === 'Totals by RAG'));
  if (!summary) throw new Error(`${run.host}: no RAG summary written`);
  const at = summary.rows.findIndex((r) => r[0] === 'By sheet');
  if (at < 0) return null;
  const end = summary.rows.findIndex((r, i) => i > at && r.length === 0);
  return summary.rows.slice(at + 1, end < 0 ? undefined : end);
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-per-sheet-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('three sub-group sheets: a row each, with RAG counts, % complete, late and carried over, in all three hosts', async () => {
  const file = await writeWorkbook(path.join(dir, 'subgroups.xlsx'), SUBGROUPS);
  const cli = await runCli(file, SETTINGS, NOW);
  const runs = [cli.run, await runExcel(file, SETTINGS, NOW), runSheets(cli.grid, SETTINGS)];
  const tables = runs.map(bySheet);
  const [header, ...body] = tables[0]!;
  expect(header).toEqual(['Sheet', 'Green', 'Amber', 'Red', 'Grey', 'Blue', 'Not assessed', 'Total', '% complete', 'Late', 'Carried over']);
  expect(body).toEqual([
    ['Learning & Improvement', 0, 0, 1, 1, 0, 0, 2, 0.5, 1, 0],
    ['Neglect', 1, 1, 0, 0, 1, 0, 3, 0, 1, 1],
    ['Exploitation', 0, 0, 0, 0, 0, 1, 1, 0, 0, 0],
    ['Total', 1, 1, 1, 1, 1, 1, 6, 1 / 6, 2, 1],
  ]);
  // every figure is the report's own: rows sum to the plan's actions
  expect(cli.run.report!.actions.length).toBe(6);
  expect(tables[1]).toEqual(tables[0]);
  expect(tables[2]).toEqual(tables[0]);
  // and the command line's HTML report shows the same rows
  const html = buildHtmlReport(cli.result);
  expect(html).toContain('<h2>By sheet</h2>');
  for (const [name] of SUBGROUPS) expect(html).toContain(`<tr><td>${esc(name)}</td>`);
});

test('a plan on one sheet has no per-sheet table', async () => {
  const file = await writeWorkbook(path.join(dir, 'one.xlsx'), SUBGROUPS.slice(1, 2));
  const cli = await runCli(file, SETTINGS, NOW);
  expect(bySheet(cli.run)).toBeNull();
  expect(buildHtmlReport(cli.result)).not.toContain('By sheet');
});
