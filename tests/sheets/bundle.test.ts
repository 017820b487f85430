/**
 * The built add-on (dist-sheets/Code.js, Sidebar.html, appsscript.json, built here with
 * webpack.sheets.config.js) is what Apps Script runs: plain script, every entry point a real
 * top-level function, no require/import. It loads in a bare V8 context whose only globals are
 * the Apps Script doubles, and runs a whole validation there.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import * as acorn from 'acorn';
import { checkWorkbook, paneModel } from '../../core/index';
import { trimPane } from '../../sheets-addon/host/session';
import { SETTINGS_KEY } from '../../sheets-addon/host/settingsStore';
import { AppsScriptDouble, fillSheet } from '../../testing/sheets';
import { buildSheets, type Built } from './helpers/build';
import { REPO_ROOT, expectation, fixtureNames, referenceGrid } from './helpers/fixtures';

/** Every function Apps Script must find as a global: triggers, menu items, google.script.run targets. */
const ENTRY_POINTS = [
  'onOpen',
  'onInstall',
  'menuValidatePlan',
  'menuApplyRag',
  'menuUndoApply',
  'menuSettings',
  'validatePlan',
  'applyRag',
  'undoApply',
  'getSettings',
  'saveSettings',
  'getProgress',
  'selectCell',
];

type Node = { type: string; [k: string]: unknown };

function walk(node: unknown, visit: (n: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const x of node) walk(x, visit);
    return;
  }
  const n = node as Node;
  if (typeof n.type === 'string') visit(n);
  for (const k of Object.keys(n)) if (k !== 'type') walk(n[k], visit);
}

/** What google.script.run allows back: no Dates, functions or class instances; plain data only. */
function expectPlainData(v: unknown, where = 'result'): void {
  if (v === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof v)) return;
  const tag = Object.prototype.toString.call(v);
  if (tag === '[object Array]') return (v as unknown[]).forEach((x, i) => expectPlainData(x, `${where}[${i}]`));
  expect([where, tag]).toEqual([where, '[object Object]']);
  for (const [k, x] of Object.entries(v as object)) expectPlainData(x, `${where}.${k}`);
}

interface Loaded {
  double: AppsScriptDouble;
  context: vm.Context;
  call: (name: string, ...args: unknown[]) => unknown;
}

/** Code.js in a fresh V8 context holding only the Apps Script globals (doubles). */
function load(built: Built, fill: (d: AppsScriptDouble) => void, timeZone = 'Europe/London'): Loaded {
  const context = vm.createContext({});
  const DateCtor = vm.runInContext('Date', context) as DateConstructor;
  const double = new AppsScriptDouble({ timeZone, DateCtor, files: { Sidebar: built.sidebar }, name: 'Business Plan 2018-19' });
  fill(double);
  Object.assign(context, double.globals());
  vm.runInContext(built.code, context, { filename: 'Code.js' });
  return {
    double,
    context,
    // as google.script.run and the menu call them: a global function by name, the result serialised
    call: (name, ...args) => {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`${name} is not a global function`);
      const out = (fn as (...a: unknown[]) => unknown)(...args);
      expectPlainData(out, name);
      return out === undefined ? undefined : JSON.parse(JSON.stringify(out));
    },
  };
}

describe('the bundled add-on (dist-sheets)', () => {
  let built: Built;
  beforeAll(async () => {
    built = await buildSheets();
  }, 120000);

  it('is plain script: parses as ES2019, no import/export, no require, no module wrapper', () => {
    const ast = acorn.parse(built.code, { ecmaVersion: 2019, sourceType: 'script' });
    walk(ast, (n) => {
      expect(['ImportDeclaration', 'ExportNamedDeclaration', 'ExportDefaultDeclaration', 'ExportAllDeclaration', 'ImportExpression']).not.toContain(n.type);
      if (n.type === 'CallExpression') {
        const callee = n.callee as Node;
        if (callee.type === 'Identifier') expect(callee.name).not.toBe('require');
      }
      if (n.type === 'Identifier') expect(['require', 'module', 'exports', 'process', 'window', 'self']).not.toContain(n.name);
    });
    expect(built.code).not.toMatch(/\bsourceMappingURL\b/);
  });

  it('is laid out readably, so an Apps Script error names a line worth reading', () => {
    const lines = built.code.split('\n');
    expect(lines.length).toBeGreaterThan(2000);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(1000);
    // the host's own function names survive (a minifier renames them)
    expect(built.code).toMatch(/function protectedCellsMessage\(/);
    expect(built.code).toMatch(/function insertChart\(/);
  });

  it('declares every entry point as a plain top-level function', () => {
    const ast = acorn.parse(built.code, { ecmaVersion: 2019, sourceType: 'script' }) as unknown as { body: Node[] };
    const topFunctions = ast.body.filter((n) => n.type === 'FunctionDeclaration').map((n) => (n.id as Node).name as string);
    expect([...topFunctions].sort()).toEqual([...ENTRY_POINTS].sort());
    const topVars = ast.body.filter((n) => n.type === 'VariableDeclaration').flatMap((n) => (n.declarations as Node[]).map((d) => (d.id as Node).name));
    expect(topVars).toEqual(['PlanCheck']);
  });

  it('ships the manifest and the sidebar with it', () => {
    expect(JSON.parse(built.manifest)).toEqual(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'appsscript.json'), 'utf8')));
    expect(fs.readdirSync(built.dir).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
    // the template prints only with <?= ?> (escaped), once, and its inlined script holds no scriptlet
    expect(built.sidebar.match(/<\?/g)).toEqual(['<?']);
    expect(built.sidebar).toContain('data-initial="<?= initial ?>"');
    expect(built.sidebar).not.toContain('<?!=');
    expect(built.sidebar.match(/<script>/g)).toHaveLength(1);
    // cell text is never HTML in the sidebar either
    expect(built.sidebar).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('npm run push would push exactly these three files (clasp, offline)', () => {
    const clasp = path.join(REPO_ROOT, 'node_modules', '.bin', 'clasp');
    if (!fs.existsSync(clasp)) return console.warn('bundle.test: clasp not installed: push check skipped');
    // a project laid out as a user's checkout: .clasp.json (from the example) beside dist-sheets
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-clasp-'));
    fs.copyFileSync(path.join(REPO_ROOT, '.clasp.json.example'), path.join(project, '.clasp.json'));
    fs.cpSync(built.dir, path.join(project, 'dist-sheets'), { recursive: true });
    const out = execFileSync(clasp, ['status', '--json'], { cwd: project, encoding: 'utf8', timeout: 60000, env: { ...process.env, HOME: project } });
    fs.rmSync(project, { recursive: true, force: true });
    const status = JSON.parse(out.slice(out.indexOf('{'))) as { filesToPush: string[] };
    expect([...status.filesToPush].sort()).toEqual(['dist-sheets/Code.js', 'dist-sheets/Sidebar.html', 'dist-sheets/appsscript.json']);
  }, 60000);

  it('each entry point is a global of a bare V8 context', () => {
    const { context } = load(built, () => undefined);
    for (const name of ENTRY_POINTS) {
      expect(Object.getOwnPropertyDescriptor(context, name)?.value).toBeInstanceOf(vm.runInContext('Function', context));
    }
  });

  it('onOpen adds Extensions → PlanCheck with its four items, each naming a global function', () => {
    const { double, call, context } = load(built, () => undefined);
    call('onOpen', { authMode: 'NONE' });
    const menu = double.SpreadsheetApp.ui.menus[0]!;
    expect(menu.added).toBe(true);
    expect(menu.items.filter((i) => i !== 'separator').map((i) => (i as { caption: string }).caption)).toEqual(['Validate plan', 'Apply RAG', 'Undo apply', 'Settings']);
    for (const item of menu.items) if (item !== 'separator') expect(typeof (context as Record<string, unknown>)[item.functionName]).toBe('function');
    // in AuthMode.NONE only the menu may be touched
    expect(Object.keys(double.log.snapshot()).sort()).toEqual(['Menu.addItem', 'Menu.addSeparator', 'Menu.addToUi', 'SpreadsheetApp.getUi', 'Ui.createAddonMenu']);
    call('onInstall', { authMode: 'NONE' });
    expect(double.SpreadsheetApp.ui.menus).toHaveLength(2);
  });

  it('the menu opens the sidebar with the settings printed escaped', () => {
    const { double, call } = load(built, (d) => {
      d.PropertiesService.document.store.set(SETTINGS_KEY, JSON.stringify({ planPeriod: '2018-19 "<b>x</b>" & co' }));
    });
    call('menuSettings');
    const sidebar = double.SpreadsheetApp.ui.sidebar!;
    expect(sidebar.getTitle()).toBe('PlanCheck');
    const html = sidebar.getContent();
    const attr = /data-initial="([^"]*)"/.exec(html)![1]!;
    expect(attr).not.toMatch(/[<>"]/);
    const decoded = attr.replace(/&#34;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(JSON.parse(decoded)).toEqual({ action: 'settings', settings: { planPeriod: '2018-19 "<b>x</b>" & co' } });
  });

  const fixtures = fixtureNames();
  (fixtures.length ? it : it.skip)('runs a whole validation, Apply RAG and Undo apply in the bare context, as the command line reports', async () => {
    const name = fixtures.includes('kirklees') ? 'kirklees' : fixtures[0]!;
    const ref = await referenceGrid(name);
    const asOf = expectation(name)?.asOf ?? '2019-03-01';
    // a spreadsheet in another time zone than the script's: dates still read as the days shown
    const { double, call } = load(
      built,
      (d) => {
        d.ss.name = ref.fileName ?? name;
        for (const s of ref.sheets) fillSheet(d, s);
        d.PropertiesService.document.store.set(SETTINGS_KEY, JSON.stringify({ asOf }));
      },
      'Australia/Sydney',
    );
    const r = call('validatePlan') as { ok: boolean; pane: unknown; created: string[]; message: string };
    expect(r.ok).toBe(true);
    expect(r.pane).toEqual(JSON.parse(JSON.stringify(trimPane(paneModel(checkWorkbook(ref, { asOf }))))));
    expect(r.created.length).toBeGreaterThanOrEqual(2);
    for (const s of r.created) expect(double.ss.sheets.some((x) => x.name === s)).toBe(true);
    expect(call('getProgress')).toBe(r.message);
    expect(double.log.unlockedWrites).toEqual([]);

    const issue = (r.pane as { groups: { issues: { sheet: string | null; cell: string | null }[] }[] }).groups.flatMap((g) => g.issues).find((i) => i.sheet && i.cell)!;
    expect(call('selectCell', issue.sheet, issue.cell)).toEqual({ ok: true });
    expect(double.ss.active!.sheet.name).toBe(issue.sheet);
    expect(double.ss.active!.range.a1()).toBe(issue.cell);

    const applied = call('applyRag') as { ok: boolean; planCellsChanged: number };
    expect(applied.ok).toBe(true);
    const undone = call('undoApply') as { ok: boolean; planCellsChanged: number };
    expect(undone).toMatchObject({ ok: true, planCellsChanged: applied.planCellsChanged });
  });

  it('keeps settings through the sidebar’s calls', () => {
    const { call, double } = load(built, () => undefined);
    expect(call('getSettings')).toEqual({});
    expect(call('saveSettings', { asOf: 'yesterday' })).toMatchObject({ ok: false, message: expect.stringMatching(/YYYY-MM-DD/) });
    expect(call('saveSettings', { asOf: '2019-03-01', toleranceDays: 14 })).toEqual({ ok: true, settings: { asOf: '2019-03-01', toleranceDays: 14 } });
    expect(call('getSettings')).toEqual({ asOf: '2019-03-01', toleranceDays: 14 });
    expect(double.PropertiesService.document.store.get(SETTINGS_KEY)).toBe('{"asOf":"2019-03-01","toleranceDays":14}');
  });
});
