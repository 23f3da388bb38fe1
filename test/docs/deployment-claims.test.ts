/**
 * What the admin documentation promises about hosting, manifests and offline behaviour stays true
 * to the code and to Microsoft's documentation.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CONTENT_TYPES } = require('../../src/deploy/hosting.js') as { CONTENT_TYPES: Record<string, string> };

const ROOT = join(__dirname, '..', '..');
const admin = readFileSync(join(ROOT, 'docs', 'admin-deployment.md'), 'utf8');
const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];
const SMART_ALERTS = 'https://learn.microsoft.com/office/dev/add-ins/outlook/onmessagesend-onappointmentsend-events';

describe('admin documentation', () => {
  it('names the content type of every kind of file the build hosts', () => {
    // .md is only in the release zip (ADMIN-README.md), never on the web server.
    const hosted = Object.keys(CONTENT_TYPES).filter((ext) => ext !== '.md');
    expect(hosted.length).toBeGreaterThanOrEqual(6);
    for (const ext of hosted) expect(admin).toContain(`\`${ext}\` \`${CONTENT_TYPES[ext]}\``);
  });

  it('says which manifest goes where, and names the app package the release makes', () => {
    const section = admin.slice(admin.indexOf('## Which manifest'), admin.indexOf('## 3. Deploy'));
    expect(section).toContain('`manifest.xml`');
    expect(section).toContain('`manifest.json`');
    expect(section).toContain('send-guard-<version>-app-package.zip');
    expect(section).toMatch(/Mac/);
    const packager = readFileSync(join(ROOT, 'src', 'deploy', 'package.js'), 'utf8');
    expect(packager).toContain('`send-guard-${pkg.version}-app-package.zip`');
  });

  it('makes no "works offline" promise, and cites Microsoft for what Outlook does offline', () => {
    for (const page of pages) {
      expect({ page, offlinePromise: /works offline/i.test(readFileSync(join(ROOT, page), 'utf8')) }).toEqual({ page, offlinePromise: false });
    }
    expect(admin).toContain(`${SMART_ALERTS}#outlook-client-in-work-offline-mode`);
    expect(admin).toContain(`${SMART_ALERTS}#add-in-is-unavailable`);
    expect(admin).toMatch(/Work Offline/);
  });
});
