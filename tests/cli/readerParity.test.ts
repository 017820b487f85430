/**
 * The streaming reader (cli/xlsx) gives the grid the ExcelJS path gives, cell by cell: on every
 * shared fixture, the bundled sample, a workbook holding every kind of cell ExcelJS writes,
 * and files written by openpyxl and by LibreOffice (each skips, with a message, where its tool
 * is not installed). The hostile files are compared in tests/hostile (hostileHelpers.everywhere).
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { fixturePath, removeDir, tempDir } from './cliHelpers';
import { expectReadersAgree, gridDifferences, readBothWays } from '../helpers/readerParity';
import { readPackageGrid } from '../../cli/xlsx/readPackage';
import JSZip from 'jszip';
import { writeZip } from '../../bench/zipFiles';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? null;
const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import openpyxl'], { timeout: 60_000 }).status === 0) ?? null;
if (!SOFFICE) console.warn('readerParity.test: LibreOffice files skipped: soffice is not installed (apt-get install -y libreoffice-calc-nogui)');
if (!PYTHON) console.warn('readerParity.test: openpyxl files skipped: no python3 with openpyxl (apt-get install -y python3-openpyxl)');

let dir: string;
beforeAll(() => {
  dir = tempDir('reader-parity-');
});
afterAll(() => removeDir(dir));

async function expectCompared(file: string): Promise<void> {
  const both = await expectReadersAgree(file);
  // a comparison that did not happen proves nothing: both readers must read these files
  expect(both.compared ? 'compared' : both.why).toBe('compared');
}

describe('shared fixtures and the sample', () => {
  const names = ['oldham', 'kirklees', 'redbridge'];
  test.each(names)('%s.xlsx', async (name) => {
    const file = fixturePath(`${name}.xlsx`);
    if (!file) return console.warn(`readerParity.test: shared fixture ${name}.xlsx is absent: skipped`);
    await expectCompared(file);
  });
  test('samples/oldham.xlsx', async () => {
    await expectCompared(path.join(__dirname, '..', '..', 'samples', 'oldham.xlsx'));
  });
});

/** A workbook with every kind of cell and style ExcelJS writes, in the 1900 or 1904 date system. */
async function everyKindOfCell(file: string, date1904: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook();
  if (date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet('Plan 2018-19');
  ws.getColumn(9).numFmt = 'dd/mm/yyyy';
  ws.getColumn(9).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC000' } };
  ws.getRow(1).values = ['Ref', 'Action', 'Lead', 'Due', 'Progress', 'RAG', 42.5, true, null, '_x000D_ escaped'];
  ws.getCell('K1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('A2').value = { richText: [{ text: 'Rich ', font: { bold: true } }, { text: 'text\r\nwith a break' }] };
  ws.getCell('B2').value = { formula: 'A1&"!"', result: 'Ref!' } as ExcelJS.CellFormulaValue;
  ws.getCell('C2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('D2').value = { formula: 'TODAY()', result: new Date(Date.UTC(2019, 2, 1)) } as ExcelJS.CellFormulaValue;
  ws.getCell('D2').numFmt = 'd mmmm yyyy';
  ws.getCell('E2').value = { formula: 'B1-B1', result: 0 } as ExcelJS.CellFormulaValue;
  ws.getCell('F2').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
  ws.getCell('A3').value = { formula: 'G1+1', result: 43.5, shareType: 'shared', ref: 'A3:A4' } as unknown as ExcelJS.CellFormulaValue;
  ws.getCell('A4').value = { sharedFormula: 'A3', result: 44.5 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('B3').value = new Date(Date.UTC(2019, 3, 30, 12, 30));
  ws.getCell('B3').numFmt = 'mmmm yyyy';
  ws.getCell('C3').value = 43555;
  ws.getCell('C3').numFmt = 'dd/mm/yyyy';
  ws.getCell('D3').value = 0.256;
  ws.getCell('D3').numFmt = '0.0%';
  ws.getCell('E3').value = 1234567.891;
  ws.getCell('E3').numFmt = '#,##0.00';
  ws.getCell('F3').value = { text: 'a link', hyperlink: 'https://example.org/plan' };
  ws.getCell('G3').value = { text: 'inside', hyperlink: "#'Plan 2018-19'!A1" };
  const solid = (fgColor: Partial<ExcelJS.Color>): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor });
  ws.getCell('A5').fill = solid({ argb: 'FF00B050' });
  ws.getCell('B5').fill = solid({ theme: 5, tint: 0.3999755851924192 } as Partial<ExcelJS.Color>);
  ws.getCell('C5').fill = solid({ indexed: 10 } as Partial<ExcelJS.Color>);
  ws.getCell('D5').fill = { type: 'pattern', pattern: 'darkGrid', fgColor: { argb: 'FFFF0000' } };
  ws.getCell('E5').numFmt = '0.00';
  ws.getCell('L5').numFmt = '0.00';
  ws.getCell('A6').value = 'Section merged across';
  ws.mergeCells('A6:F6');
  ws.getCell('A7').value = 'Merged down';
  ws.mergeCells('A7:A9');
  ws.getRow(8).fill = solid({ argb: 'FFFF0000' });
  ws.getCell('C8').value = 'in a filled row';
  ws.mergeCells('D8:E8');
  ws.mergeCells('M12:N13');
  ws.getCell('A15').value = '  spaces kept  ';
  ws.getCell('B15').value = 'tab\there & <angle> "quotes"';
  ws.getCell('C15').value = -0.0001;
  ws.getCell('D15').value = 1e21;
  ws.getCell('E15').value = false;
  const hidden = wb.addWorksheet('Hidden key', { state: 'hidden' });
  hidden.getCell('A1').value = 'Green';
  hidden.getCell('A1').fill = solid({ argb: 'FF00B050' });
  const locked = wb.addWorksheet('Locked');
  locked.getCell('B2').value = 'protected';
  await locked.protect('', {});
  wb.addWorksheet('Empty');
  await wb.xlsx.writeFile(file);
}

describe('a workbook with every kind of cell', () => {
  test.each([false, true])('written by ExcelJS (1904 date system: %s)', async (date1904) => {
    const file = path.join(dir, `every-kind-${date1904 ? '1904' : '1900'}.xlsx`);
    await everyKindOfCell(file, date1904);
    await expectCompared(file);
  });
});

const OPENPYXL_PLAN = `
import sys, datetime, openpyxl
from openpyxl.comments import Comment
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import PatternFill
from openpyxl.worksheet.table import Table
iso = sys.argv[2] == 'iso'
wb = openpyxl.Workbook(iso_dates=iso) if iso else openpyxl.Workbook()
ws = wb.active
ws.title = 'Plan 2018-19'
ws.append(['Business Plan 2018-19'])
ws.append([])
ws.append(['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'])
for i in range(1, 40):
    ws.append([f'1.{i}', f'Action {i} for children', f'Lead {i % 5}', datetime.datetime(2019, 1 + i % 12, 1), 'Complete' if i % 3 == 0 else f'Update {i}', ['Green', 'Amber', 'Red'][i % 3]])
    ws.cell(row=3 + i, column=4).number_format = 'mmmm yyyy'
    ws.cell(row=3 + i, column=6).fill = PatternFill('solid', fgColor=['FF00B050', 'FFFFC000', 'FFFF0000'][i % 3])
if 'comments' in sys.argv[3]:
    ws['B5'].comment = Comment('Checked with the board', 'BM')
ws.merge_cells('A2:F2')
ws['H1'] = '=1+1'
ws['H2'] = 3.25
ws['H3'] = True
tab = Table(displayName='Actions', ref='A3:F42')
ws.add_table(tab)
data = wb.create_sheet('Data')
data.append(['RAG', 'Count'])
for k, v in [('Green', 13), ('Amber', 13), ('Red', 13)]:
    data.append([k, v])
if 'chart' in sys.argv[3]:
    chart = BarChart()
    chart.add_data(Reference(data, min_col=2, min_row=1, max_row=4), titles_from_data=True)
    data.add_chart(chart, 'D2')
hidden = wb.create_sheet('Hidden')
hidden.sheet_state = 'hidden'
hidden['A1'] = 'x'
wb.save(sys.argv[1])
`;

/** A plan written by openpyxl, with a table and its theme; `extras` adds comments and a chart. */
function openpyxlPlan(file: string, dates: 'iso' | 'serial', extras: ('comments' | 'chart')[] = []): void {
  const script = path.join(dir, 'plan.py');
  writeFileSync(script, OPENPYXL_PLAN);
  execFileSync(PYTHON!, [script, file, dates, extras.join(',') || 'none'], { timeout: 60_000, stdio: 'pipe' });
}

function libreOfficeCopy(file: string, outDir: string): string {
  execFileSync(SOFFICE!, [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, file], { timeout: 120_000, stdio: 'pipe' });
  return path.join(outDir, path.basename(file).replace(/\.[^.]+$/, '.xlsx'));
}

(PYTHON ? describe : describe.skip)('written by openpyxl (a table, its theme; comments and a chart)', () => {
  test('dates as serial numbers', async () => {
    const file = path.join(dir, 'openpyxl.xlsx');
    openpyxlPlan(file, 'serial');
    await expectCompared(file);
  }, 60_000);

  test('with comments and a chart: read as the same plan without them (the ExcelJS path fails on both as openpyxl writes them)', async () => {
    const plain = path.join(dir, 'openpyxl-plain.xlsx');
    const extras = path.join(dir, 'openpyxl-extras.xlsx');
    openpyxlPlan(plain, 'serial');
    openpyxlPlan(extras, 'serial', ['comments', 'chart']);
    const without = await readBothWays(plain);
    const withExtras = await readBothWays(extras);
    if (!without.compared) throw new Error(without.why);
    expect(withExtras.compared ? 'compared' : withExtras.why).toMatch(/^ExcelJS: /);
    const streamed = await readPackageGrid(readFileSync(extras), 'plan.xlsx');
    expect(gridDifferences(streamed, without.excelJs)).toEqual([]);
  }, 60_000);

  test('ISO dates (t="d"): read as the dates they are, where ExcelJS reads only the year', async () => {
    const serialFile = path.join(dir, 'openpyxl-serial.xlsx');
    const isoFile = path.join(dir, 'openpyxl-iso.xlsx');
    openpyxlPlan(serialFile, 'serial');
    openpyxlPlan(isoFile, 'iso');
    const serial = await readBothWays(serialFile);
    const iso = await readBothWays(isoFile);
    if (!serial.compared || !iso.compared) throw new Error('both readers read both files');
    // the streaming reader reads the ISO file as ExcelJS reads the serial one
    expect(iso.streamed.sheets[0]!.values).toEqual(serial.excelJs.sheets[0]!.values);
    expect(iso.streamed.sheets[0]!.text).toEqual(serial.excelJs.sheets[0]!.text);
    expect(iso.streamed.sheets[0]!.text![3]![3]).toBe('February 2019');
    expect(iso.excelJs.sheets[0]!.values[3]![3]).toBe(2019);
  }, 60_000);
});

(SOFFICE ? describe : describe.skip)('written by LibreOffice (soffice --headless --convert-to xlsx)', () => {
  test('the every-kind workbook, saved again by LibreOffice', async () => {
    const source = path.join(dir, 'lo-source.xlsx');
    await everyKindOfCell(source, false);
    const file = libreOfficeCopy(source, path.join(dir, 'lo'));
    await expectCompared(file);
  }, 180_000);

  test('a CSV plan converted by LibreOffice', async () => {
    const csv = path.join(dir, 'lo-plan.csv');
    writeFileSync(csv, 'Ref,Action,Lead,Date for completion,Progress,RAG\n1.1,Set up the group,Lisa,01/04/2018,Complete,Green\n1.2,"Review, then report",Sam,31/03/2019,"Line one\nline two",Amber\n');
    const file = libreOfficeCopy(csv, path.join(dir, 'lo-csv'));
    await expectCompared(file);
  }, 180_000);

  (PYTHON ? test : test.skip)('the openpyxl plan, saved again by LibreOffice', async () => {
    const source = path.join(dir, 'lo-openpyxl.xlsx');
    openpyxlPlan(source, 'serial', ['comments', 'chart']);
    const file = libreOfficeCopy(source, path.join(dir, 'lo-py'));
    await expectCompared(file);
  }, 180_000);
});

describe('zip64', () => {
  test('the sample rewritten with zip64 sizes, offsets and end records reads as the sample', async () => {
    const sample = path.join(__dirname, '..', '..', 'samples', 'oldham.xlsx');
    const zip = await JSZip.loadAsync(readFileSync(sample));
    const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map(async (f) => ({ name: f.name, data: await f.async('nodebuffer') })));
    const buf = writeZip(parts, true);
    // a zip64 end record and locator, and every size in the directory left to the zip64 field
    expect(buf.indexOf(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBeGreaterThan(0);
    const both = await readBothWays(sample);
    if (!both.compared) throw new Error(both.why);
    expect(gridDifferences(await readPackageGrid(buf, 'plan.xlsx'), both.excelJs)).toEqual([]);
  });
});
