/** "Mask in the message" through the task pane host on the simulated Outlook: the real Office.js calls. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { maskAttachment, maskedFileName } from '../../src/masking';
import { defaultPolicy } from '../../src/policy/defaults';
import { installOfficeSim, OfficeSim, type SimSetup } from '../../src/preview/office-sim';
import { scanMessage } from '../../src/scan';
import { NoUndoError } from '../../src/taskpane/host';
import { maskOffer } from '../../src/taskpane/mask-offer';
import { MAX_KEPT_CHARS } from '../../src/taskpane/mask-message';
import { createOutlookHost } from '../../src/taskpane/outlook-host';

type Done = (r: { status: string; error?: { name: string } }) => void;
interface SimItem {
  body: { setAsync(data: string, options: { coercionType: string }, done: Done): void };
  subject: { setAsync(data: string, done: Done): void };
}
const itemOf = (sim: OfficeSim) => (sim.office as unknown as { context: { mailbox: { item: SimItem } } }).context.mailbox.item;

const BODY = '<html><head><style>p{color:red}</style></head><body><p style="font-weight:bold">Beste Jan,</p><p>Je BSN is <b>1234.56.782</b> en je IBAN NL91 ABNA 0417 1643 00.</p></body></html>';

describe('mask in the message on the simulated Outlook', () => {
  let sim: OfficeSim;
  let restore: () => void;
  const policy = defaultPolicy();
  const start = (setup: SimSetup) => {
    sim = new OfficeSim({ to: ['jan@example.org'], ...setup });
    restore = installOfficeSim(sim);
  };
  afterEach(() => restore());

  test('masks subject and HTML body through getAsync/setAsync, keeps the markup, and undo puts the original back', async () => {
    start({ subject: 'BSN 111222333', bodyHtml: BODY });
    const host = createOutlookHost(policy);
    const outcome = await host.maskInMessage!({ withoutUndo: false });
    expect(outcome.undoKept).toBe(true);
    expect(outcome.changes.map((c) => c.masked)).toEqual(['******333', '****.**.782', 'NL** **** **** **** 00']);
    const masked = sim.state();
    expect(masked.subject).toBe('BSN ******333');
    expect(masked.bodyHtml).toBe(BODY.replace('1234.56.782', '****.**.782').replace('NL91 ABNA 0417 1643', 'NL** **** **** ****'));
    expect(sim.calls).toEqual(expect.arrayContaining(['body.getTypeAsync', 'subject.setAsync', 'body.setAsync', 'sessionData.setAsync']));
    // The next check finds nothing: the next Send passes.
    const { message } = await host.readMessage();
    expect(scanMessage(message, { policy }).findings).toEqual([]);
    // The original waits in session data (never in the message) until the send.
    expect(Object.keys(masked.sessionData)).toContain('sendGuard.maskedOriginal');
    expect(await host.hasMaskUndo!()).toBe(true);

    expect(await host.undoMask!()).toBe('restored');
    expect(sim.state().subject).toBe('BSN 111222333');
    expect(sim.state().bodyHtml).toBe(BODY);
    expect(sim.state().sessionData['sendGuard.maskedOriginal']).toBeUndefined();
    expect(await host.undoMask!()).toBe('nothing-kept');
  });

  test('does not undo over what the user wrote after masking', async () => {
    start({ bodyText: 'BSN 111222333' });
    const host = createOutlookHost(policy);
    await host.maskInMessage!({ withoutUndo: false });
    sim.edit({ bodyText: 'BSN ******333, en nog een zin' });
    expect(await host.undoMask!()).toBe('changed-since');
    expect(sim.state().bodyText).toBe('BSN ******333, en nog een zin');
  });

  test('a plain-text body is masked as text (HTML into it would fail with InvalidFormatError)', async () => {
    start({ bodyText: 'wachtwoord: Fiets#Boom42', bodyType: 'text' });
    const host = createOutlookHost(policy);
    const outcome = await host.maskInMessage!({ withoutUndo: false });
    expect(outcome.changes.map((c) => c.detector)).toEqual(['credential']);
    expect(sim.state().bodyText).toBe('wachtwoord: ********');
  });

  test('the simulator refuses what Outlook refuses: HTML into a text body, a subject over 255 characters', async () => {
    start({ bodyText: 'x', bodyType: 'text' });
    const item = itemOf(sim);
    const html = await new Promise<{ status: string; error?: { name: string } }>((resolve) => item.body.setAsync('<p>x</p>', { coercionType: 'html' }, resolve));
    expect(html.error && html.error.name).toBe('InvalidFormatError');
    const long = await new Promise<{ status: string; error?: { name: string } }>((resolve) => item.subject.setAsync('x'.repeat(256), resolve));
    expect(long.error && long.error.name).toBe('DataExceedsMaximumSize');
  });

  test('an HTML fragment set into the body is kept as a whole document, as Outlook does', async () => {
    start({ bodyText: 'x' });
    const item = itemOf(sim);
    await new Promise((resolve) => item.body.setAsync('<p>Hallo</p>', { coercionType: 'html' }, resolve));
    expect(sim.state().bodyHtml).toBe('<html><body><p>Hallo</p></body></html>');
  });

  test('a body too long to keep asks first; masking without undo leaves no original behind', async () => {
    const long = '<p>' + 'Lorem ipsum dolor sit amet. '.repeat(Math.ceil(MAX_KEPT_CHARS / 28)) + '</p><p>BSN 111222333</p>';
    start({ bodyHtml: long });
    const host = createOutlookHost(policy);
    await expect(host.maskInMessage!({ withoutUndo: false })).rejects.toBeInstanceOf(NoUndoError);
    expect(sim.state().bodyHtml).toBe(long);
    const outcome = await host.maskInMessage!({ withoutUndo: true });
    expect(outcome.undoKept).toBe(false);
    expect(sim.state().bodyHtml).toContain('BSN ******333');
    expect(sim.state().sessionData).toEqual({});
  });

  test('without session data (an older client) undo is not offered', async () => {
    start({ bodyText: 'BSN 111222333', mailbox: '1.10' });
    const host = createOutlookHost(policy);
    await expect(host.maskInMessage!({ withoutUndo: false })).rejects.toBeInstanceOf(NoUndoError);
    expect((await host.maskInMessage!({ withoutUndo: true })).undoKept).toBe(false);
    expect(sim.state().customProperties).toEqual({});
  });

  test('a failing setAsync leaves no original behind and rejects', async () => {
    start({ bodyText: 'BSN 111222333', failures: { 'body.setAsync': { kind: 'fail' } } });
    const host = createOutlookHost(policy);
    await expect(host.maskInMessage!({ withoutUndo: false })).rejects.toBeTruthy();
    expect(sim.state().sessionData).toEqual({});
    expect(sim.state().bodyText).toBe('BSN 111222333');
  });

  test('a CSV gets a masked copy through addFileAttachmentFromBase64Async, then the original is removed', async () => {
    const csv = 'naam;bsn\r\nJan;111222333\r\n';
    start({ attachments: [{ name: 'loonlijst.csv', bytes: new Uint8Array(Buffer.from(csv)) }] });
    const host = createOutlookHost(policy);
    const { message } = await host.readMessage();
    const report = scanMessage(message, { policy });
    expect(maskOffer(report.findings, policy).attachments).toEqual(['loonlijst.csv']);
    const original = await host.readAttachment!('loonlijst.csv');
    const copy = maskAttachment(original.name, original.bytes, policy)!;
    await host.replaceAttachment!('loonlijst.csv', { name: maskedFileName(original.name, 'gemaskeerd'), bytes: copy.bytes });
    expect(sim.calls.indexOf('addFileAttachmentFromBase64Async')).toBeLessThan(sim.calls.lastIndexOf('removeAttachmentAsync'));
    expect(sim.state().attachments.map((a) => a.name)).toEqual(['loonlijst (gemaskeerd).csv']);
    const after = await host.readMessage();
    expect(Buffer.from(after.message.attachments[0].bytes!).toString()).toBe('naam;bsn\r\nJan;******333\r\n');
    expect(scanMessage(after.message, { policy }).findings).toEqual([]);
  });
});

test('a Word document gets its masked copy the same way, and the message then passes', async () => {
  const docx = new Uint8Array(readFileSync(join(__dirname, '..', 'masking', 'fixtures', 'brief-bsn.docx')));
  const sim = new OfficeSim({ to: ['zorg@example.org'], attachments: [{ name: 'brief.docx', bytes: docx }] });
  const restore = installOfficeSim(sim);
  try {
    const policy = defaultPolicy();
    const host = createOutlookHost(policy);
    const { message } = await host.readMessage();
    expect(maskOffer(scanMessage(message, { policy }).findings, policy).attachments).toEqual(['brief.docx']);
    const original = await host.readAttachment!('brief.docx');
    const copy = maskAttachment(original.name, original.bytes, policy)!;
    await host.replaceAttachment!('brief.docx', { name: maskedFileName(original.name, 'masked'), bytes: copy.bytes });
    expect(sim.state().attachments.map((a) => a.name)).toEqual(['brief (masked).docx']);
    expect(scanMessage((await host.readMessage()).message, { policy }).findings).toEqual([]);
  } finally {
    restore();
  }
});

describe('what masking offers', () => {
  const f = (detector: string, part: 'body' | 'attachment', attachment?: string, count = 1) => ({ detector, confidence: 'high', severity: 'warn', location: { part, attachment }, evidence: '', count }) as never;

  test('counts the values in the text, names maskable text attachments, and says what cannot be masked', () => {
    const policy = defaultPolicy();
    const offer = maskOffer([f('bsn', 'body', undefined, 2), f('iban', 'body'), f('health', 'body'), f('bsn', 'attachment', 'lijst.csv'), f('bsn', 'attachment', 'lijst.xls'), f('iban', 'attachment', 'rooster.xlsx')], policy);
    expect(offer).toEqual({ count: 3, attachments: ['lijst.csv', 'rooster.xlsx'], cannotMask: ['health'], keptByPolicy: [] });
  });

  test('a detector the policy keeps is not offered and is named as kept', () => {
    const policy = defaultPolicy();
    policy.detectors.bsn.offerMask = false;
    const offer = maskOffer([f('bsn', 'body'), f('iban', 'body')], policy);
    expect(offer.count).toBe(1);
    expect(offer.keptByPolicy).toEqual(['bsn']);
  });
});
