/** The true and false examples of lookalike: run by its table test, kept out of the handler bundle. */
import type { RecipientExample } from '../check';

export const examples: readonly RecipientExample[] = [
    {
      why: 'letters swapped in a mail provider',
      to: ['jan@gmial.com'],
      finding: { confidence: 'high', resembles: 'gmail.com', recipients: ['jan@gmial.com'], evidence: "gmial.com looks like gmail.com: letters swapped 'ia' for 'ai'; j***@gmial.com" },
    },
    {
      why: 'one letter different from the own domain',
      to: ['collega@zorggroep-oots.nl'],
      finding: { confidence: 'high', resembles: 'zorggroep-oost.nl' },
    },
    {
      why: 'a mistyped ending of a trusted partner',
      to: ['loon@salarisbureau.nll'],
      policy: { trustedDomains: ['salarisbureau.nl'] },
      finding: { confidence: 'high', resembles: 'salarisbureau.nl', evidence: 'salarisbureau.nll looks like salarisbureau.nl: mistyped ending .nll instead of .nl; l***@salarisbureau.nll' },
    },
    {
      why: "the Cyrillic 'а' in a bank's name",
      to: ['info@r\u0430bobank.nl'],
      finding: { confidence: 'high', resembles: 'rabobank.nl' },
    },
    {
      why: 'the look-alike of the domain most recipients share',
      to: ['a@bakkerij-devries.nl', 'b@bakkerij-devries.nl', 'c@bakkerij-devreis.nl'],
      finding: { confidence: 'medium', resembles: 'bakkerij-devries.nl', recipients: ['c@bakkerij-devreis.nl'] },
    },
    { why: 'the real provider', to: ['jan@gmail.com', 'piet@hotmail.com'], finding: null },
    { why: 'two real municipalities one letter apart', to: ['a@rheden.nl', 'b@rhenen.nl'], finding: null },
    { why: 'numbered siblings', to: ['a@school1.nl', 'b@school12.nl', 'c@school12.nl'], finding: null },
    { why: 'short names one letter apart', to: ['a@abc.nl'], policy: { trustedDomains: ['abd.nl'] }, finding: null },
  ];
