import { readFileSync } from 'fs';
import { join } from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SECURITY_HEADERS } = require('../../src/deploy/hosting.js') as { SECURITY_HEADERS: Record<string, string> };

describe('hosting documentation', () => {
  it('quotes exactly the security headers that the dev server and the nginx test use', () => {
    const docs = readFileSync(join(__dirname, '..', '..', 'docs', 'admin-deployment.md'), 'utf8');
    for (const name of Object.keys(SECURITY_HEADERS)) expect(docs).toContain(`${name}: ${SECURITY_HEADERS[name]}`);
  });
});
