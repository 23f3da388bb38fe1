/**
 * The one place where evidence becomes text. Raw values go in, masked strings come out: at most
 * the last few characters of a number, never a secret, and for word detectors only the words.
 */
import type { Evidence } from './detector';
import type { ContentDetectorId } from '../model/finding';

function stars(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '*';
  return s;
}

/** "BSN ****.**.782": the last three digits, in the usual dotted notation. */
export function maskBsn(digits: string): string {
  return 'BSN ****.**.' + digits.slice(-3);
}

/** "IBAN NL** **** **** **** 45": country code and last two characters, in groups of four. */
export function maskIban(iban: string): string {
  const masked = iban.slice(0, 2) + stars(iban.length - 4) + iban.slice(-2);
  const groups: string[] = [];
  for (let i = 0; i < masked.length; i += 4) groups.push(masked.slice(i, i + 4));
  return 'IBAN ' + groups.join(' ');
}

/** "**** **** **** 1234": the last four digits. */
export function maskCard(digits: string): string {
  return '**** **** **** ' + digits.slice(-4);
}

/** "wachtwoord: ********": the label as the writer used it, never any part of the secret. */
export function maskSecret(label: string): string {
  return label + ': ********';
}

/** "paspoort ********3": the document word and only the last character of the number. */
export function maskDocument(label: string, value: string): string {
  return label + ' ' + stars(Math.max(value.length - 1, 4)) + value.slice(-1);
}

export function maskEvidence(evidence: Evidence): string {
  switch (evidence.kind) {
    case 'bsn':
      return maskBsn(evidence.digits);
    case 'iban':
      return maskIban(evidence.iban);
    case 'card':
      return maskCard(evidence.digits);
    case 'secret':
      return maskSecret(evidence.label);
    case 'document':
      return maskDocument(evidence.label, evidence.value);
    case 'terms':
      return evidence.terms.join(', ');
    case 'list':
      return evidence.rows + ' × (' + evidence.details.join(', ') + ')';
    case 'keyword':
      return evidence.word;
  }
}

/** How many letters and digits of a value stay readable when it is masked in the message itself. */
const KEEP: Partial<Record<ContentDetectorId, { first: number; last: number }>> = {
  bsn: { first: 0, last: 3 },
  iban: { first: 2, last: 2 },
  'payment-card': { first: 0, last: 4 },
  'id-document': { first: 0, last: 1 },
};

/**
 * A value as it is written ("1234.56.782") with the letters and digits it may not show turned into
 * `*` ("****.**.782"): the same characters as its evidence keeps, in the writer's own layout, so
 * the text around it reads as before. A secret keeps nothing, not even its length: "********".
 */
export function maskValue(detector: ContentDetectorId, value: string): string {
  const keep = KEEP[detector];
  if (!keep) return '********';
  let total = 0;
  for (let i = 0; i < value.length; i++) if (/[0-9A-Za-z]/.test(value.charAt(i))) total++;
  let seen = 0;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (!/[0-9A-Za-z]/.test(c)) {
      out += c;
      continue;
    }
    seen++;
    out += seen <= keep.first || seen > total - keep.last ? c : '*';
  }
  return out;
}
