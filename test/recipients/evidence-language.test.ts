import type { Finding } from '../../src/model/finding';
import { defaultPolicy } from '../../src/policy/defaults';
import { checkRecipients } from '../../src/recipients';

const bsn: Finding = { detector: 'bsn', confidence: 'high', severity: 'warn', location: { part: 'body' }, evidence: 'BSN ****.**.782', count: 1 };
const message = {
  from: { address: 'hr@gemeente-voorbeeld.nl' },
  to: [{ address: 'jan@gmial.com' }, { address: 'piet@gmail.com' }],
  cc: [],
  bcc: [],
  subject: 'Gegevens',
  attachments: [],
};

describe('recipient evidence in the user language', () => {
  it('speaks Dutch for nl and English for en, with the addresses masked either way', () => {
    const nl = checkRecipients({ message, policy: defaultPolicy(), contentFindings: [bsn], text: '', lang: 'nl' });
    const en = checkRecipients({ message, policy: defaultPolicy(), contentFindings: [bsn], text: '', lang: 'en' });
    const evidence = (findings: Finding[], id: string) => findings.filter((f) => f.detector === id).map((f) => f.evidence)[0];
    expect(evidence(nl, 'external-recipients')).toBe('2 externe ontvangers: j***@gmial.com, p***@gmail.com; inhoud: bsn');
    expect(evidence(en, 'external-recipients')).toBe('2 external recipients: j***@gmial.com, p***@gmail.com; content: bsn');
    expect(evidence(nl, 'lookalike-domain')).toMatch(/^gmial\.com lijkt op gmail\.com: letters omgewisseld/);
    expect(evidence(en, 'lookalike-domain')).toMatch(/^gmial\.com looks like gmail\.com: letters swapped/);
  });
});
