/** The task pane's Office host on the simulated Outlook: each action does the real Office.js work. */
import { defaultPolicy } from '../../src/policy/defaults';
import type { Policy } from '../../src/policy/types';
import { installOfficeSim, OfficeSim } from '../../src/preview/office-sim';
import { createOutlookHost } from '../../src/taskpane/outlook-host';

const encode = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

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

  test('a sensitivity label is not claimed on a client before Mailbox 1.13', async () => {
    restore();
    sim = new OfficeSim({ mailbox: '1.12', subject: 'x' });
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
