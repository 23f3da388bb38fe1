/* webpack plugin for a hostable dist/: writes both manifests (manifest.xml, manifest.json) for
   SEND_GUARD_BASE_URL and the build's send mode with the version from package.json, and emits
   policy.json (the default policy), policy.schema.json, about.html (the unified manifest's developer
   links) and the .well-known file classic Outlook's runtime asks for. */
'use strict';
const fs = require('fs');
const path = require('path');
const tsx = require('tsx/cjs/api');
const manifests = require('./manifests');
const { aboutPage } = require('./about');

const DEV_BASE_URL = manifests.DEV_BASE_URL;

/** Checks and normalises the base URL: https, ends with a slash. */
function baseUrlFrom(value) {
  const url = (value || DEV_BASE_URL).trim().replace(/\/?$/, '/');
  if (!/^https:\/\/[^/\s]+\/\S*$/.test(url)) throw new Error(`SEND_GUARD_BASE_URL must be an https:// URL, got "${value}"`);
  return url;
}

/** XML manifest versions have four parts: 1.2.3 -> 1.2.3.0. */
const manifestVersion = (version) => manifests.manifestVersion(version, 4);

class ReleasePlugin {
  constructor(options) {
    this.baseUrl = baseUrlFrom(options.baseUrl);
    this.root = options.root;
    this.sendMode = options.sendMode;
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    const pkg = JSON.parse(fs.readFileSync(path.join(this.root, 'package.json'), 'utf8'));
    compiler.hooks.thisCompilation.tap('ReleasePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'ReleasePlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const target = { baseUrl: this.baseUrl, sendMode: this.sendMode, version: pkg.version };
        compilation.emitAsset('manifest.xml', new RawSource(manifests.xmlManifest(target)));
        compilation.emitAsset('manifest.json', new RawSource(manifests.unifiedManifestText(target)));
        for (const lang of Object.keys(manifests.UNIFIED_LANGUAGES)) {
          compilation.emitAsset(manifests.UNIFIED_LANGUAGES[lang].file, new RawSource(manifests.unifiedLocalizationText(lang)));
        }
        compilation.emitAsset('about.html', new RawSource(aboutPage()));
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
