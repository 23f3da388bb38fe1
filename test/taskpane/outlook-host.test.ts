/** The task pane's Office host on the simulated Outlook: each action does the real Office.js work. */
import { defaultPolicy } from '../../src/policy/defaults';
import type { Policy } from '../../src/policy/types';
import { installOfficeSim, OfficeSim } from '../../src/preview/office-sim';
import { createOutlookHost } from '../../src/taskpane/outlook-host';

const encode = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
// A sublabel, so finding it means searching the catalog's children.
const LABEL = { id: '3f2c6f1e-8e0c-4c8a-9a53-1d2b3c4d5e6f', name: 'Vertrouwelijk', tooltip: 'Alleen de ontvangers kunnen het openen.' };

describe('task pane host on the simulated Outlook', () => {
  let sim: OfficeSim;
  let restore: () => void;
  let policy: Policy;

  beforeEach(() => {
    sim = new OfficeSim({
      displayLanguage: 'en-GB',
      user: { emailAddress: 'j.bakker@gemeente-voorbeeld.nl' },
      to: ['m.devries@gemeente-voorbeeld.nl', 'ouder1@gmail.com'],
      cc: ['ouder2@hotmail.com', 'collega@gemeente-voorbeeld.nl'],
      subject: 'Informatieavond',
      bodyText: 'Beste ouders,',
      attachments: [{ name: 'lijst.csv', bytes: encode('naam,bsn\n') }, { name: 'uitnodiging.txt', bytes: encode('Welkom') }],
      sensitivityLabels: [{ id: 'aa11bb22-0000-4000-8000-000000000001', name: 'Openbaar' }, { id: 'aa11bb22-0000-4000-8000-000000000002', name: 'Intern', children: [LABEL] }],
    });
    restore = installOfficeSim(sim);
    policy = defaultPolicy();
  });
  afterEach(() => restore());

  test('speaks the display language and reads the message with the sender', async () => {
    const host = createOutlookHost(policy);
    expect(host.language).toBe('en');
    const { message, senderAddress } = await host.readMessage();
    expect(senderAddress).toBe('j.bakker@gemeente-voorbeeld.nl');
    expect(message.subject).toBe('Informatieavond');
    expect(message.attachments.map((a) => a.name)).toEqual(['lijst.csv', 'uitnodiging.txt']);
  });

  test('moves exactly the named recipients from To and Cc to Bcc', async () => {
    await createOutlookHost(policy).moveToBcc(['OUDER1@gmail.com', 'ouder2@hotmail.com']);
    const state = sim.state();
    expect(state.to.map((r) => r.emailAddress)).toEqual(['m.devries@gemeente-voorbeeld.nl']);
    expect(state.cc.map((r) => r.emailAddress)).toEqual(['collega@gemeente-voorbeeld.nl']);
    expect(state.bcc.map((r) => r.emailAddress).sort()).toEqual(['ouder1@gmail.com', 'ouder2@hotmail.com']);
  });

  test('removes the attachment by its name', async () => {
    await createOutlookHost(policy).removeAttachment('lijst.csv');
    expect(sim.state().attachments.map((a) => a.name)).toEqual(['uitnodiging.txt']);
  });

  test('send securely: subject tag once, header, sensitivity label where Mailbox 1.13 is there', async () => {
    const host = createOutlookHost(policy);
    const secure = { ...policy.secureSend, mechanism: 'subject-tag' as const, subjectTag: '[vertrouwelijk]' };
    expect(await host.secureSend(secure)).toBe('applied');
    expect(await host.secureSend(secure)).toBe('applied');
    expect(sim.state().subject).toBe('[vertrouwelijk] Informatieavond');

    expect(await host.secureSend({ ...policy.secureSend, mechanism: 'header', headerName: 'X-Encrypt', headerValue: 'yes' })).toBe('applied');
    expect(sim.state().headers['X-Encrypt']).toBe('yes');

    const label = '3f2c6f1e-8e0c-4c8a-9a53-1d2b3c4d5e6f';
    expect(await host.secureSend({ ...policy.secureSend, mechanism: 'sensitivity-label', sensitivityLabelId: label })).toBe('applied');
    expect(sim.state().sensitivityLabel).toBe(label);
    expect(await host.secureSend({ ...policy.secureSend, mechanism: 'none' })).toBe('not-supported');
  });

  test('the label is offered by the name and tooltip Outlook\'s catalog gives it, and only when the catalog has it', async () => {
    const host = createOutlookHost(policy);
    const describe = host.describeSecureSend as NonNullable<typeof host.describeSecureSend>;
    const secure = { ...policy.secureSend, mechanism: 'sensitivity-label' as const, sensitivityLabelId: LABEL.id };
    expect(await describe(secure)).toEqual({ available: true, label: { name: 'Vertrouwelijk', tooltip: LABEL.tooltip } });
    expect(sim.calls).toContain('sensitivityLabelsCatalog.getIsEnabledAsync');

    // A label the catalog does not have for this user is neither offered nor applied.
    const unknown = { ...secure, sensitivityLabelId: '99999999-9999-4999-8999-999999999999' };
    expect(await describe(unknown)).toEqual({ available: false });
    expect(await host.secureSend(unknown)).toBe('not-supported');

    // The catalog switched off: nothing offered, nothing set.
    sim.labelCatalogEnabled = false;
    expect(await describe(secure)).toEqual({ available: false });
    expect(await host.secureSend(secure)).toBe('not-supported');
    expect(sim.state().sensitivityLabel).toBe('');

    // The other mechanisms are offered when their setting is there.
    expect(await describe({ ...policy.secureSend, mechanism: 'subject-tag', subjectTag: '[x]' })).toEqual({ available: true });
    expect(await describe({ ...policy.secureSend, mechanism: 'none' })).toEqual({ available: false });
  });

  test('an open pane hears of a later alert (InitializationContextChanged) and whether it is ours', async () => {
    const host = createOutlookHost(policy);
    const heard: boolean[] = [];
    const stop = (host.onReopenedFromAlert as NonNullable<typeof host.onReopenedFromAlert>)((fromAlert) => heard.push(fromAlert));
    await new Promise((r) => setTimeout(r, 10));
    expect(sim.calls).toContain('addHandlerAsync');
    sim.takeActionFromAlert(JSON.stringify({ v: 1, cause: 'findings', verdict: 'warn', fingerprint: 'x', findings: [], omitted: 0, timedOut: false }), true);
    sim.takeActionFromAlert('not ours', true);
    expect(heard).toEqual([true, false]);
    stop();
    await new Promise((r) => setTimeout(r, 10));
    sim.takeActionFromAlert('{}', true);
    expect(heard).toEqual([true, false]);
  });

  test('before Mailbox 1.15 there is no InitializationContextChanged: no handler, no error', async () => {
    restore();
    sim = new OfficeSim({ mailbox: '1.14', subject: 'x' });
    restore = installOfficeSim(sim);
    const heard: boolean[] = [];
    const stop = (createOutlookHost(policy).onReopenedFromAlert as NonNullable<ReturnType<typeof createOutlookHost>['onReopenedFromAlert']>)((b) => heard.push(b));
    await new Promise((r) => setTimeout(r, 10));
    sim.takeActionFromAlert('{}', true);
    expect(heard).toEqual([]);
    stop();
  });

  test('a sensitivity label is not claimed on a client before Mailbox 1.13', async () => {
    restore();
    sim = new OfficeSim({ mailbox: '1.12', subject: 'x', sensitivityLabels: [LABEL] });
    restore = installOfficeSim(sim);
    const outcome = await createOutlookHost(policy).secureSend({ ...policy.secureSend, mechanism: 'sensitivity-label', sensitivityLabelId: '3f2c6f1e-8e0c-4c8a-9a53-1d2b3c4d5e6f' });
    expect(outcome).toBe('not-supported');
    expect(sim.state().sensitivityLabel).toBe('');
  });

  test('knows whether the Smart Alert opened it', async () => {
    const host = createOutlookHost(policy);
    expect(await host.openedFromAlert()).toBe(false);
    sim.initializationContext = JSON.stringify({ v: 1, cause: 'findings', verdict: 'warn', fingerprint: 'x', findings: [], omitted: 0, timedOut: false });
    expect(await host.openedFromAlert()).toBe(true);
  });

  test('records a decision in session data with the audit header', async () => {
    await createOutlookHost(policy).recordDecision({ action: 'send-anyway', reason: 'Afgesproken', detectors: ['bsn'] });
    const state = sim.state();
    expect(Object.keys(state.sessionData).length + Object.keys(state.customProperties).length).toBeGreaterThan(0);
    expect(state.headers['X-Send-Guard']).toMatch(/action=send-anyway/);
    expect(state.headers['X-Send-Guard']).toContain('Afgesproken');
  });
});
