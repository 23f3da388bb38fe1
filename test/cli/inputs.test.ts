/** Inputs the CLI cannot read: a .msg the reader rejects, and a policy with errors (each printed with its path). */
import * as path from 'path';
import { runCli } from '../../src/cli/run';

jest.mock('../../src/extract/mail/msg', () => ({
  parseMsgChecked: () => {
    throw new Error('not a compound file');
  },
}));
jest.mock('../../src/policy/validate', () => {
  const validatePolicy = (value: { bad?: boolean }) =>
    value && value.bad
      ? {
          policy: null,
          errors: [
            { path: 'detectors.bsn.minConfidence', message: 'must be low, medium or high' },
            { path: 'colour', message: 'unknown key' },
          ],
        }
      : { policy: jest.requireActual('../../src/policy/defaults').defaultPolicy(), errors: [] };
  return { validatePolicy, parsePolicy: (text: string) => validatePolicy(JSON.parse(text)) };
});

const fixtures = path.join(__dirname, 'fixtures');
function run(...args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

test('a .msg that cannot be read is one line on stderr; the other inputs are still scanned; exit 2', () => {
  const fs = jest.requireActual('fs') as typeof import('fs');
  const os = jest.requireActual('os') as typeof import('os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'send-guard-msg-'));
  const file = path.join(dir, 'broken.msg');
  fs.writeFileSync(file, 'not a compound file');
  const r = run('scan', '--json', file, path.join(fixtures, 'clean.eml'));
  fs.rmSync(dir, { recursive: true, force: true });
  expect(r.code).toBe(2);
  expect(r.err).toBe(`send-guard: ${file}: cannot read this .msg file (not a compound file)\n`);
  expect(JSON.parse(r.out).results.map((x: { verdict: string }) => x.verdict)).toEqual(['allow']);
});

test('a policy with errors prints every error with its path and exits 2 before scanning', () => {
  const fs = jest.requireActual('fs') as typeof import('fs');
  const os = jest.requireActual('os') as typeof import('os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'send-guard-pol-'));
  const file = path.join(dir, 'policy.json');
  fs.writeFileSync(file, '{"bad": true}');
  const r = run('scan', '--policy', file, path.join(fixtures, 'clean.eml'));
  fs.rmSync(dir, { recursive: true, force: true });
  expect(r.code).toBe(2);
  expect(r.err).toContain('  detectors.bsn.minConfidence: must be low, medium or high\n');
  expect(r.err).toContain('  colour: unknown key\n');
  expect(r.out).toBe('');
});
