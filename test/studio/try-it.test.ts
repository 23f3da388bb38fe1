/**
 * Try it: a file checked in the studio gives what the CLI reports for it, the handler's alert text,
 * and a folder is checked one file per task, stopped messages first, unreadable files as rows.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { decide } from '../../src/on-send/alert';
import { loadMessage } from '../../src/cli/inputs';
import { defaultPolicy } from '../../src/policy/defaults';
import { scanMessage } from '../../src/scan';
import { MAX_FILES, runQueue, type Progress, type QueuedFile } from '../../src/studio/queue';
import { alertFor, checkFile, stoppedFirst } from '../../src/studio/try-it';

const ROOT = join(__dirname, '..', '..');
const BSN_EML = join(ROOT, 'test/corpus/messages/nl-bsn-naar-extern.eml');
const RTF_MSG = join(ROOT, 'test/extract/office/fixtures/rtf-only.msg');
const CLEAN_EML = join(ROOT, 'test/cli/fixtures/clean.eml');
const clock = () => 0;

const bytes = (file: string) => new Uint8Array(readFileSync(file));

describe('checking one file', () => {
  test.each([BSN_EML, RTF_MSG, CLEAN_EML])('%s: the same report as the CLI', (file) => {
    const policy = defaultPolicy();
    const studio = checkFile(file, bytes(file), policy, 'en', clock);
    const message = loadMessage(file);
    const cli = scanMessage(message, { policy, lang: 'en', now: clock, senderAddress: message.from ? message.from.address : undefined });
    expect(studio.report).toEqual(cli);
  });

  test('a message with a BSN: verdict warn, BSN found with masked evidence only', () => {
    const { report } = checkFile('mail.eml', bytes(BSN_EML), defaultPolicy(), 'en', clock);
    expect(report.verdict).toBe('warn');
    const bsn = report.findings.filter((f) => f.detector === 'bsn')[0];
    expect(bsn.evidence).toMatch(/\*/);
    expect(bsn.evidence).not.toContain('559520037');
  });

  test("the BSN detector's action decides the verdict", () => {
    const policy = defaultPolicy();
    policy.detectors.bsn.action = 'block';
    expect(checkFile('mail.eml', bytes(BSN_EML), policy, 'en', clock).report.verdict).toBe('block');
  });

  test('a .msg that is not a message is an unscannable-attachment row at the policy action, never a pass', () => {
    const policy = defaultPolicy();
    for (const data of [new Uint8Array(0), new TextEncoder().encode('not a compound file')]) {
      const { report } = checkFile('folder/kapot.msg', data, policy, 'nl', clock);
      expect(report.verdict).toBe('warn');
      expect(report.findings).toHaveLength(1);
      expect(report.findings[0]).toMatchObject({ detector: 'unscannable-attachment', location: { part: 'attachment', attachment: 'kapot.msg' }, reason: 'damaged-mail' });
    }
    policy.detectors['unscannable-attachment'].action = 'block';
    expect(checkFile('kapot.msg', new Uint8Array(0), policy, 'nl', clock).report.verdict).toBe('block');
  });

  test('that row goes through the engine: numbers in its name masked, the reason in words, the policy obeyed', () => {
    const policy = defaultPolicy();
    const [finding] = checkFile('maart/kapot-111222333.msg', new Uint8Array(0), policy, 'en', clock).report.findings;
    expect(finding.location).toEqual({ part: 'attachment', attachment: 'kapot-******333.msg' });
    expect(finding.evidence).toMatch(/message/i);
    policy.detectors['unscannable-attachment'].enabled = false;
    expect(checkFile('kapot.msg', new Uint8Array(0), policy, 'en', clock).report.findings).toEqual([]);
  });

  test("the alert text is the handler's, in both languages, and nothing for an allowed message", () => {
    const { report } = checkFile('mail.eml', bytes(BSN_EML), defaultPolicy(), 'en', clock);
    for (const lang of ['nl', 'en'] as const) {
      const handler = decide(report, { lang, taskPaneButton: true, markdown: false, commandId: 'x', fingerprint: '', promptUser: 'promptUser' });
      const alert = alertFor(report, lang);
      expect(alert).toEqual({ message: handler.errorMessage, button: handler.cancelLabel });
      expect(alert!.message).toContain('BSN');
    }
    expect(alertFor(checkFile('clean.eml', bytes(CLEAN_EML), defaultPolicy(), 'en', clock).report, 'nl')).toBeNull();
  });
});

describe('a folder of messages', () => {
  const file = (name: string, path: string): QueuedFile => ({ name, read: async () => bytes(path) });

  test('one file per task, progress after each, stopped first, an unreadable file as a row', async () => {
    const files: QueuedFile[] = [
      file('a/clean.eml', CLEAN_EML),
      file('b/bsn.eml', BSN_EML),
      { name: 'c/gone.eml', read: () => Promise.reject(new Error('NotReadableError')) },
      file('d/rtf.msg', RTF_MSG),
    ];
    const policy = defaultPolicy();
    policy.detectors.bsn.action = 'block';
    let pauses = 0;
    const seen: number[] = [];
    const done = await runQueue(files, {
      policy,
      lang: 'en',
      now: clock,
      pause: async () => {
        pauses++;
      },
      cancelled: () => false,
      onProgress: (p) => seen.push(p.done),
    });
    expect(pauses).toBe(4);
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(done.total).toBe(4);
    const rows = stoppedFirst(done.checks).map((c) => [c.file, c.report.verdict]);
    expect(rows).toEqual([
      ['b/bsn.eml', 'block'],
      ['d/rtf.msg', 'block'],
      ['c/gone.eml', 'warn'],
      ['a/clean.eml', 'allow'],
    ]);
    const gone = done.checks.filter((c) => c.file === 'c/gone.eml')[0];
    expect(gone.report.findings.map((f) => f.detector)).toEqual(['unscannable-attachment']);
    expect(gone.report.findings[0].location.attachment).toBe('gone.eml');
  });

  test('a newer run stops an older one', async () => {
    let cancelled = false;
    const seen: Progress[] = [];
    const done = await runQueue([file('1.eml', CLEAN_EML), file('2.eml', BSN_EML), file('3.eml', CLEAN_EML)], {
      policy: defaultPolicy(),
      lang: 'nl',
      pause: async () => undefined,
      cancelled: () => cancelled,
      onProgress: (p) => {
        seen.push(p);
        cancelled = true;
      },
    });
    expect(seen).toHaveLength(1);
    expect(done.done).toBe(1);
  });

  test('at most MAX_FILES are read; the rest are counted', async () => {
    let reads = 0;
    const many: QueuedFile[] = Array.from({ length: MAX_FILES + 3 }, (_, i) => ({
      name: `${i}.txt`,
      read: async () => {
        reads++;
        return new Uint8Array(0);
      },
    }));
    const done = await runQueue(many, { policy: defaultPolicy(), lang: 'en', pause: async () => undefined, cancelled: () => false, onProgress: () => undefined });
    expect(reads).toBe(MAX_FILES);
    expect(done.skipped).toBe(3);
    expect(done.checks).toHaveLength(MAX_FILES);
  });
});
