/**
 * The built task pane in headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core), served from 127.0.0.1, with office.js replaced by a bundle of the Excel
 * double holding a shared fixture: Validate plan (from the keyboard), see the issues, click
 * one and the right cell is selected, Apply RAG and Undo apply. Cell text must show as text.
 * Saves docs/excel-taskpane.png. Skipped, with a message, where /usr/bin/chromium is missing
 * (install it with `apt-get install -y chromium`).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { buildAddin } from '../build/buildAddin';
import { modelFromXlsx, WorkbookJson, workbookToJson } from '../../../testing/excel';
import { fixturePath, FIXTURES } from '../helpers';
import { bundleDouble, serveStatic } from './browserHelpers';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '../../..');
const OUT = path.join(ROOT, 'tests/output/excel-browser');
const SCREENSHOT = path.join(ROOT, 'docs/excel-taskpane.png');
const SCREENSHOT_OUTSIDE = path.join(ROOT, 'docs/excel-taskpane-outside-excel.png');
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2 A/AA violations on the page (run through the devtools protocol, so the pane's CSP is untouched). */
async function axeViolations(p: Page): Promise<string[]> {
  await p.evaluate(AXE);
  return p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/**
 * Text that would run as HTML if the pane used innerHTML. The core strips real tags from
 * cell text but decodes entities, so a cell typed with entities reaches the pane as markup.
 */
const HOSTILE_CELL = '&lt;img src=x onerror="window.__pwned=1"&gt;&lt;b&gt;TBC&lt;/b&gt;';
const HOSTILE = '<img src=x onerror="window.__pwned=1"><b>TBC</b>';

const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(`Skipping the Excel task pane browser test: ${CHROMIUM} is missing. Install Debian's chromium (apt-get install -y chromium) to run it.`);
}
const maybe = haveChromium && FIXTURES.includes('oldham') ? describe : describe.skip;

type PlanCells = Record<string, unknown>;

maybe('the task pane in Chromium, on the oldham plan', () => {
  let browser: Browser;
  let page: Page;
  let close: () => Promise<void>;
  const external: string[] = [];
  const consoleErrors: string[] = [];

  /** The plan sheet's cells as the double holds them. */
  const planCells = (): Promise<PlanCells> =>
    page.evaluate(() => {
      const d = (window as unknown as { __plancheckDouble: { json: () => WorkbookJson } }).__plancheckDouble;
      const sheet = d.json().sheets[0]!;
      const out: Record<string, unknown> = {};
      for (const [k, c] of sheet.cells) {
        const v = { value: c.value === '' ? null : c.value, fill: c.fill ?? null };
        if (v.value !== null || v.fill !== null) out[k] = v;
      }
      return out;
    });

  let origin = '';
  let cleanJson: WorkbookJson;
  let hostileJson: WorkbookJson;
  let context: import('playwright-core').BrowserContext;

  /** A fresh pane on a page whose double holds this workbook. */
  async function openPane(json: WorkbookJson): Promise<Page> {
    const p = await context.newPage();
    await p.addInitScript((wb: WorkbookJson) => {
      (window as unknown as { __PLANCHECK_WORKBOOK__: WorkbookJson }).__PLANCHECK_WORKBOOK__ = wb;
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    }, json);
    p.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    p.on('pageerror', (e) => consoleErrors.push(e.message));
    await p.goto(`${origin}/taskpane.html`);
    await p.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Ready'));
    return p;
  }

  async function validate(p: Page): Promise<void> {
    await p.click('details.pc-settings > summary');
    await p.fill('#asOf', '2019-03-01');
    await p.fill('#planPeriod', '2018-19');
    await p.selectOption('#scheme', 'five');
    await p.focus('#validate');
    await p.keyboard.press('Enter');
    await p.waitForSelector('#results:not([hidden])', { timeout: 60_000 });
    await p.click('details.pc-settings > summary'); // closed again
  }

  beforeAll(async () => {
    const dist = path.join(OUT, 'dist');
    await buildAddin(dist);
    const doubleJs = await bundleDouble(path.join(OUT, 'double'));
    const model = await modelFromXlsx(fixturePath('oldham'));
    cleanJson = workbookToJson(model);
    // a due date staff typed as markup: the pane must show it as text
    const due = [...model.sheets[0]!.cells.values()].find((c) => c.value === 'April 2018*');
    if (!due) throw new Error('fixture changed: no "April 2018*" due cell');
    due.value = HOSTILE_CELL;
    hostileJson = workbookToJson(model);
    const server = await serveStatic(dist);
    origin = server.origin;
    close = server.close;

    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    context = await browser.newContext({ viewport: { width: 360, height: 900 }, deviceScaleFactor: 1 });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: doubleJs });
      if (url.startsWith(server.origin)) return route.continue();
      external.push(url);
      return route.abort();
    });
    page = await openPane(cleanJson);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it('keeps Validate plan disabled until Office reports Excel, and has no accessibility violations before a run', async () => {
    expect(await page.$eval('#validate', (b) => (b as HTMLButtonElement).disabled)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says so, with Validate plan disabled, when office.js did not load', async () => {
    const p = await context.newPage();
    await p.route(OFFICE_JS, (route) => route.abort());
    await p.goto(`${origin}/taskpane.html`);
    await p.waitForSelector('#message:not([hidden])');
    expect(await p.textContent('#message')).toMatch(/^office\.js could not load: check the network/);
    expect(await p.$eval('#validate', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await p.close();
  });

  it("says so when the pane is opened outside Excel (Office.onReady reports no host)", async () => {
    const p = await context.newPage();
    // office.js in a plain browser tab: onReady resolves with host and platform null
    await p.route(OFFICE_JS, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: 'window.Office = { HostType: { Excel: "Excel" }, onReady: function (cb) { var info = { host: null, platform: null }; setTimeout(function () { if (cb) cb(info); }, 0); return Promise.resolve(info); } };' }),
    );
    await p.goto(`${origin}/taskpane.html`);
    await p.waitForSelector('#message:not([hidden])');
    expect(await p.textContent('#message')).toBe("Open PlanCheck from Excel's Home tab (Validate plan): this page works only inside Excel.");
    expect(await p.$eval('#validate', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    expect(await axeViolations(p)).toEqual([]);
    fs.mkdirSync(path.dirname(SCREENSHOT_OUTSIDE), { recursive: true });
    await p.screenshot({ path: SCREENSHOT_OUTSIDE });
    await p.close();
  });

  it('validates the plan from the keyboard and shows counts and issues', async () => {
    await validate(page);
    const status = await page.textContent('#status');
    expect(status).toMatch(/^Checked \d+ actions: \d+ issues\. Results written to "Plan issues"/);
    const counts = await page.$$eval('#counts li', (lis) => lis.map((li) => li.getAttribute('aria-label')));
    expect(counts).toEqual(expect.arrayContaining([expect.stringMatching(/^Green: \d+$/), expect.stringMatching(/^Grey: \d+$/)]));
    const chip = await page.$eval('#counts .pc-count-chip', (e) => getComputedStyle(e).backgroundColor);
    expect(chip).toBe('rgb(0, 176, 80)'); // Green, #00B050
    const headings = await page.$$eval('#issues h3', (hs) => hs.map((h) => h.textContent));
    expect(headings.length).toBeGreaterThan(0);
    expect(headings[0]).toMatch(/^(Errors|Warnings|For information) \(\d+\)$/);
    expect(await page.$$eval('#issues button.pc-issue', (b) => b.length)).toBeGreaterThan(3);
    // the sheets were written into the workbook
    const names = await page.evaluate(() =>
      (window as unknown as { __plancheckDouble: { json: () => WorkbookJson } }).__plancheckDouble.json().sheets.map((s) => s.name),
    );
    expect(names).toEqual(expect.arrayContaining(['Plan issues', 'RAG summary']));
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });

  it('after Validate: no accessibility violations; issue buttons named by their visible text; progress outside aria-busy', async () => {
    expect(await axeViolations(page)).toEqual([]);
    const first = await page.$('#issues button.pc-issue');
    const name = await first!.evaluate((b) => ({ text: b.textContent ?? '', code: b.querySelector('.pc-issue-code')?.textContent ?? '', label: b.getAttribute('aria-label') }));
    expect(name.label).toBeNull(); // named by its content, which includes the code shown
    expect(name.text).toContain(name.code);
    expect(await page.$eval('#status', (s) => s.closest('[aria-busy]') === null)).toBe(true);
    // the red chip's count is black (white on #FF0000 is under 4.5:1)
    const red = await page.$$eval('#counts li', (lis) => lis.filter((l) => l.getAttribute('aria-label')?.startsWith('Red')).map((l) => getComputedStyle(l.querySelector('.pc-count-chip')!).color));
    expect(red).toEqual(['rgb(0, 0, 0)']);
  });

  it('lists the actions that look complete, with the words of their update; a click selects the progress cell', async () => {
    const heading = await page.textContent('#looks-complete h3');
    expect(heading).toMatch(/^Looks complete \(\d+\)$/);
    const words = await page.$$eval('#looks-complete .pc-issue-code', (ws) => ws.map((w) => w.textContent ?? ''));
    expect(words).toContain('“Flow chart has been developed and approved by Partnership and DCS”');
    const item = (await page.$$('#looks-complete button.pc-issue'))[0]!;
    const where = await item.evaluate((b) => ({ sheet: (b as HTMLElement).dataset.sheet, cell: (b as HTMLElement).dataset.cell }));
    expect(where.cell).toMatch(/^[A-Z]+\d+$/);
    await item.click();
    await page.waitForFunction(
      (w) => {
        const m = (window as unknown as { __plancheckDouble: { model: () => { selection: { sheet: string; address: string } | null } } }).__plancheckDouble.model();
        return m.selection?.sheet === w.sheet && m.selection?.address === w.cell;
      },
      where,
    );
  });

  it('shows cell text as text, never as HTML', async () => {
    const p = await openPane(hostileJson);
    await validate(p);
    const texts = await p.$$eval('#issues .pc-issue-message', (ms) => ms.map((m) => m.textContent ?? ''));
    expect(texts.some((t) => t.includes(HOSTILE))).toBe(true);
    expect(await p.$$eval('#issues img, #issues b', (x) => x.length)).toBe(0);
    expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await p.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await p.close();
  });

  it('clicking an issue activates its sheet and selects its cell', async () => {
    const buttons = await page.$$('#issues button.pc-issue');
    const target = buttons[Math.min(2, buttons.length - 1)]!;
    const where = await target.evaluate((b) => ({ sheet: (b as HTMLElement).dataset.sheet, cell: (b as HTMLElement).dataset.cell }));
    expect(where.cell).toMatch(/^[A-Z]+\d+$/);
    // start from another sheet, as staff would after reading the issues sheet
    await page.evaluate(() => {
      const m = (window as unknown as { __plancheckDouble: { model: () => { activeSheet: string } } }).__plancheckDouble.model();
      m.activeSheet = 'Plan issues';
    });
    await target.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (w) => {
        const m = (window as unknown as { __plancheckDouble: { model: () => { selection: { sheet: string; address: string } | null } } }).__plancheckDouble.model();
        return m.selection?.sheet === w.sheet && m.selection?.address === w.cell;
      },
      where,
      { timeout: 10_000 },
    );
    const active = await page.evaluate(() => (window as unknown as { __plancheckDouble: { model: () => { activeSheet: string } } }).__plancheckDouble.model().activeSheet);
    expect(active).toBe(where.sheet);
    expect(await page.textContent('#status')).toBe(`Showing ${where.sheet}!${where.cell}.`);
  });

  it('Apply RAG changes the plan, and Undo apply restores it exactly', async () => {
    const before = await planCells();
    await page.click('#apply');
    await page.waitForSelector('#message.pc-message-success', { timeout: 60_000 });
    expect(await page.textContent('#message')).toMatch(/^Applied the computed RAG to \d+ cells?\./);
    const applied = await planCells();
    expect(applied).not.toEqual(before);
    await page.click('#undo');
    await page.waitForFunction(() => /^Restored \d+ cells?/.test(document.getElementById('message')?.textContent ?? ''), undefined, { timeout: 60_000 });
    expect(await planCells()).toEqual(before);
  });

  it('loaded nothing from anywhere else, and broke no security policy', async () => {
    expect(external).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
