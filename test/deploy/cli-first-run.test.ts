/**
 * The quick start's `npx send-guard scan ...` works on a fresh clone: with no dist/cli, the bin
 * builds the CLI first instead of sending the user to `npm run build`. Run in a temporary copy
 * of the layout (bin/, src/ and node_modules linked), so the real dist/ is not touched.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'src', 'preview', 'samples', 'medewerkers-bsn.csv');

describe('send-guard on first use', () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-cli-first-run-'));
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.copyFileSync(path.join(ROOT, 'bin', 'send-guard.js'), path.join(dir, 'bin', 'send-guard.js'));
    fs.symlinkSync(path.join(ROOT, 'src'), path.join(dir, 'src'));
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  });

  const run = (...args: string[]) => spawnSync(process.execPath, [path.join(dir, 'bin', 'send-guard.js'), ...args], { encoding: 'utf8', timeout: 120000 });

  test('builds dist/cli when it is missing, then scans', () => {
    const built = path.join(dir, 'dist', 'cli', 'send-guard.js');
    expect(fs.existsSync(built)).toBe(false);
    const result = run('scan', '--json', SAMPLE);
    expect(result.stderr).not.toMatch(/not built/);
    // Exit 1: the sample holds BSNs, so the verdict is warn.
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.results[0].findings.map((f: { detector: string }) => f.detector)).toContain('bsn');
    expect(fs.existsSync(built)).toBe(true);
  });

  test('uses the CLI it built the next time, without building again', () => {
    const built = path.join(dir, 'dist', 'cli', 'send-guard.js');
    const before = fs.statSync(built).mtimeMs;
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/send-guard scan/);
    expect(fs.statSync(built).mtimeMs).toBe(before);
  });

  test('npm start builds the CLI (the same builder) before it serves the add-in', () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as { [name: string]: string };
    const steps = scripts.start.split('&&').map((s) => s.trim());
    expect(steps[0]).toBe('node src/deploy/build-cli.js');
    expect(steps[steps.length - 1]).toMatch(/^webpack serve /);
  });

  test('says what to do when it cannot build (no esbuild), instead of a stack trace', () => {
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-cli-bare-'));
    // bin/ and the builder, but no node_modules beside them: as after `npm install --omit=dev`.
    fs.mkdirSync(path.join(bare, 'bin'));
    fs.mkdirSync(path.join(bare, 'src', 'deploy'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'bin', 'send-guard.js'), path.join(bare, 'bin', 'send-guard.js'));
    fs.copyFileSync(path.join(ROOT, 'src', 'deploy', 'build-cli.js'), path.join(bare, 'src', 'deploy', 'build-cli.js'));
    const result = spawnSync(process.execPath, [path.join(bare, 'bin', 'send-guard.js'), 'scan', SAMPLE], { encoding: 'utf8', cwd: bare, env: { ...process.env, NODE_PATH: '' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/could not build the CLI .*npm install/);
  });
});
