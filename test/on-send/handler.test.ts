import { defaultPolicy } from '../../src/policy/defaults';
import { parseContext } from '../../src/session/context';
import { detectorName } from '../../src/on-send/alert';
import { COMMAND_ID } from '../../src/on-send/on-send';
import { type Harness, harness, settled } from '../outlook/helpers';

const BSN_BODY = 'Beste Piet,\n\nHierbij het BSN van mevrouw Jansen: 1234.56.782.\n\nGroet, Anna';
let h: Harness | undefined;
afterEach(() => {
  if (h) h.restore();
  h = undefined;
});

describe('on-send handler against the simulated Outlook', () => {
  test('a clean message is allowed and the audit header says clean', async () => {
    h = harness({ to: ['p.bakker@gemeente.example'], subject: 'Overleg', bodyText: 'Tot morgen.' });
    const result = await settled(await h.send());
    expect(result.options).toEqual({ allowEvent: true });
    expect(result.completedCalls).toBe(1);
    expect(h.sim.state().headers['X-Send-Guard']).toBe('v=1; result=clean');
    expect(h.scanned[0].to).toEqual([{ address: 'p.bakker@gemeente.example' }]);
    expect(h.scanned[0].from).toEqual({ address: 'a.devries@gemeente.example', name: 'Anna de Vries' });
  });

  test('a BSN in the body stops the send with the full alert on Mailbox 1.15 (warn: prompt user)', async () => {
    h = harness({ to: ['extern@bureau.example'], subject: 'Dossier', bodyText: BSN_BODY });
    const { options, completedCalls } = await settled(await h.send());
    expect(completedCalls).toBe(1);
    const o = options as { [k: string]: unknown };
    expect(o.allowEvent).toBe(false);
    expect(o.errorMessage).toBe(
      'Dit bericht bevat mogelijk persoonsgegevens: ' + detectorName('bsn', 'nl') + ' in de tekst. Kies Bekijk en los op om het beveiligd te versturen of aan te passen, of kies Toch verzenden als dit zo hoort.',
    );
    expect(String(o.errorMessage)).not.toContain('782');
    expect(o.errorMessageMarkdown).toContain('- ' + detectorName('bsn', 'nl') + ' in de tekst\r');
    expect(o.cancelLabel).toBe('Bekijk en los op');
    expect(o.commandId).toBe(COMMAND_ID);
    expect(o.sendModeOverride).toBe('promptUser');
    const context = parseContext(o.contextData);
    expect(context && context.findings).toEqual([{ detector: 'bsn', severity: 'warn', confidence: 'high', location: { part: 'body' }, count: 1 }]);
    expect(String(o.contextData)).not.toContain('782');
    // Send Anyway from the dialog is possible: the header already says what was found.
    expect(h.sim.state().headers['X-Send-Guard']).toBe('v=1; result=warned; findings=bsn');
  });

  test('a block finding stops without the prompt-user override', async () => {
    h = harness({ subject: 'GEHEIM wachtwoord', bodyText: 'ww: Zomer2024!' });
    const o = (await h.send()).options as { [k: string]: unknown };
    expect(o.allowEvent).toBe(false);
    expect(o.sendModeOverride).toBeUndefined();
    expect(o.errorMessage).toContain(detectorName('credential', 'nl') + ' in het onderwerp');
    expect(o.errorMessage).toContain('Kies Bekijk en los op');
  });

  test('Mailbox 1.12: only allowEvent and errorMessage, pointing at the ribbon', async () => {
    h = harness({ mailbox: '1.12', bodyText: BSN_BODY });
    const o = (await h.send()).options as { [k: string]: unknown };
    expect(Object.keys(o).sort()).toEqual(['allowEvent', 'errorMessage']);
    expect(o.errorMessage).toContain('Kies Bericht controleren in het lint');
  });

  test('Mailbox 1.14: button, context and override, but no Markdown', async () => {
    h = harness({ mailbox: '1.14', bodyText: BSN_BODY });
    const o = (await h.send()).options as { [k: string]: unknown };
    expect(Object.keys(o).sort()).toEqual(['allowEvent', 'cancelLabel', 'commandId', 'contextData', 'errorMessage', 'sendModeOverride']);
  });

  test('English display language gives the English alert', async () => {
    h = harness({ displayLanguage: 'en-GB', bodyText: BSN_BODY, attachments: [{ name: 'loonstrook-maart.pdf', bytes: new Uint8Array([37, 80, 68, 70]) }] });
    const o = (await h.send()).options as { [k: string]: unknown };
    expect(o.errorMessage).toBe(
      'This message may contain personal data: ' +
        detectorName('bsn', 'en') +
        ' in the body; ' +
        detectorName('payslip', 'en') +
        ' in attachment loonstrook-maart.pdf. Choose Review and fix to send it securely or change it, or choose Send Anyway if this is intended.',
    );
    expect(o.cancelLabel).toBe('Review and fix');
  });
});

describe('failures complete the event exactly once, as policy.onError says', () => {
  test('body read fails, onError allow: the send goes through, marked unchecked', async () => {
    h = harness({ bodyText: BSN_BODY, failures: { 'body.getAsync': { kind: 'fail' } } });
    const result = await settled(await h.send());
    expect(result).toEqual({ options: { allowEvent: true }, completedCalls: 1 });
    expect(h.scanned).toHaveLength(0);
    expect(h.sim.state().headers['X-Send-Guard']).toBe('v=1; result=unchecked');
  });

  test('body read fails, onError block: stopped with the could-not-check message', async () => {
    const policy = defaultPolicy();
    policy.onError = 'block';
    h = harness({ bodyText: BSN_BODY, failures: { 'body.getAsync': { kind: 'fail' } } }, { policy });
    const result = await settled(await h.send());
    expect(result.completedCalls).toBe(1);
    const o = result.options as { [k: string]: unknown };
    expect(o.allowEvent).toBe(false);
    expect(o.errorMessage).toBe(
      'Send Guard kon dit bericht niet controleren. Je concept blijft bewaard. Probeer het opnieuw te versturen; lukt het niet, neem dan contact op met je beheerder.',
    );
    expect(parseContext(o.contextData)).toMatchObject({ cause: 'error', findings: [] });
  });

  test('attachment content fails: that attachment is marked, the rest is still checked', async () => {
    h = harness({
      bodyText: 'Zie bijlagen.',
      attachments: [
        { name: 'notulen.docx', bytes: new Uint8Array([80, 75, 3, 4]) },
        { name: 'loonstrook.pdf', bytes: new Uint8Array([37, 80, 68, 70]) },
      ],
      failures: { getAttachmentContentAsync: { kind: 'fail', name: 'AttachmentDownloadFailed' } },
    });
    const result = await settled(await h.send());
    expect(result.completedCalls).toBe(1);
    expect(h.scanned[0].attachments.map((a) => [a.name, a.error])).toEqual([
      ['notulen.docx', 'read-failed'],
      ['loonstrook.pdf', 'read-failed'],
    ]);
    expect((result.options as { allowEvent: boolean }).allowEvent).toBe(false);
  });

  test('a call that never answers times out; onError block says it could not check in time', async () => {
    const policy = defaultPolicy();
    policy.onError = 'block';
    h = harness({ bodyText: 'hallo', failures: { 'subject.getAsync': { kind: 'hang' } } }, { policy, callTimeoutMs: 40, watchdogMs: 5000 });
    const result = await settled(await h.send(), 100);
    expect(result.completedCalls).toBe(1);
    expect((result.options as { errorMessage: string }).errorMessage).toMatch(/^Send Guard kon dit bericht niet op tijd controleren\./);
  });

  test('the watchdog completes the event when nothing else does', async () => {
    h = harness({ bodyText: 'hallo', failures: { 'to.getAsync': { kind: 'hang' } } }, { callTimeoutMs: 400, watchdogMs: 50 });
    const result = await settled(await h.send(), 100);
    expect(result).toEqual({ options: { allowEvent: true }, completedCalls: 1 });
  });

  test('an Office call that throws synchronously is an error, not an escaped exception', async () => {
    h = harness({ bodyText: BSN_BODY, failures: { getAttachmentsAsync: { kind: 'throw' } } });
    const result = await settled(await h.send());
    expect(result).toEqual({ options: { allowEvent: true }, completedCalls: 1 });
  });

  test('a scan that throws is an error too', async () => {
    const policy = defaultPolicy();
    policy.onError = 'block';
    h = harness(
      { bodyText: 'x' },
      {
        policy,
        scan: () => {
          throw new Error('boom');
        },
      },
    );
    const result = await settled(await h.send());
    expect(result.completedCalls).toBe(1);
    expect((result.options as { allowEvent: boolean }).allowEvent).toBe(false);
  });
});

describe('registration', () => {
  test('registerHandler associates onMessageSendHandler with the installed Office', async () => {
    h = harness({ bodyText: 'hallo' });
    delete h.sim.actions.onMessageSendHandler;
    const { registerHandler } = await import('../../src/on-send/handler');
    expect(registerHandler()).toBe(true);
    expect(Object.keys(h.sim.actions)).toEqual(['onMessageSendHandler', 'onMessageRecipientsChangedHandler', 'onMessageAttachmentsChangedHandler']);
    const result = await settled(await h.send());
    expect(result).toEqual({ options: { allowEvent: true }, completedCalls: 1 });
  });
});

describe('time budget', () => {
  test('reading and scanning share the policy time budget', async () => {
    let clock = 0;
    const budgets: number[] = [];
    const policy = defaultPolicy();
    policy.limits.timeBudgetMs = 1000;
    h = harness(
      { bodyText: 'x', attachments: [{ name: 'a.txt', bytes: new Uint8Array([1]) }, { name: 'b.txt', bytes: new Uint8Array([2]) }] },
      {
        policy,
        // Each clock reading is 300 ms later: the first attachment is fetched, the second is past the half-budget deadline.
        now: () => (clock += 300),
        scan: (m, o) => {
          budgets.push(o.policy.limits.timeBudgetMs);
          return { verdict: 'allow', findings: [], elapsedMs: 0, timedOut: false };
        },
      },
    );
    await settled(await h.send());
    expect(h.scanned[0].attachments.map((a) => a.error)).toEqual([undefined, 'time-out']);
    expect(budgets).toEqual([500]);
  });
});

describe('completed() itself failing', () => {
  test('an exception from event.completed does not escape and is not retried', async () => {
    h = harness({ bodyText: 'hallo' });
    const { checkOnSend } = await import('../../src/on-send/on-send');
    let calls = 0;
    const event = {
      completed: () => {
        calls++;
        throw new Error('host gone');
      },
    };
    const options = await checkOnSend(event, { scan: () => ({ verdict: 'allow', findings: [], elapsedMs: 0, timedOut: false }), loadPolicy: () => Promise.resolve(defaultPolicy()) });
    expect(options).toEqual({ allowEvent: true });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(calls).toBe(1);
  });
});
