/* Builds the Excel add-in (task pane, function file, help page, icons, manifest) into dist/.
 *   npm run build:excel            production build, manifest URLs as in manifest.xml (https://localhost:3000/)
 *   PLANCHECK_ADDIN_URL=https://plans.example.org/plancheck/ npm run build:excel
 *                                  the same, with dist/manifest.xml pointing at that deployment
 *   npm run dev-server             https://localhost:3000 with Office's trusted dev certificate
 * Modelled on the Office add-in template's webpack setup (office-addin-dev-certs, port 3000).
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const urlDev = 'https://localhost:3000/';

async function httpsOptions() {
  // only the dev server needs the certificate; required lazily so a build never touches it
  const devCerts = require('office-addin-dev-certs');
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (e) {
    // Linux without sudo (a container, CI): the certificate is made but its CA cannot be
    // trusted system-wide. Serve with it anyway; a browser will ask to trust it.
    const defaults = require('office-addin-dev-certs/lib/defaults');
    const fs = require('fs');
    if (![defaults.caCertificatePath, defaults.localhostKeyPath, defaults.localhostCertificatePath].every((f) => fs.existsSync(f))) throw e;
    console.warn(`dev-server: the developer CA certificate could not be installed (${String(e.message).split('\n')[0].trim()}); serving with ${defaults.localhostCertificatePath}, which this machine does not trust.`);
    return { ca: fs.readFileSync(defaults.caCertificatePath), key: fs.readFileSync(defaults.localhostKeyPath), cert: fs.readFileSync(defaults.localhostCertificatePath) };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const urlProd = process.env.PLANCHECK_ADDIN_URL;
  if (urlProd && !/^https:\/\/[^\s"'<>]+\/$/.test(urlProd)) {
    throw new Error('PLANCHECK_ADDIN_URL must be an https:// address ending in "/", e.g. https://plans.example.org/plancheck/');
  }
  /** @type {import('webpack').Configuration & { devServer?: object }} */
  const config = {
    mode: dev ? 'development' : 'production',
    // no eval-based source maps: the pane's Content-Security-Policy forbids eval
    devtool: 'source-map',
    target: ['web', 'es2020'],
    context: __dirname,
    entry: {
      taskpane: './excel-addin/taskpane/taskpane.ts',
      commands: './excel-addin/commands/commands.ts',
    },
    output: {
      path: env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // env.transpileOnly: tests that only need the files skip the type check (npm run build:excel keeps it)
            options: { configFile: path.resolve(__dirname, 'excel-addin/tsconfig.json'), transpileOnly: Boolean(env.transpileOnly) },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './excel-addin/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        inject: 'head',
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './excel-addin/commands/commands.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
        inject: 'head',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'excel-addin/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'excel-addin/help/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform(content) {
              return urlProd && !dev ? content.toString().split(urlDev).join(urlProd) : content;
            },
          },
        ],
      }),
    ],
  };
  if (serving) {
    config.devServer = {
      static: { directory: path.resolve(__dirname, 'dist') },
      server: { type: 'https', options: await httpsOptions() },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      // no hot reload or overlay: their scripts and websocket would break the pane's CSP
      hot: false,
      liveReload: false,
      client: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
    };
  }
  return config;
};
