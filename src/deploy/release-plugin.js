/* webpack plugin for a hostable dist/: points the manifest at SEND_GUARD_BASE_URL, stamps its
   version from package.json, and emits policy.json (the default policy), policy.schema.json and
   the .well-known file classic Outlook's runtime asks for. */
'use strict';
const fs = require('fs');
const path = require('path');
const tsx = require('tsx/cjs/api');

const DEV_BASE_URL = 'https://localhost:3000/';

/** Checks and normalises the base URL: https, ends with a slash. */
function baseUrlFrom(value) {
  const url = (value || DEV_BASE_URL).trim().replace(/\/?$/, '/');
  if (!/^https:\/\/[^/\s]+\/\S*$/.test(url)) throw new Error(`SEND_GUARD_BASE_URL must be an https:// URL, got "${value}"`);
  return url;
}

/** Manifest versions have four parts: 1.2.3 -> 1.2.3.0. */
function manifestVersion(version) {
  const parts = String(version).split(/[.-]/).slice(0, 3).map((p) => String(parseInt(p, 10) || 0));
  while (parts.length < 4) parts.push('0');
  return parts.join('.');
}

class ReleasePlugin {
  constructor(options) {
    this.baseUrl = baseUrlFrom(options.baseUrl);
    this.root = options.root;
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    const pkg = JSON.parse(fs.readFileSync(path.join(this.root, 'package.json'), 'utf8'));
    compiler.hooks.thisCompilation.tap('ReleasePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'ReleasePlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const manifest = compilation.getAsset('manifest.xml');
        if (manifest) {
          const xml = manifest.source.source().toString()
            .split(DEV_BASE_URL).join(this.baseUrl)
            .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(pkg.version)}</Version>`);
          compilation.updateAsset('manifest.xml', new RawSource(xml));
        }
        const reference = tsx.require(path.join(this.root, 'src/policy/reference.ts'), __filename);
        const defaults = tsx.require(path.join(this.root, 'src/policy/defaults.ts'), __filename);
        const policy = Object.assign({ $schema: './policy.schema.json' }, defaults.defaultPolicy());
        compilation.emitAsset('policy.json', new RawSource(JSON.stringify(policy, null, 2) + '\n'));
        compilation.emitAsset('policy.schema.json', new RawSource(JSON.stringify(reference.policyJsonSchema(), null, 2) + '\n'));
        compilation.emitAsset(
          '.well-known/microsoft-officeaddins-allowed.json',
          new RawSource(JSON.stringify({ allowed: [this.baseUrl + 'handler.js'] }, null, 2) + '\n'),
        );
      });
    });
  }
}

module.exports = { ReleasePlugin, baseUrlFrom, manifestVersion, DEV_BASE_URL };
