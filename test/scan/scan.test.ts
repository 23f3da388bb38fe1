/**
 * The scan's own logic (aggregation, policy, budget, ordering), with the detection engine, the
 * attachment dispatcher and the recipient checks replaced by stand-ins whose output we choose.
 */
import type { Finding, Match } from '../../src/model/finding';
import type { DetectOptions } from '../../src/detection';
import type { ExtractBudget, ExtractResult } from '../../src/extract/types';
import type { RecipientCheckInput } from '../../src/recipients';
import { defaultPolicy } from '../../src/policy/defaults';
import { scanMessage } from '../../src/scan';
import type { MessageInput } from '../../src/model/message';

const detectCalls: Array<{ text: string; options: DetectOptions }> = [];
const extractCalls: string[] = [];
let recipientInput: RecipientCheckInput | undefined;
let recipientFindings: Finding[] = [];
let clock = 0;
let extractCost = 0;

/** Stand-in engine: "BSN:<conf>:<n>" in a text is a BSN match of that confidence, "IBAN" an IBAN. */
jest.mock('../../src/detection', () => ({
  detectText: (text: string, options: DetectOptions): Match[] => {
    detectCalls.push({ text, options });
    const out: Match[] = [];
    const re = /(BSN|IBAN):(low|medium|high):(\d+)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const detector = m[1] === 'BSN' ? 'bsn' : 'iban';
      if (options.detectors && options.detectors.indexOf(detector) < 0) continue;
      out.push({ detector, confidence: m[2] as Match['confidence'], start: m.index, end: m.index + m[0].length, evidence: `${m[1]} ***${m[3]}` });
    }
    return out;
  },
  detectFileName: (name: string): Match[] =>
    /loonstrook/i.test(name) ? [{ detector: 'payslip', confidence: 'medium', start: 0, end: name.length, evidence: 'loonstrook' }] : [],
}));

jest.mock('../../src/extract', () => ({
  extractAttachment: (name: string, bytes: Uint8Array, budget: ExtractBudget): ExtractResult => {
    extractCalls.push(name);
    clock += extractCost;
    if (/\.boom$/.test(name)) throw new Error('bug');
    if (/\.zip$/.test(name)) {
      return {
        texts: [{ path: 'a/lijst.csv', text: 'BSN:high:1' }, { path: 'b.txt', text: 'niets' }],
        problems: [{ detector: 'encrypted-attachment', path: 'geheim.docx', reason: 'encrypted' }],
      };
    }
    if (budget.now() > budget.deadline) return { texts: [], problems: [{ detector: 'unscannable-attachment', path: '', reason: 'time-out' }] };
    return { texts: [{ path: '', text: Buffer.from(bytes).toString('utf8') }], problems: [] };
  },
}));

jest.mock('../../src/recipients', () => ({
  checkRecipients: (input: RecipientCheckInput): Finding[] => {
    recipientInput = input;
    return recipientFindings;
  },
}));

const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
const message = (part: Partial<MessageInput>): MessageInput => ({ to: [], cc: [], bcc: [], subject: '', attachments: [], ...part });
const options = (policy = defaultPolicy()) => ({ policy, now: () => clock, lang: 'en' as const });

beforeEach(() => {
  detectCalls.length = 0;
  extractCalls.length = 0;
  recipientInput = undefined;
  recipientFindings = [];
  clock = 1000;
  extractCost = 0;
});

describe('findings', () => {
  test('one finding per detector and location, with count, best confidence and that match\'s evidence', () => {
    const report = scanMessage(message({ subject: 'BSN:medium:1', bodyText: 'BSN:medium:2 BSN:high:3 BSN:high:4 IBAN:high:5' }), options());
    expect(report.findings).toEqual([
      { detector: 'bsn', confidence: 'high', severity: 'warn', location: { part: 'body' }, evidence: 'BSN ***3', count: 3 },
      { detector: 'iban', confidence: 'high', severity: 'warn', location: { part: 'body' }, evidence: 'IBAN ***5', count: 1 },
      { detector: 'bsn', confidence: 'medium', severity: 'warn', location: { part: 'subject' }, evidence: 'BSN ***1', count: 1 },
    ]);
    expect(report.verdict).toBe('warn');
    expect(report.timedOut).toBe(false);
  });

  test('the HTML body is read through htmlToText when present, else the text body', () => {
    scanMessage(message({ bodyText: 'plain', bodyHtml: '<table><tr><td>a</td><td>b</td></tr></table>' }), options());
    expect(detectCalls.map((c) => c.text)).toEqual(['a\tb\n']);
    detectCalls.length = 0;
    scanMessage(message({ bodyText: 'plain', bodyHtml: '<style>x</style>' }), options());
    expect(detectCalls.map((c) => c.text)).toEqual(['plain']);
  });

  test('below the policy\'s minimum confidence nothing is reported, and the count leaves those matches out', () => {
    const report = scanMessage(message({ bodyText: 'BSN:low:1 BSN:low:2 BSN:medium:3' }), options());
    expect(report.findings.map((f) => [f.detector, f.count, f.confidence])).toEqual([['bsn', 1, 'medium']]);
    const none = scanMessage(message({ bodyText: 'BSN:low:1' }), options());
    expect(none.findings).toEqual([]);
    expect(none.verdict).toBe('allow');
  });

  test('disabled detectors are not asked for; extra keywords and context words reach the engine', () => {
    const policy = defaultPolicy();
    policy.detectors.iban.enabled = false;
    policy.detectors.bsn.contextWords = ['cliëntnummer'];
    policy.detectors.health.keywords = ['re-integratie'];
    const report = scanMessage(message({ bodyText: 'IBAN:high:1 BSN:high:2' }), options(policy));
    expect(report.findings.map((f) => f.detector)).toEqual(['bsn']);
    const passed = detectCalls[0].options;
    expect(passed.detectors).not.toContain('iban');
    expect(passed.detectors).toContain('bsn');
    expect(passed.extra).toEqual({ bsn: { keywords: [], contextWords: ['cliëntnummer'] }, health: { keywords: ['re-integratie'], contextWords: [] } });
  });

  test('severity comes from the policy action; block sorts first and decides the verdict; info alone allows', () => {
    const policy = defaultPolicy();
    policy.detectors.iban.action = 'block';
    policy.detectors.bsn.action = 'info';
    const report = scanMessage(message({ bodyText: 'BSN:high:1 IBAN:medium:2' }), options(policy));
    expect(report.findings.map((f) => [f.detector, f.severity])).toEqual([
      ['iban', 'block'],
      ['bsn', 'info'],
    ]);
    expect(report.verdict).toBe('block');
    policy.detectors.iban.enabled = false;
    expect(scanMessage(message({ bodyText: 'BSN:high:1 IBAN:medium:2' }), options(policy)).verdict).toBe('allow');
  });

  test('the same message gives the same report (deterministic order)', () => {
    const m = message({
      subject: 'IBAN:high:9',
      bodyText: 'BSN:high:1',
      attachments: [
        { name: 'b.txt', kind: 'file', bytes: bytes('BSN:high:2') },
        { name: 'a.txt', kind: 'file', bytes: bytes('BSN:high:3') },
      ],
    });
    const first = scanMessage(m, options()).findings;
    expect(scanMessage(m, options()).findings).toEqual(first);
    expect(first.map((f) => [f.detector, f.location.part, f.location.attachment])).toEqual([
      ['iban', 'subject', undefined],
      ['bsn', 'body', undefined],
      ['bsn', 'attachment', 'b.txt'],
      ['bsn', 'attachment', 'a.txt'],
    ]);
  });
});

describe('attachments', () => {
  test('names, contents and inner paths each get their own location; inline images are skipped', () => {
    const report = scanMessage(
      message({
        attachments: [
          { name: 'loonstrook_maart.txt', kind: 'file', bytes: bytes('BSN:high:1') },
          { name: 'archief.zip', kind: 'file', bytes: bytes('zip') },
          { name: 'image001.png', kind: 'file', inline: true, bytes: bytes('BSN:high:9') },
        ],
      }),
      options(),
    );
    expect(extractCalls).toEqual(['loonstrook_maart.txt', 'archief.zip']);
    expect(report.findings.map((f) => [f.detector, f.location, f.count])).toEqual([
      ['bsn', { part: 'attachment', attachment: 'loonstrook_maart.txt' }, 1],
      ['bsn', { part: 'attachment', attachment: 'archief.zip', path: 'a/lijst.csv' }, 1],
      ['payslip', { part: 'attachment', attachment: 'loonstrook_maart.txt' }, 1],
      ['encrypted-attachment', { part: 'attachment', attachment: 'archief.zip', path: 'geheim.docx' }, 1],
    ]);
    const encrypted = report.findings[3];
    expect(encrypted.reason).toBe('encrypted');
    expect(encrypted.severity).toBe('info');
    expect(encrypted.evidence).toBe('password-protected');
  });

  test('attached messages go through the dispatcher named .eml', () => {
    scanMessage(message({ attachments: [{ name: 'Doorgestuurd', kind: 'item', bytes: bytes('x') }, { name: 'b.eml', kind: 'item', bytes: bytes('x') }] }), options());
    expect(extractCalls).toEqual(['Doorgestuurd.eml', 'b.eml']);
  });

  test('cloud attachments, host errors, missing bytes and a throwing dispatcher are unscannable with a reason', () => {
    const report = scanMessage(
      message({
        attachments: [
          { name: 'plan.docx', kind: 'cloud' },
          { name: 'a.pdf', kind: 'file', error: 'InternalServerError' },
          { name: 'b.pdf', kind: 'file' },
          { name: 'c.boom', kind: 'file', bytes: bytes('x') },
        ],
      }),
      options(),
    );
    // A cloud link says nothing about content: low confidence, under the default policy's minimum.
    expect(report.findings.map((f) => [f.detector, f.location.attachment, f.reason, f.confidence])).toEqual([
      ['unscannable-attachment', 'a.pdf', 'read-error', 'high'],
      ['unscannable-attachment', 'b.pdf', 'no-content', 'high'],
      ['unscannable-attachment', 'c.boom', 'corrupt', 'high'],
    ]);
    expect(report.verdict).toBe('warn'); // what could not be read is never a silent pass
    const everything = defaultPolicy();
    everything.detectors['unscannable-attachment'].minConfidence = 'low';
    const all = scanMessage(message({ attachments: [{ name: 'plan.docx', kind: 'cloud' }] }), options(everything));
    expect(all.findings.map((f) => [f.location.attachment, f.reason, f.confidence])).toEqual([['plan.docx', 'cloud', 'low']]);
  });

  test('when the time budget runs out, attachments not reached are unscannable (time-out) and the report says so', () => {
    extractCost = 2000; // each attachment takes 2 s of the 3 s budget
    const report = scanMessage(
      message({
        bodyText: 'BSN:high:1',
        attachments: ['1.txt', '2.txt', '3.txt', '4.txt'].map((name) => ({ name, kind: 'file' as const, bytes: bytes('IBAN:high:7') })),
      }),
      options(),
    );
    expect(report.timedOut).toBe(true);
    expect(extractCalls).toEqual(['1.txt', '2.txt']);
    expect(report.findings.filter((f) => f.reason === 'time-out').map((f) => f.location.attachment)).toEqual(['2.txt', '3.txt', '4.txt']);
    expect(report.findings.filter((f) => f.detector === 'iban').map((f) => f.location.attachment)).toEqual(['1.txt']);
    expect(report.elapsedMs).toBe(4000);
  });

  test('attachments past the total-bytes limit are unscannable (too-large)', () => {
    const policy = defaultPolicy();
    policy.limits.totalBytes = 15;
    const report = scanMessage(
      message({ attachments: ['a.txt', 'b.txt'].map((name) => ({ name, kind: 'file' as const, bytes: bytes('BSN:high:12345') })) }),
      options(policy),
    );
    expect(report.findings.map((f) => [f.detector, f.location.attachment, f.reason])).toEqual([
      ['bsn', 'a.txt', undefined],
      ['unscannable-attachment', 'b.txt', 'too-large'],
    ]);
  });
});

describe('recipients', () => {
  const external: Finding = {
    detector: 'external-recipients',
    confidence: 'high',
    severity: 'info',
    location: { part: 'recipients' },
    evidence: 'j***@gmail.com',
    count: 1,
    recipients: ['j@gmail.com'],
  };

  test('get the reported content findings, the From address as sender, and the text; their severity comes from the policy', () => {
    recipientFindings = [external];
    const m = message({ from: { address: 'hr@gemeente.nl' }, subject: 'Onderwerp', bodyText: 'BSN:high:1 BSN:low:2', to: [{ address: 'j@gmail.com' }] });
    const report = scanMessage(m, options());
    expect(recipientInput!.senderAddress).toBe('hr@gemeente.nl');
    expect(recipientInput!.text).toBe('Onderwerp\nBSN:high:1 BSN:low:2');
    expect(recipientInput!.contentFindings.map((f) => [f.detector, f.count])).toEqual([['bsn', 1]]);
    expect(report.findings.map((f) => [f.detector, f.severity])).toEqual([
      ['bsn', 'warn'],
      ['external-recipients', 'warn'],
    ]);
    expect(report.findings[1].recipients).toEqual(['j@gmail.com']);
  });

  test('the caller\'s sender address wins over From; disabled recipient checks are dropped', () => {
    recipientFindings = [external];
    const policy = defaultPolicy();
    policy.detectors['external-recipients'].enabled = false;
    const report = scanMessage(message({ from: { address: 'x@y.nl' } }), { ...options(policy), senderAddress: 'me@org.nl' });
    expect(recipientInput!.senderAddress).toBe('me@org.nl');
    expect(report.findings).toEqual([]);
  });
});

describe('long texts', () => {
  test('are scanned in pieces; when time runs out between pieces the rest is reported as not checked (time-out)', () => {
    const line = 'BSN:high:1 ' + 'x'.repeat(100) + '\n';
    const body = line.repeat(Math.ceil((3 * 1024 * 1024) / line.length)); // three pieces of 1 MB
    let calls = 0;
    const now = (): number => 1000 + 2000 * calls++; // every look at the clock costs 2 s of a 3 s budget
    const report = scanMessage(message({ bodyText: body }), { policy: defaultPolicy(), now });
    expect(detectCalls.length).toBe(2);
    expect(report.timedOut).toBe(true);
    expect(report.findings.map((f) => [f.detector, f.location.part, f.reason])).toEqual([
      ['bsn', 'body', undefined],
      ['unscannable-attachment', 'body', 'time-out'],
    ]);
    expect(report.findings[0].count).toBe(detectCalls.reduce((n, c) => n + c.text.split('\n').filter((l) => l.startsWith('BSN')).length, 0));
  });
});
