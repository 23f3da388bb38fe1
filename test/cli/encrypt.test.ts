/**
 * `send-guard encrypt` as a process (the source through tsx, so no build is needed): the password
 * on stdout or from stdin, the copy on disk opening with a real reader, exit 2 with a message.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
const fixtures = path.join(root, 'test', 'extract', 'fixtures');
const pdfFixtures = path.join(root, 'test', 'extract', 'pdf', 'fixtures');
let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'send-guard-cli-encrypt-'))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function sendGuard(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'cli', 'main.ts'), ...args], { cwd: root, encoding: 'utf8', input, timeout: 60000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('without --password-stdin: prints only a new password, and the PDF opens with it', () => {
  const out = path.join(tmp, 'loonstrook.pdf');
  const r = sendGuard(['encrypt', path.join(pdfFixtures, 'libreoffice-loonstrook.pdf'), '--out', out, '--lang', 'en']);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}\n$/);
  expect(r.stderr).toContain('pdf-aes256');
  const password = r.stdout.trim();
  expect(spawnSync('qpdf', [`--password=${password}`, '--decrypt', out, path.join(tmp, 'plain.pdf')]).status).toBe(0);
  expect(spawnSync('qpdf', ['--password=wrong', '--decrypt', out, path.join(tmp, 'plain2.pdf')]).status).toBe(2);
});

test('with --password-stdin: the first line is the password; stdout stays empty; a csv becomes an AES zip', () => {
  const out = path.join(tmp, 'lijst.zip');
  const password = 'een-lang-genoeg-wachtwoord';
  const r = sendGuard(['encrypt', path.join(fixtures, 'planted-list.csv'), '--out', out, '--password-stdin'], `${password}\nrest\n`);
  expect(r.status).toBe(0);
  expect(r.stdout).toBe('');
  const x = spawnSync('7z', ['x', `-p${password}`, `-o${path.join(tmp, 'x')}`, out]);
  expect(x.status).toBe(0);
  expect(fs.readFileSync(path.join(tmp, 'x', 'planted-list.csv'))).toEqual(fs.readFileSync(path.join(fixtures, 'planted-list.csv')));
});

test.each([
  [['encrypt', path.join(fixtures, 'encrypted.zip'), '--out', 'x.zip', '--lang', 'en'], undefined, /already encrypted/],
  [['encrypt', path.join(fixtures, 'planted-list.csv'), '--out', 'x.zip', '--password-stdin', '--lang', 'en'], 'kort\n', /shorter than the policy allows/],
  [['encrypt', path.join(fixtures, 'planted-list.csv'), '--lang', 'en'], undefined, /needs --out/],
  [['encrypt', path.join(fixtures, 'does-not-exist.csv'), '--out', 'x.zip'], undefined, /does-not-exist/],
])('exit 2 with a clear message: %j', (args, input, message) => {
  const r = sendGuard(args.map((a) => (a === 'x.zip' ? path.join(tmp, 'x.zip') : a)), input);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stdout).toBe('');
});
