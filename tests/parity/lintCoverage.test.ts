/** npm run lint is ESLint over the whole project: the pane's rules hold in core, cli and the Sheets add-on too. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

it('npm run lint runs eslint over the project root', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  expect(pkg.scripts.lint).toBe('eslint .');
});

it.each(['core/report/x.ts', 'cli/x.ts', 'sheets-addon/host/x.ts', 'sheets-addon/sidebar/x.ts'])('%s is linted with the project rules', (file) => {
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/eslint'), ['--stdin', '--stdin-filename', file, '--format', 'json'], {
    cwd: ROOT,
    input: 'export function show(e: { innerHTML: string }, s: string): void {\n  e.innerHTML = s;\n}\n',
    encoding: 'utf8',
  });
  const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[];
  expect(result!.messages.map((m) => m.ruleId)).toContain('no-restricted-properties');
}, 60_000);
