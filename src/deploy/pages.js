/* The web pages' part of the build (task pane, commands page, preview): each page's
   Content-Security-Policy, the preview's sample attachments, and the https certificate for `npm start`. */
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const { contentSecurityPolicy } = require('./hosting');

/** Puts the page's CSP meta first in <head>, so it already covers the scripts a template names itself. */
class ContentSecurityPolicyPlugin {
  apply(compiler) {
    // The same policy as the hosting headers (src/deploy/hosting.js), less what a <meta> cannot say.
    const meta = (officeJs) => contentSecurityPolicy({ officeJs, frameAncestors: false });
    const policies = { 'taskpane.html': meta(true), 'commands.html': meta(true), 'preview.html': meta(false), 'policy-studio.html': meta(false) };
    compiler.hooks.compilation.tap('ContentSecurityPolicyPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap('ContentSecurityPolicyPlugin', (data) => {
        const policy = policies[data.outputName];
        if (policy) data.html = data.html.replace(/<head>/i, `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
        return data;
      });
    });
  }
}

/** The preview's sample attachments (src/preview/samples/make-samples.mjs) into dist/samples/. */
const samples = () => new CopyWebpackPlugin({ patterns: [{ from: 'src/preview/samples/*.{pdf,csv,xlsx,docx}', to: 'samples/[name][ext]' }] });

/* `npm start` serves https with a local development certificate: the one `npx office-addin-dev-certs
   install` made and trusted (~/.office-addin-dev-certs), else one generated once into .certs/. */
function devCertificate() {
  const installed = path.join(os.homedir(), '.office-addin-dev-certs');
  const dir = fs.existsSync(path.join(installed, 'localhost.crt')) ? installed : path.resolve(__dirname, '..', '..', '.certs');
  const file = (name) => path.join(dir, name);
  if (!fs.existsSync(file('localhost.crt')) || !fs.existsSync(file('localhost.key'))) {
    fs.mkdirSync(dir, { recursive: true });
    // generateCertificates is async and webpack reads this config synchronously: run it to completion aside.
    const script = `require('office-addin-dev-certs').generateCertificates(...process.argv.slice(1)).catch((e) => { console.error(e.message); process.exit(1); })`;
    execFileSync(process.execPath, ['-e', script, file('ca.crt'), file('localhost.crt'), file('localhost.key')], { stdio: 'inherit', cwd: path.resolve(__dirname, '..', '..') });
  }
  return { ca: fs.readFileSync(file('ca.crt')), cert: fs.readFileSync(file('localhost.crt')), key: fs.readFileSync(file('localhost.key')) };
}

/** The dev server's https: the certificate only when serving (a build needs none). */
const devServerHttps = (env) => (env && env.WEBPACK_SERVE ? { type: 'https', options: devCertificate() } : 'https');

/** Prints where the preview is once the dev server listens. */
function printPreviewAddress(devServer) {
  const port = devServer.server.address().port;
  console.log(`\nSend Guard preview: https://localhost:${port}/preview.html  (task pane: /taskpane.html, policy studio: /policy-studio.html)\n`);
}

module.exports = { ContentSecurityPolicyPlugin, samples, devServerHttps, printPreviewAddress };
