import { defaultPolicy } from '../../src/policy/defaults';
import { recordDecision } from '../../src/session/memory';
import { type Harness, harness, settled } from '../outlook/helpers';

const BSN_BODY = 'Hierbij het BSN van mevrouw Jansen: 1234.56.782.';
let h: Harness | undefined;
afterEach(() => {
  if (h) h.restore();
  h = undefined;
});

const allowed = (o: unknown): boolean => (o as { allowEvent: boolean }).allowEvent;

describe('decision memory: a decided message goes, a changed one is checked again', () => {
  test('stop, send anyway with a reason, send again (passes), change the body, send again (stopped)', async () => {
    h = harness({ to: ['extern@bureau.example'], subject: 'Dossier', bodyText: BSN_BODY });
    expect(allowed((await h.send()).options)).toBe(false);

    const decision = await recordDecision(
      { action: 'send-anyway', reason: 'Afgesproken met j.jansen@bureau.example, dossier 2024-118\nmet toestemming', detectors: ['bsn'] },
      { policy: defaultPolicy() },
    );
    expect(decision.reason).toBe("Afgesproken met [e-mail] dossier ####-### met toestemming");
    expect(Object.keys(h.sim.state().sessionData)).toEqual(['sendGuardDecision']);

    const again = await settled(await h.send());
    expect(again).toEqual({ options: { allowEvent: true }, completedCalls: 1 });
    expect(h.sim.state().headers['X-Send-Guard']).toBe('v=1; result=decided; action=send-anyway; findings=bsn; reason="Afgesproken met [e-mail] dossier ####-### met toestemming"');

    h.sim.edit({ bodyText: BSN_BODY + '\nEn ook die van meneer Jansen.' });
    expect(allowed((await h.send()).options)).toBe(false);
  });

  test('white space the client adds is not a change; a new recipient is', async () => {
    h = harness({ to: ['extern@bureau.example'], bodyText: BSN_BODY });
    expect(allowed((await h.send()).options)).toBe(false);
    await recordDecision({ action: 'secure-send', detectors: ['bsn'] }, { policy: defaultPolicy() });
    h.sim.edit({ bodyText: BSN_BODY + '  \r\n' });
    expect(allowed((await h.send()).options)).toBe(true);
    h.sim.edit({ to: ['extern@bureau.example', 'nog.iemand@elders.example'] });
    expect(allowed((await h.send()).options)).toBe(false);
  });

  test('send anyway never overrides a block finding', async () => {
    h = harness({ subject: 'GEHEIM', bodyText: 'ww: ****' });
    expect(allowed((await h.send()).options)).toBe(false);
    await recordDecision({ action: 'send-anyway', reason: 'moet', detectors: ['credential'] }, { policy: defaultPolicy() });
    expect(allowed((await h.send()).options)).toBe(false);
  });

  test('removing the attachment: the decision is for the content without it', async () => {
    h = harness({ bodyText: 'Zie bijlage.', attachments: [{ name: 'loonstrook-mei.pdf', bytes: new Uint8Array([1, 2, 3]) }] });
    expect(allowed((await h.send()).options)).toBe(false);
    expect(h.sim.removeAttachmentByName('loonstrook-mei.pdf')).toBe(true);
    await recordDecision({ action: 'attachment-removed', detectors: ['payslip'] }, { policy: defaultPolicy() });
    expect(allowed((await h.send()).options)).toBe(true);
    expect(h.scanned).toHaveLength(1); // the remembered decision skipped the second scan
  });

  test('without sessionData the decision lives in custom properties', async () => {
    h = harness({ mailbox: '1.12', sessionData: false, bodyText: BSN_BODY });
    expect(allowed((await h.send()).options)).toBe(false);
    await recordDecision({ action: 'send-anyway', reason: 'ok', detectors: ['bsn'] }, { policy: defaultPolicy() });
    expect(h.sim.state().sessionData).toEqual({});
    expect(Object.keys(h.sim.state().customProperties)).toEqual(['sendGuardDecision']);
    expect(allowed((await h.send()).options)).toBe(true);
  });

  test('storage that fails means the message is simply checked again', async () => {
    h = harness({ bodyText: BSN_BODY });
    await recordDecision({ action: 'send-anyway', reason: 'ok', detectors: ['bsn'] }, { policy: defaultPolicy() });
    h.sim.failures['sessionData.getAllAsync'] = { kind: 'fail' };
    const result = await settled(await h.send());
    expect(result.completedCalls).toBe(1);
    expect(allowed(result.options)).toBe(false);
  });
});
