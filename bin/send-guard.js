#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');
const built = path.join(__dirname, '..', 'dist', 'cli', 'send-guard.js');
if (!fs.existsSync(built)) {
  process.stderr.write('send-guard: not built yet. Run `npm run build` first.\n');
  process.exit(2);
}
require(built);
