/**
 * plancheck portfolio (issue 18) on a folder made from the shared fixtures: the plans as staff
 * keep them, copies checked before at other reporting dates (each keeps its quarter's date),
 * a CSV export, and one corrupt file. Every figure in the summary equals the sum of the plans'
 * own reports (`plancheck validate FILE --json` at the same reporting date).
 */
import fs from 'fs';
import path from 'path';
import { reportSchema, type Report } from '../../core/report/reportSchema';
import { daysBetween } from '../../core/dates/isoDate';
import { STATUSES } from '../../core/status/statusTypes';
import type { Portfolio } from '../../core/portfolio/portfolioSummary';
import { threadCount } from '../../cli/portfolio/checkPlans';
import { exportCsv, fixturePath, removeDir, runCli, tempDir, writePlanWorkbook, GOOD_ROWS } from './cliHelpers';

const NOW = new Date('2019-03-01T12:00:00Z');
const TODAY = '2019-03-01';
const present = ['oldham', 'kirklees', 'redbridge'].every((n) => fixturePath(`${n}.xlsx`));
if (!present) console.warn('portfolio.test: fixture folder tests skipped: the shared fixtures are absent');
const withFixtures = present ? describe : describe.skip;

type PortfolioJson = Portfolio & { version: number; kind: string };

async function ownReport(file: string, asOf: string): Promise<Report> {
  const r = await runCli(['validate', file, '--json', '--as-of', asOf], { now: NOW });
  expect([0, 1]).toContain(r.code);
  return reportSchema.parse(JSON.parse(r.stdout));
}

withFixtures('a folder of plans from the shared fixtures', () => {
  let dir: string;
  let folder: string;
  /** File in the folder → the reporting date it should be checked at. */
  const dates = new Map<string, string>();

  beforeAll(async () => {
    dir = tempDir('plancheck-portfolio-');
    folder = path.join(dir, 'plans');
    fs.mkdirSync(folder);
    fs.copyFileSync(fixturePath('oldham.xlsx')!, path.join(folder, 'oldham.xlsx'));
    dates.set('oldham.xlsx', TODAY);
    // copies checked before, each at its own quarter: the portfolio keeps that reporting date
    for (const [name, source, asOf] of [
      ['oldham-q3.xlsx', 'oldham.xlsx', '2018-12-01'],
      ['kirklees-2020-02.xlsx', 'kirklees.xlsx', '2020-02-14'],
      ['redbridge-2014-10.xlsx', 'redbridge.xlsx', '2014-10-31'],
    ] as const) {
      const r = await runCli(['validate', fixturePath(source)!, '--as-of', asOf, '--out', path.join(folder, name)], { now: NOW });
      expect([0, 1]).toContain(r.code);
      dates.set(name, asOf);
    }
    await exportCsv(fixturePath('kirklees.xlsx')!, path.join(folder, 'kirklees.csv'));
    dates.set('kirklees.csv', TODAY);
    fs.writeFileSync(path.join(folder, 'corrupt.xlsx'), Buffer.from('PK\u0003\u0004 this is not really a workbook'));
  }, 120_000);
  afterAll(() => removeDir(dir));

  let run: { code: number; stdout: string; stderr: string };
  let portfolio: PortfolioJson;
  let reports: Map<string, Report>;
  beforeAll(async () => {
    run = await runCli(['portfolio', folder, '--json'], { now: NOW });
    portfolio = JSON.parse(run.stdout) as PortfolioJson;
    reports = new Map();
    for (const [name, asOf] of dates) reports.set(name, await ownReport(path.join(folder, name), asOf));
  }, 120_000);

  test('the corrupt file is reported on one line and skipped; the rest are checked; exit 1', () => {
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^plancheck: corrupt\.xlsx: .+ \(skipped\)$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(portfolio.unreadable.map((u) => u.file)).toEqual(['corrupt.xlsx']);
    expect(portfolio.plans.map((p) => p.file).sort()).toEqual([...dates.keys()].sort());
  });

  test('each plan is checked at its own reporting date: its last check\'s, else today', () => {
    for (const p of portfolio.plans) expect([p.file, p.asOf]).toEqual([p.file, dates.get(p.file)]);
    expect(portfolio.totals.reportingDates).toEqual(['2014-10-31', '2018-12-01', '2019-03-01', '2020-02-14']);
  });

  test('every plan\'s figures equal its own report', () => {
    for (const p of portfolio.plans) {
      const r = reports.get(p.file)!;
      const count = (s: string) => r.actions.filter((a) => a.status === s).length;
      expect({ file: p.file, actions: p.actions, byStatus: p.byStatus, complete: p.complete, late: p.late, carried: p.carriedOver, errors: p.errors, warnings: p.warnings, infos: p.infos }).toEqual({
        file: p.file,
        actions: r.summary.actions,
        byStatus: r.summary.byStatus,
        complete: count('complete'),
        late: count('at-risk') + count('off-track'),
        carried: count('carried-over'),
        errors: r.summary.errors,
        warnings: r.summary.warnings,
        infos: r.summary.infos,
      });
      expect(p.looksComplete).toBe(r.issues.filter((i) => (i.code as string) === 'looks-complete').length);
      expect(p.period.label).toBe(r.planPeriod.label);
      // the plan's own labels, each counted as its report counts it
      for (const [label, n] of Object.entries(r.summary.byRag)) expect([label, p.rag.find((x) => x.label === label)?.count]).toEqual([label, n]);
      expect(p.rag.reduce((n, x) => n + x.count, 0)).toBe(r.summary.actions);
      for (const x of p.rag) expect(x.share).toBeCloseTo(r.summary.actions ? x.count / r.summary.actions : 0);
      expect(p.percentComplete).toBeCloseTo(r.summary.actions ? count('complete') / r.summary.actions : 0);
    }
  });

  test('the totals are the sums of the plans\' reports', () => {
    const all = [...reports.values()];
    const sum = (f: (r: Report) => number) => all.reduce((n, r) => n + f(r), 0);
    const t = portfolio.totals;
    expect(t.plans).toBe(all.length);
    expect(t.actions).toBe(sum((r) => r.summary.actions));
    for (const s of STATUSES) expect([s, t.byStatus[s]]).toEqual([s, sum((r) => r.summary.byStatus[s] ?? 0)]);
    expect(t.complete).toBe(sum((r) => r.summary.byStatus.complete ?? 0));
    expect(t.late).toBe(sum((r) => (r.summary.byStatus['at-risk'] ?? 0) + (r.summary.byStatus['off-track'] ?? 0)));
    expect(t.carriedOver).toBe(sum((r) => r.summary.byStatus['carried-over'] ?? 0));
    expect(t.errors).toBe(sum((r) => r.summary.errors));
    expect(t.warnings).toBe(sum((r) => r.summary.warnings));
    expect(t.infos).toBe(sum((r) => r.summary.infos));
    expect(t.looksComplete).toBe(sum((r) => r.issues.filter((i) => (i.code as string) === 'looks-complete').length));
    expect(t.percentComplete).toBeCloseTo(t.complete / t.actions);
  });

  test('the late list holds every late action of every plan, most days late first', () => {
    const expected = [...reports].flatMap(([file, r]) =>
      r.actions.filter((a) => a.status === 'at-risk' || a.status === 'off-track').map((a) => ({ file, ref: a.ref ?? '', action: a.action, lead: a.owner ?? '', daysLate: daysBetween(a.due.end!, r.asOf) })),
    );
    const got = portfolio.late.map((a) => ({ file: a.file, ref: a.ref, action: a.action, lead: a.lead, daysLate: a.daysLate }));
    const key = (x: { file: string; ref: string; action: string }) => `${x.file}|${x.ref}|${x.action}`;
    expect([...got].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...expected].sort((a, b) => key(a).localeCompare(key(b))));
    for (let i = 1; i < got.length; i++) expect(got[i - 1]!.daysLate).toBeGreaterThanOrEqual(got[i]!.daysLate);
    for (const a of portfolio.late) expect(a.plan).toBe(portfolio.plans.find((p) => p.file === a.file)!.title);
  });

  test('the leads are counted from the same late actions', () => {
    const byLead = new Map<string, number>();
    for (const a of portfolio.late) {
      const k = (a.lead.replace(/\s+/g, ' ').trim() || '(no lead named)').toLowerCase();
      byLead.set(k, (byLead.get(k) ?? 0) + 1);
    }
    const top = [...byLead.values()].sort((a, b) => b - a).slice(0, 10);
    expect(portfolio.leads.map((l) => l.late)).toEqual(top);
  });

  test('without --json: a line per plan, the totals, the late actions and the leads', async () => {
    const r = await runCli(['portfolio', folder], { now: NOW });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Portfolio: 5 plans \(1 more could not be read\)/);
    expect(r.stdout).toContain(`Totals: ${portfolio.totals.actions} actions`);
    expect(r.stdout).toContain('Late actions:');
    expect(r.stdout).toContain('Leads with the most late actions');
    expect(r.stdout.includes('\u001b[')).toBe(false); // no colour codes in a pipe
  });

  test('--as-of checks every plan at that date', async () => {
    const r = await runCli(['portfolio', folder, '--json', '--as-of', '2019-01-31'], { now: NOW });
    const p = JSON.parse(r.stdout) as PortfolioJson;
    expect(new Set(p.plans.map((x) => x.asOf))).toEqual(new Set(['2019-01-31']));
    expect(p.plans.every((x) => x.asOfFrom === 'setting')).toBe(true);
  });
});

describe('arguments and files', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('plancheck-portfolio-args-');
  });
  afterAll(() => removeDir(dir));

  test.each([
    [['portfolio', '--as-of', '2019-02-30', 'x.xlsx'], /^plancheck: --as-of "2019-02-30" is not a real calendar date/],
    [['portfolio', 'x.xlsx', '--html', 'out.txt'], /^plancheck: --html "out.txt": give a file name ending in \.html/],
    [['portfolio', 'x.xlsx', '--out', '/no/such/folder/p.xlsx'], /^plancheck: --out "\/no\/such\/folder\/p\.xlsx": the folder \/no\/such\/folder does not exist/],
  ])('%j: one line, exit 2', async (args, message) => {
    const r = await runCli(args, { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  test('named files: a missing one is reported and skipped; nothing readable is exit 2', async () => {
    const good = await writePlanWorkbook(path.join(dir, 'good.xlsx'), GOOD_ROWS);
    const r = await runCli(['portfolio', good, path.join(dir, 'missing.xlsx'), '--json'], { now: NOW });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^plancheck: missing\.xlsx: no such file or folder: check the path \(skipped\)\n$/);
    expect((JSON.parse(r.stdout) as PortfolioJson).plans.map((p) => p.file)).toEqual(['good.xlsx']);
    const none = await runCli(['portfolio', path.join(dir, 'missing.xlsx')], { now: NOW });
    expect(none.code).toBe(2);
    expect(none.stderr.split('\n').filter(Boolean).pop()).toMatch(/^plancheck: none of the 1 files could be read/);
  });

  test('two plans with the same file name in different folders keep apart', async () => {
    fs.mkdirSync(path.join(dir, 'a'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'b'), { recursive: true });
    const a = await writePlanWorkbook(path.join(dir, 'a', 'plan.xlsx'), GOOD_ROWS);
    const b = await writePlanWorkbook(path.join(dir, 'b', 'plan.xlsx'), GOOD_ROWS);
    const r = await runCli(['portfolio', a, b, '--json'], { now: NOW });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as PortfolioJson).plans.map((p) => p.file)).toEqual(['a/plan.xlsx', 'b/plan.xlsx']);
  });
});


describe('threads for the portfolio', () => {
  test.each([
    ['PLANCHECK_THREADS wins', 200, { PLANCHECK_THREADS: '3' }, { cores: 8, load: 0 }, 3],
    ['PLANCHECK_THREADS=1 keeps one thread', 200, { PLANCHECK_THREADS: '1' }, { cores: 8, load: 0 }, 1],
    ['never more than the plans', 2, { PLANCHECK_THREADS: '4' }, { cores: 8, load: 0 }, 2],
    ['a few plans: one thread (workers cost more to start than they save)', 3, {}, { cores: 8, load: 0 }, 1],
    ['an idle machine: a thread per core', 200, {}, { cores: 4, load: 0.2 }, 4],
    ['a busy machine: the idle cores only', 200, {}, { cores: 4, load: 2.5 }, 2],
    ['a saturated machine: one thread', 200, {}, { cores: 2, load: 11 }, 1],
    ['a nonsense setting is ignored', 200, { PLANCHECK_THREADS: 'many' }, { cores: 2, load: 0 }, 2],
  ])('%s', (_name, plans, env, machine, want) => expect(threadCount(plans, env, machine)).toBe(want));
});
