/** Payment cards: 13-19 digits passing Luhn, reported only with card context or an expiry date. */
import type { Confidence } from '../../model/finding';
import type { Detector, FindOptions, Hit } from '../detector';
import type { PreparedText } from '../text/prepared';
import { isValidLuhn } from '../checks/checksums';
import { FAR, glued, headerSays, NEAR } from '../confidence';
import { MAY_BE_CARD } from '../text/run-flags';
import { wordList } from '../word-list';

const ID = 'payment-card' as const;

/** An expiry date such as 09/27, 09-2027 or 09 / 27. */
const EXPIRY = /(?:^|[^\d/.-])(0[1-9]|1[0-2]) ?[/-] ?(?:\d\d|20\d\d)(?![\d/])/;

/** Issuer prefixes of the big schemes (Visa, Mastercard, Amex, Maestro/Discover, JCB, Diners). */
function plausibleIssuer(digits: string): boolean {
  const two = +digits.slice(0, 2);
  const four = +digits.slice(0, 4);
  return digits.charAt(0) === '4' || (two >= 51 && two <= 55) || (four >= 2221 && four <= 2720) || two === 34 || two === 37 || digits.charAt(0) === '6' || two === 35 || two === 36 || two === 30;
}

function allSame(digits: string): boolean {
  for (let i = 1; i < digits.length; i++) if (digits.charAt(i) !== digits.charAt(0)) return false;
  return true;
}

function hasExpiryNear(t: string, start: number, end: number): boolean {
  return EXPIRY.test(t.slice(end, Math.min(t.length, end + NEAR))) || EXPIRY.test(t.slice(Math.max(0, start - NEAR), start));
}

function consider(text: PreparedText, hits: Hit[], start: number, end: number): void {
  const t = text.text;
  const digits = text.digits(start, end);
  if (!isValidLuhn(digits) || allSame(digits) || glued(t, start, end)) return;
  const header = headerSays(text, ID, start);
  if (header === 'negative') return;
  const near = text.nearby(ID, start, end, FAR);
  if (near.negative <= NEAR && near.negative < near.context) return;
  let confidence: Confidence | null = null;
  if (header === 'context' || near.context <= NEAR || hasExpiryNear(t, start, end)) confidence = 'high';
  else if (near.context <= FAR) confidence = 'medium';
  else if (plausibleIssuer(digits)) confidence = 'low';
  if (confidence) hits.push({ start, end, confidence, evidence: { kind: 'card', digits } });
}

function find(text: PreparedText, options: FindOptions): Hit[] {
  const hits: Hit[] = [];
  for (let k = 0; k < text.count && hits.length < options.limit; k++) {
    // Cheap first: a card has 13-19 digits, so phone numbers and short runs go no further.
    if (!(text.flags[k] & MAY_BE_CARD)) continue;
    const groups = text.shape(text.starts[k], text.ends[k]);
    if (groups < 0) continue;
    let pos = text.starts[k];
    for (let i = 0; i < groups; i++) {
      const start = pos;
      let len = text.lens[i];
      let digits = len;
      let j = i;
      pos += len + 1;
      if (len >= 13 && len <= 19) {
        consider(text, hits, start, start + len);
        continue;
      }
      // Grouped notation: blocks of 3-6 digits with one kind of separator ("4111 1111 1111 1111").
      if (len < 3 || len > 6 || i + 1 >= groups) continue;
      const sep = text.seps[i + 1];
      if (sep !== 32 && sep !== 45) continue;
      let end = start + len;
      while (j + 1 < groups && text.seps[j + 1] === sep && text.lens[j + 1] >= 3 && text.lens[j + 1] <= 6 && digits + text.lens[j + 1] <= 19) {
        j++;
        len = text.lens[j];
        digits += len;
        end += 1 + len;
      }
      if (digits >= 13) {
        consider(text, hits, start, end);
        pos = end + 1;
        i = j;
      }
    }
  }
  return hits;
}

export const paymentCard: Detector = {
  id: ID,
  gate: 'numbers',
  texts: {
    nl: { name: 'Betaalkaartnummer' },
    en: { name: 'Payment card number' },
  },
  words: {
    terms: [],
    context: wordList(
      'creditcard|credit card|creditcardnummer|kaartnummer|card number|cardnumber|card no|betaalkaart|debitcard|debit card|' +
      'visa|mastercard|maestro|amex|american express|cvc|cvv|cvc2|vervaldatum|geldig tot|expiry|expiration|exp|valid thru|' +
      'kaarthouder|cardholder',
    ),
    negative: wordList(
      'ordernummer|order|bestelnummer|factuurnummer|factuur|klantnummer|trackingnummer|tracking|track|zending|' +
      'zendingnummer|pakket|barcode|ean|isbn|referentie|kenmerk|betalingskenmerk|iban|telefoon|tel',
    ),
  },
  find,
};
