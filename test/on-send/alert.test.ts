/** The pure decision pieces: alert text and options, fingerprint, audit header, contextData. */
import type { Finding } from '../../src/model/finding';
import { DETECTOR_IDS } from '../../src/model/finding';
import type { MessageInput } from '../../src/model/message';
import type { Report } from '../../src/model/finding';
import { type AlertSettings, decide, decideOnError, detectorName, MAX_CANCEL_LABEL, MAX_MESSAGE } from '../../src/on-send/alert';
import { parseContext } from '../../src/session/context';
import { auditHeaderValue, cleanReason, parseDecision, serializeDecision } from '../../src/session/decision';
import { fingerprintMessage } from '../../src/session/fingerprint';
import { ALERT_STRINGS } from '../../src/strings/alert';

const settings = (over: Partial<AlertSettings> = {}): AlertSettings => ({
  lang: 'nl',
  taskPaneButton: true,
  markdown: true,
  commandId: 'SendGuardOpenPane',
  fingerprint: 'f'.repeat(64),
  promptUser: 'promptUser',
  ...over,
});
const finding = (f: Partial<Finding>): Finding => ({ detector: 'bsn', confidence: 'high', severity: 'warn', location: { part: 'body' }, evidence: '****', count: 1, ...f });
const report = (findings: Finding[]): Report => ({
  verdict: findings.some((f) => f.severity === 'block') ? 'block' : findings.some((f) => f.severity === 'warn') ? 'warn' : 'allow',
  findings,
  elapsedMs: 1,
  timedOut: false,
});

describe('the alert', () => {
  test('info findings alone do not stop the send', () => {
    expect(decide(report([finding({ detector: 'unscannable-attachment', severity: 'info' })]), settings())).toEqual({ allowEvent: true });
  });

  test('same detector in the same place is one line with the counts added up', () => {
    const o = decide(report([finding({ count: 2 }), finding({ count: 1 }), finding({ detector: 'iban', location: { part: 'attachment', attachment: 'lijst.xlsx', path: 'Blad1' } })]), settings());
    expect(o.errorMessage!.startsWith(`Dit bericht bevat mogelijk persoonsgegevens: 3× ${detectorName('bsn', 'nl')} in de tekst; ${detectorName('iban', 'nl')} in bijlage lijst.xlsx (Blad1). `)).toBe(true);
  });

  test('many findings and long names stay within 500 characters, with "and N more"', () => {
    const many = DETECTOR_IDS.map((detector, i) => finding({ detector, location: { part: 'attachment', attachment: 'x'.repeat(200) + i + '.docx', path: 'y'.repeat(300) } }));
    for (const lang of ['nl', 'en'] as const) {
      const o = decide(report(many), settings({ lang }));
      expect(o.errorMessage!.length).toBeLessThanOrEqual(MAX_MESSAGE);
      expect(o.errorMessageMarkdown!.length).toBeLessThanOrEqual(MAX_MESSAGE);
      expect(o.errorMessage).toContain(lang === 'nl' ? 'en nog ' : 'and ');
      expect(o.cancelLabel!.length).toBeLessThanOrEqual(MAX_CANCEL_LABEL);
    }
  });

  test('Markdown escapes names, so a file name cannot become formatting', () => {
    const o = decide(report([finding({ detector: 'payslip', location: { part: 'attachment', attachment: '*loon*_[1].pdf' } })]), settings());
    expect(o.errorMessageMarkdown).toContain('- ' + detectorName('payslip', 'nl') + ' in bijlage \\*loon\\*\\_\\[1\\].pdf\r');
    expect(o.errorMessageMarkdown).not.toContain('\\-');
    expect(o.errorMessageMarkdown!.startsWith('**Send Guard heeft dit bericht tegengehouden**\n\n')).toBe(true);
  });

  test('contextData carries no evidence and no addresses', () => {
    const o = decide(report([finding({ detector: 'visible-recipients', location: { part: 'recipients' }, evidence: 'o***@mail.example', recipients: ['ouder@mail.example'] })]), settings());
    expect(o.contextData).not.toMatch(/mail\.example|\*\*\*/);
    expect(parseContext(o.contextData)).toMatchObject({ v: 1, cause: 'findings', verdict: 'warn', omitted: 0, findings: [{ detector: 'visible-recipients', count: 1 }] });
  });

  test('both languages have a button label of at most 20 characters and the same messages', () => {
    expect(Object.keys(ALERT_STRINGS.nl).sort()).toEqual(Object.keys(ALERT_STRINGS.en).sort());
    for (const lang of ['nl', 'en'] as const) {
      expect(ALERT_STRINGS[lang].cancelLabel.length).toBeLessThanOrEqual(MAX_CANCEL_LABEL);
      for (const id of DETECTOR_IDS) expect(detectorName(id, lang).length).toBeGreaterThan(0);
    }
  });

  test('on error: allow, or stop with the could-not-check message', () => {
    expect(decideOnError('allow', false, settings())).toEqual({ allowEvent: true });
    const o = decideOnError('block', true, settings({ lang: 'en', taskPaneButton: false, markdown: false }));
    expect(o).toEqual({ allowEvent: false, errorMessage: expect.stringMatching(/^Send Guard could not check this message in time\. Your draft is kept\./) });
  });
});

const base: MessageInput = {
  to: [{ address: 'A@X.example' }, { address: 'b@y.example' }],
  cc: [],
  bcc: [],
  subject: 'Rapport',
  bodyText: 'Regel een\r\nRegel twee',
  bodyHtml: '<p>Regel een</p><p>Regel twee</p>',
  attachments: [{ name: 'r.pdf', kind: 'file', size: 3, bytes: new Uint8Array([1, 2, 3]) }],
};
const variant = (change: Partial<MessageInput>): MessageInput => ({ ...base, ...change });

describe('fingerprint', () => {
  const fp = fingerprintMessage(base);
  test('is 64 hex characters and stable under recipient order, case and white space', () => {
    expect(fp).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintMessage(variant({ to: [{ address: 'b@y.example' }, { address: 'a@x.example', name: 'A' }] }))).toBe(fp);
    expect(fingerprintMessage(variant({ bodyText: 'Regel een\nRegel twee  \n' }))).toBe(fp);
    expect(fingerprintMessage(variant({ bodyHtml: '<div>anders opgemaakt</div>' }))).toBe(fp);
  });

  test('changes with the content', () => {
    const others = [
      variant({ bodyText: 'Regel een\nRegel drie' }),
      variant({ subject: 'Rapport 2' }),
      variant({ to: [{ address: 'a@x.example' }] }),
      variant({ to: [{ address: 'a@x.example' }], bcc: [{ address: 'b@y.example' }] }),
      variant({ attachments: [{ name: 'r.pdf', kind: 'file', size: 4, bytes: new Uint8Array([1, 2, 3, 4]) }] }),
      variant({ attachments: [{ name: 'r2.pdf', kind: 'file', size: 3, bytes: new Uint8Array([1, 2, 3]) }] }),
      variant({ attachments: [] }),
    ].map(fingerprintMessage);
    expect(new Set([fp, ...others]).size).toBe(others.length + 1);
  });

  test('an attachment counts by what every runtime knows (name, size), not whether its bytes were read in time', () => {
    const unread = variant({ attachments: [{ name: 'r.pdf', kind: 'file', size: 3 }] });
    expect(fingerprintMessage(unread)).toBe(fp);
  });

  test('an attached Outlook item counts by name only (Office may report another size on send)', () => {
    const a = variant({ attachments: [{ name: 'Doorgestuurd', kind: 'item', size: 100, bytes: new Uint8Array([1]) }] });
    const b = variant({ attachments: [{ name: 'Doorgestuurd', kind: 'item', size: 120, bytes: new Uint8Array([2]) }] });
    expect(fingerprintMessage(a)).toBe(fingerprintMessage(b));
  });
});

describe('audit header and stored decision', () => {
  test('the reason loses addresses, digits, line breaks, quotes and accents, and is short', () => {
    expect(cleanReason('Overleg met ouder@mail.example\r\nBSN 123456782 "ok"; café')).toBe("Overleg met [e-mail] BSN ######### 'ok'' cafe");
    expect(cleanReason('x'.repeat(1000)).length).toBeLessThanOrEqual(120);
  });

  test('header value lists the outcome, the findings once each and the cleaned reason', () => {
    expect(auditHeaderValue({ result: 'decided', action: 'send-anyway', detectors: ['bsn', 'bsn', 'iban'], reason: 'met toestemming van 06-12345678' })).toBe(
      'v=1; result=decided; action=send-anyway; findings=bsn,iban; reason="met toestemming van ##-########"',
    );
  });

  test('a stored decision survives a round trip; anything else is ignored', () => {
    const d = { v: 1 as const, fingerprint: 'ab', action: 'secure-send' as const, detectors: ['bsn' as const], at: 5 };
    expect(parseDecision(serializeDecision(d))).toEqual(d);
    expect(parseDecision('{"v":1,"fingerprint":"ab","action":"delete-everything","detectors":[]}')).toBeUndefined();
    expect(parseDecision('not json')).toBeUndefined();
    expect(parseDecision(undefined)).toBeUndefined();
  });

  test('contextData parses from a string or an object, and rejects what is not ours', () => {
    expect(parseContext('')).toBeUndefined();
    expect(parseContext('{')).toBeUndefined();
    expect(parseContext({ v: 2, findings: [], fingerprint: '' })).toBeUndefined();
    expect(parseContext({ v: 1, findings: [], fingerprint: 'x', cause: 'error', verdict: 'block', omitted: 0, timedOut: false })).toMatchObject({ cause: 'error' });
  });
});

describe('detector names come from the detectors\' own texts', () => {
  test('written for mid-sentence: common nouns lower-case, abbreviations kept', () => {
    expect(detectorName('payslip', 'nl')).toMatch(/^loonstrook/);
    expect(detectorName('bsn', 'nl')).toMatch(/^BSN/);
    expect(detectorName('iban', 'en')).toMatch(/^IBAN/);
  });
});

describe('recipient findings in the alert', () => {
  test('count addresses, not places', () => {
    const o = decide(report([finding({ detector: 'visible-recipients', location: { part: 'recipients' }, count: 12 })]), settings({ lang: 'en' }));
    expect(o.errorMessage!.startsWith(`This message may contain personal data: ${detectorName('visible-recipients', 'en')} (12). `)).toBe(true);
  });
});
