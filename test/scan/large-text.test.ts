/**
 * Time, not size, bounds a text: a 15 MB text attachment with a BSN on its last line is scanned to
 * its end (the old 5 M character cap cut it and said "too large"); what the time budget still cuts
 * is reported, never dropped.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/run';
import { useNativeDecoder } from '../../src/codec/bytes';
import { defaultPolicy } from '../../src/policy/defaults';
import { scanMessage } from '../../src/scan';
import { mixedDutchText } from '../../bench/mixed-dutch-text';

const MB = 1024 * 1024;
// No planted values on the way (plantEvery past the end): the one BSN is on the last line.
const TEXT = mixedDutchText(15 * MB, 5, 100 * MB) + '\nBurgerservicenummer nieuwe medewerker: 111222333\n';
const BYTES = new Uint8Array(Buffer.from(TEXT, 'utf8'));

function message() {
  return { subject: '', bodyText: '', to: [], cc: [], bcc: [], attachments: [{ name: 'notities.txt', bytes: BYTES, kind: 'file' as const }] };
}

test('the default policy keeps far more text than a 15 MB attachment holds', () => {
  expect(TEXT.length).toBeGreaterThan(15 * MB);
  expect(defaultPolicy().limits.extractedChars).toBeGreaterThan(TEXT.length);
});

test('the whole 15 MB text is scanned: the BSN on its last line is found (the engine as the handler runs it)', () => {
  useNativeDecoder(undefined);
  const policy = defaultPolicy();
  // A shared test machine may be slow; the budget is not what this test is about.
  policy.limits.timeBudgetMs = 60000;
  const report = scanMessage(message(), { policy, lang: 'en' });
  expect(report.findings.map((f) => [f.detector, f.confidence])).toEqual([['bsn', 'high']]);
}, 60000);

test('send-guard scan of the 15 MB file with the default policy finds the BSN', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'send-guard-large-'));
  try {
    const file = path.join(dir, 'notities.txt');
    fs.writeFileSync(file, BYTES);
    let out = '';
    const code = runCli(['scan', '--json', file], { out: (s) => (out += s), err: () => undefined });
    const findings = JSON.parse(out).results[0].findings as Array<{ detector: string }>;
    expect(findings.map((f) => f.detector)).toEqual(['bsn']);
    expect(code).toBe(1);
  } finally {
    useNativeDecoder(undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60000);

test('a text still cut (here by the memory cap) is reported as too large, with what was read still checked', () => {
  const policy = defaultPolicy();
  policy.limits.extractedChars = 1000;
  policy.limits.timeBudgetMs = 60000;
  const report = scanMessage(message(), { policy, lang: 'en' });
  expect(report.findings.map((f) => [f.detector, f.reason])).toEqual([['unscannable-attachment', 'too-large']]);
});

test('a text the time budget cuts is reported as not checked within the time limit', () => {
  // A clock that moves on a second each time it is read: the budget runs out part way.
  let clock = 0;
  const policy = defaultPolicy();
  const report = scanMessage(message(), { policy, lang: 'en', now: () => (clock += 1000) });
  expect(report.findings.map((f) => [f.detector, f.reason])).toEqual([['unscannable-attachment', 'time-out']]);
  expect(report.timedOut).toBe(true);
});
