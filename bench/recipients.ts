/*
 * Recipient checks on 5,000 recipients, against a baseline measured in the same run: only normalising
 * and deduplicating the same addresses (collectRecipients), the least any recipient check must do.
 */
import type { Finding } from '../src/model/finding';
import { defaultPolicy } from '../src/policy/defaults';
import { checkRecipients } from '../src/recipients';
import { collectRecipients } from '../src/recipients/domains/address';
import type { MessageInput } from '../src/model/message';

const WARM_UP = 10;
const RUNS = 31;

function mixedMessage(): MessageInput {
  const to: { address: string }[] = [];
  const cc: { address: string }[] = [];
  const bcc: { address: string }[] = [];
  for (let i = 0; i < 5000; i++) {
    const bucket = i % 10;
    if (bucket < 3) to.push({ address: '"Medewerker ' + i + '" <Medewerker' + i + '@Zorggroep-Oost.nl>' });
    else if (bucket < 6) cc.push({ address: 'contact' + i + '@partner-organisatie-' + (i % 1500) + '.nl' });
    else if (bucket < 8) bcc.push({ address: 'klant' + i + '@' + ['gmail.com', 'ziggo.nl', 'hotmail.com', 'kpnmail.nl'][i % 4] });
    else bcc.push({ address: 'relatie' + i + '@bedrijf' + i + '-bv.com' });
  }
  to.push({ address: 'oeps@gmial.com' }, { address: 'x@zorggroep-oots.nl' });
  return { to, cc, bcc, subject: 'Nieuwsbrief', bodyText: '', attachments: [] };
}

function crowdMessage(): MessageInput {
  const to = Array.from({ length: 5000 }, (_, i) => ({ address: 'info@school' + i + '.nl' }));
  return { to, cc: [], bcc: [], subject: '', attachments: [] };
}

function typicalMessage(): MessageInput {
  const to = ['jan@zorggroep-oost.nl', 'loon@salarisbureau.nl', 'p.devries@gmial.com'].map((address) => ({ address }));
  return { to, cc: [{ address: 'team@zorggroep-oost.nl' }], bcc: [], subject: '', attachments: [] };
}

function median(times: number[]): number {
  const sorted = times.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Medians of RUNS after WARM_UP runs of each, the two interleaved so that both see the same load on a
 * shared machine (and both run optimised code).
 */
function timePair(baseline: () => unknown, check: () => unknown): [number, number] {
  for (let i = 0; i < WARM_UP; i++) {
    baseline();
    check();
  }
  const baseTimes: number[] = [];
  const checkTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    baseline();
    baseTimes.push(performance.now() - start);
    start = performance.now();
    check();
    checkTimes.push(performance.now() - start);
  }
  return [median(baseTimes), median(checkTimes)];
}

export function runRecipientsBench(): void {
  const policy = defaultPolicy();
  const sensitive: Finding[] = [{ detector: 'bsn', confidence: 'high', severity: 'warn', location: { part: 'body' }, evidence: '', count: 1 }];
  for (const [name, message] of [
    ['5,000 mixed (colleagues, 1,500 partner domains, webmail, look-alikes)', mixedMessage()],
    ['5,000 crowd (near-identical domains)', crowdMessage()],
    ['typical (4 recipients, one look-alike)', typicalMessage()],
  ] as [string, MessageInput][]) {
    const [baseline, check] = timePair(
      () => collectRecipients(message),
      () => checkRecipients({ message, policy, contentFindings: sensitive, senderAddress: 'hr@zorggroep-oost.nl', text: 'Nieuwsbrief: 20% korting' }),
    );
    process.stdout.write(
      'recipients, ' + name + ': ' + check.toFixed(2) + ' ms; normalising alone ' + baseline.toFixed(2) + ' ms; ratio ' + (check / baseline).toFixed(1) + 'x\n',
    );
  }
}
