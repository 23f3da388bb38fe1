/**
 * The built CLI as a user runs it: `node bin/send-guard.js` as a separate process on real files.
 * Builds the CLI bundle first so the test always runs the current source.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { defaultPolicy } from '../../src/policy/defaults';

const root = path.join(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'send-guard.js');
const fixtures = path.join(__dirname, 'fixtures');
let tmp: string;

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--config-name', 'cli'], {
    cwd: root,
    stdio: 'pipe',
  });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'send-guard-bin-'));
}, 120000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function sendGuard(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FINDING_KEYS = ['detector', 'confidence', 'severity', 'location', 'evidence', 'count'];

test('scan --json on a clean message: exit 0 and the documented shape', () => {
  const r = sendGuard('scan', '--json', path.join(fixtures, 'clean.eml'));
  expect(r.status).toBe(0);
  expect(r.stderr).toBe('');
  const doc = JSON.parse(r.stdout);
  expect(doc.results).toHaveLength(1);
  expect(Object.keys(doc.results[0])).toEqual(['file', 'verdict', 'findings', 'elapsedMs']);
  expect(doc.results[0].verdict).toBe('allow');
  expect(typeof doc.results[0].elapsedMs).toBe('number');
});

test('scan --json with a policy that warns: exit 1, findings with exactly the documented keys', () => {
  const policy = defaultPolicy();
  policy.detectors['unscannable-attachment'].action = 'warn';
  policy.detectors['unscannable-attachment'].minConfidence = 'low'; // export.dat is a format we don't read: low confidence
  const file = path.join(tmp, 'policy.json');
  fs.writeFileSync(file, JSON.stringify(policy));
  const r = sendGuard('scan', '--json', '--policy', file, path.join(fixtures, 'with-attachment.eml'));
  expect(r.status).toBe(1);
  const finding = JSON.parse(r.stdout).results[0].findings[0];
  expect(Object.keys(finding)).toEqual(FINDING_KEYS);
  expect(finding.location).toEqual({ part: 'attachment', attachment: 'export.dat' });
  expect(['low', 'medium', 'high']).toContain(finding.confidence);
});

test('an unreadable input: exit 2, one line on stderr, the rest still in the JSON', () => {
  const missing = path.join(tmp, 'bestaat-niet.eml');
  const r = sendGuard('scan', '--json', missing, path.join(fixtures, 'clean.eml'));
  expect(r.status).toBe(2);
  expect(r.stderr.trim().split('\n')).toEqual([`send-guard: ${missing}: no such file or folder`]);
  expect(JSON.parse(r.stdout).results).toHaveLength(1);
});

test('bad usage exits 2; extract exits 0 and prints the parts', () => {
  expect(sendGuard('scan', '--lang', 'fr', path.join(fixtures, 'clean.eml')).status).toBe(2);
  const r = sendGuard('extract', path.join(fixtures, 'clean.eml'));
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('--- subject\nKoffieautomaat tweede verdieping\n');
});

test('an Outlook .msg file is read as a message (fixture made by the .msg writer in test/extract/office)', () => {
  const msg = path.join(root, 'test', 'extract', 'office', 'fixtures', 'clean-mail.msg');
  const r = sendGuard('scan', '--json', msg);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const result = JSON.parse(r.stdout).results[0];
  expect(result.file).toBe(msg);
  expect(result.verdict).toBe('allow');
  const extracted = sendGuard('extract', msg);
  expect(extracted.status).toBe(0);
  expect(extracted.stdout).toMatch(/^--- subject\n\S/m);
  expect(extracted.stdout).toMatch(/^--- body\n\S/m);
});
