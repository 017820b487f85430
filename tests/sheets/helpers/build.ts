/**
 * Builds the add-on with webpack.sheets.config.js into a temporary folder (once per test
 * process), so tests exercise the current sources exactly as `npm run build:sheets` bundles them.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from './fixtures';

export interface Built {
  dir: string;
  code: string;
  sidebar: string;
  manifest: string;
}

let building: Promise<Built> | null = null;

export function buildSheets(): Promise<Built> {
  if (!building) building = doBuild();
  return building;
}

async function doBuild(): Promise<Built> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(REPO_ROOT, 'webpack.sheets.config.js')) as (env: unknown, argv: unknown) => import('webpack').Configuration;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plancheck-sheets-'));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const config = makeConfig({}, { mode: 'production' });
  config.output = { ...config.output, path: dir };
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(stats?.toString({ all: false, errors: true }) ?? 'webpack failed'));
      resolve();
    });
  });
  const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
  return { dir, code: read('Code.js'), sidebar: read('Sidebar.html'), manifest: read('appsscript.json') };
}
