/* Where the browser tests find Chromium or Chrome; shared by the pre-test check and the tests. */
const fs = require('fs');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((p) => fs.existsSync(p));
}

const MISSING = 'Browser tests need Chromium or Chrome: install it with `sudo apt-get install chromium` (or set CHROMIUM_PATH).';

module.exports = { chromiumPath, MISSING };

// `node test/browser/chromium-path.js` (npm test runs it before jest): one line and exit 1 when missing.
if (require.main === module && !chromiumPath()) {
  console.error(MISSING);
  process.exit(1);
}
