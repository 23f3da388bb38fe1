import { ibanMod97 } from './checksums';

/**
 * IBAN length per country, from the ISO 13616 IBAN registry (SWIFT), including the French overseas
 * territories and Åland that use their own country code. A data table instead of branches.
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AX: 18, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BL: 27,
  BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29,
  ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GF: 27, GI: 23, GL: 18, GP: 27, GR: 27,
  GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20,
  LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MF: 27, MK: 19,
  MN: 20, MQ: 27, MR: 27, MT: 31, MU: 30, NC: 27, NI: 28, NL: 18, NO: 15, OM: 23, PF: 27, PK: 24,
  PL: 28, PM: 27, PS: 29, PT: 25, QA: 29, RE: 27, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18,
  SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TF: 27, TL: 23, TN: 24, TR: 26, UA: 29,
  VA: 22, VG: 24, WF: 27, XK: 20, YE: 30, YT: 27,
};

export type IbanProblem = 'unknown-country' | 'wrong-length' | 'bad-characters' | 'checksum';

/**
 * Why a compact, upper-case string is not an IBAN, or null when it is one (ibantools-style paired API:
 * `isValidIban` for the hot path, this for the explanation).
 * @example validateIban('NL91ABNA0417164301') // 'checksum'
 */
export function validateIban(compact: string): IbanProblem | null {
  const length = IBAN_LENGTHS[compact.slice(0, 2)];
  if (length === undefined) return 'unknown-country';
  if (compact.length !== length) return 'wrong-length';
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(compact)) return 'bad-characters';
  return ibanMod97(compact) === 1 ? null : 'checksum';
}

/** @example isValidIban('nl91 abna 0417 1643 00') // true */
export function isValidIban(text: string): boolean {
  return validateIban(text.replace(/ /g, '').toUpperCase()) === null;
}

/** Something shaped like an IBAN in running text: country, check digits, then 11 to 30 letters or digits, spaces allowed. */
const IBAN_IN_TEXT = /(?:^|[^A-Za-z0-9])([A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]){11,30})/g;

/**
 * Calls `visit` with each valid IBAN written in `text` (any case, spaces between characters; a
 * candidate is cut to its country's length, so the text after it does not spoil it), compact and
 * upper case. Stops when `visit` returns true.
 * @example eachIban('rek. nl91 abna 0417 1643 00 t.n.v.', (iban) => void list.push(iban))
 */
export function eachIban(text: string, visit: (iban: string) => boolean | void): void {
  IBAN_IN_TEXT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IBAN_IN_TEXT.exec(text)) !== null) {
    const compact = m[1].replace(/ /g, '').toUpperCase();
    const iban = compact.slice(0, IBAN_LENGTHS[compact.slice(0, 2)] || 0);
    if (iban && validateIban(iban) === null && visit(iban) === true) return;
  }
}
