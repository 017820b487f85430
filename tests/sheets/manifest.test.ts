import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './helpers/fixtures';

const ALLOWED_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
];

describe('appsscript.json', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'appsscript.json'), 'utf8')) as Record<string, unknown>;

  it('asks only for the current spreadsheet and the sidebar (least privilege)', () => {
    const scopes = manifest.oauthScopes as string[];
    expect(Array.isArray(scopes)).toBe(true);
    for (const s of scopes) expect(ALLOWED_SCOPES).toContain(s);
    expect([...scopes].sort()).toEqual([...ALLOWED_SCOPES].sort());
  });

  it('runs on V8 in Europe/London, makes no external requests and logs no exceptions', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/London');
    expect(manifest).not.toHaveProperty('urlFetchWhitelist');
    expect(manifest.exceptionLogging).toBe('NONE');
    // no advanced services, libraries, web app or API executable that would widen access
    expect(manifest.dependencies ?? {}).toEqual({});
    for (const k of ['webapp', 'executionApi', 'addOns', 'sheets']) expect(manifest).not.toHaveProperty(k);
  });

  it('.clasp.json.example pushes dist-sheets', () => {
    const clasp = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, '.clasp.json.example'), 'utf8')) as Record<string, unknown>;
    expect(clasp.rootDir).toBe('dist-sheets');
    expect(typeof clasp.scriptId).toBe('string');
  });
});
