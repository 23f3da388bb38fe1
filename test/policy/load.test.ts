import { defaultPolicy } from '../../src/policy/defaults';
import { createPolicyLoader, policyUrl } from '../../src/policy/load';

describe('runtime policy loading', () => {
  const url = policyUrl('https://addin.example.nl/send-guard');

  it('builds the URL under the base', () => {
    expect(url).toBe('https://addin.example.nl/send-guard/policy.json');
    expect(policyUrl('https://addin.example.nl/')).toBe('https://addin.example.nl/policy.json');
  });

  it('reads a valid policy.json once and keeps it between sends until it expires', async () => {
    let clock = 0;
    const fetchText = jest.fn(async () => JSON.stringify({ name: 'Gemeente', detectors: { bsn: { action: 'block' } } }));
    const load = createPolicyLoader({ url, fetchText, ttlMs: 1000, now: () => clock });
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(b);
    expect(a.origin).toBe('file');
    expect(a.policy.name).toBe('Gemeente');
    expect(a.policy.detectors.bsn.action).toBe('block');
    await load();
    expect(fetchText).toHaveBeenCalledTimes(1);
    expect(fetchText).toHaveBeenCalledWith(url, 1500);
    clock = 2000;
    await load();
    expect(fetchText).toHaveBeenCalledTimes(2);
  });

  it('falls back to the default, saying why, when the file is missing, unreachable or invalid', async () => {
    const missing = await createPolicyLoader({ url, fetchText: async () => null })();
    expect(missing).toMatchObject({ origin: 'default', problem: 'missing', policy: defaultPolicy() });

    const unreachable = await createPolicyLoader({ url, fetchText: () => Promise.reject(new Error('time-out')) })();
    expect(unreachable).toMatchObject({ origin: 'default', problem: 'unreachable' });

    const invalid = await createPolicyLoader({ url, fetchText: async () => '{"onError": "maybe"}' })();
    expect(invalid.origin).toBe('default');
    expect(invalid.problem).toBe('invalid');
    expect(invalid.errors.map((e) => e.path)).toEqual(['onError']);
  });
});
