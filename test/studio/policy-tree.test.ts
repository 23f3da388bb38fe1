/** The studio's view of the policy document: read and write at a path, and what differs from the default. */
import { defaultPolicy } from '../../src/policy/defaults';
import { POLICY_SCHEMA } from '../../src/policy/schema';
import { differences, leaves, showValue, valueAt, withValue } from '../../src/studio/policy-tree';

describe('policy tree', () => {
  test('withValue sets a value deep down, creating objects, keeping everything else', () => {
    const doc = { name: 'HR', detectors: { iban: { action: 'block' } }, extra: 1 };
    const next = withValue(doc, ['detectors', 'bsn', 'action'], 'info');
    expect(next).toEqual({ name: 'HR', detectors: { iban: { action: 'block' }, bsn: { action: 'info' } }, extra: 1 });
    // The original is left as it was (React state).
    expect(doc.detectors).toEqual({ iban: { action: 'block' } });
    expect(withValue('not an object', ['limits', 'timeBudgetMs'], 500)).toEqual({ limits: { timeBudgetMs: 500 } });
  });

  test('valueAt reads what the document says, undefined for what it does not', () => {
    const doc = { detectors: { bsn: { enabled: false } } };
    expect(valueAt(doc, ['detectors', 'bsn', 'enabled'])).toBe(false);
    expect(valueAt(doc, ['detectors', 'iban', 'enabled'])).toBeUndefined();
    expect(valueAt(doc, ['detectors', 'bsn', 'enabled', 'x'])).toBeUndefined();
  });

  test('leaves lists every schema field that is not an object, including every detector setting', () => {
    const paths = leaves().map((l) => l.path.join('.'));
    expect(paths).toContain('detectors.bsn.action');
    expect(paths).toContain('limits.timeBudgetMs');
    expect(paths).toContain('secureSend.mechanism');
    const detectorFields = Object.keys((POLICY_SCHEMA.fields.detectors as { fields: Record<string, { fields: object }> }).fields.bsn.fields);
    for (const field of detectorFields) expect(paths).toContain(`detectors.payslip.${field}`);
    expect(paths.some((p) => p === 'detectors' || p === 'limits')).toBe(false);
  });

  test('a new field in the schema appears by itself', () => {
    const spec = { kind: 'object' as const, doc: '', fields: { a: { kind: 'boolean' as const, doc: 'A.' }, b: { kind: 'object' as const, doc: '', fields: { offerMask: { kind: 'boolean' as const, doc: 'Mask.' } } } } };
    expect(leaves(spec).map((l) => l.path.join('.'))).toEqual(['a', 'b.offerMask']);
  });

  test('differences lists only what the document changes, with default and new value', () => {
    const defaults = defaultPolicy();
    const doc = {
      $schema: './policy.schema.json',
      name: defaults.name,
      detectors: { bsn: { action: 'block', minConfidence: 'medium' }, iban: { keywords: ['rekening'] } },
      limits: { timeBudgetMs: 1500 },
      unknownKey: true,
    };
    expect(differences(doc, defaults)).toEqual([
      { path: 'detectors.bsn.action', from: 'warn', to: 'block' },
      { path: 'detectors.iban.keywords', from: [], to: ['rekening'] },
      { path: 'limits.timeBudgetMs', from: 3000, to: 1500 },
    ]);
    expect(differences(defaults, defaults)).toEqual([]);
    expect(differences(undefined, defaults)).toEqual([]);
  });

  test('values read as JSON', () => {
    expect(showValue(['a', 'b'])).toBe('["a","b"]');
    expect(showValue('warn')).toBe('"warn"');
    expect(showValue(undefined)).toBe('—');
  });
});
