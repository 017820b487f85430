/**
 * The streaming reader reads a sheet the same wherever its text is cut into pieces: the sheet's
 * fast path (rows and cells read straight from the text) gives way to the scanner at a piece's
 * end, and the scanner holds over what is cut. Each sheet here is read whole, then cut at every
 * position and at random sets of positions, and the grids compared; and a sheet big enough to
 * be inflated as a stream (long texts, characters of two to four bytes) reads as it does stored.
 * The shared strings' fast path (the usual <si><t>…</t></si> read whole) reads as the scanner.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { readPackageGrid } from '../../cli/xlsx/readPackage';
import { SheetGridBuilder, type SheetContext } from '../../cli/xlsx/sheetGrid';
import { NO_STYLE, readSharedStrings } from '../../cli/xlsx/workbookParts';
import { XmlScanner } from '../../cli/xlsx/xmlScanner';

const context = (hasHyperlinks: boolean): SheetContext => ({
  sharedStrings: ['Priority', 'Action', 'Lead', 'café 中文 😀', ''],
  xfs: [NO_STYLE, { numFmt: '0.00', isDate: false, fill: undefined }, { numFmt: 'dd/mm/yyyy', isDate: true, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } } }],
  xfFills: [null, null, '#FF0000'],
  palette: [],
  date1904: false,
  hasHyperlinks,
  relIds: new Set(['rId1']),
});

/** Every shape of row and cell the reader meets: the usual ones (the fast path) and the others (the scanner). */
const SHEET = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  '<cols><col min="8" max="9" width="12" style="1" customWidth="1"/></cols>',
  '<sheetData>',
  '<row r="1" spans="1:9" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="2" t="s"><v>2</v></c><c r="D1" s="1"/><c r="E1" s="1"><v>3.5</v></c><c r="F1" s="2"><v>43555</v></c></row>',
  '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><f>1+1</f><v>2</v></c><c r="C2" t="inlineStr"><is><t>x &amp; y</t></is></c><c r="D2" t="str"><v>a&lt;b &amp;lt;</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="e"><v>#N/A</v></c><c r="G2"><f>A1</f></c></row>',
  '<row><c t="s"><v>1</v></c><c><v>7</v></c><c s="2"/><c r="F3" t="d"><v>2019-03-01</v></c></row>',
  '<row r="5" s="2" customFormat="1"><c r="A5" t="s"><v>&#52;</v></c><c r="B5" t="s"><v></v></c><c r="C5" t="inlineStr"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>text_x000D_</t></r></is></c></row>',
  '<x:row r="6"><x:c r="A6" t="s"><x:v>2</x:v></x:c><x:c r="B6"><x:v>9</x:v></x:c></x:row>',
  '<row r="7">\n  <c r = "A7" t=\'s\'><v>0</v></c>\n  <c r="B7" t="s" foo="a>b"><v>1</v></c>\n  <c r="C7" s=\'1\'><v> 12 </v></c>\n</row>',
  '<row r="8" spans="1:3"><c r="A8" s="1"/><c r="B8" t="s"><v>2</v></c><c r="C8" s="1"/><c r="D8" s="1"/></row>',
  '<row r="9" spans="1:3"><c r="A9" s="1"/><c r="B9" t="s"><v>2</v></c><c r="C9" s="1"/></row>',
  '<row r="10"/><row r="11"><c r="C11" t="s"><v>4</v></c><c r="A11" t="s"><v>0</v></c></row>',
  '<row r="12"><c r="A12"><v>1</v><!-- a comment --></c><c r="B12"><v><![CDATA[5]]></v></c></row>',
  '</sheetData>',
  '<mergeCells count="2"><mergeCell ref="A8:A9"/><mergeCell ref="H11:I12"/></mergeCells>',
  '<hyperlinks><hyperlink ref="B7" r:id="rId1"/></hyperlinks>',
  '</worksheet>',
].join('');

function readInPieces(xml: string, cuts: number[], hasHyperlinks = false): string {
  const builder = new SheetGridBuilder(context(hasHyperlinks));
  const scanner = new XmlScanner(builder);
  let from = 0;
  for (const cut of [...cuts, xml.length]) {
    scanner.feed(xml.slice(from, cut));
    from = cut;
  }
  scanner.end();
  return JSON.stringify(builder.finish('Plan', false));
}

describe('a sheet read in pieces', () => {
  let whole: string;
  let wholeLinked: string;
  beforeAll(() => {
    whole = readInPieces(SHEET, []);
    wholeLinked = readInPieces(SHEET, [], true);
  });

  test('the sheet holds what the test means it to (the cells of every shape are read)', () => {
    const grid = JSON.parse(whole) as { values: unknown[][]; text: string[][]; numberFormats: string[][] };
    expect(grid.values).toEqual([
      ['Priority', 'Action', 'Lead', null, 3.5, 43555],
      ['café 中文 😀', 2, 'x & y', 'a<b <', true, '#N/A', '#NOT-CALCULATED'],
      ['Action', 7, null, null, null, 43525],
      [],
      ['', null, 'rich text\n'],
      ['Lead', 9],
      ['Priority', 'Action', 12],
      [null, 'Lead'],
      [null, 'Lead'],
      [],
      ['Priority', null, '', null, null, null, null, null, null],
      [1, 5, null, null, null, null, null, null, null],
    ]);
    expect(grid.text[0]).toEqual(['Priority', 'Action', 'Lead', '', '3.50', '31/03/2019']);
    // rows 8 and 9 are formatted alike; the merge over them leaves each its own
    expect(grid.numberFormats.slice(7, 9)).toEqual([
      ['0.00', 'General'],
      ['0.00', 'General'],
    ]);
    expect(grid.numberFormats[10]).toEqual(['General', 'General', 'General', 'General', 'General', 'General', 'General', '0.00', '0.00']);
  });

  test('cut at any one place, it reads as read whole', () => {
    for (let k = 1; k < SHEET.length; k++) expect([k, readInPieces(SHEET, [k])]).toEqual([k, whole]);
  });

  test('cut at any one place, with hyperlinks, it reads as read whole', () => {
    for (let k = 1; k < SHEET.length; k++) expect([k, readInPieces(SHEET, [k], true)]).toEqual([k, wholeLinked]);
  });

  test('cut at many places, it reads as read whole', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: SHEET.length - 1 }), { minLength: 2, maxLength: 40 }), (cuts) => {
        expect(readInPieces(SHEET, cuts.sort((a, b) => a - b))).toBe(whole);
      }),
      { numRuns: 300 },
    );
  });
});

/** A sheet of `rows` rows of long, varied, poorly compressing text (a seeded generator: the same every run). */
function bigSheet(rows: number): string {
  let seed = 12345;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const letters = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éü中文😀&<>';
  const text = (n: number): string => {
    const chars = [...letters];
    let s = '';
    for (let i = 0; i < n; i++) s += chars[Math.floor(random() * chars.length)]!;
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  };
  const out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  for (let r = 1; r <= rows; r++) {
    out.push(`<row r="${r}"><c r="A${r}" t="s"><v>${r % 4}</v></c><c r="B${r}" t="inlineStr"><is><t>${text(20 + Math.floor(random() * 200))}</t></is></c><c r="C${r}"><v>${r * 1.5}</v></c>`);
    // now and then a text longer than a piece of the stream, with no tag in it, and a row longer than a piece
    if (r % 1500 === 0) out.push(`<c r="D${r}" t="inlineStr"><is><t>${text(100_000)}</t></is></c>`);
    if (r % 1500 === 700) for (let k = 0; k < 400; k++) out.push(k % 2 ? `<c t="inlineStr"><is><t>${text(100)}</t></is></c>` : `<c t="s"><v>${k % 4}</v></c>`);
    out.push('</row>');
  }
  out.push('</sheetData></worksheet>');
  return out.join('');
}

test('a sheet inflated as a stream, in pieces, reads as it does stored (read in one piece)', async () => {
  const sample = readFileSync(path.join(__dirname, '..', '..', 'samples', 'oldham.xlsx'));
  const sheet = bigSheet(15000);
  const withSheet = async (compression: 'STORE' | 'DEFLATE'): Promise<Buffer> => {
    const zip = await JSZip.loadAsync(sample);
    zip.file('xl/worksheets/sheet1.xml', sheet, { compression });
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  };
  const deflated = await withSheet('DEFLATE');
  const deflatedSheet = (await JSZip.loadAsync(deflated)).file('xl/worksheets/sheet1.xml') as unknown as { _data: { compressedSize: number } };
  // past the size the reader inflates in one call: it streams this one
  expect(deflatedSheet._data.compressedSize).toBeGreaterThan(256 * 1024);
  const streamed = await readPackageGrid(deflated, 'plan.xlsx');
  const stored = await readPackageGrid(await withSheet('STORE'), 'plan.xlsx');
  expect(streamed.sheets[0]!.values.length).toBe(15000);
  expect(JSON.stringify(streamed)).toBe(JSON.stringify(stored));
});

test('shared strings of the usual shape and of every other read as the scanner reads them', () => {
  const xml = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="13" uniqueCount="13">',
    '<si><t>Priority</t></si>',
    '<si><t xml:space="preserve"> Lead &amp; support </t></si>',
    "<si><t xml:space='preserve'>a&lt;b_x000D_c_x000d_</t></si>",
    '<si><t></t></si>',
    '<si><t/></si>',
    '<si><r><rPr><b/></rPr><t>rich </t></r><r><t>text</t></r></si>',
    '<si><t>base</t><rPh sb="0" eb="1"><t>phonetic</t></rPh></si>',
    '<si><t><![CDATA[<cdata> & more]]></t></si>',
    '<x:si><x:t>prefixed</x:t></x:si>',
    '<si>\n  <t>pretty</t>\n</si>',
    '<si><t a="x>y">quoted &#8364;</t></si>',
    '<si></si>',
    '<si><t>last</t></si>',
    '</sst>',
  ].join('');
  // as the reader gave them before it had a fast path (the scanner's open, text and close only)
  const expected = ['Priority', ' Lead & support ', 'a<b\rc_x000d_', '', '', 'rich text', 'base', '<cdata> & more', 'prefixed', 'pretty', 'quoted €', '', 'last'];
  expect(readSharedStrings(xml)).toEqual(expected);
});
