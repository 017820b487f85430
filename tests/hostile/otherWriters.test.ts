/**
 * Workbooks as other programs write them (issue 15 items 6 and 9): the same plan written
 * another way gives the same report — worksheet parts under other names (found through the
 * workbook's relationships), namespace-prefixed elements, rows and cells without "r", inline
 * strings, ISO date cells, openpyxl's comments, chart and table and LibreOffice's re-save of
 * them. A file that cannot be read gets a message naming what could not be read, never an
 * internal error text; a zip bomb is refused at once with a clear message.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import type { Report } from '../../core/index';
import { zipBombXlsx } from '../../bench/zipFiles';
import { addPlan, buildWorkbook, removeDir, runCli, tempDir, AS_OF } from './hostileHelpers';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p)) ?? null;
const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import openpyxl'], { timeout: 60_000 }).status === 0) ?? null;
if (!SOFFICE) console.warn('otherWriters.test: LibreOffice cases skipped: soffice is not installed');
if (!PYTHON) console.warn('otherWriters.test: openpyxl cases skipped: no python3 with openpyxl');

let dir: string;
let plain: string;
let plainReport: Report;

/** The plan's rows with real dates (so the sheet has date cells to rewrite). */
const ROWS = [
  ['1.1', 'Establish a task and finish group', 'Lisa Morris', new Date(Date.UTC(2018, 3, 30)), 'Complete', 'Grey'],
  ['1.2', 'Review the threshold document', 'Sam Jones', new Date(Date.UTC(2019, 2, 31)), 'Draft reviewed by the board in January', 'Green'],
  ['1.3', 'Audit & report <to> the "board"', 'Ann Lee', new Date(Date.UTC(2018, 11, 31)), 'Not started', 'Red'],
];

async function validate(file: string): Promise<{ code: number; report: Report | null; stderr: string }> {
  const r = await runCli(['validate', file, '--as-of', AS_OF, '--json']);
  return { code: r.code, report: r.code === 2 ? null : (JSON.parse(r.stdout) as Report), stderr: r.stderr };
}

/** The report without the file name (the same plan under another name). */
const sameAs = (report: Report | null) => (report ? { ...report, file: 'plan.xlsx' } : null);

beforeAll(async () => {
  dir = tempDir('plancheck-hostile-writers-');
  plain = await buildWorkbook(dir, 'plain.xlsx', (wb) => {
    const ws = addPlan(wb, ROWS);
    ws.getColumn(4).numFmt = 'mmmm yyyy';
  });
  plainReport = (await validate(plain)).report!;
  expect(plainReport.actions).toHaveLength(3);
});
afterAll(() => removeDir(dir));

/** The plain plan's package with its parts rewritten. */
async function rewritten(name: string, change: (zip: JSZip, parts: Map<string, string>) => void | Promise<void>): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(plain));
  const parts = new Map<string, string>();
  for (const f of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(f)) parts.set(f, await zip.file(f)!.async('string'));
  await change(zip, parts);
  for (const [f, text] of parts) if (zip.file(f)) zip.file(f, text);
  const file = path.join(dir, name);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

const SHEET = 'xl/worksheets/sheet1.xml';

describe('parts and XML as other writers shape them: the same report as the plain plan', () => {
  test('a worksheet part not named sheetN.xml, found through the workbook relationships', async () => {
    const file = await rewritten('renamed-part.xlsx', (zip, parts) => {
      const xml = parts.get(SHEET)!;
      parts.delete(SHEET);
      zip.remove(SHEET);
      zip.file('xl/worksheets/plan_2018-19.xml', xml);
      for (const f of ['xl/_rels/workbook.xml.rels', '[Content_Types].xml']) parts.set(f, parts.get(f)!.replace(/sheet1\.xml/g, 'plan_2018-19.xml'));
    });
    const r = await validate(file);
    expect(r.stderr).toBe('');
    expect(sameAs(r.report)).toEqual(sameAs(plainReport));
  });

  test('an absolute relationship target (/xl/worksheets/...)', async () => {
    const file = await rewritten('absolute-target.xlsx', (_zip, parts) => {
      parts.set('xl/_rels/workbook.xml.rels', parts.get('xl/_rels/workbook.xml.rels')!.replace(/Target="worksheets\//g, 'Target="/xl/worksheets/'));
    });
    expect(sameAs((await validate(file)).report)).toEqual(sameAs(plainReport));
  });

  test('namespace-prefixed elements (<x:row>, <x:c>) in the sheet, the strings and the workbook', async () => {
    const prefix = (xml: string, root: string) =>
      xml.replace(new RegExp(`<${root}([^>]*?)xmlns="`), `<${root}$1xmlns:x="`).replace(/<(\/?)(?![\w.-]+:)([A-Za-z])/g, '<$1x:$2');
    const file = await rewritten('prefixed.xlsx', (_zip, parts) => {
      parts.set(SHEET, prefix(parts.get(SHEET)!, 'worksheet'));
      parts.set('xl/sharedStrings.xml', prefix(parts.get('xl/sharedStrings.xml')!, 'sst'));
      parts.set('xl/workbook.xml', prefix(parts.get('xl/workbook.xml')!, 'workbook'));
    });
    expect(fs.readFileSync(file).length).toBeGreaterThan(0);
    expect(sameAs((await validate(file)).report)).toEqual(sameAs(plainReport));
  });

  test('rows and cells without "r" attributes', async () => {
    const file = await rewritten('no-r.xlsx', (_zip, parts) => {
      // as such writers do, every row is written (an empty one where the plan has a blank row) and every cell from A
      let next = 1;
      const xml = parts.get(SHEET)!.replace(/<row r="(\d+)"/g, (_, n: string) => {
        const blanks = '<row></row>'.repeat(Number(n) - next);
        next = Number(n) + 1;
        return `${blanks}<row`;
      });
      expect(xml).toContain('<row></row>');
      parts.set(SHEET, xml.replace(/<c r="[^"]*"/g, '<c'));
    });
    expect(sameAs((await validate(file)).report)).toEqual(sameAs(plainReport));
  });

  test('inline strings (t="inlineStr") in place of shared strings, entities and all', async () => {
    const file = await rewritten('inline.xlsx', (_zip, parts) => {
      const strings = [...parts.get('xl/sharedStrings.xml')!.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]!);
      parts.set(SHEET, parts.get(SHEET)!.replace(/t="s"><v>(\d+)<\/v>/g, (_, i: string) => `t="inlineStr"><is>${strings[Number(i)]}</is>`));
    });
    expect(sameAs((await validate(file)).report)).toEqual(sameAs(plainReport));
  });

  test('ISO date cells (t="d") read as the dates they are, not as the year', async () => {
    const file = await rewritten('iso-dates.xlsx', (_zip, parts) => {
      let dates = 0;
      parts.set(SHEET, parts.get(SHEET)!.replace(/<c r="(D\d+)"( s="\d+")?><v>(\d+)<\/v><\/c>/g, (_, ref: string, s: string | undefined, serial: string) => {
        const iso = new Date((Number(serial) - 25569) * 86400000).toISOString().slice(0, 19);
        dates++;
        return `<c r="${ref}"${s ?? ''} t="d"><v>${iso}</v></c>`;
      }));
      expect(dates).toBe(3);
    });
    expect(sameAs((await validate(file)).report)).toEqual(sameAs(plainReport));
  });
});

const OPENPYXL = `
import sys, datetime, openpyxl
from openpyxl.comments import Comment
from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet.table import Table
wb = openpyxl.Workbook(iso_dates=True)
ws = wb.active
ws.title = 'Plan'
ws.append(['Business Plan 2018-19'])
ws.append([])
ws.append(['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'])
ws.append(['1.1', 'Establish a task and finish group', 'Lisa Morris', datetime.datetime(2018, 4, 30), 'Complete', 'Grey'])
ws.append(['1.2', 'Review the threshold document', 'Sam Jones', datetime.datetime(2019, 3, 31), 'Draft reviewed by the board in January', 'Green'])
ws.append(['1.3', 'Audit & report <to> the "board"', 'Ann Lee', datetime.datetime(2018, 12, 31), 'Not started', 'Red'])
for r in range(4, 7):
    ws.cell(row=r, column=4).number_format = 'mmmm yyyy'
ws['B4'].comment = Comment('Agreed at the March board', 'BM')
ws.add_table(Table(displayName='Actions', ref='A3:F6'))
chart = BarChart()
chart.add_data(Reference(ws, min_col=1, min_row=3, max_row=6), titles_from_data=True)
ws.add_chart(chart, 'H2')
wb.save(sys.argv[1])
`;

(PYTHON ? describe : describe.skip)('written by openpyxl and LibreOffice', () => {
  let openpyxlFile: string;
  beforeAll(() => {
    const script = path.join(dir, 'plan.py');
    fs.writeFileSync(script, OPENPYXL);
    openpyxlFile = path.join(dir, 'openpyxl.xlsx');
    execFileSync(PYTHON!, [script, openpyxlFile], { timeout: 60_000, stdio: 'pipe' });
  });

  test('openpyxl with a comment, a chart, a table and ISO dates: the same report as the plain plan', async () => {
    const r = await validate(openpyxlFile);
    expect(r.stderr).toBe('');
    expect(sameAs(r.report)).toEqual(sameAs(plainReport));
  });

  (SOFFICE ? test : test.skip)('the same file saved again by LibreOffice: the same report', async () => {
    const out = path.join(dir, 'lo');
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, openpyxlFile], { timeout: 120_000, stdio: 'pipe' });
    const r = await validate(path.join(out, 'openpyxl.xlsx'));
    expect(r.stderr).toBe('');
    expect(sameAs(r.report)).toEqual(sameAs(plainReport));
  }, 180_000);
});

describe('a file that cannot be read says what could not be read', () => {
  test('a cell pointing at a shared string that is not there: the part is named, no internal error text', async () => {
    const file = await rewritten('missing-string.xlsx', (_zip, parts) => {
      parts.set(SHEET, parts.get(SHEET)!.replace(/t="s"><v>\d+<\/v>/, 't="s"><v>999</v>'));
    });
    const r = await validate(file);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/missing-string\.xlsx: the workbook could not be read \(xl\/worksheets\/sheet1\.xml: a shared string that is not there \(999\)\)/);
    expect(lines[0]).not.toMatch(/Cannot (set|read) propert|undefined|TypeError/);
  });

  test('a sheet with a DOCTYPE declaring entities: named, refused, no internal error text', async () => {
    const file = await rewritten('doctype.xlsx', (_zip, parts) => {
      parts.set(SHEET, parts.get(SHEET)!.replace('<worksheet', '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]><worksheet'));
    });
    const r = await validate(file);
    expect(r.stderr).not.toMatch(/Cannot (set|read) propert|TypeError| {4}at /);
    if (r.code === 2) expect(r.stderr).toMatch(/doctype\.xlsx: /);
  });
});

describe('a zip bomb', () => {
  test('a 500 KB file whose sheet inflates to half a gigabyte: exit 2 with one clear line, nothing else read', async () => {
    const file = path.join(dir, 'bomb.xlsx');
    fs.writeFileSync(file, await zipBombXlsx(500));
    expect(fs.statSync(file).size).toBeLessThan(600 * 1024);
    const r = await validate(file);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/bomb\.xlsx: the workbook's part xl\/worksheets\/sheet1\.xml inflates to more than \d+ MB from far less \(a zip bomb or a damaged file\)/);
  }, 120_000);
});
