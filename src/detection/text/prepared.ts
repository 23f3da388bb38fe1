/**
 * A text prepared once for all detectors: one pass (scanner.ts) collects digit runs, the
 * positions of every gate word, and where lines, tabs and '@' signs are. Detectors whose gate did
 * not fire do nothing; the others work from these lists instead of scanning the text again.
 */
import type { ContentDetectorId } from '../../model/finding';
import type { Vocabulary, WordRole } from './vocabulary';
import { containsWord, normalizeWord } from './words';
import { grown } from './scanner';
import type { Positions } from './scanner';
import { wrappedValues } from './wrapped';
import type { WrappedValue } from './wrapped';

/** A block of tab-separated lines: a table, headed by its first row (COMMON.md's convention). */
export interface Table {
  /** Start of the header row. */
  start: number;
  /** End of the last row. */
  end: number;
  /** Rows after the header: rowStart(table, r) for r < rowCount. Stored once for all tables. */
  firstRow: number;
  rowCount: number;
}

export interface WordHit {
  start: number;
  end: number;
  /** Normalized (lower case, single spaces). */
  word: string;
  role: WordRole;
}

export interface Nearby {
  /** Distance in characters to the nearest context word, or Infinity. */
  context: number;
  contextWord?: string;
  negative: number;
  negativeWord?: string;
}

/** Lines longer than this are not treated as table rows (keeps hostile one-line bodies linear). */
const MAX_ROW = 4096;
/** Tokens with more digit groups than this are not any of our numbers. */
const MAX_GROUPS = 16;

export class PreparedText {
  /**
   * Digit runs of 9+ digits with single separators between them ("1234.56.782", "06-12345678"):
   * run k is [starts[k], ends[k]), flags[k] says what it could be (run-flags.ts).
   */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly flags: Uint8Array;
  /** Number of digit runs. */
  readonly count: number;
  /** Word hits per detector, in text order. */
  private readonly wordHits = new Map<ContentDetectorId, WordHit[]>();
  private readonly roleHits = new Map<string, WordHit[]>();
  /** Positions of every line break, tab and '@', from the same pass. */
  private readonly newlines: Positions;
  readonly tabs: Positions;
  private readonly atSigns: number[];

  // Line cursor: the index of the first line break at or after the last queried position.
  private cursor = 0;
  private readonly lineResult = { start: 0, end: 0 };
  private readonly headerCache = new Map<number, number>();
  private readonly headers = new Map<number, string[]>();
  private tableList?: Table[];
  /** Where each table row starts (after its header), all tables in order; see Table.firstRow. */
  private rowStarts: Int32Array = new Int32Array(0);
  private readonly headerMemo = new Map<readonly string[], Map<string, boolean>>();
  private wrappedList?: WrappedValue[];

  constructor(
    readonly text: string,
    readonly vocabulary: Vocabulary,
  ) {
    const found = vocabulary.scan(text);
    this.starts = found.starts;
    this.ends = found.ends;
    this.flags = found.flags;
    this.count = found.count;
    this.newlines = found.newlines;
    this.tabs = found.tabs;
    this.atSigns = found.atSigns;
    for (const w of found.words) this.addWord(w.start, w.end, w.word);
  }

  private addWord(start: number, end: number, word: string): void {
    const roles = this.vocabulary.rolesOf(word);
    if (!roles) return;
    for (const r of roles) {
      let list = this.wordHits.get(r.detector);
      if (!list) this.wordHits.set(r.detector, (list = []));
      list.push({ start, end, word, role: r.role });
    }
  }

  /** This detector's word hits (all roles, or one), in text order. Shared: read them, don't change them. */
  hits(detector: ContentDetectorId, role?: WordRole): WordHit[] {
    const list = this.wordHits.get(detector) || [];
    if (!role) return list;
    // Filtered once per role: a text full of one label is asked for its hits by several detectors.
    const key = detector + ':' + role;
    let some = this.roleHits.get(key);
    if (!some) this.roleHits.set(key, (some = list.filter((h) => h.role === role)));
    return some;
  }

  hasRole(detector: ContentDetectorId, role: WordRole): boolean {
    const list = this.wordHits.get(detector);
    return !!list && list.some((h) => h.role === role);
  }

  /**
   * IBANs and BSNs that a narrow table cell wrapped over two lines (wrapped.ts), read under the
   * labels of those detectors ("IBAN", "BSN" in a header). Computed once, on the first request.
   */
  wrapped(): WrappedValue[] {
    if (!this.wrappedList) {
      const labels = this.hits('iban', 'term').concat(this.hits('bsn', 'term')).map((h) => h.start);
      this.wrappedList = labels.length > 0 ? wrappedValues(this.text, labels.sort((a, b) => a - b)) : [];
    }
    return this.wrappedList;
  }

  /** Group lengths of the last shape() call (shared buffer: read before the next call). */
  readonly lens = new Int32Array(MAX_GROUPS);
  /** Separator before each group of the last shape() call (char code, 0 for the first). */
  readonly seps = new Int32Array(MAX_GROUPS);

  /**
   * The shape of a token (group lengths and separators) without allocating: the hot path looks at
   * every digit run, and most are phone numbers that no detector wants. Returns the number of
   * groups, or -1 for a token with more than MAX_GROUPS groups.
   */
  shape(start: number, end: number): number {
    const t = this.text;
    let count = 0;
    let len = 0;
    let sep = 0;
    for (let i = start; i < end; i++) {
      const c = t.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        len++;
      } else {
        if (count >= MAX_GROUPS) return -1;
        this.lens[count] = len;
        this.seps[count] = sep;
        count++;
        len = 0;
        sep = c;
      }
    }
    if (count >= MAX_GROUPS) return -1;
    this.lens[count] = len;
    this.seps[count] = sep;
    return count + 1;
  }

  /** The digits of text[start, end) without separators. */
  digits(start: number, end: number): string {
    return this.text.slice(start, end).replace(/[^0-9]/g, '');
  }

  /** Positions of '@' (for e-mail addresses). */
  atPositions(): number[] {
    return this.atSigns;
  }

  /**
   * A detector's context and negative words within `window` characters on either side of
   * [start, end), whole words only (presidio-style context); a word that reaches into the window
   * counts. Searched only around candidates that already passed their checks, so this is rare work.
   */
  wordsNear(detector: ContentDetectorId, start: number, end: number, window: number): WordHit[] {
    const local = this.vocabulary.localWords(detector);
    if (!local) return [];
    const t = this.text;
    // Read a word's length further on each side: a word that reaches into the window counts whole.
    const reach = window + local.finder.longest + 4;
    const out: WordHit[] = [];
    for (const w of local.finder.wordsIn(t, Math.max(0, start - reach), Math.min(t.length, end + reach))) {
      if ((w.end <= start ? start - w.end : w.start >= end ? w.start - end : 0) > window) continue;
      out.push({ start: w.start, end: w.end, word: w.word, role: local.roles.get(w.word) as WordRole });
    }
    return out;
  }

  /**
   * Nearest context and negative word (distance in characters, Infinity when none). As labels,
   * negative words on a later line are skipped: "BSN: 123456782\nIBAN: NL91..." names the next
   * value, not this one. `acrossLines` counts them too (a KvK line under an IBAN in a signature).
   */
  nearby(detector: ContentDetectorId, start: number, end: number, window: number, acrossLines = false): Nearby {
    const out: Nearby = { context: Infinity, negative: Infinity };
    for (const h of this.wordsNear(detector, start, end, window)) {
      const distance = h.end <= start ? start - h.end : h.start >= end ? h.start - end : 0;
      if (!acrossLines && h.role !== 'context' && h.start >= end && this.lineBreakBetween(end, h.start)) continue;
      if (h.role === 'context') {
        if (distance < out.context) {
          out.context = distance;
          out.contextWord = h.word;
        }
      } else if (distance < out.negative) {
        out.negative = distance;
        out.negativeWord = h.word;
      }
    }
    return out;
  }

  /** True when a line break stands in [from, to) (a short span: callers pass a context window). */
  private lineBreakBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.text.charCodeAt(i) === 10) return true;
    return false;
  }

  /**
   * Start and end of the line holding pos, from the line breaks the pass recorded. Queries that
   * move forward step the cursor on (a pass over all candidates stays linear); others search.
   * The returned object is reused by the next call: read it, don't keep it.
   */
  line(pos: number): { start: number; end: number } {
    const breaks = this.newlines;
    let k = this.cursor;
    if (k > 0 && breaks.at(k - 1) >= pos) k = breaks.firstAtOrAfter(pos);
    while (k < breaks.length && breaks.at(k) < pos) k++;
    this.cursor = k;
    this.lineResult.start = k > 0 ? breaks.at(k - 1) + 1 : 0;
    this.lineResult.end = k < breaks.length ? breaks.at(k) : this.text.length;
    return this.lineResult;
  }

  /**
   * The header cell above pos when pos sits in a tab-separated table (COMMON.md's table
   * convention): the first row of the block of tabbed lines, cell in the same column. Normalized.
   */
  columnHeader(pos: number): string | undefined {
    const { start, end } = this.line(pos);
    if (pos - start > MAX_ROW || !this.tabIn(start, end)) return undefined;
    let column = 0;
    for (let i = start; i < pos; i++) if (this.text.charCodeAt(i) === 9) column++;
    const headerStart = this.tableHeaderStart(start);
    if (headerStart === start) return undefined;
    return this.headerCells(headerStart)[column];
  }

  /** The normalized cells of the header row starting at headerStart, computed once per table. */
  headerCells(headerStart: number): string[] {
    let cells = this.headers.get(headerStart);
    if (!cells) {
      const headerEnd = this.text.indexOf('\n', headerStart);
      const header = this.text.slice(headerStart, headerEnd < 0 ? this.text.length : Math.min(headerEnd, headerStart + MAX_ROW));
      cells = header.split('\t').map(normalizeWord);
      this.headers.set(headerStart, cells);
    }
    return cells;
  }

  /**
   * Every table in the text (blocks of 2+ lines holding a tab), from the tabs the pass recorded.
   * Computed once, on the first request.
   */
  tables(): Table[] {
    if (this.tableList) return this.tableList;
    const list: Table[] = [];
    let rows: Int32Array = new Int32Array(64);
    let rowCount = 0;
    let current: Table | null = null;
    let lineEnd = -1;
    for (let k = 0; k < this.tabs.length; k++) {
      const tab = this.tabs.at(k);
      if (tab < lineEnd) continue; // another tab on the same line
      const line = this.line(tab);
      const lineStart = line.start;
      lineEnd = line.end;
      if (lineEnd - lineStart > MAX_ROW) continue;
      if (current && current.end + 1 === lineStart) {
        if (rowCount === rows.length) rows = grown(rows);
        rows[rowCount++] = lineStart;
        current.rowCount++;
        current.end = lineEnd;
      } else {
        if (current && current.rowCount > 0) list.push(current);
        current = { start: lineStart, end: lineEnd, firstRow: rowCount, rowCount: 0 };
      }
    }
    if (current && current.rowCount > 0) list.push(current);
    this.rowStarts = rows;
    this.tableList = list;
    return list;
  }

  /** Where row r (after the header) of a table starts. */
  rowStart(table: Table, r: number): number {
    return this.rowStarts[table.firstRow + r];
  }

  /** Where row r (after the header) of a table ends (without a carriage return). */
  rowEnd(table: Table, r: number): number {
    const end = r + 1 < table.rowCount ? this.rowStarts[table.firstRow + r + 1] - 1 : table.end;
    return this.text.charCodeAt(end - 1) === 13 ? end - 1 : end;
  }

  /** The span of cell `column` in row `row` of a table (header excluded), trimmed, or null. */
  cell(table: Table, row: number, column: number): { start: number; end: number } | null {
    const t = this.text;
    const end = this.rowEnd(table, row);
    let s = this.rowStart(table, row);
    for (let c = 0; c < column; c++) {
      const tab = t.indexOf('\t', s);
      if (tab < 0 || tab >= end) return null;
      s = tab + 1;
    }
    let e = t.indexOf('\t', s);
    if (e < 0 || e > end) e = end;
    while (s < e && t.charCodeAt(s) === 32) s++;
    while (e > s && (t.charCodeAt(e - 1) === 32 || t.charCodeAt(e - 1) === 13)) e--;
    return { start: s, end: e };
  }

  /** Whole-word test of a detector's words in a header cell. */
  headerSays(cell: string | undefined, words: readonly string[]): boolean {
    if (cell === undefined || cell.length === 0) return false;
    let memo = this.headerMemo.get(words);
    if (!memo) this.headerMemo.set(words, (memo = new Map()));
    let says = memo.get(cell);
    if (says === undefined) memo.set(cell, (says = containsWord(cell, words) !== undefined));
    return says;
  }

  private tabIn(start: number, end: number): boolean {
    if (end - start > MAX_ROW) return false;
    const k = this.tabs.firstAtOrAfter(start);
    return k < this.tabs.length && this.tabs.at(k) < end;
  }

  /** Walk up through tabbed lines to the first line of the block; cached per queried line. */
  private tableHeaderStart(lineStart: number): number {
    const cached = this.headerCache.get(lineStart);
    if (cached !== undefined) return cached;
    const t = this.text;
    let cur = lineStart;
    for (;;) {
      if (cur === 0) break;
      const hit = this.headerCache.get(cur);
      if (hit !== undefined && cur !== lineStart) {
        cur = hit;
        break;
      }
      // Previous line: [p, cur - 1), bounded in length.
      let p = cur - 1;
      const limit = Math.max(0, cur - 1 - MAX_ROW);
      while (p > limit && t.charCodeAt(p - 1) !== 10) p--;
      if (p > 0 && t.charCodeAt(p - 1) !== 10) break; // too long to be a row
      let tab = false;
      for (let i = p; i < cur - 1; i++) {
        if (t.charCodeAt(i) === 9) {
          tab = true;
          break;
        }
      }
      if (!tab) break;
      cur = p;
    }
    this.headerCache.set(lineStart, cur);
    return cur;
  }
}


