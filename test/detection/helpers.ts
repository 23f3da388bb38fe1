/** Test helpers: numbers that pass the checks, made the way a test reader can follow. */
import { ibanMod97, isValidBsn, isValidLuhn } from '../../src/detection/checks/checksums';

/** The first 9-digit number starting with `prefix` that passes the elfproef. */
export function elfproefNumber(prefix: string): string {
  for (let k = 0; k < 100000; k++) {
    const candidate = (prefix + String(k + 100000).slice(1)).slice(0, 9);
    if (candidate.length === 9 && isValidBsn(candidate)) return candidate;
  }
  throw new Error('no elfproef number with prefix ' + prefix);
}

/** `body` plus the one check digit that makes it pass Luhn. */
export function luhnNumber(body: string): string {
  for (let d = 0; d <= 9; d++) if (isValidLuhn(body + d)) return body + d;
  throw new Error('unreachable');
}

/** A valid IBAN for a country: BBAN of digits, check digits computed with mod 97. */
export function makeIban(country: string, length: number, seed = 7): string {
  let bban = '';
  for (let i = 0; bban.length < length - 4; i++) bban += String((seed * (i + 3) * 7919) % 10);
  for (let check = 2; check <= 98; check++) {
    const iban = country + String(check + 100).slice(1) + bban;
    if (ibanMod97(iban) === 1) return iban;
  }
  throw new Error('no check digits for ' + country);
}

/** "NL91ABNA0417164300" -> "NL91 ABNA 0417 1643 00" */
export function groupsOfFour(compact: string): string {
  return compact.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Random text from pieces that make near misses likely: word prefixes (some cut past their end),
 * case changes, runs of spaces or no-break spaces in multi-word terms, and separator `pieces`.
 * `wordShare` is the chance that the next piece is a word.
 */
export function nearMissText(next: () => number, words: readonly string[], length: number, pieces: readonly string[], wordShare: number): string {
  let text = '';
  while (text.length < length) {
    if (next() < wordShare) {
      const w = words[Math.floor(next() * words.length)];
      let piece = w.slice(0, 1 + Math.floor(next() * w.length * 1.3));
      if (next() < 0.3) piece = piece.toUpperCase();
      else if (next() < 0.2) piece = piece.charAt(0).toUpperCase() + piece.slice(1);
      if (next() < 0.2) piece = piece.replace(/ /g, next() < 0.5 ? '   ' : '\u00a0');
      text += piece;
    } else {
      text += pieces[Math.floor(next() * pieces.length)];
    }
  }
  return text;
}
