/**
 * The single pass over a text: digit runs, gate words, and where lines, tabs and '@' signs are,
 * found by one automaton.
 *
 * Why not a regex: an alternation of 150 words with the `i` flag costs V8 about twice a bare digit
 * search, because it tries the words at every word boundary. Why not a loop that tests each
 * character: its branches follow the text, and the CPU mispredicts about one of them per word.
 * Here a character costs one table lookup, and the loop stops only where something was found
 * (a gate word or a long digit run ended, a line break, a tab, an '@'), which is rare.
 *
 * Words: the gate words' WordFinder (word-finder.ts). Digit runs: 9 or more digits with single
 * separators (space . / -) between them, as long as they go: "1234.56.782", "06-12345678", the
 * "0417 1643 00" of an IBAN. The two automata run as one: its states are the reachable pairs of
 * their states (a few more than the trie has nodes, since a digit run only goes on where no word
 * is being walked), with the character just read when it is a mark.
 */
import { isWordChar } from './words';
import { runEndingAt } from './run-flags';
import { SKIP, START, TABLE, WordFinder } from './word-finder';
import type { WordAt } from './word-finder';

export type { WordAt } from './word-finder';

const SPACE = 32;

/**
 * Digit automaton: 0 outside a run; 1..9 digits seen (9: enough), the last character a digit;
 * 11..19 the same with a separator last; ENDED: a run of 9+ digits ended before this character.
 */
export const ENOUGH = 9;
export const AFTER_SEPARATOR = 10;
export const ENDED = 20;
const NOT_DIGIT = 0;
const DIGIT = 1;
const SEPARATOR = 2;

/** Marks: characters whose places the detectors ask for (lines, table cells, e-mail addresses). */
const NO_MARK = 0;
const MARKS: { [code: number]: number } = { 10: 1, 9: 2, 64: 3 };

/** What a state of the joint automaton means (bits). */
const WORD_ENDED = 1;
const RUN_ENDED = 2;
/** At the end of the text: a gate word is complete, a run has 9+ digits. */
const WORD_COMPLETE = 4;
const RUN_OPEN = 8;
/** The character just read was a line break, a tab, an '@'. */
const NEWLINE = 16;
const TAB = 32;
const AT = 64;
const MARK_BITS = [0, NEWLINE, TAB, AT];

/** Text positions in increasing order: the first `length` entries of a typed array. */
export class Positions {
  constructor(
    private readonly list: Int32Array,
    readonly length: number,
  ) {}

  at(k: number): number {
    return this.list[k];
  }

  /** The index of the first position >= pos (length when there is none). */
  firstAtOrAfter(pos: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.list[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Twice the room, same contents. */
export function grown(list: Int32Array): Int32Array {
  const bigger = new Int32Array(list.length * 2);
  bigger.set(list);
  return bigger;
}

/** What the pass found, each kind in text order. */
export class ScanResult {
  /**
   * Digit runs: run k is [starts[k], ends[k]). Typed arrays, not objects: a big text has many of
   * them and they live through the whole scan, so they should cost the garbage collector nothing.
   */
  starts: Int32Array;
  ends: Int32Array;
  /** What each run could be (run-flags.ts), decided while the pass had it in the cache. */
  flags: Uint8Array;
  count = 0;
  readonly words: WordAt[] = [];
  newlines = new Positions(new Int32Array(0), 0);
  tabs = new Positions(new Int32Array(0), 0);
  readonly atSigns: number[] = [];

  /** room: how many runs to make space for at first. */
  constructor(room: number) {
    this.starts = new Int32Array(room);
    this.ends = new Int32Array(room);
    this.flags = new Uint8Array(room);
  }

  /** The run whose last digit is text[end - 1]. */
  addRunEndingAt(text: string, end: number): void {
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
      const flags = new Uint8Array(this.count * 2);
      flags.set(this.flags);
      this.flags = flags;
    }
    this.ends[this.count] = end;
    this.flags[this.count] = runEndingAt(text, end, this.starts, this.count);
    this.count++;
  }
}

export class Scanner {
  /** The gate words. */
  private readonly finder: WordFinder;
  /** Input class of each text character below TABLE (its word class, digit class and mark). */
  private readonly input = new Uint16Array(TABLE);
  /** Input class of a character above TABLE, by its word class (such a character is no digit). */
  private readonly inputOfWordClass: number[] = [];
  /** Joint automaton: next row = table[row + input class]; a state's row is state * width. */
  private readonly table: Int32Array;
  private readonly width: number;
  /** Rows from here on are states where the loop stops: a word or a run has just ended, or a mark was read. */
  private readonly flagged: number;
  /** Bits per state, by its row: WORD_ENDED, RUN_ENDED, WORD_COMPLETE, RUN_OPEN and the marks. */
  private readonly meaning: Int32Array;
  /** Row of the state "inside a word, no digit run" (START's is 0). */
  private readonly skipRow: number;

  /** `words` must be normalized: lower case, single spaces (normalizeWord). */
  constructor(words: readonly string[]) {
    const finder = new WordFinder(words);
    this.finder = finder;
    const classCount = finder.classCount;
    const wordRows = finder.rows;
    const found = finder.found;

    // Input classes: the triples (word class, digit class, mark) that characters have. Kept in
    // parallel arrays (no array per entry): this runs once per vocabulary, mostly not compiled.
    const inputIds = new Map<number, number>();
    const inputWord: number[] = [];
    const inputDigit: number[] = [];
    const inputMark: number[] = [];
    const inputOf = (wc: number, dc: number, mark: number): number => {
      const key = (wc * 4 + dc) * 4 + mark;
      let id = inputIds.get(key);
      if (id === undefined) {
        id = inputWord.length;
        inputIds.set(key, id);
        inputWord.push(wc);
        inputDigit.push(dc);
        inputMark.push(mark);
      }
      return id;
    };
    for (let c = 0; c < TABLE; c++) {
      this.input[c] = inputOf(finder.low[c], inputDigitClass(c), MARKS[c] || NO_MARK);
    }
    for (let wc = 0; wc < classCount; wc++) this.inputOfWordClass[wc] = inputOf(wc, NOT_DIGIT, NO_MARK);
    const width = inputWord.length;
    this.width = width;
    const digitNext: number[] = [];
    for (let d = 0; d <= ENDED; d++) for (let dc = 0; dc < 3; dc++) digitNext.push(digitStep(d, dc));

    // The joint automaton: breadth first over the reachable triples (word state, digit state, the
    // mark just read). A mark changes no transition: it only makes the loop stop there. Built in
    // typed arrays (this runs once per vocabulary, mostly before V8 compiles it).
    const ids = new Int32Array((found + 1) * 32 * 4).fill(-1);
    let stateWord: Int32Array = new Int32Array(found + 64);
    let stateDigit: Int32Array = new Int32Array(found + 64);
    let stateMark: Int32Array = new Int32Array(found + 64);
    let count = 0;
    const stateOf = (w: number, d: number, mark: number): number => {
      const key = (w * 32 + d) * 4 + mark;
      if (ids[key] < 0) {
        if (count === stateWord.length) {
          stateWord = grown(stateWord);
          stateDigit = grown(stateDigit);
          stateMark = grown(stateMark);
        }
        stateWord[count] = w;
        stateDigit[count] = d;
        stateMark[count] = mark;
        ids[key] = count++;
      }
      return ids[key];
    };
    stateOf(START, 0, NO_MARK);
    stateOf(SKIP, 0, NO_MARK);
    // Each state's row: the state each input class leads to (new states join the queue).
    let nextState: Int32Array = new Int32Array((found + 64) * width);
    for (let p = 0; p < count; p++) {
      const wordRow = stateWord[p] * classCount;
      const digitRow = stateDigit[p] * 3;
      if ((p + 1) * width > nextState.length) nextState = grown(nextState);
      const base = p * width;
      for (let k = 0; k < width; k++) {
        const w = wordRows[wordRow + inputWord[k]] / classCount;
        const d = digitNext[digitRow + inputDigit[k]];
        const id = ids[(w * 32 + d) * 4 + inputMark[k]];
        nextState[base + k] = id >= 0 ? id : stateOf(w, d, inputMark[k]);
      }
    }
    // Number the states so that those where the loop stops come last: one comparison finds them.
    const stops = (p: number) => stateWord[p] === found || stateDigit[p] === ENDED || stateMark[p] !== NO_MARK;
    const order: number[] = [];
    for (let p = 0; p < count; p++) if (!stops(p)) order.push(p);
    this.flagged = order.length * width;
    for (let p = 0; p < count; p++) if (stops(p)) order.push(p);
    const rank = new Int32Array(count);
    for (let r = 0; r < count; r++) rank[order[r]] = r;
    const table = new Int32Array(count * width);
    // By row offset: only each row's first entry is used.
    const meaning = new Int32Array(count * width);
    for (let r = 0; r < count; r++) {
      const p = order[r];
      for (let k = 0; k < width; k++) table[r * width + k] = rank[nextState[p * width + k]] * width;
      const w = stateWord[p];
      const d = stateDigit[p];
      meaning[r * width] =
        (w === found ? WORD_ENDED : 0) |
        (d === ENDED ? RUN_ENDED : 0) |
        (finder.accepts[w] ? WORD_COMPLETE : 0) |
        (d % AFTER_SEPARATOR === ENOUGH ? RUN_OPEN : 0) |
        MARK_BITS[stateMark[p]];
    }
    this.table = table;
    this.meaning = meaning;
    this.skipRow = rank[stateOf(SKIP, 0, NO_MARK)] * width;
  }

  /** Every digit run, gate word, line break, tab and '@' in the text. */
  scan(text: string): ScanResult {
    const n = text.length;
    // Room for a line every 128 characters and as many tabs and runs: grown when a text has more.
    const room = Math.max(256, n >> 7);
    const out = new ScanResult(room);
    const input = this.input;
    const table = this.table;
    const flagged = this.flagged;
    const meanings = this.meaning;
    // Local typed arrays: a method call per tab or line break would cost more than the loop.
    let tabs: Int32Array = new Int32Array(room);
    let tabCount = 0;
    let breaks: Int32Array = new Int32Array(room);
    let breakCount = 0;
    // The state is kept as its row offset, so a step is one add and one load.
    let s = 0;
    // Where the last reported word ended: no word is looked for before it (as a regex's lastIndex).
    let resumeAt = 0;
    let i = 0;
    for (;;) {
      // The inner loop only steps the automaton, until a stop or a character above the table:
      // small code, with no call in it, that V8 keeps tight.
      let high = false;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c >= TABLE) {
          high = true;
          break;
        }
        s = table[s + input[c]];
        if (s >= flagged) break;
      }
      if (i >= n) break;
      if (high) {
        s = table[s + this.inputOfWordClass[this.finder.highClass(text.charCodeAt(i))]];
        if (s < flagged) {
          i++;
          continue;
        }
      }
      const meaning = meanings[s];
      if (meaning & TAB) {
        if (tabCount === tabs.length) tabs = grown(tabs);
        tabs[tabCount++] = i;
      } else if (meaning & NEWLINE) {
        if (breakCount === breaks.length) breaks = grown(breaks);
        breaks[breakCount++] = i;
      }
      if (meaning & (AT | RUN_ENDED | WORD_ENDED)) {
        resumeAt = this.stop(text, i, meaning, out, resumeAt);
        // A multi-word term went on past this character: carry on after it.
        if (resumeAt > i) {
          i = resumeAt - 1;
          s = isWordChar(text.charCodeAt(i)) ? this.skipRow : 0;
        }
      }
      i++;
    }
    const meaning = this.meaning[s];
    if (meaning & RUN_OPEN) out.addRunEndingAt(text, isDigit(text.charCodeAt(n - 1)) ? n : n - 1);
    if (meaning & WORD_COMPLETE) this.finder.wordEndingAt(text, n, resumeAt, out.words);
    out.tabs = new Positions(tabs, tabCount);
    out.newlines = new Positions(breaks, breakCount);
    return out;
  }

  /**
   * The rarer stops of the scan: an '@', the end of a digit run, the end of a gate word. Kept out
   * of the loop's own code. Returns where the next word may start (the end of the word just
   * reported, or resumeAt as it was).
   */
  private stop(text: string, i: number, meaning: number, out: ScanResult, resumeAt: number): number {
    if (meaning & AT) out.atSigns.push(i);
    if (meaning & RUN_ENDED) out.addRunEndingAt(text, isDigit(text.charCodeAt(i - 1)) ? i : i - 1);
    if (meaning & WORD_ENDED) return this.finder.wordEndingAt(text, i, resumeAt, out.words);
    return resumeAt;
  }
}

/** The digit automaton's input class of a character. */
export function inputDigitClass(c: number): number {
  return isDigit(c) ? DIGIT : isSeparator(c) ? SEPARATOR : NOT_DIGIT;
}

/** One step of the digit automaton. */
export function digitStep(d: number, dc: number): number {
  const count = d % AFTER_SEPARATOR;
  if (dc === DIGIT) return Math.min(count + 1, ENOUGH);
  const ended = count === ENOUGH ? ENDED : 0;
  if (dc === NOT_DIGIT || count === 0) return dc === NOT_DIGIT ? ended : 0;
  // One separator waits for a digit; a second one in a row ends the run.
  return d > AFTER_SEPARATOR && d !== ENDED ? ended : count + AFTER_SEPARATOR;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSeparator(c: number): boolean {
  return c === SPACE || c === 46 || c === 47 || c === 45;
}
