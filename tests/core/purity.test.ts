import fs from 'fs';
import path from 'path';

/** core/ is pure TypeScript: no Node, Office.js or Apps Script, so every host can run it. */
const CORE = path.join(__dirname, '..', '..', 'core');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const NODE_BUILTINS = new Set(require('module').builtinModules as string[]);

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function importsOf(source: string): string[] {
  const found: string[] = [];
  const re = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (let m = re.exec(source); m; m = re.exec(source)) found.push((m[1] ?? m[2] ?? m[3] ?? m[4])!);
  return found;
}

const ALLOWED_PACKAGES = ['zod', 'chrono-node', 'date-fns', '@date-fns/utc', 'fastest-levenshtein'];
const HOST_GLOBALS = /\b(Office|Excel|SpreadsheetApp|HtmlService|PropertiesService|LockService|Utilities|process|Buffer|__dirname|window|document)\s*[.(]/;

describe('core purity', () => {
  const all = files(CORE);
  test('finds the core sources', () => expect(all.length).toBeGreaterThan(10));
  test.each(all.map((f) => [path.relative(CORE, f), f]))('%s imports only core modules and pure packages', (_, file) => {
    const src = fs.readFileSync(file, 'utf8');
    for (const spec of importsOf(src)) {
      if (spec.startsWith('.')) {
        const target = path.resolve(path.dirname(file), spec);
        expect(target.startsWith(CORE)).toBe(true);
        continue;
      }
      const bare = spec.replace(/^node:/, '').split('/')[0]!;
      expect(spec.startsWith('node:') || NODE_BUILTINS.has(bare)).toBe(false);
      expect(ALLOWED_PACKAGES.some((p) => spec === p || spec.startsWith(`${p}/`))).toBe(true);
    }
    const code = src.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(HOST_GLOBALS);
  });
  test("chrono-node is taken in English only (its root loads every language: slower start-up)", () => {
    const specs = all.flatMap((f) => importsOf(fs.readFileSync(f, 'utf8'))).filter((s) => s.startsWith('chrono-node'));
    expect(specs.length).toBeGreaterThan(0);
    expect([...new Set(specs)]).toEqual(['chrono-node/en']);
  });
  test('date-fns is taken one function at a time (its root loads all of them: slower start-up)', () => {
    const specs = all.flatMap((f) => importsOf(fs.readFileSync(f, 'utf8'))).filter((s) => s === 'date-fns' || s.startsWith('date-fns/'));
    expect(specs.length).toBeGreaterThan(0);
    expect(specs).not.toContain('date-fns');
  });
  test('the purity check catches a Node import', () => {
    expect(importsOf("import fs from 'fs';")).toEqual(['fs']);
    expect(NODE_BUILTINS.has('fs')).toBe(true);
    expect('Office.context'.match(HOST_GLOBALS)).not.toBeNull();
  });
});
