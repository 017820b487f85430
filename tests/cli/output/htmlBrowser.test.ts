/**
 * The HTML report in a real browser (Debian's chromium, driven by playwright-core): it loads
 * with no network, draws one bar per section, and is saved as docs/report.png.
 * Skipped, with a message, where /usr/bin/chromium is absent; CI installs it.
 */
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { buildHtmlReport } from '../../../cli/output/htmlReport';
import { summarisePlan } from '../../../core/view/planSummary';
import { checkWorkbook } from '../../../core/check/checkWorkbook';
import { readInput } from '../../../cli/readInput';
import type { CheckResult } from '../../../core/report/checkTypes';
import { sampleResult } from '../../helpers/sampleResult';
import { FIXTURES, tempDir } from '../../helpers/xlsxHelpers';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SCREENSHOT = path.join(__dirname, '../../../docs/report.png');

const available = existsSync(CHROMIUM);
if (!available) console.warn(`htmlBrowser.test: skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`);
const testIfBrowser = available ? test : test.skip;

/** The Oldham fixture's result where the core is ready, else the hand-built one. */
async function boardResult(): Promise<CheckResult> {
  try {
    const grid = await readInput(path.join(FIXTURES, 'oldham.xlsx'));
    return checkWorkbook(grid, { asOf: '2019-03-01', planPeriod: '2018-19', scheme: 'five' });
  } catch {
    return sampleResult();
  }
}

testIfBrowser('the report opens offline, draws one bar per section, and is saved as docs/report.png', async () => {
  const result = await boardResult();
  const sections = summarisePlan(result).bySection.map((s) => s.name);
  const dir = await tempDir('html-browser');
  const file = path.join(dir, 'report.html');
  await fs.writeFile(file, buildHtmlReport(result, { fileName: 'oldham.xlsx' }));

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${file}`);
    // nothing but the page itself is fetched: no fonts, images, scripts or styles from elsewhere
    expect(requests).toEqual([`file://${file}`]);
    expect(await page.locator('script').count()).toBe(0);

    const bars = page.locator('svg.chart g.bar');
    expect(await bars.count()).toBe(sections.length);
    expect(await bars.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-section')))).toEqual(sections);
    for (let i = 0; i < sections.length; i++) {
      const box = await bars.nth(i).locator('rect').first().boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(0);
    }
    await fs.mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect((await fs.stat(SCREENSHOT)).size).toBeGreaterThan(10_000);
  } finally {
    await browser.close();
  }
});
