/**
 * The single pass over a text: digit runs and gate words, found by one automaton.
 *
 * Why not a regex: an alternation of 150 words with the `i` flag costs V8 about twice a bare digit
 * search, because it tries the words at every word boundary. Why not a loop that tests each
 * character: its branches follow the text, and the CPU mispredicts about one of them per word.
 * Here a character costs one table lookup, and the loop branches only where a gate word or a long
 * digit run has just ended, which is rare. The exact work (which word, where it starts, the
 * longest one) is then done by walking the trie from the candidate start.
 *
 * Words: a trie of lower-case words, compiled Aho-Corasick style to a table of transitions on
 * character classes, where walks start only at word starts. Besides the trie nodes it has START
 * (the last character was not a word character, so a word may start) and SKIP (inside a word that
 * is none of ours). A word counts when it is whole: no word character right before or after it. A
 * space in a multi-word term matches a run of spaces and no-break spaces.
 *
 * Digit runs: 9 or more digits with single separators (space . / -) between them, as long as they
 * go: "1234.56.782", "06-12345678", the "0417 1643 00" of an IBAN.
 *
 * The two automata run as one: its states are the reachable pairs of their states (a few more
 * than the trie has nodes, since a digit run only goes on where no word is being walked).
 */
import { isWordChar } from './words';
import { runEndingAt } from './run-flags';

/** Characters below this are classified by tables; the few above it through a Map. */
const TABLE = 0x250;
const SPACE = 32;
const NBSP = 0xa0;

/** Word automaton states; trie node k > 0 is state k + 1, FOUND comes after the last node. */
const START = 0;
const SKIP = 1;
/** Word classes: not a word character, a word character no word uses, then the vocabulary's. */
const OTHER = 0;
const LETTER = 1;

/**
 * Digit automaton: 0 outside a run; 1..9 digits seen (9: enough), the last character a digit;
 * 11..19 the same with a separator last; ENDED: a run of 9+ digits ended before this character.
 */
const ENOUGH = 9;
const AFTER_SEPARATOR = 10;
const ENDED = 20;
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
function grown(list: Int32Array): Int32Array {
  const bigger = new Int32Array(list.length * 2);
  bigger.set(list);
  return bigger;
}

export interface WordAt {
  start: number;
  end: number;
  /** Normalized (lower case, single spaces). */
  word: string;
}

/** What the pass found, each kind in text order. */
export class ScanResult {
  /**
   * Digit runs: run k is [starts[k], ends[k]). Typed arrays, not objects: a big text has many of
   * them and they live through the whole scan, so they should cost the garbage collector nothing.
   */
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  /** What each run could be (run-flags.ts), decided while the pass had it in the cache. */
  flags = new Uint8Array(256);
  count = 0;
  readonly words: WordAt[] = [];
  newlines = new Positions(new Int32Array(0), 0);
  tabs = new Positions(new Int32Array(0), 0);
  readonly atSigns: number[] = [];

  /** The run whose last digit is text[end - 1]. */
  addRunEndingAt(text: string, end: number): void {
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.count * 2);
      const ends = new Int32Array(this.count * 2);
      const flags = new Uint8Array(this.count * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      flags.set(this.flags);
      this.starts = starts;
      this.ends = ends;
      this.flags = flags;
    }
    this.ends[this.count] = end;
    this.flags[this.count] = runEndingAt(text, end, this.starts, this.count);
    this.count++;
  }
}

export class Scanner {
  /** Word class of each vocabulary character (lower case). */
  private readonly classes = new Map<number, number>();
  /** Word class of each text character below TABLE, and of the few above it that a word uses. */
  private readonly low = new Uint8Array(TABLE);
  private readonly high = new Map<number, number>();
  /** Trie: children[node] maps a word class to the child node; words[node] is the word ending there. */
  private readonly children: Array<Map<number, number>> = [new Map()];
  private readonly words: Array<string | undefined> = [undefined];
  /** The word class of the character leading into each node. */
  private readonly edge: number[] = [OTHER];
  private readonly spaceClass: number;
  /** The longest word, in characters (a space run counts as one). */
  private readonly longest: number;

  /**
   * Input class of each text character below TABLE (its word class, digit class and mark).
   * The two tables of the hot loop are plain arrays of small integers: V8 reads those faster than
   * typed arrays there (measured: about 10%).
   */
  private readonly input: number[] = [];
  /** Input class of a character above TABLE, by its word class (such a character is no digit). */
  private readonly inputOfWordClass: number[] = [];
  /** Joint automaton: next row = table[row + input class]; a state's row is state * width. */
  private readonly table: number[] = [];
  private readonly width: number;
  /** Rows from here on are states where the loop stops: a word or a run has just ended, or a mark was read. */
  private readonly flagged: number;
  /** Bits per state, by its row: WORD_ENDED, RUN_ENDED, WORD_COMPLETE, RUN_OPEN and the marks. */
  private readonly meaning: number[] = [];
  /** Row of the state "inside a word, no digit run" (START's is 0). */
  private readonly skipRow: number;
  /** The word of the last successful match(). */
  private lastWord = '';

  /** `words` must be normalized: lower case, single spaces (normalizeWord). */
  constructor(words: readonly string[]) {
    let next = LETTER + 1;
    for (const w of words) {
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        if (!this.classes.has(c)) this.classes.set(c, next++);
      }
    }
    const classCount = next;
    const spaceClass = this.classes.get(SPACE);
    this.spaceClass = spaceClass !== undefined ? spaceClass : -1;
    for (let c = 0; c < TABLE; c++) this.low[c] = this.classOf(c);
    if (spaceClass !== undefined) this.low[NBSP] = spaceClass;
    this.classes.forEach((cls, c) => {
      if (c >= TABLE) this.high.set(c, cls);
      const upper = String.fromCharCode(c).toUpperCase();
      if (upper.length === 1 && upper.charCodeAt(0) >= TABLE) this.high.set(upper.charCodeAt(0), cls);
    });
    const wordClass: boolean[] = [false, true];
    this.classes.forEach((cls, c) => (wordClass[cls] = isWordChar(c)));
    for (const w of words) this.insert(w);
    this.longest = words.reduce((most, w) => Math.max(most, w.length), 0);

    const words_ = this.wordAutomaton(classCount, wordClass);
    const wordTable = words_.table;
    const found = words_.found;

    // Input classes: the triples (word class, digit class, mark) that characters have.
    const inputIds = new Map<number, number>();
    const inputs: Array<[number, number, number]> = [];
    const inputOf = (wc: number, dc: number, mark: number): number => {
      const key = (wc * 4 + dc) * 4 + mark;
      let id = inputIds.get(key);
      if (id === undefined) {
        id = inputs.length;
        inputIds.set(key, id);
        inputs.push([wc, dc, mark]);
      }
      return id;
    };
    for (let c = 0; c < TABLE; c++) {
      const dc = isDigit(c) ? DIGIT : isSeparator(c) ? SEPARATOR : NOT_DIGIT;
      this.input.push(inputOf(this.low[c], dc, MARKS[c] || NO_MARK));
    }
    for (let wc = 0; wc < classCount; wc++) this.inputOfWordClass[wc] = inputOf(wc, NOT_DIGIT, NO_MARK);
    const width = inputs.length;
    this.width = width;

    // The joint automaton: breadth first over the reachable triples (word state, digit state, the
    // mark just read). A mark changes no transition: it only makes the loop stop there.
    const stateIds = new Map<number, number>();
    const states: Array<[number, number, number]> = [];
    const stateOf = (w: number, d: number, mark: number): number => {
      const key = (w * 32 + d) * 4 + mark;
      let id = stateIds.get(key);
      if (id === undefined) {
        id = states.length;
        stateIds.set(key, id);
        states.push([w, d, mark]);
      }
      return id;
    };
    stateOf(START, 0, NO_MARK);
    stateOf(SKIP, 0, NO_MARK);
    const nextState: number[] = [];
    for (let p = 0; p < states.length; p++) {
      const [w, d] = states[p];
      for (let k = 0; k < width; k++) {
        const [wc, dc, mark] = inputs[k];
        nextState[p * width + k] = stateOf(wordTable[w * classCount + wc], digitStep(d, dc), mark);
      }
    }
    // Number the states so that those where the loop stops come last: one comparison finds them.
    const stops = (p: number) => states[p][0] === found || states[p][1] === ENDED || states[p][2] !== NO_MARK;
    const order: number[] = [];
    for (let p = 0; p < states.length; p++) if (!stops(p)) order.push(p);
    this.flagged = order.length * width;
    for (let p = 0; p < states.length; p++) if (stops(p)) order.push(p);
    const rank: number[] = [];
    order.forEach((p, r) => (rank[p] = r));
    for (let r = 0; r < order.length; r++) {
      const p = order[r];
      for (let k = 0; k < width; k++) this.table.push(rank[nextState[p * width + k]] * width);
      // Dense (a zero for every entry but the row's first): a sparse array would be a dictionary.
      for (let k = 0; k < width; k++) this.meaning.push(0);
      const [w, d, mark] = states[p];
      this.meaning[r * width] =
        (w === found ? WORD_ENDED : 0) |
        (d === ENDED ? RUN_ENDED : 0) |
        (words_.accepts[w] ? WORD_COMPLETE : 0) |
        (d % AFTER_SEPARATOR === ENOUGH ? RUN_OPEN : 0) |
        MARK_BITS[mark];
    }
    this.skipRow = rank[stateOf(SKIP, 0, NO_MARK)] * width;
  }

  /** Every digit run, gate word, line break, tab and '@' in the text. */
  scan(text: string): ScanResult {
    const out = new ScanResult();
    const n = text.length;
    const input = this.input;
    const table = this.table;
    const flagged = this.flagged;
    const meanings = this.meaning;
    // Local typed arrays: a method call per tab or line break would cost more than the loop.
    let tabs: Int32Array = new Int32Array(256);
    let tabCount = 0;
    let breaks: Int32Array = new Int32Array(256);
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
        s = table[s + this.highInput(text.charCodeAt(i))];
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
    if (meaning & WORD_COMPLETE) this.resolve(text, Math.max(resumeAt, this.wordWindow(text, n)), n, out.words);
    out.tabs = new Positions(tabs, tabCount);
    out.newlines = new Positions(breaks, breakCount);
    return out;
  }

  /**
   * The rarer stops of the scan: an '@', the end of a digit run, the end of a gate word. Kept out
   * of the loop's own code, which stays small. Returns where the next word may start (the end of
   * the word just reported, or resumeAt as it was).
   */
  private stop(text: string, i: number, meaning: number, out: ScanResult, resumeAt: number): number {
    if (meaning & AT) out.atSigns.push(i);
    if (meaning & RUN_ENDED) out.addRunEndingAt(text, isDigit(text.charCodeAt(i - 1)) ? i : i - 1);
    if (meaning & WORD_ENDED) return this.resolve(text, Math.max(resumeAt, this.wordWindow(text, i)), i, out.words);
    return resumeAt;
  }

  /**
   * The whole words that start in [from, to), for the few hundred characters around a candidate:
   * the same automaton, no copy of the text. (A word is complete only if it ends by `to`.)
   */
  wordsIn(text: string, from: number, to: number): WordAt[] {
    const words: WordAt[] = [];
    const input = this.input;
    const table = this.table;
    const flagged = this.flagged;
    const meanings = this.meaning;
    let s = 0;
    let resumeAt = from;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      s = table[s + (c < TABLE ? input[c] : this.highInput(c))];
      if (s >= flagged && meanings[s] & WORD_ENDED) {
        const end = this.resolve(text, Math.max(resumeAt, this.wordWindow(text, i)), i, words);
        resumeAt = end;
        if (end > i) {
          i = end - 1;
          s = isWordChar(text.charCodeAt(i)) ? this.skipRow : 0;
        }
      }
    }
    if (meanings[s] & WORD_COMPLETE) this.resolve(text, Math.max(resumeAt, this.wordWindow(text, to)), to, words);
    return words;
  }

  /**
   * The word automaton alone, as a table over word classes: the trie's transitions, where a node
   * without a child for a class goes where its failure state goes (Aho-Corasick). The failure
   * state stands for the longest proper suffix of the node's path that began at a word start and
   * is itself a trie path, else START or SKIP. A complete word followed by a non-word character
   * goes to FOUND, whose row is START's (a non-word character was just read).
   */
  private wordAutomaton(classCount: number, wordClass: boolean[]): { table: Int32Array; found: number; accepts: Uint8Array } {
    const nodes = this.children.length;
    const found = nodes + 1;
    const state = (node: number) => (node === 0 ? START : node + 1);
    const table = new Int32Array((found + 1) * classCount);
    const accepts = new Uint8Array(found + 1);
    for (let cls = 0; cls < classCount; cls++) {
      const rootChild = this.children[0].get(cls);
      const after = wordClass[cls] ? SKIP : START;
      table[START * classCount + cls] = rootChild !== undefined ? state(rootChild) : after;
      table[SKIP * classCount + cls] = after;
      table[found * classCount + cls] = table[START * classCount + cls];
    }
    const failure = new Int32Array(nodes);
    const queue: number[] = [];
    this.children[0].forEach((child) => {
      failure[child] = wordClass[this.edge[child]] ? SKIP : START;
      queue.push(child);
    });
    // Breadth first: a failure state is shallower than its node, so its row is already there.
    // Rows hold the plain walk first; FOUND is put in once every failure state is known.
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q];
      const s = state(node);
      const fail = failure[node];
      accepts[s] = this.words[node] !== undefined || accepts[fail] === 1 ? 1 : 0;
      for (let cls = 0; cls < classCount; cls++) {
        const child = this.children[node].get(cls);
        table[s * classCount + cls] = child !== undefined ? state(child) : table[fail * classCount + cls];
      }
      // A space edge matches a run of spaces: the node after it stays put on more of them.
      if (this.edge[node] === this.spaceClass) table[s * classCount + this.spaceClass] = s;
      this.children[node].forEach((child, cls) => {
        failure[child] = table[fail * classCount + cls];
        queue.push(child);
      });
    }
    for (let s = 2; s < found; s++) {
      if (!accepts[s]) continue;
      for (let cls = 0; cls < classCount; cls++) if (!wordClass[cls]) table[s * classCount + cls] = found;
    }
    return { table, found, accepts };
  }

  /**
   * How far back a gate word ending at `at` can start: the longest word's length, counting a run
   * of spaces as one character (a multi-word term matches any number of them).
   */
  private wordWindow(text: string, at: number): number {
    let p = at;
    for (let units = 0; units < this.longest && p > 0; units++) {
      p--;
      if (isSpace(text.charCodeAt(p))) while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--;
    }
    return p;
  }

  /**
   * A gate word ends on a boundary at `at`: report the word at the leftmost word start in
   * [from, at), the longest one there. Returns where it ends (at or later).
   */
  private resolve(text: string, from: number, at: number, words: WordAt[]): number {
    for (let p = from; p < at; p++) {
      if (p > 0 && isWordChar(text.charCodeAt(p - 1))) continue;
      const end = this.match(text, p);
      if (end > 0) {
        words.push({ start: p, end, word: this.lastWord });
        return end;
      }
    }
    return at;
  }

  /** The end of the longest gate word that starts at `start` and ends on a boundary, or -1. */
  private match(text: string, start: number): number {
    const n = text.length;
    let node = 0;
    let best = -1;
    let i = start;
    while (i < n) {
      const c = text.charCodeAt(i);
      const cls = c < TABLE ? this.low[c] : this.highClass(c);
      const child = this.children[node].get(cls);
      if (child === undefined) break;
      node = child;
      i++;
      if (cls === this.spaceClass) while (i < n && isSpace(text.charCodeAt(i))) i++;
      const word = this.words[node];
      if (word !== undefined && (i >= n || !isWordChar(text.charCodeAt(i)))) {
        best = i;
        this.lastWord = word;
      }
    }
    return best;
  }

  private insert(word: string): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const cls = this.classes.get(word.charCodeAt(i)) as number;
      let child = this.children[node].get(cls);
      if (child === undefined) {
        child = this.children.length;
        this.children.push(new Map());
        this.words.push(undefined);
        this.edge.push(cls);
        this.children[node].set(cls, child);
      }
      node = child;
    }
    if (word) this.words[node] = word;
  }

  /** The word class of a text character: its lower case's class, else letter or other. */
  private classOf(c: number): number {
    const lower = String.fromCharCode(c).toLowerCase();
    const cls = lower.length === 1 ? this.classes.get(lower.charCodeAt(0)) : undefined;
    if (cls !== undefined) return cls;
    return isWordChar(c) ? LETTER : OTHER;
  }

  /** Word class of a character above TABLE: a vocabulary character's, else OTHER (no such character is a word character). */
  private highClass(c: number): number {
    const cls = this.high.get(c);
    return cls !== undefined ? cls : OTHER;
  }

  private highInput(c: number): number {
    return this.inputOfWordClass[this.highClass(c)];
  }
}

/** One step of the digit automaton. */
function digitStep(d: number, dc: number): number {
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

function isSpace(c: number): boolean {
  return c === SPACE || c === NBSP;
}

