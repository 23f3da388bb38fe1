/**
 * What a digit run could be, decided once while the shared pass has just read it. A 20 MB text
 * has a digit run every hundred characters or so, scattered over 40 MB of memory: a detector that
 * reads each run again pays a cache miss per run. With these flags the detectors skip the runs
 * that cannot be theirs (phone numbers, mostly) without touching the text. Each flag is a cheap
 * superset of what its detector accepts; the detector still does its own exact checks.
 */

import { isValidBsnAt } from '../checks/checksums';

/** Groups of 9 digits in all, in one of the notations bsnNotationAt accepts, that pass the elfproef. */
export const MAY_BE_BSN = 1;
/** 10+ characters of digits and spaces only, after a letter, a space or the start of the text. */
export const MAY_BE_IBAN = 2;
/** 13 or more digits. */
export const MAY_BE_CARD = 4;

/** A BSN notation has at most five groups: the walk keeps the five leftmost it has seen. */
const GROUPS = 5;
const groupLens = new Int32Array(GROUPS);
/** groupSeps[g]: the separator after group g (between it and group g + 1). */
const groupSeps = new Int32Array(GROUPS);

/**
 * The length in characters of the BSN notation that starts with the leftmost group walked so far
 * (groupLens[0..groups)), or 0. One grammar for every way people split 9 digits: one group of 9,
 * or 2 to 5 groups of 2 to 4 digits with one separator throughout (123 456 782, 1234.56.782,
 * 12-34-56-782, 123-45-6782).
 */
function bsnNotationAt(groups: number): number {
  if (groupLens[0] === 9) return 9;
  let sum = 0;
  for (let g = 0; g < groups; g++) {
    const len = groupLens[g];
    if (len < 2 || len > 4) return 0;
    if (g > 1 && groupSeps[g - 1] !== groupSeps[0]) return 0;
    sum += len;
    if (sum === 9) return g > 0 ? 9 + g : 0;
    if (sum > 9) return 0;
  }
  return 0;
}

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
  // Groups completed so far (at most GROUPS are kept), leftmost first; the separator after the group being read.
  let groups = 0;
  let after = 0;
  for (;;) {
    digits++;
    len++;
    const c = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (c >= 48 && c <= 57) {
      i--;
      continue;
    }
    // The group [i, i + len) is complete.
    if (groups < GROUPS) groups++;
    for (let g = groups - 1; g > 0; g--) {
      groupLens[g] = groupLens[g - 1];
      groupSeps[g] = groupSeps[g - 1];
    }
    groupLens[0] = len;
    groupSeps[0] = after;
    // Only a group of 9, or of 2 to 4 digits, can start a notation.
    if (!bsn && (len === 9 || (len >= 2 && len <= 4))) {
      const span = bsnNotationAt(groups);
      bsn = span > 0 && isValidBsnAt(text, i, i + span);
    }
    len = 0;
    if ((c === 32 || c === 46 || c === 47 || c === 45) && i > 1) {
      const d = text.charCodeAt(i - 2);
      if (d >= 48 && d <= 57) {
        if (c !== 32) onlySpaces = false;
        after = c;
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
