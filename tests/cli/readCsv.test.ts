/** Reading CSV exports: RFC 4180 quoting, newlines in fields, BOMs, encodings, delimiters. */
import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import { csvTextToGrid, decodeCsvBytes, parseCsv, readCsvBuffer, readCsvFile, sheetNameFromFile, sniffDelimiter } from '../../cli/readCsv';
import { ReadError } from '../../cli/readError';
import { removeDir, tempDir } from './cliHelpers';

describe('parseCsv', () => {
  test('plain fields, CRLF, LF and CR line ends, no record for a final line break', () => {
    expect(parseCsv('a,b\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a,b\rc,d\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  test('quoted fields: delimiters, doubled quotes, embedded newlines', () => {
    const text = '1.1,"Establish a group, with partners","She said ""yes""","line one\r\nline two\nline three"\r\n1.2,x,y,z\r\n';
    expect(parseCsv(text)).toEqual([
      ['1.1', 'Establish a group, with partners', 'She said "yes"', 'line one\r\nline two\nline three'],
      ['1.2', 'x', 'y', 'z'],
    ]);
  });

  test('empty fields and empty lines', () => {
    expect(parseCsv('a,,c\n\n,,\n')).toEqual([['a', '', 'c'], [''], ['', '', '']]);
    expect(parseCsv('a,b,')).toEqual([['a', 'b', '']]);
    expect(parseCsv('""')).toEqual([['']]);
    expect(parseCsv('')).toEqual([]);
  });

  test('lenient where files are not strict: stray quotes kept, unterminated quote runs to the end', () => {
    expect(parseCsv('5" nails,b\n')).toEqual([['5" nails', 'b']]);
    expect(parseCsv('"quoted" tail,b\n')).toEqual([['quoted tail', 'b']]);
    expect(parseCsv('a,"never closed\nstill here')).toEqual([['a', 'never closed\nstill here']]);
  });

  test('semicolons and tabs', () => {
    expect(parseCsv('a;"b;c";d', ';')).toEqual([['a', 'b;c', 'd']]);
    expect(parseCsv('a\t"b\tc"\td', '\t')).toEqual([['a', 'b\tc', 'd']]);
  });

  test('property: whatever a correct writer writes, the parser reads back', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '\t', '"', '\n', '\r', '£', '–', '1', '/') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\r\n', '\n'),
        fc.boolean(),
        (rows, d, eol, finalEol) => {
          // a record that is one empty field would be an empty line: quote it
          const quote = (f: string) => (f === '' || /[",;\t\r\n]/.test(f) || f.includes(d) ? `"${f.replace(/"/g, '""')}"` : f);
          const text = rows.map((r) => r.map(quote).join(d)).join(eol) + (finalEol ? eol : '');
          expect(parseCsv(text, d)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('sniffDelimiter', () => {
  test('comma, semicolon, tab', () => {
    expect(sniffDelimiter('Ref,Action,Lead\n1.1,Do it,Sam\n')).toBe(',');
    expect(sniffDelimiter('Ref;Action;Lead\n1.1;Do it, with care;Sam\n1.2;Again, and again;Jo\n')).toBe(';');
    expect(sniffDelimiter('Ref\tAction\tLead\n1.1\tDo it; now, please\tSam\n')).toBe('\t');
  });

  test('delimiters inside quotes do not count', () => {
    expect(sniffDelimiter('Ref;Action\n1.1;"a, b, c, d"\n1.2;"e, f"\n')).toBe(';');
    expect(sniffDelimiter('Ref,Action\n1.1,"a; b; c; d"\n1.2,"e; f; g"\n')).toBe(',');
  });

  test('a title line above the table does not mislead it', () => {
    expect(sniffDelimiter('Business Plan 2018-19; progress report\n\nRef,Action,Lead,Due\n1.1,a,b,c\n1.2,d,e,f\n')).toBe(',');
  });

  test('one column: comma', () => {
    expect(sniffDelimiter('just text\nmore text\n')).toBe(',');
  });
});

describe('decodeCsvBytes', () => {
  test('UTF-8 with and without a BOM', () => {
    expect(decodeCsvBytes(Buffer.from('\ufeffRef,Due\n1,£5 – March', 'utf8'))).toBe('Ref,Due\n1,£5 – March');
    expect(decodeCsvBytes(Buffer.from('Ref,Due', 'utf8'))).toBe('Ref,Due');
  });

  test('Windows-1252 from older Excel', () => {
    // "£" is 0xA3, the en dash 0x96, curly quotes 0x93 0x94
    const bytes = Buffer.from([0xa3, 0x35, 0x20, 0x96, 0x20, 0x93, 0x61, 0x94]);
    expect(decodeCsvBytes(bytes)).toBe('£5 – “a”');
  });

  test('UTF-16 LE with a BOM (Excel "Unicode text")', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ref\tDue\n1.1\tMarch 2019', 'utf16le')]);
    expect(decodeCsvBytes(bytes)).toBe('Ref\tDue\n1.1\tMarch 2019');
    const grid = readCsvBuffer(bytes, 'plan.txt');
    expect(grid.sheets[0]!.values).toEqual([
      ['Ref', 'Due'],
      ['1.1', 'March 2019'],
    ]);
  });
});

describe('csvTextToGrid', () => {
  test('one sheet named after the file; every value stays text; empty fields are empty cells', () => {
    const grid = csvTextToGrid('\ufeffBusiness Plan 2018-19,,\r\nRef,Action,Date for completion\r\n1.1,"Do it,\r\nwell",31/03/2019\r\n1.2,Again,March 2019\r\n3,,0042\r\n,,\r\n', 'plans/oldham plan.csv');
    expect(grid.fileName).toBe('oldham plan.csv');
    expect(grid.sheets).toHaveLength(1);
    const s = grid.sheets[0]!;
    expect(s.name).toBe('oldham plan');
    expect(s.origin).toEqual({ row: 1, column: 1 });
    expect(s.values).toEqual([
      ['Business Plan 2018-19'],
      ['Ref', 'Action', 'Date for completion'],
      ['1.1', 'Do it,\r\nwell', '31/03/2019'],
      ['1.2', 'Again', 'March 2019'],
      ['3', null, '0042'],
    ]);
    expect(s.text![4]).toEqual(['3', '', '0042']);
  });

  test('an Excel "sep=" line names the delimiter and is dropped', () => {
    const s = csvTextToGrid('sep=;\nRef;Action\n1.1;a, b\n', 'x.csv').sheets[0]!;
    expect(s.values).toEqual([
      ['Ref', 'Action'],
      ['1.1', 'a, b'],
    ]);
  });

  test('semicolon files (continental Excel)', () => {
    const s = csvTextToGrid('Ref;Action;Lead\n1.1;Establish a group, with partners;Lisa\n', 'x.csv').sheets[0]!;
    expect(s.values[1]).toEqual(['1.1', 'Establish a group, with partners', 'Lisa']);
  });

  test('sheet names Excel accepts', () => {
    expect(sheetNameFromFile('a/b/Plan [draft]: v2?.csv')).toBe('Plan _draft__ v2_');
    expect(sheetNameFromFile('x'.repeat(40) + '.csv')).toHaveLength(31);
    expect(sheetNameFromFile('.csv')).toBe('Sheet1');
  });
});

describe('readCsvFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => removeDir(dir));

  test('reads a file from disk', async () => {
    const p = path.join(dir, 'plan.csv');
    fs.writeFileSync(p, 'Ref,Action\n1.1,Do it\n');
    const grid = await readCsvFile(p);
    expect(grid.sheets[0]!.values).toEqual([
      ['Ref', 'Action'],
      ['1.1', 'Do it'],
    ]);
  });

  test('binary content is a ReadError', async () => {
    const p = path.join(dir, 'bin.csv');
    fs.writeFileSync(p, Buffer.from([1, 2, 0, 3]));
    await expect(readCsvFile(p)).rejects.toBeInstanceOf(ReadError);
  });

  test('a missing file is a ReadError', async () => {
    await expect(readCsvFile(path.join(dir, 'absent.csv'))).rejects.toThrow(/no such file/);
  });
});
