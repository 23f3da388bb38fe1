/**
 * `npm start` serves on this machine only, and no page load ends in a 404 for its icon.
 * The dev server is started for real with the project's devServer settings (over a tiny bundle, so
 * the test does not compile the add-in) and asked where it listens.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createServer, type AddressInfo } from 'net';
import { request } from 'http';
import { readBuilt } from '../on-send/built';

/* eslint-disable @typescript-eslint/no-require-imports */
const webpack = require('webpack') as (config: object) => object;
const WebpackDevServer = require('webpack-dev-server') as new (options: object, compiler: object) => {
  start(): Promise<void>;
  stop(): Promise<void>;
  server: { address(): AddressInfo };
};
const makeConfig = require('../../webpack.config.js') as (env: object, argv: object) => { name: string; devServer?: { host?: string; [key: string]: unknown } }[];
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

function get(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode || 0));
    })
      .on('error', reject)
      .end();
  });
}

const LOOPBACK = ['127.0.0.1', '::1'];

describe('the development server', () => {
  const configs = makeConfig({}, { mode: 'development' });
  const withServer = configs.filter((c) => c.devServer);

  test('one config carries the dev server, and it is set to localhost', () => {
    expect(withServer.map((c) => c.name)).toEqual(['web']);
    expect(withServer[0].devServer?.host).toBe('localhost');
  });

  test('serves the policy studio beside the preview (npm start)', () => {
    const web = withServer[0] as unknown as { entry: Record<string, string>; plugins: { userOptions?: { filename?: string; chunks?: string[] } }[] };
    expect(web.entry['policy-studio']).toBe('./src/studio/index.tsx');
    const pages = web.plugins.map((p) => p.userOptions).filter((o) => o && o.filename);
    expect(pages).toContainEqual(expect.objectContaining({ filename: 'policy-studio.html', chunks: ['policy-studio'] }));
  });

  test('listens on a loopback address only, not on every interface', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-devserver-'));
    fs.writeFileSync(path.join(dir, 'entry.js'), 'module.exports = 1;\n');
    const compiler = webpack({ mode: 'development', context: dir, entry: './entry.js', output: { path: path.join(dir, 'out') }, stats: 'none', infrastructureLogging: { level: 'error' } });
    const port = await freePort();
    // The project's settings, less the https certificate (plain http is enough to see the address).
    const options = { ...withServer[0].devServer, server: 'http', port, onListening: undefined, static: false };
    const server = new WebpackDevServer(options, compiler);
    await server.start();
    try {
      const address = server.server.address();
      expect(LOOPBACK).toContain(address.address);
      expect(await get(`http://localhost:${port}/`)).toBeGreaterThan(0);
      // Another address of this machine, if it has one, gets no answer.
      const outside = ([] as os.NetworkInterfaceInfo[]).concat(...Object.values(os.networkInterfaces()).map((a) => a || [])).filter((a) => a.family === 'IPv4' && !a.internal);
      for (const a of outside) await expect(get(`http://${a.address}:${port}/`)).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      await server.stop();
    }
  });

  test('the task pane, preview and policy studio link favicon.ico, and the build puts it beside them', () => {
    const icon = readBuilt('favicon.ico');
    // An ICO file: reserved 0, type 1, then the image count.
    expect([icon.readUInt16LE(0), icon.readUInt16LE(2), icon.readUInt16LE(4) >= 1]).toEqual([0, 1, true]);
    expect(icon.equals(fs.readFileSync(path.join(ROOT, 'assets', 'favicon.ico')))).toBe(true);
    for (const page of ['taskpane.html', 'preview.html', 'policy-studio.html', 'about.html']) {
      const html = readBuilt(page).toString('utf8');
      const link = /<link rel="?icon"? href="?([^"\s>]+)/.exec(html);
      expect({ page, link: link && link[1] }).toEqual({ page, link: 'favicon.ico' });
    }
  });
});
