/* The unified manifest's app package, as the Microsoft 365 admin center takes it (Integrated apps ›
   Upload custom apps): a zip with manifest.json, color.png (192x192), outline.png (32x32) and the
   translation files it names at its root, nothing else. Made from a built dist/ so the manifest carries the build's base URL. */
'use strict';
const fs = require('fs');
const path = require('path');
const { zipSync } = require('fflate');
const { ADDIN } = require('./addin');

/** The package's files by name, read from `dist`. */
function appPackageFiles(dist) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  const files = { 'manifest.json': fs.readFileSync(path.join(dist, 'manifest.json')) };
  // The manifest names the icons by their place in the package; the build keeps them in dist/assets/.
  const sources = { color: ADDIN.icons.color, outline: ADDIN.icons.outline };
  for (const kind of Object.keys(sources)) files[manifest.icons[kind]] = fs.readFileSync(path.join(dist, sources[kind]));
  // The translations sit beside manifest.json, in the package as in dist/.
  for (const language of manifest.localizationInfo.additionalLanguages || []) files[language.file] = fs.readFileSync(path.join(dist, language.file));
  return files;
}

/** The package as zip bytes; a fixed date so the same build gives the same bytes. */
const appPackage = (dist) => zipSync(appPackageFiles(dist), { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });

module.exports = { appPackage, appPackageFiles };
