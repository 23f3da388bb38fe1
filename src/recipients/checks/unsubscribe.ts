/**
 * missing-unsubscribe: a newsletter or promotional mailing to many people outside the organisation
 * without a way to opt out. Dutch law (Telecommunicatiewet art. 11.7) and the Autoriteit
 * Persoonsgegevens require a free, easy opt-out in every marketing mail, also to existing customers.
 */
import type { Confidence, Finding } from '../../model/finding';
import type { RecipientPolicy } from '../../policy/types';
import type { RecipientCheck } from '../check';
import type { NormalisedRecipient } from '../domains/address';
import type { DomainClassifier } from '../domains/domains';

export interface UnsubscribeProps {
  count: number;
  signals: string;
}

interface Signal {
  label: string;
  pattern: RegExp;
  weight: number;
}

const signal = (label: string, weight: number, pattern: RegExp): Signal => ({ label, pattern, weight });

/**
 * Words that make a text read as a newsletter, offer or campaign. Each counts once, however often it
 * occurs; a finding needs several points, so one "actie" or "event" in a normal mail is not enough.
 */
const MAILING_SIGNALS: Signal[] = [
  signal('nieuwsbrief', 2, /\bnieuwsbrie[fv]/i),
  signal('newsletter', 2, /\bnewsletter/i),
  signal('view in browser', 2, /\b(?:bekijk\s+(?:deze|de)\s+(?:e-?mail|mail|nieuwsbrief)\s+(?:online|in\s+(?:je|uw)\s+browser)|view\s+(?:this\s+e-?mail|it|online)\s+in\s+(?:your\s+)?browser|webversie)/i),
  signal('kortingscode', 2, /\b(?:kortingscode|actiecode|promotiecode|promo\s*code|coupon\s*code|discount\s*code|voucher)/i),
  signal('aanbieding', 1, /\baanbieding/i),
  signal('actie', 1, /\b(?:actie|acties|actieprijs)\b/i),
  signal('korting', 1, /\b(?:korting|kortingen|\d+\s*%\s*off)\b/i),
  signal('uitverkoop', 1, /\b(?:uitverkoop|opruiming|black\s+friday|cyber\s+monday|sale)\b/i),
  signal('offer', 1, /\b(?:special\s+offers?|offers?|discounts?|deals?)\b/i),
  signal('webinar', 1, /\bwebinars?\b/i),
  signal('evenement', 1, /\b(?:evenement(?:en)?|events?|seminars?|congres|symposium|workshops?|beurs|open\s+dag)\b/i),
  signal('campagne', 1, /\b(?:campagne|campaign)/i),
  signal('sign up', 1, /\b(?:meld\s+(?:je|u)\s+(?:nu\s+|vandaag\s+)?aan|schrijf\s+(?:je|u)\s+(?:nu\s+)?in|register\s+now|sign\s+up|save\s+the\s+date)\b/i),
  signal('bestel nu', 1, /\b(?:bestel\s+(?:nu|direct|vandaag)|shop\s+nu|koop\s+nu|order\s+now|buy\s+now|shop\s+now|profiteer|op\s+=\s+op|alleen\s+(?:vandaag|deze\s+week)|limited\s+time)\b/i),
  signal('gratis', 1, /\b(?:gratis|free\s+(?:trial|shipping|gift))\b/i),
];

/** An unsubscribe link or instruction in Dutch or English. */
const OPT_OUT = /\b(?:afmeld|uitschrijf|uitschrijv|unsubscrib|opt[\s-]?out|optout|meld\s+(?:je|u)\s+(?:hier\s+|direct\s+|eenvoudig\s+)?af\b|schrijf\s+(?:je|u)\s+(?:hier\s+|direct\s+|eenvoudig\s+)?uit\b|(?:je|u|uzelf|jezelf)\s+af\s+te\s+melden|(?:je|u|uzelf|jezelf)\s+uit\s+te\s+schrijven|niet\s+meer\s+(?:ontvangen|krijgen)|geen\s+(?:berichten|e-?mails?|mails|nieuwsbrie[fv]\w*|aanbiedingen|informatie)\s+meer\s+(?:ontvangen|krijgen)|no\s+longer\s+(?:wish\s+to\s+|want\s+to\s+)?receive|stop\s+receiving|(?:manage|update)\s+(?:your\s+)?(?:e-?mail\s+)?(?:preferences|subscription)|e-?mailvoorkeuren|voorkeuren\s+(?:aanpassen|wijzigen|beheren)|abonnement\s+opzeggen)/i;

/** Keywords sit near the start, the opt-out near the end: a huge body is read at both ends only. */
const HEAD_CHARS = 200000;
const TAIL_CHARS = 50000;

function readableParts(text: string): string {
  if (text.length <= HEAD_CHARS + TAIL_CHARS) return text;
  return text.slice(0, HEAD_CHARS) + '\n' + text.slice(text.length - TAIL_CHARS);
}

/** The mailing words found in the text and their total weight. */
export function mailingSignals(text: string): { score: number; labels: string[] } {
  const part = readableParts(text);
  let score = 0;
  const labels: string[] = [];
  for (const signal of MAILING_SIGNALS) {
    if (signal.pattern.test(part)) {
      score += signal.weight;
      labels.push(signal.label);
    }
  }
  return { score, labels };
}

export function hasOptOut(text: string): boolean {
  return OPT_OUT.test(readableParts(text));
}

/**
 * Recipients outside the internal domains (any field, Bcc included; trusted partners count too:
 * the opt-out rule protects every recipient of marketing).
 */
function findMailing(
  recipients: NormalisedRecipient[],
  classifier: DomainClassifier,
  text: string,
  policy: Pick<RecipientPolicy, 'mailingThreshold'>,
  evidence: (props: UnsubscribeProps) => string,
): Finding | null {
  const outside = recipients.filter((r) => classifier.classify(r.domain) !== 'internal');
  const threshold = Math.max(2, Number(policy.mailingThreshold) || 0);
  if (outside.length < threshold || typeof text !== 'string') return null;
  const signals = mailingSignals(text);
  if (signals.score < 2) return null;
  if (hasOptOut(text)) return null;
  // Everyone hidden in Bcc is how a mailing is sent from a personal mailbox.
  const hidden = outside.filter((r) => r.field === 'bcc').length;
  const score = signals.score + (hidden >= 0.8 * outside.length ? 1 : 0);
  const confidence: Confidence = score >= 4 ? 'high' : score >= 3 ? 'medium' : 'low';
  return {
    detector: 'missing-unsubscribe',
    confidence,
    severity: 'warn',
    location: { part: 'body' },
    evidence: evidence({ count: outside.length, signals: signals.labels.slice(0, 4).join(', ') }),
    count: outside.length,
  };
}

export const missingUnsubscribe: RecipientCheck<UnsubscribeProps> = {
  id: 'missing-unsubscribe',
  texts: {
    nl: { name: 'Afmeldlink ontbreekt' },
    en: { name: 'Unsubscribe missing' },
  },
  evidence: {
    nl: (p) => 'mailing aan ' + p.count + ' externe ontvangers die leest als ' + p.signals + '; geen afmeldlink of -instructie gevonden',
    en: (p) => 'mailing to ' + p.count + ' external recipients reading as ' + p.signals + '; no unsubscribe link or instruction found',
  },
  check(context) {
    const finding = findMailing(context.recipients, context.classifier, context.text, context.policy, missingUnsubscribe.evidence[context.lang]);
    return finding ? [finding] : [];
  },
};
