import { checkRecipients } from '../../../src/recipients';
import type { Policy } from '../../../src/policy/types';
import { message, people, policyWith } from '../helpers';

const SENDER = 'juf.anna@obs-delinde.nl';

function visible(to: string[], cc: string[] = [], bcc: string[] = [], change?: (p: Policy) => void) {
  return checkRecipients({ message: message(to, cc, bcc), policy: policyWith(change), contentFindings: [], senderAddress: SENDER, text: '' }).filter(
    (f) => f.detector === 'visible-recipients',
  );
}

const PARENTS = ['fam.jansen@gmail.com', 'p.devries@hotmail.com', 'mark77@ziggo.nl', 'ilse.b@kpnmail.nl', 'ouders.smit@live.nl'];
const PARTNERS = people(12, ['uwv.nl', 'gemeente-utrecht.nl', 'ggdru.nl', 'jeugdzorg-utrecht.nl']);

// [name, to, cc, bcc, policy change, number of To/Cc addresses expected in the finding or 0, confidence]
const CASES: [string, string[], string[], string[], ((p: Policy) => void) | undefined, number, string | null][] = [
  ['parents of a class in To', PARENTS, [], [], undefined, 5, 'high'],
  ['parents of a class in Cc', ['juf.anna@obs-delinde.nl'], PARENTS, [], undefined, 5, 'high'],
  ['four private addresses (more than the default 3)', PARENTS.slice(0, 4), [], [], undefined, 4, 'high'],
  ['three private addresses (not more than 3)', PARENTS.slice(0, 3), [], [], undefined, 0, null],
  ['parents in Bcc', ['juf.anna@obs-delinde.nl'], [], PARENTS, undefined, 0, null],
  ['twelve partners from four organisations', PARTNERS, [], [], undefined, 12, 'medium'],
  ['twenty partners from four organisations', people(20, ['uwv.nl', 'gemeente-utrecht.nl', 'ggdru.nl', 'jeugdzorg-utrecht.nl']), [], [], undefined, 20, 'high'],
  ['ten external from two domains (threshold is 10 or more)', people(10, ['uwv.nl', 'svb.nl']), [], [], undefined, 10, 'medium'],
  ['nine external from two domains', people(9, ['uwv.nl', 'svb.nl']), [], [], undefined, 0, null],
  ['fifteen people of one partner organisation', people(15, ['uwv.nl']), [], [], undefined, 0, null],
  ['forty colleagues', people(40, ['obs-delinde.nl', 'Obs-DeLinde.nl', 'bestuur.obs-delinde.nl']), [], [], undefined, 0, null],
  ['partners split over To and Cc', PARTNERS.slice(0, 6), PARTNERS.slice(6), [], undefined, 12, 'medium'],
  ['partners visible, parents hidden', PARTNERS, [], PARENTS, undefined, 12, 'medium'],
  ['trusted partners do not count', PARTNERS, [], [], (p) => (p.recipients.trustedDomains = ['uwv.nl', 'gemeente-utrecht.nl', 'ggdru.nl', 'jeugdzorg-utrecht.nl']), 0, null],
  ['a lower policy threshold', people(5, ['uwv.nl', 'svb.nl']), [], [], (p) => (p.recipients.visibleThreshold = 5), 5, 'medium'],
  ['a stricter webmail threshold', PARENTS.slice(0, 2), [], [], (p) => (p.recipients.webmailThreshold = 1), 2, 'high'],
  ['a zero threshold still needs two people', PARENTS.slice(0, 1), [], [], (p) => ((p.recipients.visibleThreshold = 0), (p.recipients.webmailThreshold = 0)), 0, null],
  ['webmail threshold 0: any private address visible to another external person', ['a@gmail.com', 'b@uwv.nl'], [], [], (p) => (p.recipients.webmailThreshold = 0), 2, 'high'],
  ['duplicates count once', [...PARENTS.slice(0, 3), 'FAM.JANSEN@GMAIL.COM', 'mark77@Ziggo.NL'], [], [], undefined, 0, null],
  ['check disabled', PARENTS, [], [], (p) => (p.detectors['visible-recipients'].enabled = false), 0, null],
];

describe('visible-recipients', () => {
  it.each(CASES)('%s', (_name, to, cc, bcc, change, expected, confidence) => {
    const result = visible(to, cc, bcc, change);
    if (expected === 0) {
      expect(result).toEqual([]);
      return;
    }
    expect(result).toHaveLength(1);
    expect(result[0].count).toBe(expected);
    expect(result[0].recipients).toHaveLength(expected);
    expect(result[0].confidence).toBe(confidence);
    expect(result[0].location).toEqual({ part: 'recipients' });
  });

  it('lists exactly the external To/Cc addresses to move to Bcc', () => {
    const [finding] = visible(['juf.anna@obs-delinde.nl', ...PARENTS.slice(0, 2)], PARENTS.slice(2), ['directie@obs-delinde.nl', 'x@gmail.com']);
    expect(finding.recipients).toEqual(PARENTS);
  });

  it('describes the crowd with masked addresses', () => {
    const [finding] = visible(PARENTS);
    expect(finding.evidence).toBe(
      '5 external addresses in To/Cc from 5 domains, 5 personal (gmail.com, hotmail.com, ziggo.nl, ...): f***@gmail.com, p***@hotmail.com, m***@ziggo.nl +2 more',
    );
  });
});
