import { checkRecipients } from '../../../src/recipients';
import { hasOptOut, mailingSignals } from '../../../src/recipients/checks/unsubscribe';
import type { Policy } from '../../../src/policy/types';
import { message, people, policyWith } from '../helpers';

const SENDER = 'marketing@tuincentrum-groen.nl';
const CUSTOMERS = people(40, ['gmail.com', 'ziggo.nl', 'hotmail.com', 'bakkerij-devries.nl', 'kpnmail.nl']);
const COLLEAGUES = people(60, ['tuincentrum-groen.nl']);

const NEWSLETTER =
  'Nieuwsbrief november\n\nBeste klant,\n\nIn deze nieuwsbrief: onze kerstcollectie en 20% korting op alle kerstbomen. ' +
  'Bekijk deze e-mail in je browser.\n\nGroeten, Tuincentrum Groen';
const OFFER = 'Alleen deze week: aanbieding! 25% korting op tuinmeubelen met kortingscode TUIN25. Bestel nu in onze webshop.';
const WEBINAR_EN = 'Join our free webinar on data protection. Register now: seats are limited. Special offer for early birds.';
const EVENT = 'Uitnodiging: evenement voor ondernemers op 12 december. Meld je nu aan via onze website, gratis toegang.';
const STAFF_MEMO = 'Beste collega\'s, vanaf maandag is de kantine gesloten wegens verbouwing. Groet, facilitair.';
const ORDINARY_EXTERNAL = 'Geachte heer, mevrouw, hierbij de notulen van het overleg van dinsdag. Met vriendelijke groet, Anna';
const ONE_WORD = 'Beste relaties, de actie uit ons vorige overleg is afgerond. Groet, Anna';

const OPT_OUTS = [
  'Wil je deze nieuwsbrief niet meer ontvangen? Klik hier om je af te melden.',
  'Afmelden voor deze nieuwsbrief kan via https://tuincentrum-groen.nl/afmelden',
  'Uitschrijven? Stuur een mail naar info@tuincentrum-groen.nl.',
  'To unsubscribe, click here.',
  'https://groen.example/unsubscribe?id=123',
  'Opt-out: reply STOP.',
  'Wil je geen berichten meer ontvangen? Laat het ons weten.',
  'Meld je hier af.',
  'U kunt zich afmelden via onze website.',
  'Manage your email preferences or stop receiving these emails.',
  'Pas je e-mailvoorkeuren aan.',
  'Geen interesse meer? Dan kun je je uitschrijven.',
  'Klik hier om u uit te schrijven.',
];

function unsubscribe(to: string[], cc: string[], bcc: string[], text: string, change?: (p: Policy) => void) {
  return checkRecipients({ message: message(to, cc, bcc), policy: policyWith(change), contentFindings: [], senderAddress: SENDER, text }).filter(
    (f) => f.detector === 'missing-unsubscribe',
  );
}

// [name, to, cc, bcc, text, expected confidence or null]
const CASES: [string, string[], string[], string[], string, string | null][] = [
  ['newsletter to 40 customers in Bcc', [SENDER], [], CUSTOMERS, NEWSLETTER, 'high'],
  ['newsletter to 40 customers in To', CUSTOMERS, [], [], NEWSLETTER, 'high'],
  ['offer to 40 customers in Bcc', [], [], CUSTOMERS, OFFER, 'high'],
  ['English webinar invitation to 40 in Bcc', [], [], CUSTOMERS, WEBINAR_EN, 'high'],
  ['event invitation to 40 in Cc', [SENDER], CUSTOMERS, [], EVENT, 'medium'],
  ['event invitation to 40 in Bcc', [SENDER], [], CUSTOMERS, EVENT, 'high'],
  ['offer to exactly 20 (the mailing threshold)', [], [], CUSTOMERS.slice(0, 20), OFFER, 'high'],
  ['offer to 19', [], [], CUSTOMERS.slice(0, 19), OFFER, null],
  ['newsletter to 60 colleagues', COLLEAGUES, [], [], NEWSLETTER, null],
  ['event invitation to a few partners', CUSTOMERS.slice(0, 4), [], [], EVENT, null],
  ['memo to many external', CUSTOMERS, [], [], STAFF_MEMO, null],
  ['minutes to many external', CUSTOMERS, [], [], ORDINARY_EXTERNAL, null],
  ['one campaign-ish word', [], [], CUSTOMERS, ONE_WORD, null],
  ...OPT_OUTS.map((optOut): [string, string[], string[], string[], string, string | null] => ['newsletter with opt-out: ' + optOut, [], [], CUSTOMERS, NEWSLETTER + '\n\n' + optOut, null]),
];

describe('missing-unsubscribe', () => {
  it.each(CASES)('%s', (_name, to, cc, bcc, text, confidence) => {
    const result = unsubscribe(to, cc, bcc, text);
    if (confidence === null) {
      expect(result).toEqual([]);
      return;
    }
    expect(result).toHaveLength(1);
    expect(result[0].confidence).toBe(confidence);
    expect(result[0].location).toEqual({ part: 'body' });
    expect(result[0].count).toBe(40 - (to.length + cc.length + bcc.length === 20 ? 20 : 0));
  });

  it('trusted partners count as outside recipients of a mailing', () => {
    expect(unsubscribe([], [], CUSTOMERS, OFFER, (p) => (p.recipients.trustedDomains = ['bakkerij-devries.nl']))).toHaveLength(1);
  });

  it('follows the policy mailing threshold and switch', () => {
    expect(unsubscribe([], [], CUSTOMERS.slice(0, 5), OFFER, (p) => (p.recipients.mailingThreshold = 5))).toHaveLength(1);
    expect(unsubscribe([], [], CUSTOMERS, OFFER, (p) => (p.detectors['missing-unsubscribe'].enabled = false))).toEqual([]);
  });

  it('a lightly promotional mail in To is low confidence, in Bcc one step higher', () => {
    const light = 'Onze aanbieding voor deze maand: gratis bezorging.';
    expect(unsubscribe(CUSTOMERS, [], [], light)[0].confidence).toBe('low');
    expect(unsubscribe([], [], CUSTOMERS, light)[0].confidence).toBe('medium');
  });

  it('names the signals without quoting the message', () => {
    const [finding] = unsubscribe([], [], CUSTOMERS, NEWSLETTER);
    expect(finding.evidence).toBe('mailing to 40 external recipients reading as nieuwsbrief, view in browser, korting; no unsubscribe link or instruction found');
  });

  it('does not read "aanmelden" as an opt-out, nor "transactie" as a campaign', () => {
    expect(hasOptOut('Aanmelden voor het webinar kan tot vrijdag.')).toBe(false);
    expect(mailingSignals('De transactie is verwerkt.').labels).toEqual([]);
  });

  it('finds the opt-out at the end of a very long mailing', () => {
    const long = NEWSLETTER + '\n' + 'Lees verder op onze website. '.repeat(100000) + '\nAfmelden? Klik hier.';
    expect(long.length).toBeGreaterThan(2000000);
    expect(unsubscribe([], [], CUSTOMERS, long)).toEqual([]);
    expect(unsubscribe([], [], CUSTOMERS, long.replace('Afmelden?', 'Vragen?'))).toHaveLength(1);
  });

  it('stays linear on hostile text', () => {
    const hostile = '1'.repeat(200000) + ' '.repeat(200000) + 'meld u '.repeat(50000) + 'bekijk de '.repeat(50000);
    expect(() => mailingSignals(hostile)).not.toThrow();
    expect(hasOptOut(hostile)).toBe(false);
  });
});
