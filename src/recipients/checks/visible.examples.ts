/** The true and false examples of visible: run by its table test, kept out of the handler bundle. */
import type { RecipientExample } from '../check';

const PARENTS = ['fam.jansen@gmail.com', 'p.devries@hotmail.com', 'mark77@ziggo.nl', 'ilse.b@kpnmail.nl'];
const partners = (n: number, domains: string[]) => Array.from({ length: n }, (_, i) => 'contact' + i + '@' + domains[i % domains.length]);

export const examples: readonly RecipientExample[] = [
    {
      why: 'private addresses of parents in To (more than the webmail threshold of 3)',
      to: PARENTS,
      finding: {
        confidence: 'high',
        recipients: PARENTS,
        evidence:
          '4 external addresses in To/Cc from 4 domains, 4 personal (gmail.com, hotmail.com, ziggo.nl, ...): f***@gmail.com, p***@hotmail.com, m***@ziggo.nl +1 more',
      },
    },
    {
      why: 'ten partners from two organisations in Cc (the visible threshold)',
      to: ['collega@zorggroep-oost.nl'],
      cc: partners(10, ['uwv.nl', 'svb.nl']),
      finding: { confidence: 'medium', count: 10 },
    },
    {
      why: 'twice the threshold is high',
      to: partners(20, ['uwv.nl', 'gemeente-utrecht.nl', 'ggdru.nl']),
      finding: { confidence: 'high', count: 20 },
    },
    { why: 'a lower threshold from the policy', to: partners(4, ['uwv.nl', 'svb.nl']), policy: { visibleThreshold: 4 }, finding: { confidence: 'medium', count: 4 } },
    { why: 'three private addresses (not more than 3)', to: PARENTS.slice(0, 3), finding: null },
    { why: 'parents in Bcc', to: ['collega@zorggroep-oost.nl'], bcc: PARENTS, finding: null },
    { why: "one partner organisation's people", to: partners(15, ['uwv.nl']), finding: null },
  ];
