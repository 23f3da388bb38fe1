/**
 * The production build served by a real web server: Debian's nginx on a loopback port with a
 * self-signed certificate, the security headers from src/deploy/hosting.js, and headless Chromium
 * loading the task pane and policy.json through it.
 */
import { execFileSync, spawn, type ChildProcess } from 'child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { get } from 'https';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, type Browser } from 'playwright-core';
import { validatePolicy } from '../../src/policy/validate';
import { defaultPolicy } from '../../src/policy/defaults';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const hosting = require('../../src/deploy/hosting.js') as { SECURITY_HEADERS: Record<string, string>; CONTENT_TYPES: Record<string, string> };

const ROOT = join(__dirname, '..', '..');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function fetchInsecure(url: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    get(url, { rejectUnauthorized: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode || 0, headers: res.headers, body }));
    }).on('error', reject);
  });
}

async function waitForServer(url: string, nginx: ChildProcess, errorLog: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited: ${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`);
    try {
      await fetchInsecure(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('nginx did not start');
}

function nginxConfig(dir: string, dist: string, port: number): string {
  const headers = (indent: string) =>
    Object.keys(hosting.SECURITY_HEADERS)
      .map((name) => `${indent}add_header ${name} "${hosting.SECURITY_HEADERS[name]}" always;`)
      .join('\n');
  const types = Object.keys(hosting.CONTENT_TYPES)
    .map((ext) => `    ${hosting.CONTENT_TYPES[ext]} ${ext.slice(1)};`)
    .join('\n');
  return `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
  types {
${types}
  }
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  server {
    listen 127.0.0.1:${port} ssl;
    server_name localhost;
    ssl_certificate ${dir}/cert.pem;
    ssl_certificate_key ${dir}/key.pem;
    root ${dist};
${headers('    ')}
    location = /policy.json {
${headers('      ')}
      add_header Cache-Control "no-cache" always;
    }
  }
}
`;
}

if (!NGINX || !CHROMIUM) {
  // The suite needs both; say how to get them instead of failing with a stack trace.
  test('hosting test needs nginx and chromium', () => {
    throw new Error('Install them first: apt-get install nginx chromium');
  });
} else {
  describe('production build behind nginx', () => {
    let dir = '';
    let base = '';
    let nginx: ChildProcess;
    let browser: Browser;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'send-guard-hosting-'));
      chmodSync(dir, 0o755); // nginx's workers run as an unprivileged user and must read dist/
      const dist = join(dir, 'dist');
      const port = await freePort();
      base = `https://localhost:${port}/`;
      execFileSync(
        process.execPath,
        [join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--config-name', 'handler', '--config-name', 'web', '--env', `outputPath=${dist}`],
        { cwd: ROOT, env: { ...process.env, SEND_GUARD_BASE_URL: base }, stdio: 'pipe' },
      );
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'pipe' });
      mkdirSync(join(dir, 'tmp'));
      writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir, dist, port));
      nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: 'ignore' });
      await waitForServer(base, nginx, join(dir, 'error.log'));
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      // A whole production build (handler and four pages, the policy studio among them) on a busy machine.
    }, 420000);

    afterAll(async () => {
      await browser?.close();
      nginx?.kill('SIGQUIT');
    });

    it('serves every file with the right content type', async () => {
      const files = ['manifest.xml', 'manifest.json', 'taskpane.html', 'commands.html', 'policy-studio.html', 'policy-studio.js', 'handler.js', 'taskpane.js', 'about.html', 'favicon.ico', 'policy.json', 'policy.schema.json', '.well-known/microsoft-officeaddins-allowed.json'];
      for (const file of files) {
        const response = await fetchInsecure(base + file);
        expect([file, response.status]).toEqual([file, 200]);
        const ext = file.slice(file.lastIndexOf('.'));
        expect([file, String(response.headers['content-type']).split(';')[0]]).toEqual([file, hosting.CONTENT_TYPES[ext]]);
      }
      const policy = await fetchInsecure(base + 'policy.json');
      expect(policy.headers['cache-control']).toBe('no-cache');
    });

    it('points the manifest at the base URL, with no localhost left', async () => {
      const manifest = (await fetchInsecure(base + 'manifest.xml')).body;
      expect(manifest).not.toContain('localhost:3000');
      const urls = manifest.match(/https?:\/\/[^"<\s]+/g) || [];
      const ours = urls.filter((u) => u.indexOf('localhost') >= 0);
      expect(ours.length).toBeGreaterThan(3);
      for (const url of ours) expect(url.indexOf(base)).toBe(0);
      const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
      expect(manifest).toContain(`<Version>${version}.0</Version>`);
      const unified = (await fetchInsecure(base + 'manifest.json')).body;
      expect(unified).not.toContain('localhost:3000');
      const unifiedUrls = (unified.match(/https?:\/\/[^"\s]+/g) || []).filter((u) => u.indexOf('developer.microsoft.com/json-schemas/') < 0);
      expect(unifiedUrls.length).toBeGreaterThan(8);
      for (const url of unifiedUrls) {
        expect(url.indexOf(base)).toBe(0);
        expect([url, (await fetchInsecure(url.split('#')[0])).status]).toEqual([url, 200]);
      }
      expect(JSON.parse(unified).extensions[0].autoRunEvents[0].events[0]).toMatchObject({ type: 'messageSending', options: { sendMode: 'softBlock' } });
      const allowed = JSON.parse((await fetchInsecure(base + '.well-known/microsoft-officeaddins-allowed.json')).body);
      expect(allowed).toEqual({ allowed: [base + 'handler.js'] });
    });

    it('serves the default policy, valid as it stands', async () => {
      const policy = JSON.parse((await fetchInsecure(base + 'policy.json')).body);
      expect(validatePolicy(policy)).toEqual({ policy: defaultPolicy(), errors: [] });
    });

    it('loads the task pane in Chromium under the Content-Security-Policy, which lets it read policy.json and nothing else', async () => {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { cspViolations: string[] };
        w.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      // No network here: Office.js from Microsoft's CDN is answered with an empty script, as CSP allows it.
      await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: '/* office.js stand-in */' }));
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      const response = await page.goto(base + 'taskpane.html');
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toBe(hosting.SECURITY_HEADERS['Content-Security-Policy']);
      await page.waitForFunction(() => (document.getElementById('root')?.childElementCount || 0) > 0, null, { timeout: 15000 });
      const policyText = await page.evaluate(async () => (await fetch('/policy.json')).text());
      expect(JSON.parse(policyText).name).toBe(defaultPolicy().name);
      const blocked = await page.evaluate(async () => {
        try {
          await fetch('https://example.org/collect');
          return 'sent';
        } catch {
          return 'blocked';
        }
      });
      expect(blocked).toBe('blocked');
      const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      // Reported once per policy in force (the header and the page's own <meta>), nothing else.
      expect(Array.from(new Set(violations))).toEqual(['connect-src https://example.org/collect']);
      // Every file the page asked for was there (its icon included).
      expect(failed).toEqual([]);
      await context.close();
    });

    it('loads the policy studio under the same Content-Security-Policy: it opens the deployed policy.json and can send nothing elsewhere', async () => {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await context.newPage();
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      const response = await page.goto(base + 'policy-studio.html');
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toBe(hosting.SECURITY_HEADERS['Content-Security-Policy']);
      await page.waitForFunction((url) => (document.querySelector('[data-testid=policy-source]')?.textContent || '').indexOf(url) >= 0, base + 'policy.json', { timeout: 15000 });
      const blocked = await page.evaluate(async () => {
        try {
          await fetch('https://example.org/collect', { method: 'POST', body: 'x' });
          return 'sent';
        } catch {
          return 'blocked';
        }
      });
      expect(blocked).toBe('blocked');
      expect(failed).toEqual([]);
      await context.close();
    });
  });
}
