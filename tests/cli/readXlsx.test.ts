/** Reading .xlsx into the core's Grid: values, dates (no time-zone shift), text, formats, fills, merges. */
import { NOT_CALCULATED } from '../../core/grid/grid';
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import type { GridSheet } from '../../core/grid/grid';
import { readXlsxBuffer, readXlsxFile } from '../../cli/readXlsx';
import { ReadError } from '../../cli/readError';
import { removeDir, tempDir } from './cliHelpers';

let dir: string;
let file: string;

/** Excel serial of a calendar day (1900 system). */
const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86400000 + 25569;

beforeAll(async () => {
  dir = tempDir();
  file = path.join(dir, 'kinds.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan 2018-19');
  ws.getCell('A1').value = 'plain text';
  ws.getCell('B1').value = 42.5;
  ws.getCell('C1').value = true;
  ws.getCell('D1').value = { richText: [{ text: 'Rich ', font: { bold: true } }, { text: 'text' }] };
  ws.getCell('E1').value = { text: 'a link', hyperlink: 'https://example.org/' };
  ws.getCell('F1').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
  ws.getCell('G1').value = 'line one_x000D_\nline two';

  // formulas: cached results of every kind, none, shared
  ws.getCell('A2').value = { formula: 'B1*2', result: 85 } as ExcelJS.CellFormulaValue;
  ws.getCell('B2').value = { formula: 'A1&"!"', result: 'plain text!' } as ExcelJS.CellFormulaValue;
  ws.getCell('C2').value = { formula: 'B1+1' } as ExcelJS.CellFormulaValue;
  ws.getCell('D2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('E2').value = { formula: 'C1', result: false } as ExcelJS.CellFormulaValue;
  ws.getCell('F2').value = { formula: 'B1-B1', result: 0 } as ExcelJS.CellFormulaValue;
  ws.getCell('A3').value = { formula: 'B1+1', result: 43.5, shareType: 'shared', ref: 'A3:A5' } as unknown as ExcelJS.CellFormulaValue;
  ws.getCell('A4').value = { sharedFormula: 'A3', result: 44.5 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('A5').value = { sharedFormula: 'A3', result: 45.5 } as ExcelJS.CellSharedFormulaValue;

  // dates: Date cells (UTC midnight, as ExcelJS gives them), serial numbers with a date format,
  // days around British Summer Time changes, and formula results in date-formatted cells
  const dates: [string, Date | number, string][] = [
    ['A6', new Date(Date.UTC(2020, 2, 1)), 'mmmm yyyy'],
    ['B6', new Date(Date.UTC(2019, 2, 31)), 'dd/mm/yyyy'],
    ['C6', new Date(Date.UTC(2018, 9, 28)), 'd mmmm yyyy'],
    ['D6', serial(2019, 6, 15), 'mmm-yy'],
    ['E6', serial(2020, 2, 29), 'yyyy-mm-dd'],
    ['F6', serial(2019, 3, 31), 'mm-dd-yy'],
    ['G6', serial(2019, 3, 31) + 0.75, 'dd/mm/yyyy hh:mm'],
  ];
  for (const [addr, v, fmt] of dates) {
    ws.getCell(addr).value = v;
    ws.getCell(addr).numFmt = fmt;
  }
  ws.getCell('A7').value = { formula: 'B6+1', result: new Date(Date.UTC(2019, 3, 1)) } as ExcelJS.CellFormulaValue;
  ws.getCell('A7').numFmt = 'dd/mm/yyyy';
  ws.getCell('B7').value = { formula: 'IF(TRUE,"TBC",0)', result: 'TBC' } as ExcelJS.CellFormulaValue;
  ws.getCell('B7').numFmt = 'mmmm yyyy';
  ws.getCell('C7').value = { formula: 'Sheet9!A1', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('C7').numFmt = 'mmmm yyyy';

  // numbers in formats
  ws.getCell('A8').value = 0.25;
  ws.getCell('A8').numFmt = '0%';
  ws.getCell('B8').value = 1234.5;
  ws.getCell('B8').numFmt = '#,##0.00';
  ws.getCell('C8').value = 0.1 + 0.2;

  // fills
  const solid = (fgColor: Partial<ExcelJS.Color>): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor });
  ws.getCell('A9').fill = solid({ argb: 'FF00B050' });
  ws.getCell('B9').fill = solid({ theme: 0, tint: -0.1499984740745262 } as Partial<ExcelJS.Color>);
  ws.getCell('C9').fill = solid({ theme: 1 } as Partial<ExcelJS.Color>);
  ws.getCell('D9').fill = solid({ indexed: 10 } as Partial<ExcelJS.Color>);
  ws.getCell('E9').fill = { type: 'pattern', pattern: 'darkGray', fgColor: { argb: 'FFFF0000' } };
  ws.getCell('F9').value = 'no fill';
  ws.getCell('A9').value = 'green';
  // a fill with no value, beyond the last value in its row, still counts
  ws.getCell('H9').fill = solid({ argb: 'FFFFC000' });

  // merges
  ws.getCell('A11').value = '1. Priority: a section row';
  ws.mergeCells('A11:F11');
  ws.getCell('A12').value = '1.1';
  ws.mergeCells('A12:A13');

  const hidden = wb.addWorksheet('Hidden notes', { state: 'hidden' });
  hidden.getCell('A1').value = 'hidden but read';
  const locked = wb.addWorksheet('Locked');
  locked.getCell('B2').value = 'protected';
  await locked.protect('secret', {});
  await wb.xlsx.writeFile(file);
});
afterAll(() => removeDir(dir));

describe('readXlsxFile', () => {
  let sheet: GridSheet;
  const v = (addr: string) => {
    const m = /^([A-Z])(\d+)$/.exec(addr)!;
    return sheet.values[Number(m[2]) - 1]?.[m[1]!.charCodeAt(0) - 65];
  };
  const t = (addr: string) => {
    const m = /^([A-Z])(\d+)$/.exec(addr)!;
    return sheet.text?.[Number(m[2]) - 1]?.[m[1]!.charCodeAt(0) - 65];
  };
  const f = (addr: string) => {
    const m = /^([A-Z])(\d+)$/.exec(addr)!;
    return sheet.fills?.[Number(m[2]) - 1]?.[m[1]!.charCodeAt(0) - 65];
  };

  beforeAll(async () => {
    const grid = await readXlsxFile(file);
    expect(grid.fileName).toBe('kinds.xlsx');
    sheet = grid.sheets[0]!;
  });

  test('sheets in order, hidden and protected flagged', async () => {
    const grid = await readXlsxFile(file);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Plan 2018-19', 'Hidden notes', 'Locked']);
    expect(grid.sheets[0]!.hidden).toBeFalsy();
    expect(grid.sheets[1]!.hidden).toBe(true);
    expect(grid.sheets[1]!.values[0]![0]).toBe('hidden but read');
    expect(grid.sheets[2]!.protected).toBe(true);
    expect(grid.sheets[0]!.protected).toBeFalsy();
    expect(sheet.origin).toEqual({ row: 1, column: 1 });
  });

  test('plain values, rich text, hyperlinks, errors, escapes', () => {
    expect(v('A1')).toBe('plain text');
    expect(v('B1')).toBe(42.5);
    expect(v('C1')).toBe(true);
    expect(t('C1')).toBe('TRUE');
    expect(v('D1')).toBe('Rich text');
    expect(v('E1')).toBe('a link');
    expect(v('F1')).toBe('#REF!');
    expect(v('G1')).toBe('line one\nline two');
  });

  test('formulas read as their cached result', () => {
    expect(v('A2')).toBe(85);
    expect(v('B2')).toBe('plain text!');
    // no cached result at all (issue 15): marked, so the core says "not calculated", never "no lead"
    expect(v('C2')).toBe(NOT_CALCULATED);
    expect(v('D2')).toBe('#DIV/0!');
    expect(v('E2')).toBe(false);
    expect(v('F2')).toBe(0);
    expect([v('A3'), v('A4'), v('A5')]).toEqual([43.5, 44.5, 45.5]);
  });

  test('dates are 1900-system serials, never shifted by the time zone', () => {
    expect(v('A6')).toBe(serial(2020, 3, 1));
    expect(v('B6')).toBe(serial(2019, 3, 31));
    expect(v('C6')).toBe(serial(2018, 10, 28));
    expect(v('D6')).toBe(serial(2019, 6, 15));
    expect(v('E6')).toBe(serial(2020, 2, 29));
    expect(v('G6')).toBeCloseTo(serial(2019, 3, 31) + 0.75, 8);
    expect(v('A7')).toBe(serial(2019, 4, 1));
  });

  test('a text or error result in a date-formatted formula cell is kept', () => {
    expect(v('B7')).toBe('TBC');
    expect(v('C7')).toBe('#REF!');
  });

  test('display text follows the number format', () => {
    expect(t('A6')).toBe('March 2020');
    expect(t('B6')).toBe('31/03/2019');
    expect(t('C6')).toBe('28 October 2018');
    expect(t('D6')).toBe('Jun-19');
    expect(t('E6')).toBe('2020-02-29');
    expect(t('F6')).toBe('31/03/2019'); // Excel's short date, shown the UK way
    expect(t('G6')).toBe('31/03/2019 18:00');
    expect(t('A8')).toBe('25%');
    expect(t('B8')).toBe('1,234.50');
    expect(t('C8')).toBe('0.3');
    expect(t('A1')).toBe('plain text');
  });

  test('number formats', () => {
    expect(sheet.numberFormats?.[5]?.[0]).toBe('mmmm yyyy');
    expect(sheet.numberFormats?.[0]?.[0]).toBe('General');
  });

  test('fills: ARGB, theme with tint, indexed; patterns other than solid are none', () => {
    expect(f('A9')).toBe('#00B050');
    expect(f('B9')).toBe('#D9D9D9');
    expect(f('C9')).toBe('#000000');
    expect(f('D9')).toBe('#FF0000');
    expect(f('E9')).toBeNull();
    expect(f('F9')).toBeNull();
    expect(f('H9')).toBe('#FFC000');
  });

  test('merges are 1-based and absolute; covered cells are empty', () => {
    expect(sheet.merges).toEqual(
      expect.arrayContaining([
        { row: 11, column: 1, rowCount: 1, columnCount: 6 },
        { row: 12, column: 1, rowCount: 2, columnCount: 1 },
      ]),
    );
    expect(v('A11')).toBe('1. Priority: a section row');
    expect(v('B11') ?? null).toBeNull();
    expect(v('A13') ?? null).toBeNull();
  });

  test('rows are parallel: values, text, formats and fills the same shape', () => {
    expect(sheet.text).toHaveLength(sheet.values.length);
    sheet.values.forEach((row, r) => {
      expect(sheet.text![r]).toHaveLength(row.length);
      expect(sheet.numberFormats![r]).toHaveLength(row.length);
      expect(sheet.fills![r]).toHaveLength(row.length);
    });
  });
});

describe('time zones', () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  test.each(['Europe/London', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata'])('the same serials and text under TZ=%s', async (tz) => {
    process.env.TZ = tz;
    const grid = await readXlsxFile(file);
    const s = grid.sheets[0]!;
    expect(s.values[5]!.slice(0, 6)).toEqual([serial(2020, 3, 1), serial(2019, 3, 31), serial(2018, 10, 28), serial(2019, 6, 15), serial(2020, 2, 29), serial(2019, 3, 31)]);
    expect(s.text![5]!.slice(0, 3)).toEqual(['March 2020', '31/03/2019', '28 October 2018']);
  });
});

describe('files that are not workbooks give a ReadError with one line', () => {
  const cases: [string, Buffer, RegExp][] = [
    ['empty', Buffer.alloc(0), /empty/],
    ['random bytes', Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 31 + 7) % 256)), /not an Excel workbook/],
    ['an old .xls', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)]), /Excel 97-2003/],
    ['an encrypted workbook', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(100), Buffer.from('EncryptionInfo', 'utf16le')]), /password/],
    ['a zip cut short', Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(300, 1)]), /damaged or incomplete/],
  ];
  test.each(cases)('%s', async (_, buf, pattern) => {
    const err = await readXlsxBuffer(buf, 'x.xlsx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
    const e = err as ReadError;
    expect(e.file).toBe('x.xlsx');
    expect(e.reason).toMatch(pattern);
    expect(e.message).not.toContain('\n');
  });

  test('a real workbook cut in half', async () => {
    const whole = fs.readFileSync(file);
    for (const cut of [0.25, 0.5, 0.9, 0.99]) {
      const err = await readXlsxBuffer(whole.subarray(0, Math.floor(whole.length * cut)), 'cut.xlsx').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ReadError);
      expect((err as ReadError).message).not.toContain('\n');
    }
  });

  test('a missing file', async () => {
    const err = await readXlsxFile(path.join(dir, 'absent.xlsx')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).reason).toMatch(/no such file/);
  });
});

describe('a large plan', () => {
  test('50 000 rows x 9 columns are read in reasonable time', async () => {
    const big = path.join(dir, 'big.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: big, useSharedStrings: true, useStyles: true });
    const ws = wb.addWorksheet('Plan');
    ws.addRow(['Ref', 'Action', 'Lead', 'Date for completion', 'Outcome', 'Difference', 'Progress', 'RAG', 'Notes']).commit();
    for (let i = 0; i < 50000; i++) {
      const row = ws.addRow([`${i}.1`, `Action ${i} for children`, `Lead ${i % 40}`, new Date(Date.UTC(2019, i % 12, 1)), `Outcome ${i}`, 'Difference', `Update ${i}`, ['Green', 'Amber', 'Red'][i % 3], null]);
      row.getCell(4).numFmt = 'mmmm yyyy';
      row.commit();
    }
    ws.commit();
    await wb.commit();
    const started = Date.now();
    const grid = await readXlsxFile(big);
    const took = Date.now() - started;
    const s = grid.sheets[0]!;
    expect(s.values).toHaveLength(50001);
    expect(s.values[50000]![0]).toBe('49999.1');
    expect(s.values[1]![3]).toBe(serial(2019, 1, 1));
    expect(s.text![2]![3]).toBe('February 2019');
    expect(took).toBeLessThan(30000);
  }, 120000);
});
