/**
 * What a digit run could be, decided once while the shared pass has just read it. A 20 MB text
 * has a digit run every hundred characters or so, scattered over 40 MB of memory: a detector that
 * reads each run again pays a cache miss per run. With these flags the detectors skip the runs
 * that cannot be theirs (phone numbers, mostly) without touching the text. Each flag is a cheap
 * superset of what its detector accepts; the detector still does its own exact checks.
 */

import { isValidBsnAt } from '../checks/checksums';

/** A group of 9 digits, or the groups of a BSN written 4.2.3 or 3-3-3, that passes the elfproef. */
export const MAY_BE_BSN = 1;
/** 10+ characters of digits and spaces only, after a letter, a space or the start of the text. */
export const MAY_BE_IBAN = 2;
/** 13 or more digits. */
export const MAY_BE_CARD = 4;

/**
 * The digit run that ends at `end` (text[end - 1] is its last digit): digits with single
 * separators between them, walked back once. Writes where it starts into starts[k] and returns
 * its flags. One walk for both: this runs for every long digit run of the text.
 */
export function runEndingAt(text: string, end: number, starts: Int32Array, k: number): number {
  let i = end - 1;
  let digits = 0;
  let len = 0;
  let onlySpaces = true;
  let bsn = false;
  // The last three groups completed, leftmost (newest) first: enough to see 9, 4.2.3 and 3-3-3.
  let r0 = 0;
  let r1 = 0;
  let r2 = 0;
  for (;;) {
    digits++;
    len++;
    const c = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (c >= 48 && c <= 57) {
      i--;
      continue;
    }
    // The group [i, i + len) is complete.
    r2 = r1;
    r1 = r0;
    r0 = len;
    len = 0;
    if (!bsn && r0 === 9) bsn = isValidBsnAt(text, i, i + 9);
    else if (!bsn && r2 === 3 && ((r0 === 3 && r1 === 3) || (r0 === 4 && r1 === 2))) bsn = isValidBsnAt(text, i, i + 11);
    if ((c === 32 || c === 46 || c === 47 || c === 45) && i > 1) {
      const d = text.charCodeAt(i - 2);
      if (d >= 48 && d <= 57) {
        if (c !== 32) onlySpaces = false;
        i -= 2;
        continue;
      }
    }
    break;
  }
  starts[k] = i;
  let flags = bsn ? MAY_BE_BSN : 0;
  if (onlySpaces && end - i >= 10) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    const letter = (before >= 65 && before <= 90) || (before >= 97 && before <= 122);
    if (letter || before === 32) flags |= MAY_BE_IBAN;
  }
  if (digits >= 13) flags |= MAY_BE_CARD;
  return flags;
}
