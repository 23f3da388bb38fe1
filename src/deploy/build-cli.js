#!/usr/bin/env node
/* Builds the send-guard command line (dist/cli/send-guard.js) with esbuild in about a second:
   `npm start` runs it first, and bin/send-guard.js runs it when the CLI was never built, so the
   quick start's `npx send-guard` works without a full `npm run build`. */
'use strict';
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');

/** Builds src/cli/main.ts under `root` into `outfile`; throws with esbuild's message if it fails. */
function buildCli(root, outfile) {
  // esbuild is a devDependency: there whenever the sources are (a git checkout after npm install).
  const esbuild = require('esbuild');
  esbuild.buildSync({
    entryPoints: [path.join(root, 'src', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

if (require.main === module) {
  const out = buildCli(ROOT, path.join(ROOT, 'dist', 'cli', 'send-guard.js'));
  process.stdout.write(`send-guard CLI: ${path.relative(ROOT, out)} (try: npx send-guard --help)\n`);
}

module.exports = { buildCli };
