/**
 * What a digit run could be, decided once while the shared pass has just read it. A 20 MB text
 * has a digit run every hundred characters or so, scattered over 40 MB of memory: a detector that
 * reads each run again pays a cache miss per run. With these flags the detectors skip the runs
 * that cannot be theirs (phone numbers, mostly) without touching the text. Each flag is a cheap
 * superset of what its detector accepts; the detector still does its own exact checks.
 */

import { isValidBsnAt } from './checksums';

/** A group of 9 digits, or the groups of a BSN written 4.2.3 or 3-3-3, that passes the elfproef. */
export const MAY_BE_BSN = 1;
/** 10+ characters of digits and spaces only, after a letter, a space or the start of the text. */
export const MAY_BE_IBAN = 2;
/** 13 or more digits. */
export const MAY_BE_CARD = 4;

/** Flags for the digit run text[start, end) (digits with single separators between them). */
export function runFlags(text: string, start: number, end: number): number {
  let digits = 0;
  let onlySpaces = true;
  let bsn = false;
  // The last three group lengths, newest first: enough to see 9, 4.2.3 and 3-3-3.
  let g0 = 0;
  let g1 = 0;
  let g2 = 0;
  let len = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : -1;
    if (c >= 48 && c <= 57) {
      len++;
      digits++;
      continue;
    }
    if (c !== -1 && c !== 32) onlySpaces = false;
    g2 = g1;
    g1 = g0;
    g0 = len;
    len = 0;
    // i is just past the group; the 3-group notations span 11 characters.
    if (!bsn && g0 === 9) bsn = isValidBsnAt(text, i - 9, i);
    else if (!bsn && g0 === 3 && ((g1 === 3 && g2 === 3) || (g1 === 2 && g2 === 4))) bsn = isValidBsnAt(text, i - 11, i);
  }
  let flags = bsn ? MAY_BE_BSN : 0;
  if (onlySpaces && end - start >= 10) {
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    const letter = (before >= 65 && before <= 90) || (before >= 97 && before <= 122);
    if (letter || before === 32) flags |= MAY_BE_IBAN;
  }
  if (digits >= 13) flags |= MAY_BE_CARD;
  return flags;
}
