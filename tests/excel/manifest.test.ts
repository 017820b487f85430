/**
 * manifest.xml checked offline: well-formed (read by office-addin-manifest's own reader),
 * the elements a task pane add-in for Excel needs, a fixed GUID, least permissions, the
 * Home-tab "Validate plan" button, and every URL and icon it names present in the build.
 * (The online check, `npx office-addin-manifest validate manifest.xml`, needs a network.)
 */
import * as fs from 'fs';
import * as path from 'path';
import * as x from 'office-addin-manifest/lib/xml';
import { buildAddin } from './build/buildAddin';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const OUT = path.join(ROOT, 'tests/output/excel-manifest-dist');
const xml = fs.readFileSync(MANIFEST, 'utf8');
const DEV = 'https://localhost:3000/';

/** The fixed add-in id: changing it makes Office treat the add-in as a new one. */
const ADDIN_ID = 'ce3da59f-2f79-4435-a420-9f3fb5d36d36';

/**
 * office-addin-manifest's own XML reading (its parser, xml2js, in strict mode, and its xml
 * helpers), without its index, which also loads ESM-only packages Jest cannot require.
 */
async function readManifest(file: string) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const xml2js = require(require.resolve('xml2js', { paths: [path.dirname(require.resolve('office-addin-manifest'))] })) as {
    parseString: (s: string, cb: (e: Error | null, r: { OfficeApp?: x.Xml }) => void) => void;
  };
  const parsed = await new Promise<{ OfficeApp?: x.Xml }>((resolve, reject) =>
    xml2js.parseString(fs.readFileSync(file, 'utf8'), (e, r) => (e ? reject(e) : resolve(r))),
  );
  const app = parsed.OfficeApp;
  expect(app).toBeDefined();
  return {
    id: x.getXmlElementValue(app, 'Id'),
    officeAppType: x.getXmlAttributeValue(app, 'xsi:type'),
    hosts: x.getXmlElementsAttributeValue(app, 'Hosts', 'Host', 'Name'),
    permissions: x.getXmlElementValue(app, 'Permissions'),
    version: x.getXmlElementValue(app, 'Version'),
    displayName: x.getXmlElementAttributeValue(app, 'DisplayName'),
    providerName: x.getXmlElementValue(app, 'ProviderName'),
    defaultLocale: x.getXmlElementValue(app, 'DefaultLocale'),
    iconUrl: x.getXmlElementAttributeValue(app, 'IconUrl'),
    highResolutionIconUrl: x.getXmlElementAttributeValue(app, 'HighResolutionIconUrl'),
    supportUrl: x.getXmlElementAttributeValue(app, 'SupportUrl'),
    defaultSettings: { sourceLocation: x.getXmlElementAttributeValue(x.getXmlElement(app, 'DefaultSettings'), 'SourceLocation') },
  };
}

function attrs(tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const re = new RegExp(`<${tag}\\b([^>]*)/?>`, 'g');
  for (const m of xml.matchAll(re)) {
    const a: Record<string, string> = {};
    for (const p of m[1]!.matchAll(/([\w:]+)="([^"]*)"/g)) a[p[1]!] = p[2]!;
    out.push(a);
  }
  return out;
}

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  beforeAll(async () => {
    await buildAddin(OUT);
  }, 120_000);

  it('is well-formed and reads as an Excel task pane add-in with least permissions', async () => {
    const info = await readManifest(MANIFEST);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.id).toBe(ADDIN_ID);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.displayName).toBe('PlanCheck');
    expect(info.providerName).toBeTruthy();
    expect(info.defaultLocale).toBe('en-GB');
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV}taskpane.html`);
    expect(info.iconUrl).toBe(`${DEV}assets/icon-32.png`);
    expect(info.highResolutionIconUrl).toBe(`${DEV}assets/icon-64.png`);
    expect([...xml.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1])).toEqual(['ReadWriteDocument']);
  });

  it('puts a "Validate plan" button on the Home tab that opens the task pane', () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>[^<]+<\/TaskpaneId>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    const strings = Object.fromEntries(attrs('bt:String').map((a) => [a.id, a.DefaultValue]));
    expect(strings['ValidateButton.Label']).toBe('Validate plan');
    expect(xml).toMatch(/<Control xsi:type="Button" id="[^"]+">\s*<Label resid="ValidateButton.Label"\/>/);
  });

  it('declares every resource it refers to, once, and ids are unique', () => {
    const declared = [...attrs('bt:Image'), ...attrs('bt:Url'), ...attrs('bt:String')].map((a) => a.id).filter(Boolean) as string[];
    expect(new Set(declared).size).toBe(declared.length);
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!);
    for (const r of used) expect(declared).toContain(r);
    const ids = [...xml.matchAll(/<(?:Group|Control)[^>]* id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // ribbon icons at the three sizes Office asks for
    expect(attrs('bt:Image').filter((a) => a.size).map((a) => a.size).slice(0, 3)).toEqual(['16', '32', '80']);
    expect(attrs('bt:Image').filter((a) => a.id).map((a) => a.id)).toEqual(['Icon.16x16', 'Icon.32x32', 'Icon.80x80']);
  });

  it('names only the dev server, and every URL it names is a file of the build', () => {
    const urls = [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(DEV)).toBe(true);
      const file = path.join(OUT, url.slice(DEV.length).split(/[?#]/)[0]!);
      expect({ url, exists: fs.existsSync(file) }).toEqual({ url, exists: true });
    }
  });

  it('every icon is a PNG of the size it is declared at', () => {
    for (const a of attrs('bt:Image').filter((i) => i.id)) {
      const size = Number(a.id!.match(/(\d+)x\1/)![1]);
      expect(pngSize(path.join(OUT, a.DefaultValue!.slice(DEV.length)))).toEqual({ width: size, height: size });
    }
    expect(pngSize(path.join(OUT, 'assets/icon-32.png'))).toEqual({ width: 32, height: 32 });
    expect(pngSize(path.join(OUT, 'assets/icon-64.png'))).toEqual({ width: 64, height: 64 });
  });

  it('the built manifest is the source manifest (dev URLs unless PLANCHECK_ADDIN_URL is set)', () => {
    expect(fs.readFileSync(path.join(OUT, 'manifest.xml'), 'utf8')).toBe(xml);
  });

  it('the task pane loads only its own files and office.js, under a CSP that allows nothing else', () => {
    const html = fs.readFileSync(path.join(OUT, 'taskpane.html'), 'utf8');
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const policy = Object.fromEntries(csp!.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    for (const d of ['style-src', 'img-src', 'connect-src']) expect(policy[d]).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe|\*|data:/);
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'taskpane.js']);
    expect(html).not.toMatch(/<script(?![^>]*src)[^>]*>/); // no inline script
    expect(html).not.toMatch(/\sstyle=/); // no inline style
    const external = [...html.matchAll(/(?:src|href)="?(https?:[^"\s>]+)/g)].map((m) => m[1]);
    expect(external).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
  });
});
