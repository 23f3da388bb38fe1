/** The CLI in-process: flags, inputs, exit codes and output, through runCli with captured streams. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { defaultPolicy } from '../../src/policy/defaults';
import { runCli } from '../../src/cli/run';

const fixtures = path.join(__dirname, 'fixtures');

function run(...args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { out: (s) => (out += s), err: (s) => (err += s), now: () => 0 });
  return { code, out, err };
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'send-guard-cli-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A complete policy in which unreadable attachments warn, so a file gives exit 1 without any content engine. */
function warnOnUnscannable(): string {
  const policy = defaultPolicy();
  policy.detectors['unscannable-attachment'].action = 'warn';
  policy.detectors['unscannable-attachment'].minConfidence = 'low'; // export.dat is a format we don't read: low confidence
  const file = path.join(tmp, 'warn-unscannable.json');
  fs.writeFileSync(file, JSON.stringify(policy));
  return file;
}

describe('usage', () => {
  test('--help prints the usage and exits 0', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('send-guard scan [--policy FILE] [--json] [--lang nl|en] PATH...');
    expect(r.out).toContain('send-guard extract');
    expect(run('scan', '--help').code).toBe(0);
  });

  test('bad usage exits 2 with a message on stderr', () => {
    for (const args of [[], ['scan'], ['frobnicate'], ['scan', '--lang', 'de', 'x.eml'], ['scan', '--nope', 'x.eml'], ['scan', '--policy']]) {
      const r = run(...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/send-guard|Usage/);
      expect(r.out).toBe('');
    }
  });
});

describe('scan', () => {
  test('a clean message exits 0; the human report is Dutch by default and English with --lang en', () => {
    const nl = run('scan', path.join(fixtures, 'clean.eml'));
    expect(nl.code).toBe(0);
    expect(nl.out).toContain('Niets gevonden.');
    expect(nl.out).toContain('Oordeel: toestaan');
    const en = run('scan', '--lang', 'en', path.join(fixtures, 'clean.eml'));
    expect(en.out).toContain('Nothing found.');
    expect(en.out).toContain('Verdict: allow');
  });

  test('--json prints one document in the DESIGN.md shape; a warned message exits 1', () => {
    const r = run('scan', '--json', '--policy', warnOnUnscannable(), path.join(fixtures, 'with-attachment.eml'), path.join(fixtures, 'clean.eml'));
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual(['results']);
    expect(doc.results.map((x: { file: string }) => path.basename(x.file))).toEqual(['with-attachment.eml', 'clean.eml']);
    const [flagged, clean] = doc.results;
    expect(Object.keys(flagged)).toEqual(['file', 'verdict', 'findings', 'elapsedMs']);
    expect(flagged.verdict).toBe('warn');
    expect(flagged.findings).toEqual([
      {
        detector: 'unscannable-attachment',
        confidence: 'low',
        severity: 'warn',
        location: { part: 'attachment', attachment: 'export.dat' },
        evidence: expect.any(String),
        count: 1,
      },
    ]);
    expect(clean).toEqual({ file: path.join(fixtures, 'clean.eml'), verdict: 'allow', findings: [], elapsedMs: 0 });
  });

  test('the human table has aligned columns and a verdict line', () => {
    const r = run('scan', '--lang', 'en', '--policy', warnOnUnscannable(), path.join(fixtures, 'with-attachment.eml'));
    const lines = r.out.split('\n');
    const header = lines.find((l) => l.includes('Confidence'))!;
    const row = lines.find((l) => l.includes('export.dat'))!;
    expect(header.indexOf('Confidence')).toBe(row.indexOf('low'));
    expect(header.indexOf('Where')).toBe(row.indexOf('attachment export.dat'));
    expect(r.out).toContain('Verdict: warn');
    expect(r.code).toBe(1);
  });

  test('an unreadable input is one line on stderr, exit 2, and the other inputs are still scanned', () => {
    const missing = path.join(tmp, 'weg.eml');
    const r = run('scan', '--json', missing, path.join(fixtures, 'clean.eml'));
    expect(r.code).toBe(2);
    expect(r.err).toBe(`send-guard: ${missing}: no such file or folder\n`);
    expect(JSON.parse(r.out).results).toHaveLength(1);
  });

  test('folders are walked recursively in sorted order; any other file is scanned as an attachment', () => {
    const dir = path.join(tmp, 'walk');
    fs.mkdirSync(path.join(dir, 'b-sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'c.eml'), 'Subject: c\r\n\r\nc');
    fs.writeFileSync(path.join(dir, 'a.txt'), 'gewone tekst');
    fs.writeFileSync(path.join(dir, 'b-sub', 'z.eml'), 'Subject: z\r\n\r\nz');
    fs.writeFileSync(path.join(dir, '.hidden.eml'), 'Subject: h\r\n\r\nh');
    const r = run('scan', '--json', dir);
    expect(r.code).toBe(0);
    const files = JSON.parse(r.out).results.map((x: { file: string }) => path.relative(dir, x.file));
    expect(files).toEqual(['a.txt', path.join('b-sub', 'z.eml'), 'c.eml']);
  });

  test('a policy with errors prints each with its path and exits 2 before scanning', () => {
    const bad = path.join(tmp, 'wrong.json');
    fs.writeFileSync(bad, JSON.stringify({ detectors: { bsn: { minConfidence: 'hoog' } }, colour: 'blue' }));
    const r = run('scan', '--json', '--policy', bad, path.join(fixtures, 'clean.eml'));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^ {2}detectors\.bsn\.minConfidence: /m);
    expect(r.err).toMatch(/^ {2}colour: /m);
  });

  test('a policy file that is not JSON exits 2, naming the file and where the JSON breaks', () => {
    const bad = path.join(tmp, 'bad.json');
    fs.writeFileSync(bad, '{ "detectors": ');
    const r = run('scan', '--policy', bad, path.join(fixtures, 'clean.eml'));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`policy ${bad} is not valid:`);
    expect(r.err).toMatch(/not valid JSON at line 1/);
    expect(r.out).toBe('');
  });
});

describe('extract', () => {
  test('prints the text the scanner sees, part by part, each headed by its name', () => {
    const r = run('extract', path.join(fixtures, 'with-attachment.eml'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('--- subject\nExport uit het planningssysteem\n');
    expect(r.out).toContain('--- body\nBijgaand de export van vorige week.');
    expect(r.out).toMatch(/--- attachment export\.dat\n\[unscannable-attachment: [a-z-]+: /);
    expect(r.out).toContain('From: Planning <planning@zorg-voorbeeld.nl>');
  });

  test('an unreadable input exits 2', () => {
    const r = run('extract', path.join(tmp, 'nope.eml'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('no such file or folder');
  });
});
