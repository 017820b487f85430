/**
 * Issue 15, item 2: the checked copy (--out) keeps everything the original had: external-
 * workbook links and their parts, workbook structure protection, defined names, data
 * validation, conditional formats, comments, tables, charts. The files come from other
 * writers: openpyxl, LibreOffice, and a package with an external link as Excel writes it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import type { Report } from '../../core/index';
import { PYTHON, libreOfficeConvert, openpyxlWorkbook, withLibreOffice, withOpenpyxl } from '../helpers/otherWriters';
import { AS_OF, GOOD, HEADER, addPlan, buildWorkbook, expectNoStack, removeDir, runCli, sha256, tempDir } from './hostileHelpers';

let dir: string;
beforeAll(() => {
  dir = tempDir('plancheck-hostile-keep-');
});
afterAll(() => removeDir(dir));

const RICH_PLAN = `
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.workbook.defined_name import DefinedName
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Plan'
ws.append(['Business Plan 2018-19']); ws.append([])
ws.append(${JSON.stringify(HEADER)})
ws.append(['1.1','Establish a task and finish group','Lisa Morris','April 2018','Complete','Grey'])
ws.append(['1.2','Review the threshold document','Sam Jones','March 2019','Draft reviewed by the board in January','Green'])
dv = DataValidation(type='list', formula1='"Green,Amber,Red,Grey,Blue"', allow_blank=True); ws.add_data_validation(dv); dv.add('F4:F50')
ws.conditional_formatting.add('F4:F50', CellIsRule(operator='equal', formula=['"Red"'], fill=PatternFill(start_color='FFFF0000', end_color='FFFF0000', fill_type='solid')))
wb.security = WorkbookProtection(workbookPassword='secret', lockStructure=True)
wb.defined_names.append(DefinedName('PlanActions', attr_text="Plan!$B$4:$B$5"))
t = wb.create_sheet('Data'); t.append(['Name','Count']); t.append(['a',1]); t.append(['b',2])
tab = Table(displayName='Counts', ref='A1:B3'); tab.tableStyleInfo = TableStyleInfo(name='TableStyleMedium9', showRowStripes=True); t.add_table(tab)
`;

/** What openpyxl finds in a workbook: the parts a checked copy must keep. */
function openpyxlInventory(file: string): unknown {
  const script = `
import openpyxl, json, sys
wb = openpyxl.load_workbook(sys.argv[1])
p = wb['Plan']
print(json.dumps({
  'sheets': wb.sheetnames,
  'lockStructure': bool(wb.security and wb.security.lockStructure),
  'names': sorted(d.name for d in wb.defined_names.definedName),
  'validations': [str(v.sqref) for v in p.data_validations.dataValidation],
  'conditional': [str(r.sqref) for r in p.conditional_formatting],
  'comments': [c.coordinate for row in p.iter_rows() for c in row if c.comment],
  'tables': sorted(k for s in wb.worksheets for k in s.tables.keys()),
  'charts': sum(len(s._charts) for s in wb.worksheets),
}))`;
  return JSON.parse(execFileSync(PYTHON!, ['-c', script, file], { encoding: 'utf8', timeout: 60_000 }));
}

withOpenpyxl('openpyxl: workbook protection, defined names, data validation, conditional formats and tables are all in the checked copy', async () => {
  const file = openpyxlWorkbook(path.join(dir, 'rich.xlsx'), `${RICH_PLAN}\nwb.save(OUT)`);
  const out = path.join(dir, 'rich.checked.xlsx');
  const r = await runCli(['validate', file, '--as-of', AS_OF, '--out', out]);
  expectNoStack(r.stdout, r.stderr);
  expect(r.stderr).toBe('');
  const before = openpyxlInventory(file) as { sheets: string[] };
  expect(openpyxlInventory(out)).toEqual({ ...before, sheets: [...before.sheets, 'Plan issues', 'RAG summary', 'Carry-over 2019-20', 'PlanCheck record'] });
  expect(before).toMatchObject({ lockStructure: true, names: ['PlanActions'], validations: ['F4:F50'], conditional: ['F4:F50'], tables: ['Counts'] });
});

withOpenpyxl('a second run on the checked copy replaces PlanCheck\'s sheets and still keeps all of it', async () => {
  const file = openpyxlWorkbook(path.join(dir, 'rich2.xlsx'), `${RICH_PLAN}\nwb.save(OUT)`);
  const first = path.join(dir, 'rich2.first.xlsx');
  const second = path.join(dir, 'rich2.second.xlsx');
  await runCli(['validate', file, '--as-of', AS_OF, '--out', first]);
  const r = await runCli(['validate', first, '--as-of', AS_OF, '--out', second, '--json']);
  expect(r.code).toBe(0);
  // all of it, and "Changes since" the first check (the record of which the first copy holds)
  const once = openpyxlInventory(first) as { sheets: string[] };
  expect(openpyxlInventory(second)).toEqual({ ...once, sheets: [...once.sheets, `Changes since ${AS_OF}`] });
  expect((JSON.parse(r.stdout) as Report).actions).toHaveLength(2);
});

withLibreOffice('LibreOffice: a workbook with a comment and a chart keeps both in the checked copy, which LibreOffice opens again', async () => {
  if (!PYTHON) return;
  const source = openpyxlWorkbook(path.join(dir, 'lo-source.xlsx'), `${RICH_PLAN}
from openpyxl.comments import Comment
from openpyxl.chart import BarChart, Reference
ws['B4'].comment = Comment('Agreed at the March board', 'Lisa')
ch = BarChart(); ch.add_data(Reference(t, min_col=2, min_row=1, max_row=3), titles_from_data=True); t.add_chart(ch, 'D2')
wb.save(OUT)`);
  const file = libreOfficeConvert(source, 'xlsx', path.join(dir, 'lo'));
  const out = path.join(dir, 'lo.checked.xlsx');
  const r = await runCli(['validate', file, '--as-of', AS_OF, '--out', out]);
  expectNoStack(r.stdout, r.stderr);
  expect(r.stderr).toBe('');
  const after = openpyxlInventory(out) as { comments: string[]; charts: number; names: string[] };
  expect(after).toMatchObject({ comments: ['B4'], charts: 1, names: ['PlanActions'], tables: ['Counts'] });
  const again = libreOfficeConvert(out, 'xlsx', path.join(dir, 'lo-again'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(again);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Plan', 'Data', 'Plan issues', 'RAG summary', 'Carry-over 2019-20', 'PlanCheck record']);
  expect(wb.getWorksheet('Plan issues')!.getCell('A1').value).toBe('PlanCheck · Plan issues');
}, 240_000);

/** A workbook with a link to another workbook, its parts as Excel writes them (externalLinks/externalLink1.xml). */
async function withExternalLink(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const ns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  zip.file('xl/externalLinks/externalLink1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="' + ns + '"><externalBook r:id="rId1"><sheetNames><sheetName val="Budget"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>1200</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>');
  zip.file('xl/externalLinks/_rels/externalLink1.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/externalLinkPath" Target="file:///C:/Board/budget.xlsx" TargetMode="External"/></Relationships>`);
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', `<Relationship Id="rIdExt1" Type="${ns}/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>`));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', workbook.replace('</sheets>', '</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>'));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>'));
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

test('an external-workbook link: its part, its relationship and the workbook\'s reference to it are in the checked copy, unchanged', async () => {
  const file = await buildWorkbook(dir, 'external.xlsx', (wb) => void addPlan(wb, GOOD));
  await withExternalLink(file);
  const before = sha256(file);
  const out = path.join(dir, 'external.checked.xlsx');
  const r = await runCli(['validate', file, '--as-of', AS_OF, '--out', out]);
  expect(r.stderr).toBe('');
  expect(sha256(file)).toBe(before);
  const [src, copy] = await Promise.all([file, out].map(async (f) => JSZip.loadAsync(fs.readFileSync(f))));
  for (const part of ['xl/externalLinks/externalLink1.xml', 'xl/externalLinks/_rels/externalLink1.xml.rels']) {
    expect(await copy!.file(part)?.async('string')).toBe(await src!.file(part)!.async('string'));
  }
  expect(await copy!.file('xl/workbook.xml')!.async('string')).toContain('<externalReference r:id="rIdExt1"/>');
  expect(await copy!.file('xl/_rels/workbook.xml.rels')!.async('string')).toContain('Target="externalLinks/externalLink1.xml"');
  expect(await copy!.file('[Content_Types].xml')!.async('string')).toContain('/xl/externalLinks/externalLink1.xml');
});

test('every part of the original is in the copy byte for byte, except the parts PlanCheck adds to (workbook, its relationships, content types, strings, styles)', async () => {
  const file = await buildWorkbook(dir, 'bytes.xlsx', (wb) => {
    const ws = addPlan(wb, GOOD);
    ws.getCell('H1').note = 'A note of the user\'s';
    (ws as unknown as { dataValidations: { add(ref: string, v: unknown): void } }).dataValidations.add('F4:F20', { type: 'list', allowBlank: true, formulae: ['"Green,Amber,Red"'] });
  });
  const out = path.join(dir, 'bytes.checked.xlsx');
  await runCli(['validate', file, '--as-of', AS_OF, '--out', out]);
  const [src, copy] = await Promise.all([file, out].map(async (f) => JSZip.loadAsync(fs.readFileSync(f))));
  const changed = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/sharedStrings.xml', 'xl/styles.xml']);
  for (const name of Object.keys(src!.files).filter((n) => !src!.files[n]!.dir && !changed.has(n))) {
    expect({ name, same: (await copy!.file(name)?.async('base64')) === (await src!.file(name)!.async('base64')) }).toEqual({ name, same: true });
  }
});

describe('--apply-rag changes the plan\'s cells through a writer that keeps less', () => {
  test('on a workbook with an external link: refused naming what would be lost, nothing written', async () => {
    const file = await buildWorkbook(dir, 'apply-external.xlsx', (wb) => void addPlan(wb, [GOOD[0]!, ['1.2', 'Review the threshold document', 'Sam Jones', 'March 2019', 'Draft reviewed by the board in January', 'Red']]));
    await withExternalLink(file);
    const out = path.join(dir, 'apply-external.checked.xlsx');
    const r = await runCli(['validate', file, '--as-of', AS_OF, '--out', out, '--apply-rag']);
    expectNoStack(r.stdout, r.stderr);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--apply-rag, the copy would lose the workbook's external-workbook links.*nothing was written/);
    expect(fs.existsSync(out)).toBe(false);
  });

  withOpenpyxl('on an openpyxl workbook with protection, names, validation, formats and a table: refused, naming them', async () => {
    const file = openpyxlWorkbook(path.join(dir, 'apply-rich.xlsx'), `${RICH_PLAN}\nws['F5'] = 'Red'\nwb.save(OUT)`);
    const out = path.join(dir, 'apply-rich.checked.xlsx');
    const r = await runCli(['validate', file, '--as-of', AS_OF, '--out', out, '--apply-rag']);
    if (r.code === 2) {
      expect(r.stderr).toMatch(/(would lose the workbook's|cannot read all of this workbook \(it holds) .*(tables|defined names|workbook structure protection).*nothing was written/);
      expect(r.stderr).not.toMatch(/Cannot read|undefined/);
      expect(fs.existsSync(out)).toBe(false);
    } else {
      // where the writer kept it all, the copy has it all
      expect(openpyxlInventory(out)).toMatchObject({ lockStructure: true, names: ['PlanActions'], validations: ['F4:F50'], conditional: ['F4:F50'], tables: ['Counts'] });
    }
  });

  test('on a plain workbook: the RAG is applied as before', async () => {
    const file = await buildWorkbook(dir, 'apply-plain.xlsx', (wb) => void addPlan(wb, [GOOD[0]!, ['1.2', 'Review the threshold document', 'Sam Jones', 'March 2019', 'Draft reviewed by the board in January', 'Red']]));
    const out = path.join(dir, 'apply-plain.checked.xlsx');
    const r = await runCli(['validate', file, '--as-of', AS_OF, '--out', out, '--apply-rag']);
    expect(r.stderr).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Plan')!.getCell('F5').value).toBe('Green');
  });
});
