/**
 * The add-on's server code is type-checked as Apps Script runs it (Google's TypeScript
 * template): ES2020 and the Apps Script types, no DOM, no Node. `npm run typecheck` runs it.
 */
import * as path from 'path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');

it('sheets-addon/tsconfig.json: ES2020 and google-apps-script only, over server/ and host/, and it compiles', () => {
  const file = path.join(ROOT, 'sheets-addon/tsconfig.json');
  const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(file, ts.sys.readFile).config, ts.sys, path.dirname(file));
  expect(parsed.options.lib).toEqual(['lib.es2020.d.ts']);
  expect(parsed.options.types).toEqual(['google-apps-script']);
  expect(parsed.fileNames.some((f) => f.includes('/sidebar/'))).toBe(false);
  expect(parsed.fileNames.some((f) => f.endsWith('server/main.ts'))).toBe(true);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  expect(errors).toEqual([]);
}, 120_000);
