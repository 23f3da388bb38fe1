#!/usr/bin/env node
/* `npm run package`: zips the built dist/ (without the CLI) and a short admin README into
   release/send-guard-<version>.zip, and writes the unified manifest's app package for the admin
   center beside it (release/send-guard-<version>-app-package.zip, also inside the release zip). */
'use strict';
const fs = require('fs');
const path = require('path');
const { zipSync, strToU8 } = require('fflate');
const { baseUrlFrom } = require('./release-plugin');
const { appPackage } = require('./app-package');

const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist');

function walk(dir, prefix, files) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const name = prefix + entry.name;
    if (entry.isDirectory()) {
      if (name !== 'cli') walk(path.join(dir, entry.name), name + '/', files);
    } else if (!name.endsWith('.map')) {
      files[name] = fs.readFileSync(path.join(dir, entry.name));
    }
  }
  return files;
}

if (!fs.existsSync(path.join(dist, 'manifest.xml'))) {
  process.stderr.write('package: dist/manifest.xml is missing; run `npm run build` first.\n');
  process.exit(2);
}
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const baseUrl = baseUrlFrom(process.env.SEND_GUARD_BASE_URL);
const manifest = fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
const unified = fs.existsSync(path.join(dist, 'manifest.json')) ? fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8') : '';
if (manifest.indexOf(baseUrl) < 0 || unified.indexOf(baseUrl) < 0) {
  process.stderr.write(`package: dist/ was built for another base URL than ${baseUrl}; build again with the same SEND_GUARD_BASE_URL.\n`);
  process.exit(2);
}
const files = walk(dist, '', {});
const admin = fs.readFileSync(path.join(__dirname, 'ADMIN-README.md'), 'utf8').split('{{BASE_URL}}').join(baseUrl);
files['ADMIN-README.md'] = strToU8(admin);
const target = path.join(root, 'release', `send-guard-${pkg.version}.zip`);
const appPackageName = `send-guard-${pkg.version}-app-package.zip`;
files[appPackageName] = appPackage(dist);
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(path.join(path.dirname(target), appPackageName), files[appPackageName]);
fs.writeFileSync(target, zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
process.stdout.write(`${path.relative(root, target)}: ${Object.keys(files).length} files for ${baseUrl}\n`);
process.stdout.write(`release/${appPackageName}: the unified manifest's app package (Microsoft 365 admin center)\n`);
