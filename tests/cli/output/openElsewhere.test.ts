/**
 * A written workbook opens cleanly in other spreadsheet software: LibreOffice (headless,
 * converting every sheet to CSV) and openpyxl. Each test skips, with a message, where its
 * tool is not installed.
 */
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { applyEditsExcelJs } from '../../../cli/output/applyEditsExcelJs';
import { gridToWorkbook } from '../../../cli/output/gridWorkbook';
import { buildEdits, mergeEdits } from '../../../core/edits/buildEdits';
import { applyRagEdits } from '../../../core/edits/applyRag';
import { INJECTIONS, sampleGrid, sampleResult } from '../../helpers/sampleResult';
import { internalLinks, sheetXml, tempDir } from '../../helpers/xlsxHelpers';
import { PYTHON, SOFFICE } from '../../helpers/otherWriters';

/** The hand-built plan written as --out would write it, with Apply RAG, so it has every kind of sheet. */
async function writtenWorkbook(dir: string): Promise<string> {
  const grid = sampleGrid();
  const result = sampleResult();
  const workbook = gridToWorkbook(new ExcelJS.Workbook(), grid);
  applyEditsExcelJs(workbook, mergeEdits(buildEdits(grid, result), applyRagEdits(grid, result)));
  const file = path.join(dir, 'plan.checked.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

(SOFFICE ? test : test.skip)('LibreOffice opens it: every sheet converts, formula-like text stays text', async () => {
  const dir = await tempDir('libreoffice');
  const file = await writtenWorkbook(dir);
  const profile = path.join(dir, 'profile');
  execFileSync(SOFFICE!, [
    `-env:UserInstallation=file://${profile}`, '--headless', '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1', '--outdir', dir, file,
  ], { timeout: 120_000, stdio: 'pipe' });
  const csv = async (sheet: string) => fs.readFile(path.join(dir, `plan.checked-${sheet}.csv`), 'utf8');
  const plan = await csv('Plan');
  // the plan's own cells: the text as typed, not a formula's result
  expect(plan).toContain('"=HYPERLINK(""http://x"",""y"")"');
  expect(plan).toContain('@SUM(1)');
  expect(plan).toContain('-1+1');
  const summary = await csv('RAG summary (PlanCheck)');
  expect(summary).toContain('PlanCheck · RAG summary');
  expect(summary).toContain("+cmd|' /C calc'!A0");
  const carryOver = await csv('Carry-over 2019-20');
  expect(carryOver).toContain('"=HYPERLINK(""http://x"",""y"")"');
  expect(await csv('Plan issues')).toContain('rag-mismatch');
  expect(await csv('RAG summary')).toContain('My own notes');
  // saved again by LibreOffice, the links are still jumps inside the workbook
  const again = path.join(dir, 'again');
  execFileSync(SOFFICE!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', again, file], { timeout: 120_000, stdio: 'pipe' });
  const links = internalLinks((await sheetXml(path.join(again, 'plan.checked.xlsx'))).get('Plan issues')!);
  expect(links.get('D6')).toEqual({ sheet: 'Plan', cell: 'G5' });
  expect(links.get('D11')).toEqual({ sheet: 'Oldham 2018-19', cell: 'F3' });
}, 180_000);

(PYTHON ? test : test.skip)('openpyxl opens it: links, text cells, hidden undo sheet, frozen header, filter', async () => {
  const dir = await tempDir('openpyxl');
  const file = await writtenWorkbook(dir);
  const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": [[ws.title, ws.sheet_state] for ws in wb.worksheets]}
issues = wb["Plan issues"]
out["links"] = [[c.coordinate, c.hyperlink.location, c.hyperlink.target] for row in issues.iter_rows() for c in row if c.hyperlink]
out["freeze"] = issues.freeze_panes
out["filter"] = issues.auto_filter.ref
texts = []
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str) and c.value in json.loads(sys.argv[2]):
                texts.append([ws.title, c.coordinate, c.data_type, c.value])
out["texts"] = texts
print(json.dumps(out))
`;
  const stdout = execFileSync(PYTHON!, ['-c', script, file, JSON.stringify(INJECTIONS)], { encoding: 'utf8', timeout: 60_000 });
  const out = JSON.parse(stdout) as { sheets: [string, string][]; links: [string, string, string | null][]; freeze: string; filter: string; texts: [string, string, string, string][] };
  expect(out.sheets).toEqual([
    ['Plan', 'visible'], ['Oldham 2018-19', 'visible'], ['RAG summary', 'visible'],
    ['Plan issues', 'visible'], ['RAG summary (PlanCheck)', 'visible'], ['Carry-over 2019-20', 'visible'], ['PlanCheck record', 'hidden'], ['PlanCheck undo', 'hidden'],
  ]);
  expect(out.links).toContainEqual(['D6', 'Plan!G5', null]);
  expect(out.links).toContainEqual(['D11', "'Oldham 2018-19'!F3", null]);
  expect(out.freeze).toBe('A5');
  expect(out.filter).toBe('A4:G11');
  // every copy of formula-like text, in the plan and in PlanCheck's sheets, is a string cell
  expect(out.texts.length).toBeGreaterThan(INJECTIONS.length);
  for (const t of out.texts) expect(t[2]).toBe('s');
});
