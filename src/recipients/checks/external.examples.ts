/** The true and false examples of external: run by its table test, kept out of the handler bundle. */
import type { RecipientExample } from '../check';

export const examples: readonly RecipientExample[] = [
    {
      why: 'a BSN to a private address',
      to: ['jan@gmail.com'],
      content: ['bsn'],
      finding: { confidence: 'high', recipients: ['jan@gmail.com'], evidence: '1 external recipient: j***@gmail.com; content: bsn' },
    },
    {
      why: 'Bcc receives the content too; colleagues do not count',
      to: ['collega@zorggroep-oost.nl'],
      bcc: ['jan@ziggo.nl'],
      content: [{ detector: 'iban', confidence: 'medium' }, 'payslip'],
      finding: { confidence: 'high', recipients: ['jan@ziggo.nl'], evidence: '1 external recipient: j***@ziggo.nl; content: iban, payslip' },
    },
    {
      why: 'the confidence of the strongest content finding',
      to: ['a@uwv.nl', 'b@svb.nl'],
      content: [{ detector: 'health', confidence: 'medium' }],
      finding: { confidence: 'medium', count: 2, recipients: ['a@uwv.nl', 'b@svb.nl'] },
    },
    {
      why: 'first sensitive mail to a domain (first-time check)',
      to: ['loon@salarisbureau.nl', 'jan@gmail.com'],
      content: ['payslip'],
      policy: { firstTimeDomainCheck: true },
      knownDomains: ['gmail.com'],
      finding: {
        confidence: 'high',
        evidence: '2 external recipients: l***@salarisbureau.nl, j***@gmail.com; content: payslip; first sensitive mail to salarisbureau.nl',
      },
    },
    { why: 'external recipients without sensitive content', to: ['jan@gmail.com'], finding: null },
    { why: 'sensitive content only to colleagues', to: ['a@zorggroep-oost.nl', 'b@team.zorggroep-oost.nl'], content: ['bsn'], finding: null },
    { why: 'a trusted partner is not external', to: ['loon@salarisbureau.nl'], content: ['payslip'], policy: { trustedDomains: ['salarisbureau.nl'] }, finding: null },
    { why: 'content below the minimum confidence is not sensitive', to: ['jan@gmail.com'], content: [{ detector: 'bsn', confidence: 'low' }], finding: null },
  ];
