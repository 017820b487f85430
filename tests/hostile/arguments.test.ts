/**
 * Bad arguments and settings (issue 7): one line naming the flag, exit 2, no stack, the plan
 * unchanged; the task pane and the sidebar refuse the same settings with a message.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Session } from '../../sheets-addon/host/session';
import { applyRagEdits, buildEdits, checkWorkbook, paneModel, undoApplyEdits } from '../../core/index';
import { AppsScriptDouble } from '../../testing/sheets';
import { AS_OF, GOOD, addPlan, buildWorkbook, excelValidate, expectNoStack, removeDir, runCli, sha256, tempDir } from './hostileHelpers';

let dir: string;
let plan: string;
beforeAll(async () => {
  dir = tempDir('plancheck-hostile-args-');
  plan = await buildWorkbook(dir, 'plan.xlsx', (wb) => void addPlan(wb, GOOD));
  fs.writeFileSync(path.join(dir, 'scheme.json'), JSON.stringify({ name: 'partial', labels: [{ label: 'Green', colour: '#00B050', statuses: ['on-track', 'complete'] }] }));
});
afterAll(() => removeDir(dir));

const CASES: [string, string[], RegExp, Record<string, unknown> | null][] = [
  ['--as-of 2019-13-45', ['--as-of', '2019-13-45'], /--as-of/, { asOf: '2019-13-45' }],
  ['--tolerance-days -3', ['--tolerance-days', '-3'], /--tolerance-days/, { toleranceDays: -3 }],
  ['an unknown flag', ['--colour-me-red'], /unknown option '--colour-me-red'/, null],
  ['a scheme file missing a status', ['--scheme', 'SCHEME'], /scheme/i, null],
];

test.each(CASES)('%s: exit 2, one line naming it, no stack, the plan unchanged', async (_what, args, message, settings) => {
  const before = sha256(plan);
  const r = await runCli(['validate', plan, ...args.map((a) => (a === 'SCHEME' ? path.join(dir, 'scheme.json') : a)), '--out', path.join(dir, 'out.xlsx')]);
  expectNoStack(r.stdout, r.stderr);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^plancheck: /);
  expect(lines[0]).toMatch(message);
  expect(sha256(plan)).toBe(before);
  expect(fs.existsSync(path.join(dir, 'out.xlsx'))).toBe(false);
  if (!settings) return;
  // Excel: the pane says to check the settings, and writes nothing
  const excel = (await excelValidate(plan, settings as never))!;
  expect(excel.outcome).toMatchObject({ kind: 'message', tone: 'error' });
  if (excel.outcome.kind === 'message') expect(excel.outcome.message).toMatch(/^Check the settings: /);
  expect(excel.after.sheets.map((s) => s.name)).toEqual(excel.before.sheets.map((s) => s.name));
  expectNoStack(excel.outcome.kind === 'message' ? excel.outcome.message : '');
  // Sheets: the sidebar's settings are refused with a message
  const double = new AppsScriptDouble();
  const saved = new Session(double.services(), { checkWorkbook, buildEdits, applyRagEdits, undoApplyEdits, paneModel }).saveSettings({ asOf: AS_OF, ...settings });
  expect(saved.ok).toBe(false);
  if (!saved.ok) {
    expect(saved.message.length).toBeGreaterThan(5);
    expectNoStack(saved.message);
  }
});
