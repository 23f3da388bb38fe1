import { checkRecipients } from '../../src/recipients';
import { contentFinding, message, policyWith } from './helpers';

/** 5,000 recipients: colleagues, many partner organisations, webmail, a few look-alikes. No timing here: see bench/recipients.ts. */
function bigMessage() {
  const to: string[] = [];
  const cc: string[] = [];
  const bcc: string[] = [];
  for (let i = 0; i < 5000; i++) {
    const bucket = i % 10;
    if (bucket < 3) to.push('medewerker' + i + '@zorggroep-oost.nl');
    else if (bucket < 6) cc.push('contact' + i + '@partner-organisatie-' + (i % 1500) + '.nl');
    else if (bucket < 8) bcc.push('klant' + i + '@' + ['gmail.com', 'ziggo.nl', 'hotmail.com', 'kpnmail.nl'][i % 4]);
    else bcc.push('relatie' + i + '@bedrijf' + i + '-bv.com');
  }
  to.push('oeps@gmial.com', 'x@zorggroep-oots.nl', 'y@' + 'ziggo.com');
  return message(to, cc, bcc);
}

describe('5,000 recipients', () => {
  it('checks them all and still finds the look-alikes', () => {
    const findings = checkRecipients({
      message: bigMessage(),
      policy: policyWith(),
      contentFindings: [contentFinding('bsn')],
      senderAddress: 'hr@zorggroep-oost.nl',
      text: 'Nieuwsbrief met 20% korting',
    });
    const lookalikes = findings.filter((f) => f.detector === 'lookalike-domain');
    expect(lookalikes.map((f) => f.resembles).sort()).toEqual(['gmail.com', 'ziggo.nl', 'zorggroep-oost.nl']);
    const external = findings.find((f) => f.detector === 'external-recipients')!;
    expect(external.count).toBe(3503);
    expect(findings.find((f) => f.detector === 'visible-recipients')!.count).toBe(1503);
    expect(findings.find((f) => f.detector === 'missing-unsubscribe')!.count).toBe(3503);
  });

  it('handles 5,000 distinct near-identical generated domains without flagging numbered ones', () => {
    const to = Array.from({ length: 5000 }, (_, i) => 'info@school' + i + '.nl');
    const findings = checkRecipients({ message: message(to), policy: policyWith(), contentFindings: [], senderAddress: 'a@b-c.nl', text: '' });
    expect(findings.filter((f) => f.detector === 'lookalike-domain')).toEqual([]);
    expect(findings.find((f) => f.detector === 'visible-recipients')!.count).toBe(5000);
  });
});

describe('hostile recipient lists', () => {
  it('never throws on odd, huge or broken addresses', () => {
    const odd = [
      'a@' + 'x'.repeat(900) + '.nl',
      'b@xn--' + 'z'.repeat(200) + '.com',
      'c@xn--.nl',
      'd@xn--ab!.nl',
      'e@' + 'a.'.repeat(300) + 'nl',
      'f@..nl',
      'g@.nl',
      '"<<>>"@<>.nl',
      '@@@@',
      'h@\u0430\u0440\u0440\u04cf\u0435.com',
      'i@xn--80ak6aa92e.com',
      'j@[127.0.0.1]',
      'k@' + '\ud800'.repeat(10) + '.nl',
      ';'.repeat(10000) + 'x@y.nl,' + '@'.repeat(10000),
    ];
    const findings = checkRecipients({
      message: message(odd, odd, odd),
      policy: policyWith(),
      contentFindings: [contentFinding('bsn')],
      senderAddress: '<<weird>>',
      text: 'x'.repeat(1000),
    });
    expect(findings.find((f) => f.detector === 'external-recipients')!.count).toBeGreaterThan(5);
  });

  it('copes with a missing message, policy or text', () => {
    expect(checkRecipients({ message: undefined, policy: undefined, contentFindings: undefined, text: undefined } as never)).toEqual([]);
    const msg = { to: [{ address: 'a@gmial.com' }] } as never;
    expect(checkRecipients({ message: msg, policy: undefined, contentFindings: undefined, text: undefined } as never)[0].detector).toBe('lookalike-domain');
  });
});
