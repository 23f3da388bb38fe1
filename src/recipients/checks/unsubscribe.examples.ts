/** The true and false examples of unsubscribe: run by its table test, kept out of the handler bundle. */
import type { RecipientExample } from '../check';

const customers = (n: number) => {
  const domains = ['gmail.com', 'ziggo.nl', 'hotmail.com', 'bakkerij-devries.nl', 'kpnmail.nl'];
  return Array.from({ length: n }, (_, i) => 'klant' + i + '@' + domains[i % domains.length]);
};
const NEWSLETTER = 'Nieuwsbrief november. In deze nieuwsbrief: 20% korting op alle kerstbomen. Bekijk deze e-mail in je browser.';

export const examples: readonly RecipientExample[] = [
    {
      why: 'a newsletter to 20 customers in Bcc, no way to opt out',
      to: ['marketing@zorggroep-oost.nl'],
      bcc: customers(20),
      text: NEWSLETTER,
      finding: {
        confidence: 'high',
        count: 20,
        evidence: 'mailing to 20 external recipients reading as nieuwsbrief, view in browser, korting; no unsubscribe link or instruction found',
      },
    },
    {
      why: 'an offer to customers in To',
      to: customers(25),
      text: 'Speciale aanbieding: 25% korting op tuinmeubelen, bestel nu!',
      finding: { confidence: 'medium', count: 25 },
    },
    { why: 'the same newsletter with an unsubscribe line', to: ['marketing@zorggroep-oost.nl'], bcc: customers(20), text: NEWSLETTER + ' Afmelden? Klik hier.', finding: null },
    { why: 'a newsletter to colleagues', to: ['iedereen@zorggroep-oost.nl'], bcc: ['a@zorggroep-oost.nl', 'b@zorggroep-oost.nl'], text: NEWSLETTER, policy: { mailingThreshold: 2 }, finding: null },
    { why: 'fewer recipients than the mailing threshold', to: customers(19), text: NEWSLETTER, finding: null },
    { why: 'an ordinary message to many people', to: customers(30), text: 'Geachte heer, mevrouw, hierbij de notulen van het overleg van dinsdag.', finding: null },
  ];
