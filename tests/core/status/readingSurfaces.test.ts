/**
 * The reading where staff see it (PRODUCT §5.1a, §6 looks-complete, §8): statusReason and reading
 * in every action's JSON (and the zod schema), the completion setting, the looks-complete count and
 * list in the RAG summary sheet, the pane model and the HTML report, and the CLI flag.
 */
import { checkWorkbook } from '../../../core/check/checkWorkbook';
import { reportSchema } from '../../../core/report/reportSchema';
import { parseSettings } from '../../../core/settings/parseSettings';
import { paneModel } from '../../../core/view/paneModel';
import { buildRagSummarySheet, LOOKS_COMPLETE_LISTED } from '../../../core/edits/ragSummarySheet';
import { buildHtmlReport } from '../../../cli/output/htmlReport';
import { computeStatus, StatusInput } from '../../../core/status/computeStatus';
import type { CellValue } from '../../../core/grid/grid';
import type { OutCell } from '../../../core/edits/editTypes';
import { simplePlan } from '../../helpers/planGrid';
import { runCli, expectOneCleanLine, tempDir, removeDir } from '../../cli/cliHelpers';
import { toSettingsInput, DEFAULT_SETTINGS } from '../../../excel-addin/taskpane/settingsStore';
import { cleanSettingsInput } from '../../../sheets-addon/host/settingsStore';
import ExcelJS from 'exceljs';
import path from 'path';

const AS_OF = { asOf: '2019-03-01' };
const action = (ref: string, due: string, progress: string, rag: CellValue = null): CellValue[] => [ref, `Action ${ref}`, 'Lisa Morris', due, 'Outcome', progress, rag];
const PLAN = simplePlan([
  action('1.1', 'October 2018', 'Update Oct 18: venue booked.\nUpdate Jan 19: Workshop ran in January for 40 staff'),
  action('1.2', 'October 2018', 'Protocol planned for the June board'),
  action('1.3', 'October 2018', 'Complete'),
  action('1.4', 'June 2019', 'Flow chart has been developed and approved by Partnership and DCS.'),
]);

const base: StatusInput = {
  dueEnd: '2019-01-31', ongoing: false, dueSaysCarryOver: false, dueText: 'January 2019', latestProgress: '', wholeProgress: '',
  asOf: '2019-03-01', period: { start: '2018-04-01', end: '2019-03-31' }, toleranceDays: 30,
};
const reason = (over: Partial<StatusInput>) => computeStatus({ ...base, ...over }).reason;

describe('statusReason: the rule and the words or dates that decided it', () => {
  test.each<[string, Partial<StatusInput>, string]>([
    ['stated complete, with the entry date', { latestProgress: 'Complete', latestDateText: 'Mar 19' }, 'the latest update says Complete (Update Mar 19)'],
    ['stated complete, longer words', { latestProgress: 'This action is now complete.' }, 'the latest update says "This action is now complete"'],
    ['read complete', { latestProgress: 'Workshop ran in May', reading: { says: 'done', words: 'Workshop ran in May' }, completion: 'read', latestDateText: 'Mar 16' }, 'completion is read from the update: the latest update says "Workshop ran in May" (Update Mar 16)'],
    ['carry-over words', { wholeProgress: 'Carry over to 2019-20' }, 'the progress says "Carry over"'],
    ['due after the period', { dueEnd: '2019-06-30' }, 'due 2019-06-30, after the plan period ends (2019-03-31)'],
    ['period ended', { asOf: '2019-04-10' }, 'not complete when the plan period ended (2019-03-31)'],
    ['on track', { dueEnd: '2019-03-31' }, 'due 2019-03-31, not yet reached on 2019-03-01'],
    ['ongoing', { dueEnd: null, ongoing: true, dueText: 'Ongoing' }, 'no fixed end date ("Ongoing"), so on track while not complete'],
    ['at risk', { dueEnd: '2019-02-28' }, 'due 2019-02-28, 1 day late on 2019-03-01, within the 30-day tolerance'],
    ['off track', { dueEnd: '2018-12-31' }, 'due 2018-12-31, 60 days late on 2019-03-01, beyond the 30-day tolerance'],
    ['not assessed', { dueEnd: null, dueText: 'TBC' }, 'no due date could be read from "TBC"'],
    [
      'reads as done, completion stated',
      { dueEnd: '2018-12-31', reading: { says: 'done', words: 'Workshop ran in May' } },
      'due 2018-12-31, 60 days late on 2019-03-01, beyond the 30-day tolerance; the latest update reads as done ("Workshop ran in May") but does not say Complete',
    ],
  ])('%s', (_name, over, expected) => {
    expect(reason(over)).toBe(expected);
  });
});

describe('every action carries reading and statusReason (§8), valid by the zod schema', () => {
  const { report } = checkWorkbook(PLAN, AS_OF);

  test('reading and reason per action', () => {
    expect(report.actions.map((a) => [a.ref, a.status, a.reading])).toEqual([
      ['1.1', 'off-track', { says: 'done', words: 'Workshop ran in January for 40 staff', entry: '2019-01' }],
      ['1.2', 'off-track', { says: 'not-done', words: 'planned', entry: null }],
      ['1.3', 'complete', { says: 'done', words: 'Complete', entry: null }],
      ['1.4', 'carried-over', { says: 'done', words: 'Flow chart has been developed and approved by Partnership and DCS', entry: null }],
    ]);
    expect(report.actions[2]!.statusReason).toBe('the latest update says Complete');
    for (const a of report.actions) expect(a.statusReason.length).toBeGreaterThan(10);
  });

  test('the schema requires both, and the document passes it', () => {
    expect(reportSchema.safeParse(report).success).toBe(true);
    const withoutReading: Record<string, unknown> = { ...report.actions[0]! };
    delete withoutReading.reading;
    expect(reportSchema.safeParse({ ...report, actions: [withoutReading] }).success).toBe(false);
    const withoutReason: Record<string, unknown> = { ...report.actions[0]! };
    delete withoutReason.statusReason;
    expect(reportSchema.safeParse({ ...report, actions: [withoutReason] }).success).toBe(false);
  });

  test('looks-complete on the not-complete actions read as done, at their progress cell', () => {
    const looks = report.issues.filter((i) => i.code === 'looks-complete');
    expect(looks.map((i) => [i.ref, i.cell, i.severity])).toEqual([
      ['1.1', 'F4', 'info'],
      ['1.4', 'F7', 'info'],
    ]);
    expect(looks[0]!.message).toBe(
      "The latest update (Jan 19) says 'Workshop ran in January for 40 staff'. If the action is complete, write Complete in its progress so the RAG counts it.",
    );
  });
});

describe('completion: "stated" (default) or "read"', () => {
  test('default is stated; anything else is refused with a plain message', () => {
    const ok = parseSettings({});
    expect(ok.ok && ok.settings.completion).toBe('stated');
    const bad = parseSettings({ completion: 'maybe' });
    expect(bad).toEqual({ ok: false, message: 'completion: use "stated" or "read"' });
  });

  test('read: an action read as done is complete, its reason quoting the words, and gets no looks-complete', () => {
    const { report } = checkWorkbook(PLAN, { ...AS_OF, completion: 'read' });
    expect(report.actions.map((a) => a.status)).toEqual(['complete', 'off-track', 'complete', 'complete']);
    expect(report.actions[0]!.statusReason).toBe('completion is read from the update: the latest update says "Workshop ran in January for 40 staff" (Update Jan 19)');
    expect(report.actions[0]!.rag.computed).toBe('Grey');
    expect(report.issues.map((i) => i.code)).not.toContain('looks-complete');
  });

  test('the task pane form and the sidebar form carry it to the core', () => {
    expect(toSettingsInput({ ...DEFAULT_SETTINGS, completion: 'read' })).toEqual({ ok: true, input: { completion: 'read', toleranceDays: 30, stalenessDays: 92 } });
    expect(toSettingsInput({ ...DEFAULT_SETTINGS })).toEqual({ ok: true, input: { toleranceDays: 30, stalenessDays: 92 } });
    const sidebar = cleanSettingsInput({ asOf: '2019-03-01', completion: 'read', planPeriod: '' });
    expect(sidebar).toEqual({ asOf: '2019-03-01', completion: 'read' });
    const parsed = parseSettings(sidebar);
    expect(parsed.ok && parsed.settings.completion).toBe('read');
  });
});

const textOf = (c: OutCell | undefined): string => (c && 'value' in c && c.value !== null && c.value !== undefined ? String(c.value) : '');

describe('"Looks complete" in the RAG summary, the pane and the HTML report', () => {
  const result = checkWorkbook(PLAN, AS_OF);

  test('RAG summary: the count beside the totals, then the list linked to the progress cells', () => {
    const sheet = buildRagSummarySheet(result);
    const line = sheet.rows.find((r) => textOf(r[0]) === 'Looks complete')!;
    expect(textOf(line[1])).toBe('2');
    expect(textOf(line[2])).toMatch(/^2 actions not marked Complete whose latest update reads as done/);
    const at = sheet.rows.findIndex((r) => textOf(r[0]).startsWith('Looks complete: 2 actions'));
    expect(at).toBeGreaterThan(0);
    const listed = sheet.rows.slice(at + 2, at + 4);
    expect(listed.map((r) => [textOf(r[1]), textOf(r[3])])).toEqual([['1.1', '2019-01'], ['1.4', '']]);
    expect(listed.map((r) => r[4])).toEqual([
      expect.objectContaining({ link: { sheet: 'Plan', cell: 'F4' } }),
      expect.objectContaining({ link: { sheet: 'Plan', cell: 'F7' } }),
    ]);
    expect(listed.map((r) => textOf(r[r.length - 1]))).toEqual(['Workshop ran in January for 40 staff', 'Flow chart has been developed and approved by Partnership and DCS']);
  });

  test(`RAG summary lists at most ${LOOKS_COMPLETE_LISTED}; the rest are in Plan issues`, () => {
    const many = simplePlan(Array.from({ length: LOOKS_COMPLETE_LISTED + 5 }, (_, i) => action(`1.${i + 1}`, 'October 2018', `Guidance number ${i + 1} published on the website`)));
    const sheet = buildRagSummarySheet(checkWorkbook(many, AS_OF));
    const at = sheet.rows.findIndex((r) => textOf(r[0]).startsWith(`Looks complete: ${LOOKS_COMPLETE_LISTED + 5} actions`));
    expect(textOf(sheet.rows[at + 2 + LOOKS_COMPLETE_LISTED]![0])).toBe('…and 5 more: the Plan issues sheet lists every one (code looks-complete).');
  });

  test('pane model: the items with where, first words and the decisive words', () => {
    expect(paneModel(result).looksComplete).toEqual([
      { sheet: 'Plan', cell: 'F4', ref: '1.1', action: 'Action 1.1', words: 'Workshop ran in January for 40 staff', where: 'Plan!F4 · 1.1' },
      { sheet: 'Plan', cell: 'F7', ref: '1.4', action: 'Action 1.4', words: 'Flow chart has been developed and approved by Partnership and DCS', where: 'Plan!F7 · 1.4' },
    ]);
  });

  test('HTML report: the count beside the totals and a section listing them, text escaped', () => {
    const html = buildHtmlReport(checkWorkbook(simplePlan([action('1.1', 'October 2018', 'Guide <b>published</b> & circulated')]), AS_OF));
    expect(html).toContain('<tr class="looks-complete"><td>Looks complete</td><td class="n">1</td>');
    expect(html).toContain('<h2>Looks complete: 1 action</h2>');
    expect(html).toContain('Guide published &amp; circulated');
    expect(html).not.toContain('<b>published</b>');
  });
});

describe('command line: --completion', () => {
  let dir = '';
  let file = '';
  beforeAll(async () => {
    dir = tempDir();
    file = path.join(dir, 'plan.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    for (const row of PLAN.sheets[0]!.values) ws.addRow(row);
    await wb.xlsx.writeFile(file);
  });
  afterAll(() => removeDir(dir));

  test('--completion read counts an update read as done as complete', async () => {
    const stated = JSON.parse((await runCli(['validate', file, '--json', '--as-of', '2019-03-01'])).stdout);
    const read = JSON.parse((await runCli(['validate', file, '--json', '--as-of', '2019-03-01', '--completion', 'read'])).stdout);
    expect(stated.actions.map((a: { status: string }) => a.status)).toEqual(['off-track', 'off-track', 'complete', 'carried-over']);
    expect(read.actions.map((a: { status: string }) => a.status)).toEqual(['complete', 'off-track', 'complete', 'complete']);
    expect(read.actions[3].statusReason).toMatch(/^completion is read from the update: the latest update says "Flow chart has been developed/);
  });

  test('a wrong value: exit 2 and one clear line naming the flag', async () => {
    const r = await runCli(['validate', file, '--completion', 'guess']);
    expect(r.code).toBe(2);
    expect(expectOneCleanLine(r)).toMatch(/--completion "guess": use "stated" or "read"/);
  });
});
