/**
 * Bundles the command line into one file, build/cli/plancheck.js, from what `tsc -p
 * tsconfig.build.json` compiled into build/: a run then loads one file instead of some 400
 * modules (about 90 ms of every run's start-up went on finding and loading them). What the
 * command loads only when asked for (the core, --out's writer, --since) stays lazy: webpack runs a
 * bundled module the first time it is required, as Node would. ExcelJS and JSZip stay outside the
 * bundle, loaded from node_modules only for what needs them; the portfolio's worker thread runs
 * build/cli/portfolio/planWorker.js as compiled.
 */
'use strict';
const path = require('path');
const webpack = require('webpack');

const BUILD = path.join(__dirname, 'build', 'cli');
/** Packages loaded from node_modules at run time, never bundled (big, and used only for some runs). */
const OUTSIDE = /^(exceljs|jszip)(\/|$)/;

module.exports = {
  mode: 'none',
  target: 'node20',
  entry: path.join(BUILD, 'main.js'),
  output: { path: BUILD, filename: 'plancheck.js', library: { type: 'commonjs2' } },
  // __dirname stays the bundle's own folder (build/cli), where main.js looked for package.json
  node: { __dirname: false, __filename: false },
  externals: [({ request }, callback) => (OUTSIDE.test(request) ? callback(null, `commonjs ${request}`) : callback())],
  // one file: a lazy import() stays lazy without a chunk of its own
  plugins: [
    new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
    // zod's error messages in 50 languages, loaded with zod: PlanCheck words its own messages
    // and zod's own stay English (zod loads en.cjs itself), so the bundle holds English only
    new webpack.NormalModuleReplacementPlugin(/^\.\.\/locales\/index\.cjs$/, (resource) => {
      if (/[\\/]zod[\\/]/.test(resource.context)) resource.request = '../locales/en.cjs';
    }),
  ],
  // modules named by their path: a stack trace, and the tests, can tell what the bundle holds
  optimization: { minimize: false, nodeEnv: false, moduleIds: 'named' },
  devtool: false,
  stats: 'errors-warnings',
  performance: { hints: false },
};
