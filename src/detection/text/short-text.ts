/**
 * The first scan of a short message must not wait for the full scanner: its automaton over all
 * gate words has thousands of states and costs milliseconds to build in a fresh runtime (the
 * on-send handler starts on every compose change). A short text is read word by word instead:
 * each word start is looked up in the gate words (scanByWords, against GateWordText, which needs
 * no map entry per word). That gives exactly what the scanner reports (the leftmost, longest whole
 * word at each start, then on from its end) for the words it can handle (isPlainWord); when
 * another word may occur, a scanner over only the gate words that may occur in the text is built.
 * Words that occur nowhere change nothing in what the scanner reports, so either way the result is
 * the same.
 */
import { isWordChar } from './words';
import { AFTER_SEPARATOR, digitStep, ENDED, ENOUGH, inputDigitClass, ScanResult, Positions } from './scanner';
import { TABLE } from './word-finder';
import type { ContentDetectorId } from '../../model/finding';

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
 */
export function isPlainWord(word: string): boolean {
  return PLAIN_WORD.test(word);
}

const LETTER = 'a-z\\u00df-\\u00f6\\u00f8-\\u00ff';
const PUNCTUATION = '\\x20-\\x2f\\x3a-\\x3f\\x5b-\\x60\\x7b-\\x7e';
const PLAIN_WORD = new RegExp('^[' + LETTER + '](?:[' + LETTER + PUNCTUATION + ']*[' + LETTER + '])?$');
/** In a list of words between NULs: each word that is not plain (it has another character, or does not start or end with a letter). */
const NOT_PLAIN_IN_LIST = new RegExp('\\0(?=[^\\0]*[^\\0' + LETTER + PUNCTUATION + ']|[^\\0' + LETTER + ']|[^\\0]*[^\\0' + LETTER + ']\\0)([^\\0]+)', 'g');

/** The gate words as scanByWords looks them up. */
export interface PlainWords {
  has(word: string): boolean;
  /** Whether some gate word starts with these characters (it may be the word itself). */
  startsWith(prefix: string): boolean;
}

/** The roles a gate word plays (vocabulary.ts's WordRole has these and the local ones). */
export type GateRole = 'term' | 'keyword';

/** One detector's gate words, by role (as given: normalized here). */
export interface GateWordLists {
  detector: ContentDetectorId;
  terms: readonly string[];
  keywords: readonly string[];
  /** The admin's context words of a detector that reads words: more of its terms. */
  moreTerms: readonly string[];
}

/**
 * The gate words of a vocabulary as normalized text, each list one string of words between NULs
 * (normalizeWord applied to the whole list at once): a handful of native calls instead of a map
 * entry per word, which is what a fresh runtime's first short text needs. Look-ups are native
 * string searches, and only the few words of a short text are looked up.
 */
export class GateWordText implements PlainWords {
  private readonly all: string;
  private readonly lists: Array<{ detector: ContentDetectorId; terms: string; keywords: string; moreTerms: string }>;
  /** The words that are not plain. */
  readonly notPlain: string[] = [];

  constructor(lists: readonly GateWordLists[]) {
    this.lists = lists.map((l) => ({ detector: l.detector, terms: normalizedList(l.terms), keywords: normalizedList(l.keywords), moreTerms: normalizedList(l.moreTerms) }));
    this.all = this.lists.map((l) => l.terms + l.keywords + l.moreTerms).join('');
    NOT_PLAIN_IN_LIST.lastIndex = 0;
    for (let m = NOT_PLAIN_IN_LIST.exec(this.all); m; m = NOT_PLAIN_IN_LIST.exec(this.all)) this.notPlain.push(m[1]);
  }

  has(word: string): boolean {
    return word !== '' && this.all.indexOf(NUL + word + NUL) >= 0;
  }

  startsWith(prefix: string): boolean {
    return this.all.indexOf(NUL + prefix) >= 0;
  }

  /** The detectors a word matters to and how, in the order Vocabulary.roles has them. */
  rolesOf(word: string): Array<{ detector: ContentDetectorId; role: GateRole }> | undefined {
    if (!this.has(word)) return undefined;
    const key = NUL + word + NUL;
    const roles: Array<{ detector: ContentDetectorId; role: GateRole }> = [];
    for (const l of this.lists) {
      const term = l.terms.indexOf(key) >= 0;
      if (term) roles.push({ detector: l.detector, role: 'term' });
      if (l.keywords.indexOf(key) >= 0) roles.push({ detector: l.detector, role: 'keyword' });
      if (!term && l.moreTerms.indexOf(key) >= 0) roles.push({ detector: l.detector, role: 'term' });
    }
    return roles;
  }
}

const NUL = '\0';

/** normalizeWord for every word of a list, as one string of words between NULs ("\0a\0b\0"). */
function normalizedList(words: readonly string[]): string {
  if (words.length === 0) return '';
  const text = (NUL + words.join(NUL) + NUL).toLowerCase();
  // Runs of white space become one space, and a word's leading and trailing space goes (trim).
  return /[\s\u00a0]/.test(text) ? text.replace(/[\s\u00a0]+/g, ' ').replace(/ ?\0 ?/g, NUL) : text;
}

/**
 * What the scanner reports for `text`, when every gate word that may occur in it is plain
 * (isPlainWord): digit runs, marks, and at each word start from the end of the last word on, the
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
  let key = '';
  let best = -1;
  let bestWord = '';
  let i = start;
  while (i < n) {
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
      // Read on only while some gate word starts this way (for most word starts, none does).
      if (!words.startsWith(key)) break;
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
