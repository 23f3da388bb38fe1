/** The built pages: each carries its Content-Security-Policy before any script; the browser check says one line. */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { DIST } from './harness';

function page(name: string): string {
  const file = join(DIST, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  return readFileSync(file, 'utf8');
}

function policyOf(html: string): { policy: string; index: number } {
  const match = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/i.exec(html);
  if (!match) throw new Error('no Content-Security-Policy meta');
  return { policy: match[1], index: match.index };
}

function directive(policy: string, name: string): string[] {
  const found = policy.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === name);
  return found ? found.slice(1) : [];
}

describe('built pages', () => {
  test.each([
    ['taskpane.html', ["'self'", 'https://appsforoffice.microsoft.com']],
    ['commands.html', ["'self'", 'https://appsforoffice.microsoft.com']],
    ['preview.html', ["'self'"]],
    ['policy-studio.html', ["'self'"]],
  ])('%s allows scripts only from %j, before its first script', (name, scripts) => {
    const html = page(name);
    const { policy, index } = policyOf(html);
    expect(index).toBeLessThan(html.search(/<script/i));
    expect(directive(policy, 'script-src')).toEqual(scripts);
    expect(directive(policy, 'default-src')).toEqual(["'self'"]);
    expect(directive(policy, 'connect-src')).toEqual(["'self'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(directive(policy, 'script-src')).not.toContain("'unsafe-inline'");
  });

  test('the policy studio ships beside the add-in but no manifest names it: staff never load it', () => {
    expect(page('policy-studio.html')).toMatch(/<script[^>]+src="?policy-studio\.js/);
    for (const manifest of ['manifest.xml', 'manifest.json']) expect(page(manifest)).not.toContain('policy-studio');
  });

  test('the sample attachments are in the build', () => {
    expect(existsSync(join(DIST, 'samples', 'loonstrook-maart-2026.pdf'))).toBe(true);
    expect(existsSync(join(DIST, 'samples', 'medewerkers-bsn.csv'))).toBe(true);
  });
});

describe('without a browser', () => {
  test('the pre-test check prints one line saying how to get Chromium and fails', () => {
    let output = '';
    let status = 0;
    try {
      execFileSync(process.execPath, [join(__dirname, 'chromium-path.js')], { env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' }, stdio: 'pipe' });
    } catch (e) {
      const error = e as { status: number; stderr: Buffer };
      status = error.status;
      output = error.stderr.toString();
    }
    expect(status).toBe(1);
    expect(output.trim().split('\n')).toHaveLength(1);
    expect(output).toMatch(/apt-get install chromium/);
  });
});
