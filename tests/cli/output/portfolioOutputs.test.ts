/**
 * What `plancheck portfolio --html F --out F.xlsx` writes (issue 18), opened elsewhere: the page
 * in Chromium (no console error, no request but the page itself, a stacked bar per plan, each
 * plan's link opening its own report beside it, prints to PDF), the workbook in openpyxl and in
 * LibreOffice headless (a Portfolio sheet and a sheet per plan, every link resolving).
 * Each test skips, with a message, where its tool is absent.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { fixturePath, runCli, writePlanWorkbook, GOOD_ROWS } from '../cliHelpers';
import { internalLinks, sheetXml, tempDir } from '../../helpers/xlsxHelpers';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? null;
const PYTHON = ['/usr/bin/python3', 'python3'].find((c) => spawnSync(c, ['-c', 'import openpyxl'], { timeout: 60_000 }).status === 0) ?? null;
const FIXTURES = ['oldham', 'kirklees', 'redbridge'].filter((n) => fixturePath(`${n}.xlsx`));
if (!existsSync(CHROMIUM)) console.warn(`portfolioOutputs.test: browser test skipped: ${CHROMIUM} is not installed`);
if (!SOFFICE) console.warn('portfolioOutputs.test: LibreOffice test skipped: soffice is not installed');
if (!PYTHON) console.warn('portfolioOutputs.test: openpyxl test skipped: no python3 with openpyxl');

/** Text that must stay text: markup that would fetch or run something, a formula. */
const HOSTILE_ROWS: (string | number | null)[][] = [
  ['1.1', '<img src="http://example.invalid/x.png" onerror="console.error(1)"> Audit', '=HYPERLINK("http://x","y")', 'April 2018', '', ''],
  ...GOOD_ROWS.slice(1),
];

let dir: string;
let html: string;
let xlsx: string;
let planTitles: string[];

beforeAll(async () => {
  dir = await tempDir('portfolio-outputs');
  const plans = path.join(dir, 'plans');
  await fs.mkdir(plans);
  for (const n of FIXTURES) await fs.copyFile(fixturePath(`${n}.xlsx`)!, path.join(plans, `${n}.xlsx`));
  await writePlanWorkbook(path.join(plans, "sub-group's plan.xlsx"), HOSTILE_ROWS, { title: 'Learning sub-group 2018-19' });
  await fs.writeFile(path.join(plans, 'corrupt.xlsx'), 'not a workbook');
  const out = path.join(dir, 'out');
  await fs.mkdir(out);
  html = path.join(out, 'portfolio.html');
  xlsx = path.join(out, 'portfolio.xlsx');
  const r = await runCli(['portfolio', plans, '--as-of', '2019-03-01', '--html', html, '--out', xlsx, '--json']);
  expect(r.code).toBe(1); // the corrupt file
  planTitles = (JSON.parse(r.stdout) as { plans: { title: string }[] }).plans.map((p) => p.title);
  expect(planTitles).toHaveLength(FIXTURES.length + 1);
}, 120_000);

describe('the HTML portfolio', () => {
  test('each plan\'s own report is written beside the page', async () => {
    const names = (await fs.readdir(path.dirname(html))).filter((n) => n.endsWith('.html')).sort();
    expect(names).toEqual([...FIXTURES.map((n) => `${n}.html`), 'portfolio.html', "sub-group's plan.html"].sort());
  });

  (existsSync(CHROMIUM) ? test : test.skip)('opens in Chromium offline: no console error, no other request, a bar per plan, links to each report, prints', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      const url = `file://${html}`;
      await page.goto(url);
      expect(requests).toEqual([url]);
      expect(problems).toEqual([]);
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.locator('img').count()).toBe(0);

      const bars = page.locator('svg.chart g.bar');
      expect(await bars.count()).toBe(planTitles.length);
      for (let i = 0; i < planTitles.length; i++) {
        const box = await bars.nth(i).locator('rect').first().boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(0);
      }
      // every plan's link (bar label and table) opens its own report, a file beside the page
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href));
      expect(hrefs.length).toBeGreaterThanOrEqual(2 * planTitles.length);
      for (const href of new Set(hrefs)) {
        expect(href.startsWith(`file://${path.dirname(html)}/`)).toBe(true);
        expect(existsSync(decodeURIComponent(href.slice('file://'.length)))).toBe(true);
      }
      await page.locator('table a[href]').first().click();
      await page.waitForLoadState('load');
      expect(await page.locator('h1').textContent()).toBe(planTitles[0]);
      expect(requests.filter((r) => !r.startsWith('file://'))).toEqual([]);
      expect(problems).toEqual([]);

      // print-friendly: it prints (A4 landscape, from its print styles) without a problem
      await page.goto(url);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});

describe('the portfolio workbook', () => {
  test('a Portfolio sheet and one per plan; every link in it points at a sheet of this workbook', async () => {
    const sheets = await sheetXml(xlsx);
    const names = [...sheets.keys()];
    expect(names[0]).toBe('Portfolio');
    expect(names).toHaveLength(planTitles.length + 1);
    const toPlans = internalLinks(sheets.get('Portfolio')!);
    expect(new Set([...toPlans.values()].map((l) => l.sheet))).toEqual(new Set(names.slice(1)));
    for (const name of names.slice(1)) {
      const back = [...internalLinks(sheets.get(name)!).values()];
      expect(back).toEqual([{ sheet: 'Portfolio', cell: 'A1' }]);
    }
  });

  (PYTHON ? test : test.skip)('openpyxl opens it and every link resolves', () => {
    const script = `
import json, re, sys, openpyxl
from openpyxl.utils.cell import coordinate_from_string
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "links": [], "bad": [], "formulas": []}
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            if c.data_type == "f":
                out["formulas"].append([ws.title, c.coordinate])
            if not c.hyperlink:
                continue
            loc = c.hyperlink.location
            out["links"].append([ws.title, c.coordinate, loc, c.hyperlink.target])
            m = re.match(r"^(?:'((?:[^']|'')+)'|([^!]+))!([A-Z]+[0-9]+)$", loc or "")
            if not m or c.hyperlink.target:
                out["bad"].append([ws.title, c.coordinate, loc]); continue
            sheet = (m.group(1) or m.group(2)).replace("''", "'")
            if sheet not in wb.sheetnames:
                out["bad"].append([ws.title, c.coordinate, loc]); continue
            coordinate_from_string(m.group(3))
print(json.dumps(out))
`;
    const out = JSON.parse(execFileSync(PYTHON!, ['-c', script, xlsx], { encoding: 'utf8', timeout: 60_000 })) as {
      sheets: string[]; links: [string, string, string, string | null][]; bad: unknown[]; formulas: unknown[];
    };
    expect(out.sheets[0]).toBe('Portfolio');
    expect(out.links.length).toBeGreaterThanOrEqual(2 * planTitles.length);
    expect(out.bad).toEqual([]);
    // the formula-like lead is text, never a formula
    expect(out.formulas).toEqual([]);
  });

  (SOFFICE ? test : test.skip)('LibreOffice opens it: every sheet converts, and saved again its links still resolve', async () => {
    const lo = path.join(dir, 'libreoffice');
    await fs.mkdir(lo, { recursive: true });
    const profile = path.join(lo, 'profile');
    execFileSync(SOFFICE!, [
      `-env:UserInstallation=file://${profile}`, '--headless', '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1', '--outdir', lo, xlsx,
    ], { timeout: 180_000, stdio: 'pipe' });
    const portfolioCsv = await fs.readFile(path.join(lo, 'portfolio-Portfolio.csv'), 'utf8');
    expect(portfolioCsv).toContain('PlanCheck · Portfolio');
    for (const t of planTitles) expect(portfolioCsv).toContain(t.replace(/"/g, '""'));
    expect(portfolioCsv).toContain('=HYPERLINK(""http://x"",""y"")');
    const names = [...(await sheetXml(xlsx)).keys()];
    for (const name of names) expect(existsSync(path.join(lo, `portfolio-${name}.csv`))).toBe(true);

    const again = path.join(lo, 'again');
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', again, xlsx], { timeout: 180_000, stdio: 'pipe' });
    const saved = await sheetXml(path.join(again, 'portfolio.xlsx'));
    expect([...saved.keys()]).toEqual(names);
    const links = [...saved.values()].flatMap((xml) => [...internalLinks(xml).values()]);
    expect(links.length).toBeGreaterThanOrEqual(2 * planTitles.length);
    for (const l of links) expect(names).toContain(l.sheet);
  }, 300_000);
});
