/** A static file server on 127.0.0.1 and the double's browser bundle, for the browser test. */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../../..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

export async function serveStatic(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Bundles testing/excel/browserGlobals.ts for the browser; returns the script's text. */
export async function bundleDouble(outDir: string): Promise<string> {
  const config: webpack.Configuration = {
    mode: 'production',
    devtool: false,
    target: ['web', 'es2020'],
    context: ROOT,
    entry: { 'office-double': path.join(ROOT, 'testing', 'excel', 'browserGlobals.ts') },
    output: { path: path.resolve(outDir), filename: '[name].js' },
    resolve: { extensions: ['.ts', '.js'] },
    optimization: { minimize: false },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: path.join(ROOT, 'excel-addin/tsconfig.json') } } }],
    },
    performance: { hints: false },
  };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
  return fs.readFileSync(path.join(outDir, 'office-double.js'), 'utf8');
}
