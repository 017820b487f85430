/**
 * Builds the Google Sheets add-on into dist-sheets/ as plain Apps Script files:
 *   Code.js          the server code and the core, as `var PlanCheck = …`, then one plain
 *                    top-level `function name() {…}` per export of sheets-addon/server/main.ts
 *                    (Apps Script calls only top-level functions: onOpen, menu items, and what
 *                    the sidebar calls through google.script.run);
 *   Sidebar.html     the sidebar template with its script inlined (HtmlService serves one file);
 *   appsscript.json  the manifest.
 * No modules, no require/import in the output; syntax is lowered to ES2019 for Apps Script's V8.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const ts = require('typescript');
const terser = require('terser');
const CopyPlugin = require('copy-webpack-plugin');
const { Compilation, sources, WebpackError } = require('webpack');

const ROOT = __dirname;
const OUT = path.join(ROOT, 'dist-sheets');
const LIBRARY = 'PlanCheck';
const SIDEBAR_TEMPLATE = path.join(ROOT, 'sheets-addon', 'sidebar', 'Sidebar.html');
const SCRIPT_PLACEHOLDER = '<!-- PLANCHECK_SCRIPT -->';

/** Names Apps Script must see as plain global functions: the bundle's exported functions. */
function exportedFunctionNames(code) {
  const sandbox = {};
  vm.runInNewContext(`${code}\n;this.__exports = ${LIBRARY};`, sandbox, { timeout: 10000 });
  const lib = sandbox.__exports;
  if (!lib) throw new Error(`${LIBRARY} is not defined by the bundle`);
  return Object.keys(lib)
    .filter((k) => typeof lib[k] === 'function')
    .sort();
}

/** The footer of plain top-level functions that forward to the bundle. */
function globalsFooter(names) {
  const lines = names.map((n) => {
    if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(n)) throw new Error(`not a function name: ${n}`);
    return `function ${n}() { return ${LIBRARY}.${n}.apply(this, arguments); }`;
  });
  return `\n/* Apps Script entry points (generated: one plain global function per export). */\n${lines.join('\n')}\n`;
}

class AppsScriptPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('AppsScriptPlugin', (compilation) => {
      // lower the syntax of everything bundled (the core and its packages) to ES2019, then lay it
      // out readably: one statement a line, every function keeping its name, nothing compressed
      // (an Apps Script error then names a line worth reading); only local names are shortened,
      // which also keeps bundled CommonJS parameters such as `exports` out of the script
      compilation.hooks.processAssets.tapPromise({ name: 'AppsScriptPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE }, async (assets) => {
        for (const name of Object.keys(assets)) {
          if (!name.endsWith('.js')) continue;
          const out = ts.transpileModule(assets[name].source().toString(), {
            fileName: name,
            compilerOptions: { target: ts.ScriptTarget.ES2019, module: ts.ModuleKind.None, allowJs: true, removeComments: false, importHelpers: false },
            reportDiagnostics: false,
          });
          const readable = await terser.minify(out.outputText, {
            ecma: 2019,
            compress: false,
            mangle: { keep_fnames: true, keep_classnames: true },
            keep_fnames: true,
            keep_classnames: true,
            format: { beautify: true, comments: false, ecma: 2019 },
          });
          compilation.updateAsset(name, new sources.RawSource(readable.code));
        }
      });
      compilation.hooks.processAssets.tap({ name: 'AppsScriptPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const code = compilation.getAsset('Code.js');
        if (code) {
          const src = code.source.source().toString();
          try {
            compilation.updateAsset('Code.js', new sources.RawSource(src + globalsFooter(exportedFunctionNames(src))));
          } catch (e) {
            compilation.errors.push(new WebpackError(`Code.js: cannot list the entry points: ${e.message}`));
          }
        }
        const client = compilation.getAsset('sidebar.js');
        if (client) {
          const js = client.source.source().toString();
          for (const bad of ['</script', '<?', '?>', '<!--']) {
            if (js.includes(bad)) compilation.errors.push(new WebpackError(`sidebar.js contains "${bad}", which would break Sidebar.html`));
          }
          const template = fs.readFileSync(SIDEBAR_TEMPLATE, 'utf8');
          if (!template.includes(SCRIPT_PLACEHOLDER)) compilation.errors.push(new WebpackError(`Sidebar.html lacks ${SCRIPT_PLACEHOLDER}`));
          if (/<\?!=|<\?(?!=)/.test(template)) compilation.errors.push(new WebpackError('Sidebar.html may only print with <?= ?> (escaped)'));
          const html = template.replace(SCRIPT_PLACEHOLDER, () => `<script>\n${js}\n</script>`);
          compilation.emitAsset('Sidebar.html', new sources.RawSource(html));
          compilation.deleteAsset('sidebar.js');
          compilation.fileDependencies.add(SIDEBAR_TEMPLATE);
        }
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = (argv.mode || 'production') === 'production';
  return {
    name: 'sheets-addon',
    mode: production ? 'production' : 'development',
    context: ROOT,
    target: ['web', 'es2019'],
    devtool: false,
    entry: {
      Code: { import: './sheets-addon/server/main.ts', library: { name: LIBRARY, type: 'var' } },
      sidebar: './sheets-addon/sidebar/client.ts',
    },
    output: {
      path: OUT,
      filename: '[name].js',
      clean: true,
      iife: true,
    },
    resolve: { extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            configFile: path.join(ROOT, 'tsconfig.json'),
            transpileOnly: true,
            onlyCompileBundledFiles: true,
            compilerOptions: { module: 'esnext', target: 'es2019', sourceMap: false, declaration: false, noEmit: false },
          },
        },
      ],
    },
    optimization: {
      // laid out readably by AppsScriptPlugin instead (see above)
      minimize: false,
      // Apps Script needs no code splitting: one file per entry
      splitChunks: false,
      runtimeChunk: false,
    },
    performance: { hints: false },
    plugins: [
      new CopyPlugin({ patterns: [{ from: path.join(ROOT, 'appsscript.json'), to: 'appsscript.json' }] }),
      new AppsScriptPlugin(),
    ],
  };
};

module.exports.globalsFooter = globalsFooter;
module.exports.exportedFunctionNames = exportedFunctionNames;
