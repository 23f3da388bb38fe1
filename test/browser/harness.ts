/** Serves the built dist/ on a loopback port and drives Chromium through Playwright. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import { createServer, type Server } from 'http';
import { tmpdir } from 'os';
import { extname, join, normalize, resolve } from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { OUTLOOK_ALERT_BUTTONS } from '../../src/strings/outlook-buttons';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { chromiumPath, MISSING } = require('./chromium-path.js') as { chromiumPath: () => string | undefined; MISSING: string };

export const DIST = resolve(__dirname, '../../dist');
/**
 * Where the browser tests save their screenshots: an ignored folder, so `npm test` leaves the tree as
 * it found it. `npm run screenshots` points this at docs/screenshots to refresh the ones in the docs.
 */
export const SCREENSHOTS = resolve(__dirname, '../..', process.env.SEND_GUARD_SCREENSHOTS || 'test-output/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv',
  '.map': 'application/json',
};

export function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url || '/').split('?')[0]);
    const file = normalize(join(DIST, path === '/' ? 'preview.html' : path));
    if (!file.startsWith(DIST)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream' });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      ok({ url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) });
    }),
  );
}

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(MISSING);
  const profile = mkdtempSync(join(tmpdir(), 'send-guard-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Collects page errors and CSP violations so a test can assert there were none. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(`CSP: ${m.text()}`);
  });
  return problems;
}

/**
 * dist/ served and Chromium started once for the tests of one file (jest's beforeAll and afterAll).
 * The object's `url` and `browser` are set when the file's first test runs.
 */
export function previewSession(): { url: string; browser: Browser } {
  const session = {} as { url: string; browser: Browser };
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    if (!existsSync(join(DIST, 'preview.html'))) throw new Error('dist/preview.html is missing: run `npm run build` first.');
    server = await serveDist();
    session.url = server.url;
    session.browser = await launchChromium();
  }, 60000);
  afterAll(async () => {
    if (session.browser) await session.browser.close();
    if (server) await server.close();
  });
  return session;
}

/** A new tab on the preview page, with its problems (console errors, page errors) collected. */
export async function openPreview(session: { url: string; browser: Browser }): Promise<{ page: Page; problems: string[] }> {
  const page = await session.browser.context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${session.url}/preview.html`);
  await page.getByRole('heading', { name: 'Send Guard preview' }).waitFor();
  return { page, problems };
}

/** Waits until the task pane has checked the message (its main region no longer busy). */
export async function waitForCheck(page: Page): Promise<void> {
  await page.getByTestId('taskpane').getByRole('main').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid=taskpane] main')?.getAttribute('aria-busy') === 'false');
}

/** The alert's take-action button (whatever is not one of Outlook's own, in either language) opens the pane; waits for its check. */
export async function takeAction(page: Page): Promise<void> {
  const alert = page.getByTestId('smart-alert');
  const outlookButtons = [OUTLOOK_ALERT_BUTTONS.nl, OUTLOOK_ALERT_BUTTONS.en].flatMap((b) => [b.dontSend, b.sendAnyway]);
  const names = await alert.getByRole('button').allTextContents();
  const action = names.find((n) => outlookButtons.indexOf(n) < 0);
  expect(action).toBeDefined();
  await alert.getByRole('button', { name: action as string, exact: true }).click();
  await waitForCheck(page);
}

/**
 * How long a Send may take before the test gives up: far above the handler's own watchdog (15 s,
 * after which it always answers), so a loaded machine running several browsers never fails it.
 */
export const SEND_WAIT_MS = 60000;

/** Presses the preview's Send; resolves to what Outlook would show next. */
export async function send(page: Page): Promise<'sent' | 'alert'> {
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const sent = page.getByTestId('sent');
  const alert = page.getByTestId('smart-alert');
  await sent.or(alert).first().waitFor({ timeout: SEND_WAIT_MS });
  return (await sent.isVisible()) ? 'sent' : 'alert';
}

