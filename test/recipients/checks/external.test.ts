import type { Finding } from '../../../src/model/finding';
import { checkRecipients } from '../../../src/recipients';
import { contentFinding, message, people, policyWith } from '../helpers';

const SENDER = 'hr@zorggroep-oost.nl';

function external(to: string[], cc: string[], bcc: string[], findings: Finding[], change?: Parameters<typeof policyWith>[0], sender = SENDER) {
  return checkRecipients({ message: message(to, cc, bcc), policy: policyWith(change), contentFindings: findings, senderAddress: sender, text: '' }).filter(
    (f) => f.detector === 'external-recipients',
  );
}

// [to, cc, bcc, content findings, policy change, expected external addresses or null]
const CASES: [string, string[], string[], string[], Finding[], ((p: import('../../../src/policy/types').Policy) => void) | undefined, string[] | null][] = [
  ['BSN to a private address', ['jan@gmail.com'], [], [], [contentFinding('bsn')], undefined, ['jan@gmail.com']],
  ['payslip to the payroll bureau', ['loon@salarisbureau.nl'], [], [], [contentFinding('payslip')], undefined, ['loon@salarisbureau.nl']],
  ['IBAN list in Bcc only', ['collega@zorggroep-oost.nl'], [], ['jan@ziggo.nl'], [contentFinding('iban')], undefined, ['jan@ziggo.nl']],
  ['mixed internal and external', ['a@zorggroep-oost.nl', 'b@ZORGGROEP-OOST.NL'], ['c@uwv.nl'], [], [contentFinding('health', 'medium')], undefined, ['c@uwv.nl']],
  ['subdomain of internal is internal', ['a@team.zorggroep-oost.nl'], [], [], [contentFinding('bsn')], undefined, null],
  ['all internal', ['a@zorggroep-oost.nl', 'b@zorggroep-oost.nl'], [], [], [contentFinding('bsn')], undefined, null],
  ['external without sensitive content', ['jan@gmail.com'], [], [], [], undefined, null],
  ['only recipient findings are not content', ['jan@gmail.com'], [], [], [{ ...contentFinding('visible-recipients') }], undefined, null],
  ['unscannable attachment is not sensitive content', ['jan@gmail.com'], [], [], [{ ...contentFinding('unscannable-attachment') }], undefined, null],
  ['trusted partner is not external', ['loon@salarisbureau.nl'], [], [], [contentFinding('payslip')], (p) => (p.recipients.trustedDomains = ['salarisbureau.nl']), null],
  ['trusted partner subdomain', ['loon@nl.salarisbureau.nl'], [], [], [contentFinding('payslip')], (p) => (p.recipients.trustedDomains = ['@Salarisbureau.NL']), null],
  ['policy internal domains replace the sender domain', ['a@zorggroep-oost.nl'], [], [], [contentFinding('bsn')], (p) => (p.recipients.internalDomains = ['zorg-oost.nl']), ['a@zorggroep-oost.nl']],
  ['several internal domains', ['a@zorg-oost.nl', 'b@oost-zorg.nl'], [], [], [contentFinding('bsn')], (p) => (p.recipients.internalDomains = ['zorg-oost.nl', 'oost-zorg.nl']), null],
  ['content below the policy minimum does not count', ['jan@gmail.com'], [], [], [contentFinding('bsn', 'low')], undefined, null],
  ['content of a disabled detector does not count', ['jan@gmail.com'], [], [], [contentFinding('iban')], (p) => (p.detectors.iban.enabled = false), null],
  ['check disabled', ['jan@gmail.com'], [], [], [contentFinding('bsn')], (p) => (p.detectors['external-recipients'].enabled = false), null],
];

describe('external-recipients', () => {
  it.each(CASES)('%s', (_name, to, cc, bcc, findings, change, expected) => {
    const result = external(to, cc, bcc, findings, change);
    if (expected === null) {
      expect(result).toEqual([]);
      return;
    }
    expect(result).toHaveLength(1);
    expect(result[0].recipients).toEqual(expected);
    expect(result[0].count).toBe(expected.length);
    expect(result[0].location).toEqual({ part: 'recipients' });
    expect(result[0].severity).toBe('warn');
  });

  it('masks the local parts and names the kinds of content', () => {
    const [finding] = external(['jan.devries@gmail.com', 'p.bakker@ziggo.nl'], [], [], [contentFinding('bsn'), contentFinding('iban', 'medium')]);
    expect(finding.evidence).toBe('2 external recipients: j***@gmail.com, p***@ziggo.nl; content: bsn, iban');
    expect(finding.evidence).not.toContain('jan.devries');
  });

  it('takes the highest confidence of the sensitive content', () => {
    expect(external(['jan@gmail.com'], [], [], [contentFinding('bsn', 'medium')])[0].confidence).toBe('medium');
    expect(external(['jan@gmail.com'], [], [], [contentFinding('bsn', 'medium'), contentFinding('iban', 'high')])[0].confidence).toBe('high');
  });

  it('uses the From address when no sender is given, and treats a webmail sender as having no organisation', () => {
    const msg = { ...message(['a@zorggroep-oost.nl']), from: { address: 'hr@zorggroep-oost.nl' } };
    expect(checkRecipients({ message: msg, policy: policyWith(), contentFindings: [contentFinding('bsn')], text: '' })).toEqual([]);
    expect(external(['b@gmail.com'], [], [], [contentFinding('bsn')], undefined, 'a@gmail.com')).toHaveLength(1);
    expect(external(['b@zorggroep-oost.nl'], [], [], [contentFinding('bsn')], undefined, '"HR" <HR@Zorggroep-Oost.NL.>')).toEqual([]);
  });

  it('lists thousands of external recipients but keeps the evidence short', () => {
    const [finding] = external(people(3000, ['gmail.com', 'ziggo.nl', 'kpnmail.nl']), [], [], [contentFinding('bsn')]);
    expect(finding.count).toBe(3000);
    expect(finding.recipients).toHaveLength(3000);
    expect(finding.evidence.length).toBeLessThan(200);
    expect(finding.evidence).toContain('+2997 more');
  });
});
