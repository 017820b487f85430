/**
 * CI runs every package.json script at least once (.ci/run: npm test, then .ci/smoke), or
 * names why it cannot; and the tsx scripts run (the tsconfig paths entry for chrono-node/en
 * once sent tsx to a .d.ts: "Cannot read properties of undefined (reading 'parse')").
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

it('.ci/run runs .ci/smoke, which names every package.json script', () => {
  expect(fs.readFileSync(path.join(ROOT, '.ci/run'), 'utf8')).toMatch(/^\.ci\/smoke$/m);
  const smoke = fs.readFileSync(path.join(ROOT, '.ci/smoke'), 'utf8');
  const scripts = Object.keys((JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
  const missing = scripts.filter((s) => !new RegExp(`(npm run ${s.replace(/[:]/g, '\\:')}\\b|[ ,]${s.replace(/[:]/g, '\\:')}[,:])`).test(smoke));
  expect(missing).toEqual([]);
});

it('npm run parity (tsx) runs on the sample and prints same', () => {
  const out = execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/parity.ts', 'samples/oldham.xlsx'], { cwd: ROOT, encoding: 'utf8' });
  expect(out.trim()).toBe('samples/oldham.xlsx: same');
}, 120_000);
