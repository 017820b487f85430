/**
 * The sidebar in a real browser (Debian's chromium, driven by playwright-core), served as
 * HtmlService would serve it: the built Sidebar.html evaluated by the server code (bundled
 * Code.js in a bare V8 context with the Apps Script doubles), with google.script.run stubbed
 * to call those same global functions. Validate, see the issues, click one, and the double's
 * selection moves there. Saved as docs/sheets-sidebar.png.
 * Skipped, with a message, where /usr/bin/chromium is absent (apt-get install -y chromium).
 */
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SETTINGS_KEY } from '../../sheets-addon/host/settingsStore';
import { AppsScriptDouble, fillSheet } from '../../testing/sheets';
import { buildSheets, type Built } from './helpers/build';
import { REPO_ROOT, expectation, fixtureNames, referenceGrid } from './helpers/fixtures';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SCREENSHOT = path.join(REPO_ROOT, 'docs', 'sheets-sidebar.png');

const available = existsSync(CHROMIUM);
if (!available) console.warn(`sidebar.browser.test: skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`);
const describeIfBrowser = available ? describe : describe.skip;

/** google.script.run as the page sees it: each server call goes to window.__gasRun (the bundled server). */
const GOOGLE_STUB = `
(() => {
  window.__gasCalls = [];
  function runner(h) {
    return new Proxy({}, {
      get(_t, name) {
        if (name === 'withSuccessHandler') return (fn) => runner(Object.assign({}, h, { success: fn }));
        if (name === 'withFailureHandler') return (fn) => runner(Object.assign({}, h, { failure: fn }));
        if (name === 'withUserObject') return (o) => runner(Object.assign({}, h, { user: o }));
        if (typeof name !== 'string') return undefined;
        return (...args) => {
          window.__gasCalls.push(name);
          window.__gasRun(name, JSON.stringify(args)).then((res) => {
            setTimeout(() => {
              if (res.ok) { if (h.success) h.success(res.value === undefined ? undefined : JSON.parse(res.value), h.user); }
              else if (h.failure) h.failure(new Error(res.message), h.user);
            }, 0);
          });
        };
      },
    });
  }
  window.google = { script: { run: runner({}), host: { close() {} } } };
})();
`;

interface Server {
  double: AppsScriptDouble;
  call: (name: string, args: unknown[]) => unknown;
}

function server(built: Built, fill: (d: AppsScriptDouble) => void): Server {
  const context = vm.createContext({});
  const double = new AppsScriptDouble({ DateCtor: vm.runInContext('Date', context) as DateConstructor, files: { Sidebar: built.sidebar } });
  fill(double);
  Object.assign(context, double.globals());
  vm.runInContext(built.code, context, { filename: 'Code.js' });
  return {
    double,
    call: (name, args) => {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
      return (fn as (...a: unknown[]) => unknown)(...args);
    },
  };
}

/** Opens the sidebar the way the menu item does, in a page wired to the server. */
async function openSidebar(browser: Browser, s: Server, menuItem: string): Promise<{ page: Page; requests: string[] }> {
  s.call(menuItem, []);
  const html = s.double.SpreadsheetApp.ui.sidebar!.getContent();
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.exposeFunction('__gasRun', (name: string, args: string) => {
    try {
      const out = s.call(name, JSON.parse(args) as unknown[]);
      return { ok: true, value: out === undefined ? undefined : JSON.stringify(out) };
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  });
  // Apps Script puts google.script into the sidebar's frame before the page's own script runs
  expect(html.match(/<script>/g)).toHaveLength(1);
  await page.setContent(html.replace('<script>', () => `<script>${GOOGLE_STUB}</script>\n<script>`));
  return { page, requests };
}

const fixtures = fixtureNames();

describeIfBrowser('the Sheets sidebar in chromium', () => {
  let built: Built;
  let browser: Browser;

  beforeAll(async () => {
    built = await buildSheets();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  }, 120000);

  afterAll(async () => {
    await browser?.close();
  });

  (fixtures.includes('oldham') ? it : it.skip)('validates from the menu, shows counts in colour and issues by severity; a click selects the cell', async () => {
    const ref = await referenceGrid('oldham');
    const s = server(built, (d) => {
      d.ss.name = 'oldham';
      for (const sheet of ref.sheets) fillSheet(d, sheet);
      d.PropertiesService.document.store.set(SETTINGS_KEY, JSON.stringify({ asOf: expectation('oldham')?.asOf ?? '2019-03-01' }));
    });
    const { page, requests } = await openSidebar(browser, s, 'menuValidatePlan');
    try {
      await page.waitForSelector('#progress.done', { timeout: 30000 });
      expect(await page.locator('#progress').textContent()).toMatch(/^Checked \d+ actions: /);
      // counts per RAG label, each chip in its label's colour
      const chips = page.locator('ul.counts li.count');
      expect(await chips.count()).toBeGreaterThanOrEqual(5);
      const green = page.locator('.chip', { hasText: /^Green$/ });
      expect(await green.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(0, 176, 80)');
      expect(await page.locator('.chip', { hasText: /^Red$/ }).evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 0, 0)');
      // issues grouped by severity, errors first
      const headings = await page.locator('section.issues h3').allTextContents();
      expect(headings.length).toBeGreaterThan(0);
      const order = ['Errors', 'Warnings', 'For information'];
      const seen = headings.map((h) => order.findIndex((o) => h.startsWith(o)));
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      expect(seen.every((i) => i >= 0)).toBe(true);

      const link = page.locator('li.issue a.where').first();
      const where = (await link.textContent())!;
      const m = /^(.+)!([A-Z]+\d+)/.exec(where)!;
      await link.click();
      await page.waitForFunction(() => (window as unknown as { __gasCalls: string[] }).__gasCalls.includes('selectCell'));
      await page.waitForTimeout(50);
      expect(s.double.ss.active!.sheet.name).toBe(m[1]);
      expect(s.double.ss.active!.range.a1()).toBe(m[2]);
      // the sheets were written in the spreadsheet
      expect(s.double.ss.sheets.map((x) => x.name)).toEqual(expect.arrayContaining(['Plan issues', 'RAG summary']));
      // nothing is fetched from anywhere
      expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
      await fs.mkdir(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
    } finally {
      await page.close();
    }
  }, 60000);

  (fixtures.includes('oldham') ? it : it.skip)('lists the actions that look complete; with completion "read" they count as complete instead', async () => {
    const ref = await referenceGrid('oldham');
    const looks = async (completion: string | undefined): Promise<{ heading: string | null; words: string[]; grey: string }> => {
      const s = server(built, (d) => {
        d.ss.name = 'oldham';
        for (const sheet of ref.sheets) fillSheet(d, sheet);
        d.PropertiesService.document.store.set(SETTINGS_KEY, JSON.stringify({ asOf: expectation('oldham')?.asOf ?? '2019-03-01', completion }));
      });
      const { page } = await openSidebar(browser, s, 'menuValidatePlan');
      try {
        await page.waitForSelector('#progress.done', { timeout: 30000 });
        const section = page.locator('section.looks-complete');
        const heading = (await section.count()) ? await section.locator('h3').textContent() : null;
        const words = await page.locator('section.looks-complete li.looks .words').allTextContents();
        const grey = (await page.locator('li.count', { has: page.locator('.chip', { hasText: /^Grey$/ }) }).locator('.n').textContent())!;
        return { heading, words, grey };
      } finally {
        await page.close();
      }
    };
    const stated = await looks(undefined);
    expect(stated.heading).toMatch(/^Looks complete \(\d+\)$/);
    expect(stated.words).toContain('“Flow chart has been developed and approved by Partnership and DCS”');
    const read = await looks('read');
    expect(read.heading).toBeNull();
    expect(Number(read.grey)).toBe(Number(stated.grey) + stated.words.length);
  }, 90000);

  it('shows cell text as text, never as HTML', async () => {
    const s = server(built, (d) => {
      d.ss.name = 'Business Plan 2018-19';
      fillSheet(d, {
        name: 'Plan <img src=x onerror="window.__pwned=1"> <b>bold</b>',
        values: [
          ['Business Plan 2018-19'],
          [],
          ['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'],
          ['1.1', 'Check the <i>front door</i>', 'Ann', '<img src=x onerror="window.__pwned=1">', 'Started', 'Green'],
          ['1.2', 'Audit', '<script>window.__pwned=2</script>', 'TBC <svg onload="window.__pwned=3">', '', 'Green'],
        ],
      });
      d.PropertiesService.document.store.set(SETTINGS_KEY, JSON.stringify({ asOf: '2019-03-01' }));
    });
    const { page } = await openSidebar(browser, s, 'menuValidatePlan');
    try {
      await page.waitForSelector('#progress.done', { timeout: 30000 });
      const text = (await page.locator('#result').textContent())!;
      // the sheet name and the cell text reach the sidebar, as text
      expect(text).toContain('Plan <img src=x onerror="window.__pwned=1"> <b>bold</b>!D5');
      expect(await page.locator('#result img, #result svg, #result script, #result b, #result i').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    } finally {
      await page.close();
    }
  }, 60000);

  it('saves settings, and shows the core’s message for a mistake', async () => {
    const s = server(built, (d) => {
      fillSheet(d, { name: 'Plan', values: [['x']] });
    });
    const { page } = await openSidebar(browser, s, 'menuSettings');
    try {
      await page.waitForSelector('#settings:not([hidden])');
      await page.fill('#set-asOf', '2019-03-01');
      await page.fill('#set-toleranceDays', '14');
      await page.selectOption('#set-scheme', 'three');
      await page.click('#btn-save');
      await page.waitForSelector('#settings-message.done');
      expect(JSON.parse(s.double.PropertiesService.document.store.get(SETTINGS_KEY)!)).toEqual({ asOf: '2019-03-01', toleranceDays: 14, scheme: 'three' });
      await page.selectOption('#set-scheme', 'custom');
      await page.fill('#set-customScheme', '{"name": "board", "labels": [{"label": "Green", "colour": "green", "statuses": ["complete"]}]}');
      await page.click('#btn-save');
      await page.waitForSelector('#settings-message.error');
      expect(await page.locator('#settings-message').textContent()).toMatch(/#RRGGBB/);
    } finally {
      await page.close();
    }
  }, 60000);

  it('asks before Apply RAG, then applies; Undo apply puts the values back', async () => {
    const s = server(built, (d) => {
      fillSheet(d, {
        name: 'Plan',
        values: [
          ['Business Plan 2018-19'],
          [],
          ['Ref', 'Action', 'Lead', 'Date for completion', 'Progress', 'RAG'],
          ['1.1', 'Set up the group', 'Ann', 'April 2018', 'Complete', 'Green'],
          ['1.2', 'Audit', 'Bob', 'June 2018', 'Started', 'Green'],
        ],
      });
      d.PropertiesService.document.store.set(SETTINGS_KEY, JSON.stringify({ asOf: '2019-03-01' }));
    });
    const { page } = await openSidebar(browser, s, 'menuApplyRag');
    try {
      await page.waitForSelector('#confirm:not([hidden])');
      expect(s.double.log.get('Lock.tryLock')).toBe(0); // nothing happens until confirmed
      await page.click('#btn-apply-yes');
      await page.waitForSelector('#progress.done');
      expect(await page.locator('#progress').textContent()).toMatch(/Applied the computed RAG to \d+ cells?\./);
      expect(s.double.ss.sheet('Plan').peek(4, 6)!.value).not.toBe('Green');
      await page.click('#btn-undo');
      await page.waitForFunction(() => /Restored/.test(document.getElementById('progress')!.textContent ?? ''));
      expect(s.double.ss.sheet('Plan').peek(4, 6)!.value).toBe('Green');
    } finally {
      await page.close();
    }
  }, 60000);
});
