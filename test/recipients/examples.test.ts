/** One table test for every recipient check: the true and false examples each check carries. */
import { RECIPIENT_EXAMPLES } from '../../src/recipients/examples';
import { RECIPIENT_DETECTORS, type Finding, type Language } from '../../src/model/finding';
import { defaultPolicy } from '../../src/policy/defaults';
import { EXAMPLE_SENDER, type RecipientCheck, type RecipientExample } from '../../src/recipients/check';
import { recipientContext } from '../../src/recipients/context';
import { emptyStore, rememberSensitiveDomains } from '../../src/recipients/domains/first-time';
import { RECIPIENT_TEXTS } from '../../src/recipients/descriptions';
import { RECIPIENT_CHECKS, RECIPIENT_REGISTRY } from '../../src/recipients/registry';

/** Runs one example through the check alone, with the context checkRecipients would build. */
function run(check: RecipientCheck, example: RecipientExample, lang: Language): Finding[] {
  const policy = defaultPolicy();
  Object.assign(policy.recipients, example.policy || {});
  const r = (address: string) => ({ address });
  const contentFindings: Finding[] = (example.content || []).map((c) => {
    const { detector, confidence } = typeof c === 'string' ? { detector: c, confidence: 'high' as const } : c;
    return { detector, confidence, severity: 'warn', location: { part: 'body' }, evidence: 'masked', count: 1 };
  });
  const context = recipientContext({
    message: { to: example.to.map(r), cc: (example.cc || []).map(r), bcc: (example.bcc || []).map(r), subject: '', attachments: [] },
    policy,
    contentFindings,
    senderAddress: example.from || EXAMPLE_SENDER,
    text: example.text || '',
    sensitiveDomainStore: example.knownDomains ? rememberSensitiveDomains(emptyStore('0123456789abcdef'), example.knownDomains) : undefined,
    lang,
  });
  return context ? check.check(context) : [];
}

describe('every recipient check is registered and describes itself', () => {
  it('has exactly the contract ids, in order, and the registry by id agrees', () => {
    expect(RECIPIENT_CHECKS.map((c) => c.id)).toEqual([...RECIPIENT_DETECTORS]);
    for (const check of RECIPIENT_CHECKS) expect(RECIPIENT_REGISTRY[check.id]).toBe(check);
  });
  it.each(RECIPIENT_CHECKS.map((c) => [c.id, c] as const))('%s has texts in nl and en and true and false examples', (_id, c) => {
    for (const lang of ['nl', 'en'] as const) {
      expect(c.texts[lang].name.length).toBeGreaterThan(0);
      expect(RECIPIENT_TEXTS[c.id][lang].why.length).toBeGreaterThan(20);
      expect(RECIPIENT_TEXTS[c.id][lang].summary({ count: 2 })).toMatch(/2/);
    }
    expect(RECIPIENT_EXAMPLES[c.id].some((e) => e.finding !== null)).toBe(true);
    expect(RECIPIENT_EXAMPLES[c.id].some((e) => e.finding === null)).toBe(true);
  });
});

const rows = RECIPIENT_CHECKS.flatMap((c) => RECIPIENT_EXAMPLES[c.id].map((e) => [c.id, e.why, c, e] as const));

describe.each(RECIPIENT_CHECKS.map((c) => [c.id] as const))('%s examples', (id) => {
  const mine = rows.filter((row) => row[0] === id);
  it.each(mine)('%s: %s', (_id, _why, check, example) => {
    const found = run(check, example, 'en');
    const expected = example.finding;
    if (!expected) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    const finding = found[0];
    expect(finding.detector).toBe(check.id);
    expect(finding.confidence).toBe(expected.confidence);
    if (expected.recipients !== undefined) expect(finding.recipients).toEqual(expected.recipients);
    if (expected.count !== undefined) expect(finding.count).toBe(expected.count);
    if (expected.resembles !== undefined) expect(finding.resembles).toBe(expected.resembles);
    if (expected.evidence !== undefined) expect(finding.evidence).toBe(expected.evidence);
  });
});

describe('evidence in nl and en for every example finding', () => {
  const trueRows = rows.filter((row) => row[3].finding !== null);
  it.each(trueRows)('%s: %s', (_id, _why, check, example) => {
    const nl = run(check, example, 'nl');
    const en = run(check, example, 'en');
    expect(nl.length).toBeGreaterThan(0);
    expect(nl.map((f) => f.confidence)).toEqual(en.map((f) => f.confidence));
    nl.forEach((finding, i) => {
      for (const evidence of [finding.evidence, en[i].evidence]) {
        expect(typeof evidence).toBe('string');
        expect(evidence.trim().length).toBeGreaterThan(10);
        expect(evidence).not.toMatch(/undefined|NaN|null|\[object/);
      }
      // The same facts in the other language: not the English line under a Dutch flag.
      expect(finding.evidence).not.toBe(en[i].evidence);
    });
  });
});
