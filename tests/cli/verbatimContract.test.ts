/**
 * The JSON contract's text fields are the cells' text as typed, trimmed at the ends only
 * (PRODUCT §7, issue 11): action, owner, progress, section and due.text, checked cell by cell
 * against the sheet on every shared fixture and on a workbook of markup and line breaks.
 */
import fs from 'fs';
import path from 'path';
import { readInput } from '../../cli/readInput';
import { viewOf } from '../../core/grid/sheetView';
import { readPlanSheet } from '../../core/plan/readPlanSheet';
import { splitLeadingRef } from '../../core/plan/refs';
import type { Grid } from '../../core/grid/grid';
import type { Report } from '../../core/report/reportSchema';
import { fixtureNames, FIXTURES_DIR } from '../sheets/helpers/fixtures';
import { runCli, tempDir, removeDir, writePlanWorkbook } from './cliHelpers';

/** Every reported text field, compared with the cell it came from. */
function expectVerbatim(grid: Grid, report: Report): void {
  const sheetTexts = new Map<string, Set<string>>();
  for (const sheet of grid.sheets) {
    const view = viewOf(sheet);
    const texts = new Set<string>();
    for (let r = view.firstRow; r <= view.lastRow; r++) for (let c = view.firstColumn; c <= view.lastColumn; c++) texts.add(view.text(r, c).trim());
    sheetTexts.set(sheet.name, texts);
    const plan = readPlanSheet(view);
    const byRow = new Map(report.actions.filter((a) => a.sheet === sheet.name).map((a) => [a.row, a]));
    for (const raw of plan.actions) {
      const a = byRow.get(raw.row)!;
      expect(a).toBeDefined();
      const cell = (c: number | null) => (c === null ? '' : view.text(raw.row, c).trim());
      const typed = cell(raw.table.action);
      // the action cell as typed, less a leading ref; a sub-row with no text of its own names its parent's
      const own = [typed, splitLeadingRef(typed).text];
      if (raw.isSubAction || raw.orphan) expect([...own, ...report.actions.map((x) => x.action)]).toContain(a.action);
      else expect(own).toContain(a.action);
      expect(a.owner ?? '').toBe(raw.owner ? raw.owner.text.trim() : '');
      expect(a.due.text).toBe(raw.due ? raw.due.text.trim() : '');
      // progress: its own cell, or ("As above") the cell it points to
      const progress = raw.progress ? raw.progress.text.trim() : '';
      if (a.progress !== progress) expect(report.actions.map((x) => x.progress)).toContain(a.progress);
      else expect(a.progress).toBe(progress);
      if (a.section !== null) expect(sheetTexts.get(sheet.name)!.has(a.section)).toBe(true);
    }
  }
}

async function reportOf(file: string): Promise<Report> {
  const r = await runCli(['validate', file, '--json', '--as-of', '2019-03-01']);
  expect([0, 1]).toContain(r.code);
  return JSON.parse(r.stdout) as Report;
}

const names = fixtureNames();
(names.length ? describe : describe.skip)('every shared fixture: reported text is the cell text, trimmed', () => {
  test.each(names)('%s', async (name) => {
    const file = path.join(FIXTURES_DIR, `${name}.xlsx`);
    expectVerbatim(await readInput(file), await reportOf(file));
  });
});
if (!names.length) test.skip(`shared fixtures not found at ${FIXTURES_DIR}`, () => undefined);

describe('markup and line breaks are reported and kept as typed', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('plancheck-verbatim-');
  });
  afterAll(() => removeDir(dir));

  test('HTML, entities, tabs and line breaks in every text column', async () => {
    const file = await writePlanWorkbook(path.join(dir, 'markup.xlsx'), [
      ['1.1', '<script>alert(1)</script>', '<b>Lead</b> &amp; deputy', 'March 2019', 'Line one\nLine two', 'Green'],
      ['1.2', '  Review the\nthreshold  document ', 'Head of\tService', ' April 2018 ', '<p>Done</p>', ''],
      ['', '1.3 <i>Audit</i>   the returns', 'Sam Jones\nAlex Brown', 'Feb 2019', '&lt;tbc&gt;', ''],
    ]);
    const report = await reportOf(file);
    expectVerbatim(await readInput(file), report);
    expect(report.actions.map((a) => a.action)).toEqual(['<script>alert(1)</script>', 'Review the\nthreshold  document', '<i>Audit</i>   the returns']);
    expect(report.actions.map((a) => a.owner)).toEqual(['<b>Lead</b> &amp; deputy', 'Head of\tService', 'Sam Jones\nAlex Brown']);
    expect(report.actions.map((a) => a.progress)).toEqual(['Line one\nLine two', '<p>Done</p>', '&lt;tbc&gt;']);
    // the JSON is still one document on stdout
    expect(fs.existsSync(file)).toBe(true);
  });
});
