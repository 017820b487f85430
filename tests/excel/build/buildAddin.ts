/** Builds the add-in with webpack's Node API (the same config as npm run build:excel) into a folder. */
import * as path from 'path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../../..');

export async function buildAddin(outDir: string, options: { transpileOnly?: boolean; mode?: 'production' | 'development' } = {}): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configFn = require(path.join(ROOT, 'webpack.excel.config.js')) as (env: object, argv: object) => Promise<webpack.Configuration>;
  const config = await configFn({ outDir, transpileOnly: options.transpileOnly ?? true }, { mode: options.mode ?? 'production' });
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}
