/**
 * What changed, on real plans (PRODUCT §7a): an earlier version of each shared fixture is made
 * by editing it as a quarter's work would (dated update logs cut back or progress not yet
 * written, due dates moved earlier,
 * an action replaced by another, a section renumbered); the changes reported for the fixture
 * since that version are exactly those edits (and what they mean for status), the same through
 * the command line, the Excel host and the Sheets host.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../../cli/main';
import { readInput } from '../../../cli/readInput';
import { checkWorkbook } from '../../../core/check/checkWorkbook';
import type { ActionReport, Report } from '../../../core/report/reportSchema';
import type { SettingsInput } from '../../../core/settings/settings';
import { addDays } from '../../../core/dates/isoDate';
import { parityOf } from '../../../scripts/parity';
import { expectation, fixtureNames, FIXTURES_DIR } from '../../sheets/helpers/fixtures';

const NOW = new Date('2019-03-01T12:00:00Z');
const SLIP_DAYS = 30;
const REPLACEMENT = 'Zebra crossing audit of the quarry car park lighting';
const UPDATE = /Update\s+[A-Za-z]+\.?\s*\d{2,4}\s*:/gi;

type Brief = (string | number | null)[];
const RANK: Record<string, number> = { 'on-track': 0, 'at-risk': 1, 'off-track': 2 };

/** What a status moving from b to a is, by §7a's table. */
function statusChanges(b: ActionReport, a: ActionReport): string[] {
  const out: string[] = [];
  if (a.status === 'complete' && b.status !== 'complete') out.push('completed');
  if (RANK[a.status] !== undefined && RANK[b.status] !== undefined && RANK[a.status] !== RANK[b.status]) out.push(RANK[a.status]! > RANK[b.status]! ? 'worse' : 'better');
  if (a.status === 'carried-over' && b.status !== 'carried-over') out.push('carried');
  return out;
}

function cellText(cell: ExcelJS.Cell): string | null {
  return typeof cell.value === 'string' ? cell.value : null;
}

/** The cells of an action's row, by column number. */
function rowCells(ws: ExcelJS.Worksheet, row: number): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  ws.getRow(row).eachCell({ includeEmpty: false }, (c) => void cells.push(c));
  return cells;
}

interface Plan {
  earlier: string;
  /** The edits made, as the changes they should show: [change, sheet, row, ref, days?]. */
  expectedEdits: { sheet: string; row: number; ref: string | null; kinds: [string, number?][] }[];
  renumbered: number;
  /** Actions with any progress text (a plan, not yet a report, has none to cut back). */
  withProgress: number;
}

/** Makes the earlier version of a fixture; returns what was edited. */
async function makeEarlier(name: string, report: Report, dir: string): Promise<Plan> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(FIXTURES_DIR, `${name}.xlsx`));
  const actions = report.actions;
  const parents = new Set(actions.filter((a) => a.parentRef).map((a) => `${a.sheet}\u0000${a.parentRef}`));
  const plain = (a: ActionReport) => !a.parentRef && a.ref !== null && !parents.has(`${a.sheet}\u0000${a.ref}`);
  const used = new Set<ActionReport>();
  const expectedEdits: Plan['expectedEdits'] = [];

  // renumber a section: every ref "N.x" of the last section with two or more plain actions → "9N.x"
  const sections = new Map<string, ActionReport[]>();
  for (const a of actions.filter(plain)) {
    const major = /^(\d+)\./.exec(a.ref!)?.[1];
    if (major) sections.set(major, [...(sections.get(major) ?? []), a]);
  }
  const [major, members] = [...sections.entries()].filter(([, m]) => m.length >= 2).pop() ?? [null, []];
  let renumbered = 0;
  for (const a of members) {
    const ws = wb.getWorksheet(a.sheet)!;
    const cell = rowCells(ws, a.row).find((c) => cellText(c)?.trim().startsWith(a.ref!));
    if (!cell || !major) continue;
    cell.value = cellText(cell)!.replace(a.ref!, `9${a.ref!}`);
    used.add(a);
    renumbered++;
  }

  // (an action whose progress the next one points up to ("As above") would change that one too)
  const free = actions.filter((a, i) => plain(a) && !used.has(a) && !(a.progress && actions[i + 1]?.progress === a.progress));
  // progress since: a dated log cut back by its last entry, else no update yet in the earlier version
  let cut = 0;
  for (const a of free) {
    if (cut === 3) break;
    const cell = a.progress ? rowCells(wb.getWorksheet(a.sheet)!, a.row).find((c) => cellText(c)?.trim() === a.progress) : undefined;
    const text = cell && cellText(cell);
    if (!cell || !text) continue;
    const starts = [...text.matchAll(UPDATE)].map((m) => m.index!);
    cell.value = starts.length >= 2 ? text.slice(0, starts[starts.length - 1]).trim() : null;
    used.add(a);
    expectedEdits.push({ sheet: a.sheet, row: a.row, ref: a.ref, kinds: [['updated']] });
    cut++;
  }
  // move due dates earlier (so the fixture's are later: slipped)
  let moved = 0;
  for (const a of free) {
    if (moved === 2) break;
    if (used.has(a) || !a.due.end || (a.due.kind !== 'date' && a.due.kind !== 'range')) continue;
    const cell = rowCells(wb.getWorksheet(a.sheet)!, a.row).find((c) => (c.text.trim() === a.due.text.trim() && a.due.text.trim()) || c.value instanceof Date);
    if (!cell) continue;
    cell.value = addDays(a.due.end, -SLIP_DAYS);
    used.add(a);
    expectedEdits.push({ sheet: a.sheet, row: a.row, ref: a.ref, kinds: [['slipped', SLIP_DAYS]] });
    moved++;
  }
  // one action was another in the earlier version (deleted there, this one added since)
  const replaced = free.find((a) => !used.has(a) && a.action.length > 20);
  if (replaced) {
    const cell = rowCells(wb.getWorksheet(replaced.sheet)!, replaced.row).find((c) => {
      const t = cellText(c)?.trim() ?? '';
      return t.length > 20 && t.includes(replaced.action.slice(0, 20));
    })!;
    const t = cellText(cell)!.trim();
    cell.value = t.startsWith(replaced.ref!) ? `${replaced.ref} ${REPLACEMENT}` : REPLACEMENT;
    used.add(replaced);
    expectedEdits.push({ sheet: replaced.sheet, row: replaced.row, ref: replaced.ref, kinds: [['new'], ['dropped']] });
  }
  const earlier = path.join(dir, `${name}.earlier.xlsx`);
  await wb.xlsx.writeFile(earlier);
  return { earlier, expectedEdits, renumbered, withProgress: actions.filter((a) => a.progress).length };
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(['node', 'plancheck', ...args], { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false, env: {}, now: () => NOW });
  return { code, out, err };
}

const names = fixtureNames();
const describeFixtures = names.length ? describe.each(names) : describe.skip.each(['fixtures absent']);

describeFixtures('%s: changes since an earlier version', (name) => {
  let dir: string;
  let settings: SettingsInput;
  let flags: string[];
  let plan: Plan;
  let expected: Brief[];
  const fixture = path.join(FIXTURES_DIR, `${name}.xlsx`);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), `plancheck-versions-${name}-`));
    const e = expectation(name)!;
    settings = { asOf: e.asOf, planPeriod: e.planPeriod.label, scheme: e.scheme as 'five' | 'three', toleranceDays: e.toleranceDays };
    flags = ['--as-of', e.asOf, '--plan-period', e.planPeriod.label, '--scheme', e.scheme, '--tolerance-days', String(e.toleranceDays)];
    const now = checkWorkbook(await readInput(fixture), settings, NOW).report;
    plan = await makeEarlier(name, now, dir);
    const before = checkWorkbook(await readInput(plan.earlier), settings, NOW).report;
    const at = (r: Report, sheet: string, row: number) => r.actions.find((a) => a.sheet === sheet && a.row === row)!;
    expected = plan.expectedEdits.flatMap((edit) => {
      const a = at(now, edit.sheet, edit.row);
      const b = at(before, edit.sheet, edit.row);
      const kinds: [string, number?][] = edit.kinds[0]![0] === 'new' ? edit.kinds : [...edit.kinds, ...statusChanges(b, a).map((k): [string] => [k])];
      return kinds.map(([change, days]) => [change, edit.sheet, edit.row, change === 'dropped' ? b.ref : a.ref, ...(days === undefined ? [] : [days])]);
    });
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const brief = (r: Report): Brief[] =>
    r.changes!.items.map((c) => [c.change, c.sheet, c.row, c.ref, ...(c.days === undefined ? [] : [c.days])]);
  const sorted = (list: Brief[]) => [...list].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));

  test('the earlier version holds every kind of edit', () => {
    const kinds = new Set(expected.map((e) => e[0]));
    const hasProgress = plan.withProgress > 0;
    for (const k of [...(hasProgress ? ['updated'] : []), 'slipped', 'new', 'dropped']) expect([name, k, kinds.has(k)]).toEqual([name, k, true]);
    expect(plan.renumbered).toBeGreaterThanOrEqual(2);
  });

  test('compare OLD NEW: the changes are exactly the edits made', async () => {
    const r = await cli(['compare', plan.earlier, fixture, '--json', ...flags]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Report;
    expect(report.changes).toMatchObject({ since: settings.asOf, from: `${name}.earlier.xlsx` });
    expect(sorted(brief(report))).toEqual(sorted(expected));
  });

  test('validate NEW --since OLD says the same', async () => {
    const r = await cli(['validate', fixture, '--since', plan.earlier, '--json', ...flags]);
    expect(sorted(brief(JSON.parse(r.out) as Report))).toEqual(sorted(expected));
  });

  test('the record of the earlier version\'s check, in the plan: the same changes in all three hosts', async () => {
    // the earlier version checked and written (--out) keeps its record; the plan is then edited into the fixture
    const checked = path.join(dir, `${name}.earlier.checked.xlsx`);
    expect((await cli(['validate', plan.earlier, '--out', checked, ...flags])).err).toBe('');
    const withRecord = new ExcelJS.Workbook();
    await withRecord.xlsx.readFile(fixture);
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(checked);
    expect(source.getWorksheet('PlanCheck record')!.state).toBe('hidden');
    // PlanCheck's sheets of that run (their values, the record among them), after the plan as it is now
    for (const ws of source.worksheets.filter((w) => !withRecord.getWorksheet(w.name))) {
      const copy = withRecord.addWorksheet(ws.name, { state: ws.state });
      ws.eachRow((row, r) => row.eachCell((c, col) => void (copy.getCell(r, col).value = typeof c.value === 'object' && c.value && 'text' in c.value ? c.text : c.value)));
    }
    const edited = path.join(dir, `${name}.edited.xlsx`);
    await withRecord.xlsx.writeFile(edited);

    const p = await parityOf(edited, settings, NOW);
    expect(p.same ? 'same' : p.difference).toBe('same');
    const [cliRun, excel, sheets] = p.runs;
    for (const host of [cliRun, excel, sheets]) expect(sorted(brief(host!.report!))).toEqual(sorted(expected));
    expect(cliRun!.written!.map((s) => s.name)).toContain(`Changes since ${settings.asOf}`);
  });

  test('a second run on an unchanged workbook reports no changes, in all three hosts', async () => {
    const checked = path.join(dir, `${name}.checked.xlsx`);
    await cli(['validate', fixture, '--out', checked, ...flags]);
    const p = await parityOf(checked, settings, NOW);
    expect(p.same ? 'same' : p.difference).toBe('same');
    for (const host of p.runs) expect(host.report!.changes).toMatchObject({ from: 'record', items: [] });
  });
});
