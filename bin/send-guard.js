#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');
const root = path.join(__dirname, '..');
const built = path.join(root, 'dist', 'cli', 'send-guard.js');
if (!fs.existsSync(built)) {
  // First use after a fresh clone: build the CLI instead of sending the user to `npm run build`.
  try {
    require(path.join(root, 'src', 'deploy', 'build-cli.js')).buildCli(root, built);
  } catch (e) {
    process.stderr.write(`send-guard: could not build the CLI (${e.message.split('\n')[0]}). Run \`npm install\`, then \`npm run build\`.\n`);
    process.exit(2);
  }
}
require(built);
