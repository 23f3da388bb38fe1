/**
 * The compose-time check against the simulated Outlook, with the real engine: the notification bar
 * appears and goes with its cause, each event completes exactly once, a burst is one run, and Send
 * after a finished pre-scan reads no unchanged attachment again and still stops the send.
 */
import * as fs from 'fs';
import * as path from 'path';
import { defaultPolicy } from '../../src/policy/defaults';
import { scanMessage } from '../../src/scan';
import { checkOnSend, COMMAND_ID } from '../../src/on-send/on-send';
import { ATTACHMENTS_HANDLER_NAME, createComposeHandlers, NOTIFICATION_KEY, RECIPIENTS_HANDLER_NAME, type ComposeDeps, type ComposeRun } from '../../src/on-send/compose';
import { PRESCAN_KEY } from '../../src/session/prescan';
import { parseContext } from '../../src/session/context';
import { installOfficeSim, OfficeSim, type SimSetup } from '../../src/preview/office-sim';
import { encodeUtf8 } from '../../src/codec/bytes';
import { sleep } from '../outlook/helpers';

const CSV = new Uint8Array(fs.readFileSync(path.resolve(__dirname, '../../src/preview/samples/medewerkers-bsn.csv')));
const IBAN_BODY = 'Hoi,\n\nMijn rekeningnummer is NL91 ABNA 0417 1643 00, graag voor vrijdag overmaken.\n\nGroet, Anna';
const NOTES = encodeUtf8('Notulen van het overleg van dinsdag. Volgende keer bespreken we de planning.');

interface Setup {
  sim: OfficeSim;
  runs: ComposeRun[];
  scans: number;
  restore(): void;
  send(): ReturnType<OfficeSim['fireSend']>;
  reads(): number;
}

let current: Setup | undefined;
afterEach(() => {
  if (current) current.restore();
  current = undefined;
});

/** The simulator as the global Office, with the real compose handlers and Send handler associated to it. */
function setup(sim: SimSetup, deps: Partial<ComposeDeps> = {}): Setup {
  const s = new OfficeSim(sim);
  const restore = installOfficeSim(s);
  const runs: ComposeRun[] = [];
  const out: Setup = {
    sim: s,
    runs,
    scans: 0,
    restore,
    send: () => s.fireSend(),
    reads: () => s.calls.filter((c) => c === 'getAttachmentContentAsync').length,
  };
  const policy = defaultPolicy();
  const compose = createComposeHandlers({
    scan: (m, o) => {
      out.scans++;
      return scanMessage(m, o);
    },
    loadPolicy: () => Promise.resolve(policy),
    quietMs: 20,
    onRun: (run) => runs.push(run),
    ...deps,
  });
  const associate = (s.office.actions as { associate(name: string, fn: (e: unknown) => void): void }).associate;
  associate(RECIPIENTS_HANDLER_NAME, (e) => void compose.onRecipientsChanged(e as never));
  associate(ATTACHMENTS_HANDLER_NAME, (e) => void compose.onAttachmentsChanged(e as never));
  associate('onMessageSendHandler', (e) => void checkOnSend(e as never, { scan: scanMessage, loadPolicy: () => Promise.resolve(policy) }));
  current = out;
  return out;
}

function attach(s: OfficeSim, name: string, bytes: Uint8Array) {
  const id = s.addAttachment({ name, bytes });
  return s.state().attachments.filter((a) => a.id === id)[0];
}

describe('compose-time check', () => {
  test('attaching the BSN list shows an insight bar with a task pane button; removing it clears the bar', async () => {
    const h = setup({ to: ['p.devries@gemeente.example'], subject: 'Lijst', bodyText: 'Zie bijlage.' });
    const added = attach(h.sim, 'medewerkers-bsn.csv', CSV);
    const event = await h.sim.fireAttachmentsChanged('added', added);
    await sleep(50);
    expect(event.completedCalls).toBe(1);
    const bars = h.sim.notifications();
    expect(bars.map((b) => b.key)).toEqual([NOTIFICATION_KEY]);
    const bar = bars[0];
    expect(bar.type).toBe('insightMessage');
    expect(bar.message).toMatch(/BSN/);
    expect(bar.message).toContain('medewerkers-bsn.csv');
    expect(bar.message.length).toBeLessThanOrEqual(150);
    // Never a value: none of the list's numbers is in the bar or in what the task pane receives.
    for (const digits of ['459392840', '401043745']) {
      expect(bar.message).not.toContain(digits);
      expect(JSON.stringify(bar.actions)).not.toContain(digits);
    }
    const action = (bar.actions || [])[0];
    expect(action.actionType).toBe('showTaskPane');
    expect(action.commandId).toBe(COMMAND_ID);
    const context = parseContext(action.contextData);
    expect(context && context.findings.map((f) => f.detector)).toContain('bsn');
    expect(h.sim.state().sessionData[PRESCAN_KEY]).toContain(added.id);

    h.sim.removeAttachmentByName('medewerkers-bsn.csv');
    const removed = await h.sim.fireAttachmentsChanged('removed', added);
    await sleep(50);
    expect(removed.completedCalls).toBe(1);
    expect(h.sim.notifications()).toEqual([]);
    expect(h.sim.state().sessionData[PRESCAN_KEY]).not.toContain(added.id);
  });

  test('without insight messages (Mailbox 1.8) the bar is an informational message', async () => {
    const h = setup({ mailbox: '1.8', bodyText: 'Zie bijlage.' });
    const added = attach(h.sim, 'medewerkers-bsn.csv', CSV);
    await h.sim.fireAttachmentsChanged('added', added);
    await sleep(50);
    expect(h.sim.notifications().map((b) => [b.type, b.persistent, b.actions])).toEqual([['informationalMessage', true, undefined]]);
  });

  test('English Outlook gets the English bar', async () => {
    const h = setup({ displayLanguage: 'en-US', bodyText: 'See attached.' });
    await h.sim.fireAttachmentsChanged('added', attach(h.sim, 'medewerkers-bsn.csv', CSV));
    await sleep(50);
    expect(h.sim.notifications()[0].message).toMatch(/Review this before you send/);
  });

  test('a webmail recipient on a message with an IBAN in the body shows the bar; taking them off clears it; no attachment is read', async () => {
    const h = setup({ to: ['p.devries@gemeente.example'], subject: 'Rekening', bodyText: IBAN_BODY, attachments: [{ name: 'notulen.txt', bytes: NOTES }] });
    await h.sim.fireRecipientsChanged(['to']);
    await sleep(50);
    expect(h.sim.notifications()).toEqual([]);

    h.sim.edit({ to: ['p.devries@gemeente.example', 'anna.devries1984@gmail.com'] });
    const event = await h.sim.fireRecipientsChanged(['to']);
    await sleep(50);
    expect(event.completedCalls).toBe(1);
    const bars = h.sim.notifications();
    expect(bars).toHaveLength(1);
    expect(bars[0].message).toMatch(/[Ee]xterne ontvanger/);
    expect(bars[0].message).not.toContain('gmail');
    expect(bars[0].message).not.toContain('0417');

    h.sim.edit({ to: ['p.devries@gemeente.example'] });
    await h.sim.fireRecipientsChanged(['to']);
    await sleep(50);
    expect(h.sim.notifications()).toEqual([]);
    // Recipient changes never read attachment content.
    expect(h.reads()).toBe(0);
  });

  test('a burst of changes is one or two runs, each event completes once, each attachment is read once', async () => {
    const h = setup({ to: ['extern@bureau.example'], bodyText: 'Zie bijlagen.' });
    const events: Promise<{ completedCalls: number }>[] = [];
    for (let i = 0; i < 3; i++) events.push(h.sim.fireAttachmentsChanged('added', attach(h.sim, 'lijst-' + i + '.csv', CSV)));
    events.push(h.sim.fireRecipientsChanged(['to']));
    events.push(h.sim.fireRecipientsChanged(['cc']));
    const results = await Promise.all(events);
    await sleep(60);
    expect(results.map((r) => r.completedCalls)).toEqual([1, 1, 1, 1, 1]);
    expect(h.runs.length).toBeGreaterThanOrEqual(1);
    expect(h.runs.length).toBeLessThanOrEqual(2);
    expect(h.reads()).toBe(3);
    // A change during a run goes into the next run: fire one while the first is still going.
    const first = h.sim.fireRecipientsChanged(['to']);
    await sleep(25);
    const second = h.sim.fireRecipientsChanged(['to']);
    const third = h.sim.fireRecipientsChanged(['bcc']);
    expect((await Promise.all([first, second, third])).map((r) => r.completedCalls)).toEqual([1, 1, 1]);
    await sleep(60);
    expect(h.sim.events.every((e) => e.completedCalls === 1)).toBe(true);
    expect(h.runs.length).toBeLessThanOrEqual(4);
  });

  test('Send after a finished pre-scan reads no unchanged attachment again and still stops the send', async () => {
    const h = setup({ to: ['p.devries@gemeente.example'], subject: 'Lijst', bodyText: 'Zie bijlage.' });
    await h.sim.fireAttachmentsChanged('added', attach(h.sim, 'medewerkers-bsn.csv', CSV));
    await h.sim.fireAttachmentsChanged('added', attach(h.sim, 'notulen.txt', NOTES));
    await sleep(50);
    expect(h.reads()).toBe(2);
    const callsBefore = h.sim.calls.length;

    const sent = await h.send();
    await sleep(50);
    expect(sent.completedCalls).toBe(1);
    const options = sent.options as { [k: string]: unknown };
    expect(options.allowEvent).toBe(false);
    expect(String(options.errorMessage)).toContain('medewerkers-bsn.csv');
    // Mailbox 1.15: the Markdown alert beside the plain one, listing the stored finding.
    expect(String(options.errorMessageMarkdown)).toMatch(/^\*\*Send Guard/);
    expect(String(options.errorMessageMarkdown)).toMatch(/\n- (\d+× )?BSN /);
    expect(String(options.errorMessageMarkdown)).toContain('medewerkers-bsn.csv');
    expect(h.sim.calls.slice(callsBefore)).not.toContain('getAttachmentContentAsync');

    // An attachment added without a finished pre-scan is read at Send, and only that one.
    attach(h.sim, 'nieuw.txt', NOTES);
    const again = await h.send();
    await sleep(50);
    expect((again.options as { allowEvent: boolean }).allowEvent).toBe(false);
    expect(h.reads()).toBe(3);
  });

  test('an attachment the pre-scan could not read is read at Send: nothing is allowed because a pre-scan failed', async () => {
    const h = setup({ to: ['p.devries@gemeente.example'], bodyText: 'Zie bijlage.', failures: { getAttachmentContentAsync: { kind: 'fail', name: 'AttachmentDownloadFailed' } } });
    const event = await h.sim.fireAttachmentsChanged('added', attach(h.sim, 'medewerkers-bsn.csv', CSV));
    await sleep(50);
    expect(event.completedCalls).toBe(1);
    expect(h.sim.state().sessionData[PRESCAN_KEY] || '').not.toContain('medewerkers');
    delete h.sim.failures.getAttachmentContentAsync;
    const reads = h.reads();
    const sent = await h.send();
    expect(h.reads()).toBe(reads + 1);
    expect((sent.options as { allowEvent: boolean }).allowEvent).toBe(false);
  });

  test('an Office call that never answers still completes the event once (watchdog)', async () => {
    const h = setup({ bodyText: 'Hallo', failures: { getAttachmentsAsync: { kind: 'hang' } } }, { watchdogMs: 80, callTimeoutMs: 120 });
    const event = await h.sim.fireRecipientsChanged(['to']);
    await sleep(150);
    expect(event.completedCalls).toBe(1);
  });

  test('a failing notification call completes the event once and leaves Send to check everything', async () => {
    const h = setup({ bodyText: 'Zie bijlage.', failures: { 'notificationMessages.replaceAsync': { kind: 'throw' } } });
    const event = await h.sim.fireAttachmentsChanged('added', attach(h.sim, 'medewerkers-bsn.csv', CSV));
    await sleep(50);
    expect(event.completedCalls).toBe(1);
    expect(h.sim.notifications()).toEqual([]);
  });
});
