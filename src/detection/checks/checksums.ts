/** Check-digit algorithms used by the number detectors. Inputs are digit strings (separators removed). */

/**
 * Dutch BSN "elfproef": 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11), not all zeros.
 * @example isValidBsn('111222333') // true
 */
export function isValidBsn(digits: string): boolean {
  if (digits.length !== 9) return false;
  let sum = 0;
  let allZero = true;
  for (let i = 0; i < 9; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (d !== 0) allZero = false;
    sum += i === 8 ? -d : (9 - i) * d;
  }
  return !allZero && sum % 11 === 0;
}

/**
 * The elfproef over the digits of text[start, end), separators skipped, without building a string
 * (the hot path tries every 9-digit group in a text).
 */
export function isValidBsnAt(text: string, start: number, end: number): boolean {
  let sum = 0;
  let n = 0;
  let allZero = true;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) continue;
    if (n >= 9) return false;
    if (d !== 0) allZero = false;
    sum += n === 8 ? -d : (9 - n) * d;
    n++;
  }
  return n === 9 && !allZero && sum % 11 === 0;
}

/**
 * Luhn (ISO/IEC 7812) check used by payment cards.
 * @example isValidLuhn('4111111111111111') // true
 */
export function isValidLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * ISO 7064 mod 97-10 over an IBAN (compact, upper case): move the first four characters to the end,
 * letters become 10..35, the remainder must be 1. Computed piecewise so no big integers are needed.
 * @example ibanMod97('NL91ABNA0417164300') // 1
 */
export function ibanMod97(iban: string): number {
  let rest = 0;
  const n = iban.length;
  for (let k = 0; k < n; k++) {
    const c = iban.charCodeAt((k + 4) % n);
    if (c >= 48 && c <= 57) {
      rest = (rest * 10 + (c - 48)) % 97;
    } else if (c >= 65 && c <= 90) {
      rest = (rest * 100 + (c - 55)) % 97;
    } else {
      return -1;
    }
  }
  return rest;
}
