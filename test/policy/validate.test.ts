import { defaultPolicy } from '../../src/policy/defaults';
import { parsePolicy, validatePolicy } from '../../src/policy/validate';

const paths = (value: unknown) => validatePolicy(value).errors.map((e) => e.path);

describe('policy validation', () => {
  it('accepts no file content at all as the default, and the full default as itself', () => {
    expect(validatePolicy({}).policy).toEqual(defaultPolicy());
    expect(validatePolicy(defaultPolicy())).toEqual({ policy: defaultPolicy(), errors: [] });
  });

  it('fills what a partial policy leaves out from the default', () => {
    const { policy, errors } = validatePolicy({ detectors: { bsn: { action: 'block' } }, recipients: { internalDomains: ['Gemeente.NL'] } });
    expect(errors).toEqual([]);
    expect(policy?.detectors.bsn).toEqual({ ...defaultPolicy().detectors.bsn, action: 'block' });
    expect(policy?.detectors.iban).toEqual(defaultPolicy().detectors.iban);
    expect(policy?.recipients.internalDomains).toEqual(['gemeente.nl']);
  });

  it('reports every error at once, each with its path', () => {
    const broken = {
      name: 42,
      detecters: {},
      detectors: { bsn: { minConfidence: 'hi', action: 'stop', enabled: 'yes' }, iban: { keywords: 'rekening' }, passport: {} },
      recipients: { trustedDomains: ['ok.nl', 'not a domain', 7], visibleThreshold: 1.5 },
      secureSend: { mechanism: 'secure-channel', secureChannelUrl: 'http://zivver.example/send' },
      onError: 'ignore',
      limits: { timeBudgetMs: 0, archiveDepth: 'deep' },
    };
    const result = validatePolicy(broken);
    expect(result.policy).toBeNull();
    expect(result.errors.map((e) => e.path).sort()).toEqual(
      [
        'name',
        'detecters',
        'detectors.bsn.minConfidence',
        'detectors.bsn.action',
        'detectors.bsn.enabled',
        'detectors.iban.keywords',
        'detectors.passport',
        'recipients.trustedDomains[1]',
        'recipients.trustedDomains[2]',
        'recipients.visibleThreshold',
        'secureSend.secureChannelUrl',
        'secureSend.secureChannelLabel',
        'onError',
        'limits.timeBudgetMs',
        'limits.archiveDepth',
      ].sort(),
    );
    const byPath = (p: string) => result.errors.find((e) => e.path === p)?.message;
    expect(byPath('detecters')).toBe('unknown key (did you mean "detectors"?)');
    expect(byPath('detectors.bsn.minConfidence')).toBe('expected one of low, medium, high, got "hi"');
    expect(byPath('limits.timeBudgetMs')).toBe('expected a whole number from 100 to 60000, got 0');
  });

  it('ties the secure-send mechanism to the fields it needs', () => {
    expect(paths({ secureSend: { mechanism: 'sensitivity-label' } })).toEqual(['secureSend.sensitivityLabelId']);
    expect(paths({ secureSend: { mechanism: 'header', headerName: 'Encrypt' } })).toEqual(['secureSend.headerName', 'secureSend.headerValue']);
    expect(paths({ secureSend: { mechanism: 'header', headerName: 'X-Encrypt', headerValue: 'yes' } })).toEqual([]);
    expect(paths({ secureSend: { mechanism: 'sensitivity-label', sensitivityLabelId: '9fbde396-1a24-4c79-8edf-9254a0f35055' } })).toEqual([]);
    expect(paths({ limits: { attachmentBytes: 10_000_000, totalBytes: 5_000_000 } })).toEqual(['limits.totalBytes']);
    expect(paths({ recipients: { internalDomains: ['a.nl'], trustedDomains: ['a.nl'] } })).toEqual(['recipients.trustedDomains[0]']);
  });

  it('keeps policy keywords as plain text, never as a pattern', () => {
    const { policy } = validatePolicy({ detectors: { health: { keywords: ['  (a+)+$ ', 'ziekte.*'] } } });
    expect(policy?.detectors.health.keywords).toEqual(['(a+)+$', 'ziekte.*']);
  });

  it('rejects a document that is not an object, and says where JSON syntax breaks', () => {
    expect(paths([])).toEqual(['(root)']);
    const syntax = parsePolicy('{\n  "name": "x",\n  "onError": allow\n}');
    expect(syntax.policy).toBeNull();
    expect(syntax.errors[0].path).toBe('(root)');
    expect(syntax.errors[0].message).toMatch(/^not valid JSON at line 3/);
    expect(parsePolicy('\uFEFF{"$schema": "./policy.schema.json"}').errors).toEqual([]);
  });
});
