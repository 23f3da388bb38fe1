/**
 * Whole words from a fixed list, found case-insensitively in one pass: the gate words of the whole
 * text (inside the scanner), and a detector's context words around a candidate (on their own).
 *
 * A trie of lower-case words, compiled Aho-Corasick style to a table of transitions on character
 * classes, where walks start only at word starts. Besides the trie nodes the automaton has START
 * (the last character was not a word character, so a word may start) and SKIP (inside a word that
 * is none of ours), and FOUND: a complete word has just been followed by a non-word character. The
 * table only says *that* a word ended; which one, where it started and the longest one there are
 * worked out by walking the trie from the candidate starts (rare work). A word counts when it is
 * whole: no word character right before or after it. A space in a multi-word term matches a run of
 * spaces and no-break spaces.
 */
import { isWordChar } from './words';

/** Characters below this are classified by a table; the few above it through a Map. */
export const TABLE = 0x250;
const SPACE = 32;
const NBSP = 0xa0;

/** States; trie node k > 0 is state k + 1, FOUND comes after the last node. */
export const START = 0;
export const SKIP = 1;
/** Word classes: not a word character, a word character no word uses, then the vocabulary's. */
const OTHER = 0;
const LETTER = 1;

export interface WordAt {
  start: number;
  end: number;
  /** Normalized (lower case, single spaces). */
  word: string;
}

export class WordFinder {
  /** Word class of each text character below TABLE (its lower case's). */
  readonly low = new Uint8Array(TABLE);
  /** Number of word classes. */
  readonly classCount: number;
  /** Is the class made of word characters? */
  readonly wordClass: boolean[] = [false, true];
  /** Transitions as row offsets: next row = rows[row + class], a state's row is state * classCount. */
  readonly rows: Int32Array;
  /** The state FOUND. */
  readonly found: number;
  /** States in which a word (this node's or a shorter suffix's) is complete. */
  readonly accepts: Uint8Array;
  /** Class of each vocabulary character, by its (lower-case) code. */
  private readonly classes = new Map<number, number>();
  private readonly high = new Map<number, number>();
  /** Trie: children[node] maps a class to the child node; words[node] is the word ending there. */
  private readonly children: Array<Map<number, number>> = [new Map()];
  private readonly words: Array<string | undefined> = [undefined];
  /** The class of the character leading into each node. */
  private readonly edge: number[] = [OTHER];
  private readonly spaceClass: number;
  /** The longest word, in characters (a space run counts as one). */
  readonly longest: number;
  /** The word of the last successful match(). */
  private lastWord = '';

  /** `words` must be normalized: lower case, single spaces (normalizeWord). */
  constructor(words: readonly string[]) {
    let next = LETTER + 1;
    for (const w of words) {
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        if (!this.classes.has(c)) {
          this.wordClass[next] = isWordChar(c);
          this.classes.set(c, next++);
        }
      }
    }
    this.classCount = next;
    const spaceClass = this.classes.get(SPACE);
    this.spaceClass = spaceClass !== undefined ? spaceClass : -1;
    for (let c = 0; c < TABLE; c++) this.low[c] = this.classOf(c);
    if (spaceClass !== undefined) this.low[NBSP] = spaceClass;
    this.classes.forEach((cls, c) => {
      if (c >= TABLE) this.high.set(c, cls);
      const upper = String.fromCharCode(c).toUpperCase();
      if (upper.length === 1 && upper.charCodeAt(0) >= TABLE) this.high.set(upper.charCodeAt(0), cls);
    });
    for (const w of words) this.insert(w);
    this.longest = words.reduce((most, w) => Math.max(most, w.length), 0);
    this.found = this.children.length + 1;
    this.accepts = new Uint8Array(this.found + 1);
    this.rows = this.compile();
  }

  /** Word class of a character above TABLE: a vocabulary character's, else OTHER (none of them is a word character). */
  highClass(c: number): number {
    const cls = this.high.get(c);
    return cls !== undefined ? cls : OTHER;
  }

  /**
   * The whole words that start in [from, to), for the few hundred characters around a candidate:
   * no copy of the text. (A word is complete only if it ends by `to`.)
   */
  wordsIn(text: string, from: number, to: number): WordAt[] {
    const words: WordAt[] = [];
    const rows = this.rows;
    const low = this.low;
    const width = this.classCount;
    const found = this.found * width;
    let s = START;
    let resumeAt = from;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      s = rows[s + (c < TABLE ? low[c] : this.highClass(c))];
      if (s === found) {
        resumeAt = this.wordEndingAt(text, i, resumeAt, words);
        if (resumeAt > i) {
          i = resumeAt - 1;
          s = isWordChar(text.charCodeAt(i)) ? SKIP * width : START;
        }
      }
    }
    if (this.accepts[s / width]) this.wordEndingAt(text, to, resumeAt, words);
    return words;
  }

  /**
   * The automaton says a word ends on a boundary at `at`: add the word at the leftmost word start
   * from resumeAt on (as a regex would, scanning on from its last match), the longest one there,
   * to `words`. Returns where it ends (at or later).
   */
  wordEndingAt(text: string, at: number, resumeAt: number, words: WordAt[]): number {
    return this.resolve(text, Math.max(resumeAt, this.reach(text, at)), at, words);
  }

  /**
   * How far back a word ending at `at` can start: the longest word's length, counting a run of
   * spaces as one character (a multi-word term matches any number of them).
   */
  private reach(text: string, at: number): number {
    let p = at;
    for (let units = 0; units < this.longest && p > 0; units++) {
      p--;
      if (isSpace(text.charCodeAt(p))) while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--;
    }
    return p;
  }

  /** The leftmost word start in [from, at) and its longest whole word, added to `words`. Returns where it ends, or `at`. */
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

  /** The end of the longest word that starts at `start` and ends on a boundary, or -1. */
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

  /**
   * The transition table: the trie's edges, and where a node has none for a class, where its
   * failure state goes (Aho-Corasick). The failure state stands for the longest proper suffix of
   * the node's path that began at a word start and is itself a trie path, else START or SKIP. A
   * complete word followed by a non-word character goes to FOUND, whose row is START's (a non-word
   * character was just read).
   */
  private compile(): Int32Array {
    const width = this.classCount;
    const nodes = this.children.length;
    const found = this.found;
    const state = (node: number) => (node === 0 ? START : node + 1);
    const table = new Int32Array((found + 1) * width);
    const accepts = this.accepts;
    for (let cls = 0; cls < width; cls++) {
      const rootChild = this.children[0].get(cls);
      const after = this.wordClass[cls] ? SKIP : START;
      table[START * width + cls] = rootChild !== undefined ? state(rootChild) : after;
      table[SKIP * width + cls] = after;
      table[found * width + cls] = table[START * width + cls];
    }
    const failure = new Int32Array(nodes);
    const queue: number[] = [];
    this.children[0].forEach((child) => {
      failure[child] = this.wordClass[this.edge[child]] ? SKIP : START;
      queue.push(child);
    });
    // Breadth first: a failure state is shallower than its node, so its row is already there.
    // Rows hold the plain walk first; FOUND is put in once every failure state is known.
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q];
      const s = state(node);
      const fail = failure[node];
      accepts[s] = this.words[node] !== undefined || accepts[fail] === 1 ? 1 : 0;
      table.copyWithin(s * width, fail * width, fail * width + width);
      this.children[node].forEach((child, cls) => {
        table[s * width + cls] = state(child);
        failure[child] = table[fail * width + cls];
        queue.push(child);
      });
      // A space edge matches a run of spaces: the node after it stays put on more of them.
      if (this.edge[node] === this.spaceClass) table[s * width + this.spaceClass] = s;
    }
    for (let s = 2; s < found; s++) {
      if (!accepts[s]) continue;
      for (let cls = 0; cls < width; cls++) if (!this.wordClass[cls]) table[s * width + cls] = found;
    }
    for (let k = 0; k < table.length; k++) table[k] *= width;
    return table;
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

  /** The word class of a text character below TABLE: its lower case's class, else letter or other. */
  private classOf(c: number): number {
    const lower = String.fromCharCode(c).toLowerCase();
    const cls = lower.length === 1 ? this.classes.get(lower.charCodeAt(0)) : undefined;
    if (cls !== undefined) return cls;
    return isWordChar(c) ? LETTER : OTHER;
  }
}

function isSpace(c: number): boolean {
  return c === SPACE || c === NBSP;
}
