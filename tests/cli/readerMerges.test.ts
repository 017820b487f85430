/**
 * The streaming reader's merges: a merge over an earlier one is declined (ExcelJS refuses it,
 * and the file goes to the ExcelJS path), merges that only touch are read, in any order, and
 * thousands of them (a plan merging a section row every few rows) read without comparing each
 * with all before it.
 */
import { SheetGridBuilder } from '../../cli/xlsx/sheetGrid';
import { NO_STYLE, ReaderDeclined } from '../../cli/xlsx/workbookParts';
import { XmlScanner } from '../../cli/xlsx/xmlScanner';

function readSheet(rows: string, merges: string[]): ReturnType<SheetGridBuilder['finish']> {
  const builder = new SheetGridBuilder({ sharedStrings: ['Section', 'Action'], xfs: [NO_STYLE], xfFills: [null], palette: [], date1904: false, hasHyperlinks: false, relIds: new Set() });
  const scanner = new XmlScanner(builder);
  scanner.feed(`<worksheet><sheetData>${rows}</sheetData><mergeCells>${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells></worksheet>`);
  scanner.end();
  return builder.finish('Plan', false);
}

const ROWS = '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>';

test.each([
  ['one across another', ['A1:B2', 'B2:C3']],
  ['one inside another', ['A1:C3', 'B2']],
  ['the same twice', ['A1:D1', 'A1:D1']],
  ['one ending in the column where another starts', ['C1:D1', 'A1:C1']],
  ['one starting in the column where another ends', ['A1:C1', 'C1:D1']],
  ['in one row, after others taken out of order', ['E1:F1', 'A1:B1', 'H1:J1', 'B1:C1']],
  ['a tall one over a wide one below its top', ['A5:F5', 'C1:C9']],
])('merges overlapping (%s) are declined', (_, merges) => {
  expect(() => readSheet(ROWS, merges)).toThrow(new ReaderDeclined('overlapping merges'));
});

test('merges that only touch are read, whatever their order', () => {
  const sheet = readSheet(ROWS, ['E1:F1', 'A1:B2', 'C1:D1', 'C2:F2', 'A3:F3', 'G1:G3']);
  expect(sheet.merges).toEqual([
    { row: 1, column: 1, rowCount: 2, columnCount: 2 },
    { row: 1, column: 3, rowCount: 1, columnCount: 2 },
    { row: 1, column: 5, rowCount: 1, columnCount: 2 },
    { row: 1, column: 7, rowCount: 3, columnCount: 1 },
    { row: 2, column: 3, rowCount: 1, columnCount: 4 },
    { row: 3, column: 1, rowCount: 1, columnCount: 6 },
  ]);
  // (an empty master of a one-column merge stays out of its row's width, as in ExcelJS: G1)
  expect(sheet.values).toEqual([
    ['Section', null, null, null, null, null],
    [null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
  ]);
});

test('a section row merged across every few rows, 20 000 times over, reads with each merge where it is', () => {
  const rows: string[] = [];
  const merges: string[] = [];
  for (let r = 1; r <= 60_000; r++) {
    rows.push(`<row r="${r}"><c r="A${r}" t="s"><v>${r % 3 ? 1 : 0}</v></c></row>`);
    if (r % 3 === 0) merges.push(`A${r}:F${r}`);
  }
  const sheet = readSheet(rows.join(''), merges);
  expect(sheet.merges).toHaveLength(20_000);
  expect(sheet.values[2]).toEqual(['Section', null, null, null, null, null]);
  expect(sheet.values[3]).toEqual(['Action']);
});
