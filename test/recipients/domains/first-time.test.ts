import { createHash } from 'crypto';
import { checkRecipients } from '../../../src/recipients';
import {
  MAX_DOMAINS,
  MAX_STORE_CHARS,
  domainsOfAddresses,
  emptyStore,
  hashDomain,
  newSalt,
  newSensitiveDomains,
  parseStore,
  rememberSensitiveDomains,
  serializeStore,
} from '../../../src/recipients/domains/first-time';
import { contentFinding, message, policyWith } from '../helpers';

const SALT = '0123456789abcdef0123456789abcdef';
const fixedSalt = () => SALT;

describe('first-time store', () => {
  it('hashes the registrable domain with the salt, truncated', () => {
    const expected = createHash('sha256').update(SALT + '\nacme.nl').digest('hex').slice(0, 16);
    expect(hashDomain(SALT, 'acme.nl')).toBe(expected);
    expect(hashDomain(SALT, 'Mail.ACME.nl')).toBe(expected);
    expect(hashDomain('f'.repeat(32), 'acme.nl')).not.toBe(expected);
  });

  it('remembers domains, says which are new, and never stores them in clear', () => {
    let store = emptyStore(SALT);
    expect(newSensitiveDomains(store, ['acme.nl', 'mail.acme.nl', 'gmail.com'])).toEqual(['acme.nl', 'gmail.com']);
    store = rememberSensitiveDomains(store, ['acme.nl']);
    expect(newSensitiveDomains(store, ['hr.acme.nl', 'gmail.com'])).toEqual(['gmail.com']);
    const json = serializeStore(store);
    expect(json).not.toContain('acme');
    expect(JSON.parse(json)).toEqual({ v: 1, salt: SALT, domains: [hashDomain(SALT, 'acme.nl')] });
  });

  it('round-trips through JSON and keeps the order oldest first, re-sent domains newest', () => {
    let store = rememberSensitiveDomains(emptyStore(SALT), ['a.nl', 'b.nl', 'c.nl']);
    store = rememberSensitiveDomains(store, ['a.nl']);
    const parsed = parseStore(serializeStore(store), fixedSalt);
    expect(parsed.domains).toEqual(['b.nl', 'c.nl', 'a.nl'].map((d) => hashDomain(SALT, d)));
  });

  it('evicts the oldest domains beyond the maximum', () => {
    const domains = Array.from({ length: MAX_DOMAINS + 50 }, (_, i) => 'org' + i + '.nl');
    const store = rememberSensitiveDomains(emptyStore(SALT), domains);
    expect(store.domains).toHaveLength(MAX_DOMAINS);
    expect(newSensitiveDomains(store, ['org0.nl', 'org49.nl', 'org50.nl', 'org' + (MAX_DOMAINS + 49) + '.nl'])).toEqual(['org0.nl', 'org49.nl']);
  });

  it('keeps the serialized store well under the roaming settings limit', () => {
    const store = { v: 1 as const, salt: SALT, domains: Array.from({ length: 2000 }, (_, i) => hashDomain(SALT, 'x' + i + '.nl')) };
    const json = serializeStore(store);
    expect(json.length).toBeLessThanOrEqual(MAX_STORE_CHARS);
    expect(MAX_STORE_CHARS).toBeLessThan(32 * 1024 / 2);
    // The newest survive.
    expect(JSON.parse(json).domains.slice(-1)[0]).toBe(store.domains[1999]);
  });

  it.each([
    ['not JSON', '{oops'],
    ['null', null],
    ['a number', 42],
    ['wrong version', JSON.stringify({ v: 2, salt: SALT, domains: [] })],
    ['bad salt', JSON.stringify({ v: 1, salt: 'short', domains: [] })],
    ['salt not a string', { v: 1, salt: 5, domains: [] }],
    ['huge string', 'x'.repeat(100000)],
  ])('parses a broken store (%s) as a fresh one', (_name, value) => {
    const store = parseStore(value, () => 'ab'.repeat(16));
    expect(store).toEqual({ v: 1, salt: 'ab'.repeat(16), domains: [] });
  });

  it('drops bad and duplicate entries but keeps the good ones', () => {
    const good = hashDomain(SALT, 'acme.nl');
    const store = parseStore({ v: 1, salt: SALT, domains: [good, good, 'acme.nl', 7, null, 'ABCDEF0123456789', good.slice(0, 10)] }, fixedSalt);
    expect(store.domains).toEqual([good]);
  });

  it('makes random hex salts', () => {
    expect(newSalt()).toMatch(/^[0-9a-f]{32}$/);
    expect(newSalt(() => 0.999)).toBe('f'.repeat(32));
  });

  it('finds the domains of addresses', () => {
    expect(domainsOfAddresses(['a@X.acme.nl', 'b@acme.nl', 'c@gmail.com', 'nonsense'])).toEqual(['acme.nl', 'gmail.com']);
  });
});

describe('first-time check in checkRecipients', () => {
  const known = serializeStore(rememberSensitiveDomains(emptyStore(SALT), ['salarisbureau.nl']));
  const run = (to: string[], on: boolean, store?: string) =>
    checkRecipients({
      message: message(to),
      policy: policyWith((p) => (p.recipients.firstTimeDomainCheck = on)),
      contentFindings: [contentFinding('payslip')],
      senderAddress: 'hr@zorggroep-oost.nl',
      text: '',
      sensitiveDomainStore: store,
    }).filter((f) => f.detector === 'external-recipients');

  it('notes domains that never received sensitive content before', () => {
    const [finding] = run(['loon@salarisbureau.nl', 'jan@gmail.com'], true, known);
    expect(finding.evidence).toMatch(/; first sensitive mail to gmail\.com$/);
  });

  it('adds nothing when every domain is known', () => {
    const [finding] = run(['loon@salarisbureau.nl'], true, known);
    expect(finding.evidence).not.toContain('first sensitive mail');
  });

  it('is off by default and skipped without a store', () => {
    expect(run(['jan@gmail.com'], false, known)[0].evidence).not.toContain('first sensitive mail');
    expect(run(['jan@gmail.com'], true)[0].evidence).not.toContain('first sensitive mail');
  });

  it('treats a broken store as empty: everything is new', () => {
    expect(run(['jan@gmail.com'], true, 'garbage')[0].evidence).toContain('first sensitive mail to gmail.com');
  });
});
