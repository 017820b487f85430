/**
 * The checked copy's sheets through ExcelJS's streaming writer (what --out uses, so a 500 000-row
 * plan's sheets are never one workbook model in memory): the same sheets as the whole-workbook
 * writer gives, internal links as locations, and the splice's piece-by-piece reading of them.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fc from 'fast-check';
import { applyEditsExcelJs } from '../../../cli/output/applyEditsExcelJs';
import { prepareCellText } from '../../../cli/output/cellText';
import { streamedSheets } from '../../../cli/output/index';
import { RowRange, withDimension, xmlPieces } from '../../../cli/output/packageSplice';
import { buildEdits } from '../../../core/edits/buildEdits';
import type { SheetEdit } from '../../../core/edits/editTypes';
import { sampleGrid, sampleResult } from '../../helpers/sampleResult';

async function streamed(sheets: SheetEdit[]): Promise<JSZip> {
  return JSZip.loadAsync(await streamedSheets({ sheets, deleteSheets: [], planCells: [] }));
}

async function whole(sheets: SheetEdit[]): Promise<JSZip> {
  const workbook = new ExcelJS.Workbook();
  applyEditsExcelJs(workbook, { sheets, deleteSheets: [], planCells: [] });
  prepareCellText(workbook);
  return JSZip.loadAsync(Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** A part's XML as the splice copies it: the range the rows use written in where it is missing. */
function asSpliced(xml: string): string {
  const range = new RowRange();
  range.add(xml);
  return range.ref ? withDimension(xml, range.ref) : xml;
}

async function* inChunks(text: string, cuts: number[]): AsyncGenerator<string> {
  let at = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= at || cut >= text.length) continue;
    yield text.slice(at, cut);
    at = cut;
  }
  yield text.slice(at);
}

async function collect(pieces: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const p of pieces) all.push(p);
  return all;
}

describe('the streaming writer for the checked copy', () => {
  const sheets = () => buildEdits(sampleGrid(), sampleResult()).sheets;

  test('writes the same sheets, strings and styles as the whole-workbook writer', async () => {
    const [a, b] = await Promise.all([whole(sheets()), streamed(sheets())]);
    const parts = Object.keys(a.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$|^xl\/styles\.xml$/.test(n));
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) {
      // a line break after the XML declaration or not: nothing else differs
      const mine = asSpliced(await b.file(part)!.async('string')).replace('?>\n', '?>');
      expect(mine).toBe((await a.file(part)!.async('string')).replace('?>\n', '?>'));
    }
    const strings = async (zip: JSZip) => (await zip.file('xl/sharedStrings.xml')!.async('string')).replace(/^[\s\S]*?<si>/, '<si>');
    expect(await strings(b)).toBe(await strings(a));
  });

  test('writes an internal link as a location, with no relationship (which Excel would join into a broken address)', async () => {
    const zip = await streamed(sheets());
    const issues = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(issues).toMatch(/<hyperlink ref="[A-Z]+\d+" location="[^"]+"\/>/);
    expect(issues).not.toMatch(/<hyperlink\b[^>]*r:id=/);
    expect(Object.keys(zip.files).filter((n) => n.includes('worksheets/_rels/'))).toEqual([]);
  });

  test('empties each row of the edits once it is written', async () => {
    const edits = sheets();
    await streamed(edits);
    expect(edits.every((s) => s.rows.every((r) => r.length === 0))).toBe(true);
  });
});

describe('the splice reads a sheet in pieces', () => {
  const sheet =
    '<?xml version="1.0"?><worksheet><cols><col min="1" max="1" width="9" style="2"/></cols><sheetData>' +
    '<row r="1" spans="1:3"><c r="A1" s="1" t="s"><v>0</v></c><c r="C1" s="2"/></row>' +
    '<row r="2" spans="2:2"><c r="B2" t="s"><v>1</v></c></row>' +
    '<row r="5" spans="1:4"><c r="D5"><v>4</v></c></row>' +
    '</sheetData><hyperlinks><hyperlink ref="B2" location="\'Plan\'!C12"/></hyperlinks></worksheet>';

  test('the pieces are the part, each whole rows (cells never split), however the chunks fall', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: sheet.length - 1 }), { maxLength: 12 }), async (cuts) => {
        const pieces = await collect(xmlPieces(inChunks(sheet, cuts)));
        expect(pieces.join('')).toBe(sheet);
        const dataEnd = sheet.indexOf('</sheetData>');
        let at = 0;
        for (const p of pieces) {
          at += p.length;
          if (at < dataEnd) expect(p.endsWith('</row>')).toBe(true);
          else expect(at === sheet.length || p.endsWith('>')).toBe(true);
        }
      }),
    );
  });

  test('shared strings are cut after whole tags', async () => {
    const sst = '<sst count="2"><si><t>a &lt; b</t></si><si><r><t>x</t></r></si></sst>';
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: sst.length - 1 }), { maxLength: 8 }), async (cuts) => {
        const pieces = await collect(xmlPieces(inChunks(sst, cuts), 'tag'));
        expect(pieces.join('')).toBe(sst);
        for (const p of pieces.slice(0, -1)) expect(p.endsWith('>')).toBe(true);
      }),
    );
  });

  test('the range the rows use, from the first to the last row across their spans, written before the columns', async () => {
    const range = new RowRange();
    for await (const p of xmlPieces(inChunks(sheet, [40, 200, 260]))) range.add(p);
    expect(range.ref).toBe('A1:D5');
    expect(withDimension(sheet, 'A1:D5')).toContain('<worksheet><dimension ref="A1:D5"/><cols>');
  });

  test('a sheet that has its range already, or no rows, gets none', () => {
    const withRange = new RowRange();
    withRange.add(sheet.replace('<cols>', '<dimension ref="A1:D5"/><cols>'));
    expect(withRange.ref).toBeNull();
    const noRows = new RowRange();
    noRows.add('<worksheet><sheetData/></worksheet>');
    expect(noRows.ref).toBeNull();
  });
});
