/** The ExcelJS edit-applier on the hand-built plan: runs without the core. */
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { applyEditsExcelJs } from '../../../cli/output/applyEditsExcelJs';
import { gridToWorkbook } from '../../../cli/output/gridWorkbook';
import { internalLinksSupported } from '../../../cli/output/exceljsInternalLinks';
import { buildEdits, mergeEdits } from '../../../core/edits/buildEdits';
import { applyRagEdits } from '../../../core/edits/applyRag';
import type { WorkbookEdits } from '../../../core/edits/editTypes';
import { INJECTIONS, sampleGrid, sampleResult } from '../../helpers/sampleResult';
import { internalLinks, loadWorkbook, sheetXml, tempDir } from '../../helpers/xlsxHelpers';

async function writeAndReload(workbook: ExcelJS.Workbook, name: string): Promise<{ file: string; wb: ExcelJS.Workbook }> {
  const dir = await tempDir('exceljs-writer');
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return { file, wb: await loadWorkbook(file) };
}

describe('applyEditsExcelJs', () => {
  const edits = (): WorkbookEdits => mergeEdits(buildEdits(sampleGrid(), sampleResult()), applyRagEdits(sampleGrid(), sampleResult()));

  test('the internal-link patch is in place for this ExcelJS', () => {
    expect(internalLinksSupported()).toBe(true);
  });

  test('adds the sheets after the plan, with styles, widths, frozen header, filter and a hidden undo sheet', async () => {
    const workbook = gridToWorkbook(new ExcelJS.Workbook(), sampleGrid());
    applyEditsExcelJs(workbook, edits());
    const { wb } = await writeAndReload(workbook, 'styles.xlsx');
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Plan', 'visible'], ['Oldham 2018-19', 'visible'], ['RAG summary', 'visible'],
      ['Plan issues', 'visible'], ['RAG summary (PlanCheck)', 'visible'], ['Carry-over 2019-20', 'visible'], ['PlanCheck record', 'hidden'], ['PlanCheck undo', 'hidden'],
    ]);
    const issues = wb.getWorksheet('Plan issues')!;
    expect(issues.getCell('A4').value).toBe('Severity');
    expect(issues.getCell('A4').font?.bold).toBe(true);
    expect(issues.getColumn(7).width).toBe(90);
    expect(issues.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(issues.autoFilter).toBeTruthy();
    const summary = wb.getWorksheet('RAG summary (PlanCheck)')!;
    let green: ExcelJS.Cell | undefined;
    summary.eachRow((row) => row.eachCell((c) => { if (c.value === 'Green' && !green) green = c; }));
    expect(green!.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } });
    let share: ExcelJS.Cell | undefined;
    summary.eachRow((row) => row.eachCell((c) => { if (c.numFmt === '0%' && !share) share = c; }));
    expect(typeof share!.value).toBe('number');
  });

  test('copied text is a string cell with the text format, never a formula', async () => {
    const workbook = gridToWorkbook(new ExcelJS.Workbook(), sampleGrid());
    applyEditsExcelJs(workbook, edits());
    const { file, wb } = await writeAndReload(workbook, 'text.xlsx');
    const seen: string[] = [];
    for (const ws of wb.worksheets.slice(3)) {
      ws.eachRow((row) => row.eachCell((c) => {
        if (typeof c.value === 'string' && INJECTIONS.includes(c.value)) {
          seen.push(c.value);
          expect([ws.name, c.address, c.type, c.numFmt]).toEqual([ws.name, c.address, ExcelJS.ValueType.String, '@']);
        }
      }));
    }
    expect(new Set(seen)).toEqual(new Set(INJECTIONS));
    for (const [, xml] of await sheetXml(file)) expect(xml).not.toMatch(/<f[ >]/);
  });

  test('links are written as Excel writes internal links (a location, no relationship) and read back', async () => {
    const workbook = gridToWorkbook(new ExcelJS.Workbook(), sampleGrid());
    applyEditsExcelJs(workbook, edits());
    const { file, wb } = await writeAndReload(workbook, 'links.xlsx');
    const xml = await sheetXml(file);
    expect(xml.get('Plan issues')).toContain('<hyperlink ref="D11" location="&apos;Oldham 2018-19&apos;!F3"/>');
    expect(xml.get('Plan issues')).not.toMatch(/r:id=/);
    expect(internalLinks(xml.get('Carry-over 2019-20')!).get('G5')).toEqual({ sheet: 'Plan', cell: 'B6' });
    expect(wb.getWorksheet('Plan issues')!.getCell('D6').value).toEqual({ text: 'G5', hyperlink: '#Plan!G5' });
  });

  test("Apply RAG changes only a plan cell's value and fill, nothing else of its style", async () => {
    const workbook = gridToWorkbook(new ExcelJS.Workbook(), sampleGrid());
    const plan = workbook.getWorksheet('Plan')!;
    plan.getCell('G5').font = { italic: true, name: 'Arial' };
    plan.getCell('G5').numFmt = '@';
    plan.getCell('G4').font = { italic: true, name: 'Arial' };
    applyEditsExcelJs(workbook, edits());
    const { wb } = await writeAndReload(workbook, 'apply.xlsx');
    const g5 = wb.getWorksheet('Plan')!.getCell('G5');
    expect([g5.value, g5.fill, g5.font, g5.numFmt]).toEqual(['Red', { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } }, { italic: true, name: 'Arial' }, '@']);
    // a cell sharing the style is not touched
    expect(wb.getWorksheet('Plan')!.getCell('G4').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFA6A6A6' } });
    expect(wb.getWorksheet('Oldham 2018-19')!.getCell('F3').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } });
    expect(wb.getWorksheet('Oldham 2018-19')!.getCell('F3').value).toBe('Strategy drafted and out for consultation');
  });

  test("a user's own in-workbook links survive the copy", async () => {
    const workbook = gridToWorkbook(new ExcelJS.Workbook(), sampleGrid());
    workbook.getWorksheet('RAG summary')!.getCell('A3').value = { text: 'see the plan', hyperlink: "#'Oldham 2018-19'!A3" };
    const first = await writeAndReload(workbook, 'user-links.xlsx');
    applyEditsExcelJs(first.wb, buildEdits(sampleGrid(), sampleResult()));
    const second = await writeAndReload(first.wb, 'user-links-2.xlsx');
    expect(second.wb.getWorksheet('RAG summary')!.getCell('A3').value).toEqual({ text: 'see the plan', hyperlink: "#'Oldham 2018-19'!A3" });
  });

  test('replaced sheets are deleted before the new ones are added under the same name', async () => {
    const workbook = gridToWorkbook(new ExcelJS.Workbook(), sampleGrid());
    applyEditsExcelJs(workbook, buildEdits(sampleGrid(), sampleResult()));
    const again = buildEdits(sampleGrid(), sampleResult());
    again.sheets.forEach((s) => (s.replaces = [s.name]));
    applyEditsExcelJs(workbook, again);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Plan', 'Oldham 2018-19', 'RAG summary', 'Plan issues', 'RAG summary (PlanCheck)', 'Carry-over 2019-20', 'PlanCheck record']);
  });
});
