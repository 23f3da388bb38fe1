/**
 * The first scan of a short message must not wait for the full scanner: its automaton over all
 * gate words has thousands of states and costs milliseconds to build in a fresh runtime (the
 * on-send handler starts on every compose change). A short text is read word by word instead: each
 * word start is looked up in the vocabulary's own map (scanByWords). That gives exactly what the
 * scanner reports (the leftmost, longest whole word at each start, then on from its end) for the
 * words it can handle (plain words, leadingLetters); when another word may occur, a scanner over
 * only the gate words that may occur in the text is built. Words that occur nowhere change nothing in what the
 * scanner reports, so either way the result is the same.
 */
import { isWordChar } from './words';
import { AFTER_SEPARATOR, digitStep, ENDED, ENOUGH, inputDigitClass, ScanResult, Positions } from './scanner';
import { TABLE } from './word-finder';

/** Texts up to this length are scanned without the full scanner (while it does not exist yet). */
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

/**
 * Plain words are those scanByWords finds exactly as the scanner does: a letter at both ends (a-z,
 * or Latin-1 lower case, none of which has an upper case outside the scanner's table), no digits (a
 * word that jumps over digits would change the digit runs), and in between letters, single spaces
 * and ASCII punctuation other than '@' (a mark). Nearly all gate words are; "dl#" or
 * "0-urencontract" are not.
 *
 * For a plain word: the letters it starts with when more follows them ("pin" of "pin-code", "loon"
 * of "loon heffing"), else ''. Undefined for a word that is not plain. One match per word: this
 * runs for every gate word when a vocabulary is made.
 */
export function leadingLetters(word: string): string | undefined {
  const match = PLAIN_WORD.exec(word);
  if (!match) return undefined;
  return match[1].length < word.length ? match[1] : '';
}

const PLAIN_WORD = /^([a-z\u00df-\u00f6\u00f8-\u00ff]+)(?:[\x20-\x2f\x3a-\x3f\x5b-\x60\x7b-\x7e][a-z\u00df-\u00f6\u00f8-\u00ff\x20-\x2f\x3a-\x3f\x5b-\x60\x7b-\x7e]*[a-z\u00df-\u00f6\u00f8-\u00ff])?$/;

/** The plain gate words as scanByWords looks them up. */
export interface PlainWords {
  has(word: string): boolean;
  /** The most characters of a plain word. */
  longest: number;
  /** leadingLetters() of the plain words that have more after them. */
  goesOn: { has(letters: string): boolean };
}

/**
 * What the scanner reports for `text`, when every gate word that may occur in it is plain
 * (leadingLetters): digit runs, marks, and at each word start from the end of the last word on, the
 * longest whole word found in `words`.
 */
export function scanByWords(text: string, words: PlainWords): ScanResult {
  const n = text.length;
  const room = Math.max(256, n >> 7);
  const out = new ScanResult(room);
  const newlines: number[] = [];
  const tabs: number[] = [];
  // Digit runs and marks, with the scanner's own digit automaton.
  let d = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    d = digitStep(d, inputDigitClass(c));
    if (d === ENDED) out.addRunEndingAt(text, isDigit(text.charCodeAt(i - 1)) ? i : i - 1);
    if (c === 10) newlines.push(i);
    else if (c === 9) tabs.push(i);
    else if (c === 64) out.atSigns.push(i);
  }
  if (d % AFTER_SEPARATOR === ENOUGH) out.addRunEndingAt(text, isDigit(text.charCodeAt(n - 1)) ? n : n - 1);
  out.newlines = new Positions(Int32Array.from(newlines), newlines.length);
  out.tabs = new Positions(Int32Array.from(tabs), tabs.length);
  // Words: a plain word starts with a letter, so only starts of letter runs need a look-up.
  for (let p = 0; p < n; p++) {
    if (!isWordChar(text.charCodeAt(p)) || (p > 0 && isWordChar(text.charCodeAt(p - 1)))) continue;
    const end = longestWordAt(text, p, words, out);
    if (end > p) p = end - 1;
  }
  return out;
}

/** Adds the longest whole word in `words` that starts at `start` to out.words; returns its end, or -1. */
function longestWordAt(text: string, start: number, words: PlainWords, out: ScanResult): number {
  const n = text.length;
  const longest = words.longest;
  let firstLetters = true;
  let key = '';
  let best = -1;
  let bestWord = '';
  let i = start;
  while (i < n && key.length < longest) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === NBSP) {
      // A space in a term matches a run of spaces and no-break spaces.
      key += ' ';
      while (i < n && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === NBSP)) i++;
      continue;
    }
    // No plain word has digits, control characters or characters above the scanner's table.
    if (c < SPACE || c >= TABLE || isDigit(c)) break;
    const lower = text.charAt(i).toLowerCase();
    if (lower.length !== 1) break;
    key += lower;
    i++;
    if (isWordChar(c) && (i >= n || !isWordChar(text.charCodeAt(i)))) {
      if (words.has(key)) {
        best = i;
        bestWord = key;
      }
      // Most word starts: no longer word begins with these letters.
      if (firstLetters && !words.goesOn.has(key)) break;
      firstLetters = false;
    }
  }
  if (best > 0) out.words.push({ start, end: best, word: bestWord });
  return best;
}

const SPACE = 32;
const NBSP = 0xa0;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
