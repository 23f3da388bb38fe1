/* Three builds: the on-send handler (one ES2016 file for classic Outlook's JavaScript-only runtime),
   the web pages (task pane, commands page, preview, policy studio), and the send-guard CLI for Node. */
const path = require('path');
const pages = require('./src/deploy/pages');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DefinePlugin, ProvidePlugin } = require('webpack');
const { ReleasePlugin, baseUrlFrom } = require('./src/deploy/release-plugin');
const { SECURITY_HEADERS } = require('./src/deploy/hosting');
const { SEND_MODES } = require('./src/deploy/addin');


const typescript = (target, more) => ({
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { target, module: 'ESNext', noEmit: false, ...more } } },
});

const resolve = { extensions: ['.ts', '.tsx', '.js'] };

/* The manifests' send mode comes from the build: SEND_GUARD_SEND_MODE=PromptUser|SoftBlock|Block. */
function sendMode() {
  const mode = process.env.SEND_GUARD_SEND_MODE || 'SoftBlock';
  if (SEND_MODES.indexOf(mode) < 0) throw new Error(`SEND_GUARD_SEND_MODE must be one of ${SEND_MODES.join(', ')}, not "${mode}"`);
  return mode;
}

/* After each build: handler.js's size and whether it parses as ES2016 (classic Outlook before 2403). */
class HandlerReport {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('HandlerReport', (compilation) => {
      const file = path.join(compilation.outputOptions.path, 'handler.js');
      if (!compilation.getAsset('handler.js') || !require('fs').existsSync(file)) return;
      const source = require('fs').readFileSync(file, 'utf8');
      let es2016 = 'yes';
      try {
        require('acorn').parse(source, { ecmaVersion: 2016, sourceType: 'script' });
      } catch (e) {
        es2016 = `NO (${e.message})`;
      }
      const kb = (require('fs').statSync(file).size / 1024).toFixed(1);
      console.log(`handler.js: ${kb} KB${compilation.options.mode === 'production' ? ' minified' : ''}, parses as ES2016: ${es2016}, send mode ${sendMode()}`);
    });
  }
}

module.exports = (env, argv) => {
  const mode = argv.mode || 'production';
  const dist = path.resolve(__dirname, (env && env.outputPath) || 'dist');
  // Where the files will be hosted: the manifest's URLs and the policy URL come from it.
  const baseUrl = baseUrlFrom(process.env.SEND_GUARD_BASE_URL);
  const define = new DefinePlugin({ SEND_GUARD_BASE_URL: JSON.stringify(baseUrl) });
  const handler = {
    name: 'handler',
    mode,
    target: ['web', 'es2016'],
    entry: { handler: './src/on-send/handler.ts' },
    output: { path: dist, filename: '[name].js' },
    resolve,
    module: {
      // One async-function runner for the whole file instead of TypeScript's copy per module;
      // fflate set up on its first use, not at every start (src/deploy/fflate-loader.js).
      rules: [typescript('ES2016', { noEmitHelpers: true }), { test: /[\\/]node_modules[\\/]fflate[\\/].*\.js$/, use: path.resolve(__dirname, 'src/deploy/fflate-loader.js') }],
    },
    devtool: false,
    optimization: {
      minimizer: [new TerserPlugin({ terserOptions: { ecma: 2016, module: false, compress: { passes: 2 } }, extractComments: false })],
      splitChunks: false,
    },
    plugins: [
      define,
      new ProvidePlugin({ __awaiter: [path.resolve(__dirname, 'src/deploy/async-runner.js'), '__awaiter'] }),
      new CopyWebpackPlugin({
        patterns: [{ from: 'assets/*.png', to: 'assets/[name][ext]' }],
      }),
      // Both manifests (from src/deploy/addin.js) for the base URL and send mode, policy.json and friends.
      new ReleasePlugin({ baseUrl, root: __dirname, sendMode: sendMode() }),
      new HandlerReport(),
    ],
    performance: { hints: false },
  };

  const web = {
    name: 'web',
    mode,
    target: ['web', 'es2017'],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      preview: './src/preview/index.tsx',
      'policy-studio': './src/studio/index.tsx',
    },
    output: { path: dist, filename: '[name].js', clean: false },
    resolve,
    module: { rules: [typescript('ES2017')] },
    devtool: mode === 'development' ? 'source-map' : false,
    plugins: [
      define,
      // favicon: emits favicon.ico beside the pages and links it, so no page load ends in a 404.
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], favicon: './assets/favicon.ico' }),
      new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'], favicon: './assets/favicon.ico' }),
      // For admins, beside the add-in and never named in the manifest: staff never load it.
      new HtmlWebpackPlugin({ filename: 'policy-studio.html', template: './src/studio/policy-studio.html', chunks: ['policy-studio'], favicon: './assets/favicon.ico' }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/on-send/commands.html', chunks: [], inject: false }),
      new pages.ContentSecurityPolicyPlugin(),
      pages.samples(),
    ],
    performance: { hints: false },
    devServer: {
      // Loopback only: the preview and the dev certificate are for this machine, not the network.
      host: 'localhost',
      port: 3000,
      server: pages.devServerHttps(env),
      onListening: pages.printPreviewAddress,
      static: [{ directory: path.resolve(__dirname, 'assets'), publicPath: '/assets' }],
      // No dev-server client in any bundle: injected into the handler it breaks classic Outlook.
      client: false,
      hot: false,
      liveReload: false,
      headers: { ...SECURITY_HEADERS, 'Access-Control-Allow-Origin': '*' },
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
