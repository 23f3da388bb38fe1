/**
 * The first scan of a short message must not wait for the full scanner: its automaton over all
 * gate words has thousands of states and costs tens of milliseconds to build in a fresh runtime
 * (the on-send handler starts on every compose change). A short text gets a scanner over only the
 * gate words that can occur in it. Words that occur nowhere change nothing in what the scanner
 * reports (the leftmost, longest whole word at each start), so the result is the same.
 */

/** Texts up to this length are scanned with a scanner over their own words (while no full scanner exists). */
export const SHORT_TEXT = 4096;

/**
 * The normalized gate words that may occur in `text`. A word is left out only when one of its
 * space-separated parts is nowhere in the lower-cased text: the scanner matches an ASCII word
 * character only to itself or its upper case, both ASCII. Words with other characters are kept.
 */
export function wordsThatMayOccur(words: readonly string[], text: string): string[] {
  const lower = text.toLowerCase();
  // Native searches first (this runs before V8 has compiled anything): most words are one part and absent.
  return words.filter((word) => {
    const space = word.indexOf(' ');
    const present = space < 0 ? lower.indexOf(word) >= 0 : word.split(' ').every((part) => lower.indexOf(part) >= 0);
    return present || NOT_ASCII.test(word);
  });
}

const NOT_ASCII = /[\u0080-\uffff]/;
