/* Three builds: the on-send handler (one ES2016 file for classic Outlook's JavaScript-only runtime),
   the web pages (task pane, commands page, preview), and the send-guard CLI for Node. */
const path = require('path');
const fs = require('fs');
const os = require('os');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');

const dist = path.resolve(__dirname, 'dist');

const typescript = (target) => ({
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { target, module: 'ESNext', noEmit: false } } },
});

const resolve = { extensions: ['.ts', '.tsx', '.js'] };

/* Content-Security-Policy per page: only what each page needs. Fluent (Griffel) writes its styles at
   run time, hence 'unsafe-inline' for styles only; office.js comes from Microsoft's CDN. */
const csp = (scriptSources) =>
  [
    "default-src 'self'",
    `script-src 'self'${scriptSources ? ' ' + scriptSources : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
const OFFICE_JS = 'https://appsforoffice.microsoft.com';
/** Puts the page's CSP meta first in <head>, so it already covers the scripts a template names itself. */
class ContentSecurityPolicyPlugin {
  constructor(policies) {
    this.policies = policies; // output file name -> policy
  }
  apply(compiler) {
    compiler.hooks.compilation.tap('ContentSecurityPolicyPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap('ContentSecurityPolicyPlugin', (data) => {
        const policy = this.policies[data.outputName];
        if (policy) data.html = data.html.replace(/<head>/i, `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
        return data;
      });
    });
  }
}

/* `npm start` serves https with a local development certificate: the one `npx office-addin-dev-certs
   install` made and trusted (~/.office-addin-dev-certs), else one generated once into .certs/. */
async function devCertificate() {
  const { generateCertificates } = require('office-addin-dev-certs');
  const installed = path.join(os.homedir(), '.office-addin-dev-certs');
  const local = path.resolve(__dirname, '.certs');
  const dir = fs.existsSync(path.join(installed, 'localhost.crt')) ? installed : local;
  const file = (name) => path.join(dir, name);
  if (!fs.existsSync(file('localhost.crt')) || !fs.existsSync(file('localhost.key'))) {
    fs.mkdirSync(dir, { recursive: true });
    await generateCertificates(file('ca.crt'), file('localhost.crt'), file('localhost.key'));
  }
  return { ca: fs.readFileSync(file('ca.crt')), cert: fs.readFileSync(file('localhost.crt')), key: fs.readFileSync(file('localhost.key')) };
}

module.exports = async (env, argv) => {
  const mode = argv.mode || 'production';
  const handler = {
    name: 'handler',
    mode,
    target: ['web', 'es2016'],
    entry: { handler: './src/send-check/handler.ts' },
    output: { path: dist, filename: '[name].js' },
    resolve,
    module: { rules: [typescript('ES2016')] },
    devtool: false,
    optimization: {
      minimizer: [new TerserPlugin({ terserOptions: { ecma: 2016, module: false }, extractComments: false })],
      splitChunks: false,
    },
    performance: { hints: false },
  };

  const web = {
    name: 'web',
    mode,
    target: ['web', 'es2017'],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      preview: './src/preview/index.tsx',
    },
    output: { path: dist, filename: '[name].js', clean: false },
    resolve,
    module: { rules: [typescript('ES2017')] },
    devtool: mode === 'development' ? 'source-map' : false,
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/send-check/commands.html', chunks: [], inject: false }),
      new ContentSecurityPolicyPlugin({ 'taskpane.html': csp(OFFICE_JS), 'commands.html': csp(OFFICE_JS), 'preview.html': csp('') }),
      new CopyWebpackPlugin({ patterns: [{ from: 'src/preview/samples/*.{pdf,csv,xlsx,docx}', to: 'samples/[name][ext]' }] }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      server: env && env.WEBPACK_SERVE ? { type: 'https', options: await devCertificate() } : 'https',
      onListening: (devServer) => {
        const port = devServer.server.address().port;
        console.log(`\nSend Guard preview: https://localhost:${port}/preview.html  (task pane: /taskpane.html)\n`);
      },
      static: [{ directory: path.resolve(__dirname, 'assets'), publicPath: '/assets' }],
      // No dev-server client in any bundle: injected into the handler it breaks classic Outlook.
      client: false,
      hot: false,
      liveReload: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };

  const cli = {
    name: 'cli',
    mode,
    target: 'node20',
    entry: { 'send-guard': './src/cli/main.ts' },
    output: { path: path.join(dist, 'cli'), filename: '[name].js' },
    resolve,
    module: { rules: [typescript('ES2020')] },
    devtool: false,
    optimization: { minimize: false },
    performance: { hints: false },
  };

  return [handler, web, cli];
};
