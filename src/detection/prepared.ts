/**
 * A text prepared once for all detectors: one regex pass collects digit runs, postcodes and the
 * positions of every vocabulary word. Detectors whose gate did not fire do nothing; the others
 * work from these lists instead of scanning the text again.
 */
import type { ContentDetectorId } from './types';
import type { Vocabulary, WordRole } from './vocabulary';
import { containsWord, isWholeWord, normalizeWord } from './words';

/** A run of digits with single separators between them ("1234.56.782", "06-12345678"). */
export interface NumberToken {
  start: number;
  end: number;
  groups?: DigitGroup[];
}

/** One unbroken digit group of a token and the separator before it ('' for the first). */
export interface DigitGroup {
  start: number;
  end: number;
  digits: string;
  sepBefore: string;
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

export class PreparedText {
  readonly numbers: NumberToken[] = [];
  readonly postcodes: number[] = [];
  /** Word hits per detector, in text order. */
  private readonly wordHits = new Map<ContentDetectorId, WordHit[]>();
  private atSigns?: number[];

  // Line cursor: queries that move forward reuse what was scanned before (amortized linear).
  private cursorPos = -1;
  private cursorLineStart = 0;
  private cursorLineEnd = 0;
  private readonly headerCache = new Map<number, number>();

  constructor(
    readonly text: string,
    readonly vocabulary: Vocabulary,
  ) {
    const re = new RegExp(vocabulary.source, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[1] !== undefined) {
        this.numbers.push({ start, end });
      } else if (m[2] !== undefined) {
        const before = start > 0 ? text.charCodeAt(start - 1) : 32;
        if (!(before >= 48 && before <= 57)) this.postcodes.push(start);
      } else if (isWholeWord(text, start, end)) {
        const word = normalizeWord(m[0]);
        const roles = vocabulary.roles.get(word);
        if (roles) {
          for (const r of roles) {
            let list = this.wordHits.get(r.detector);
            if (!list) this.wordHits.set(r.detector, (list = []));
            list.push({ start, end, word, role: r.role });
          }
        }
      } else {
        // A longer alternative failed the whole-word test; a shorter word may still start here.
        re.lastIndex = start + 1;
      }
    }
  }

  /** This detector's word hits (all roles), in text order. */
  hits(detector: ContentDetectorId, role?: WordRole): WordHit[] {
    const list = this.wordHits.get(detector) || [];
    return role ? list.filter((h) => h.role === role) : list;
  }

  hasRole(detector: ContentDetectorId, role: WordRole): boolean {
    const list = this.wordHits.get(detector);
    return !!list && list.some((h) => h.role === role);
  }

  /** Digit groups of a token, computed once. */
  groups(token: NumberToken): DigitGroup[] {
    if (token.groups) return token.groups;
    const groups: DigitGroup[] = [];
    const t = this.text;
    let i = token.start;
    let sep = '';
    while (i < token.end) {
      const s = i;
      while (i < token.end && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) i++;
      groups.push({ start: s, end: i, digits: t.slice(s, i), sepBefore: sep });
      if (i < token.end) {
        sep = t.charAt(i);
        i++;
      }
    }
    token.groups = groups;
    return groups;
  }

  /** Positions of '@' (for e-mail addresses), found with indexOf only when a detector asks. */
  atPositions(): number[] {
    if (!this.atSigns) {
      const list: number[] = [];
      let i = this.text.indexOf('@');
      while (i >= 0) {
        list.push(i);
        i = this.text.indexOf('@', i + 1);
      }
      this.atSigns = list;
    }
    return this.atSigns;
  }

  /**
   * Nearest context and negative words of a detector within `window` characters on either side of
   * [start, end) (presidio-style context, whole words only).
   */
  nearby(detector: ContentDetectorId, start: number, end: number, window: number): Nearby {
    const list = this.wordHits.get(detector);
    const out: Nearby = { context: Infinity, negative: Infinity };
    if (!list) return out;
    // Binary search the first hit that ends after start - window.
    let lo = 0;
    let hi = list.length;
    const from = start - window;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].end < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list.length && list[i].start <= end + window; i++) {
      const h = list[i];
      const distance = h.end <= start ? start - h.end : h.start >= end ? h.start - end : 0;
      if (h.role === 'context' || h.role === 'term') {
        if (distance < out.context) {
          out.context = distance;
          out.contextWord = h.word;
        }
      } else if (h.role === 'negative' && distance < out.negative) {
        out.negative = distance;
        out.negativeWord = h.word;
      }
    }
    return out;
  }

  /** Start and end of the line holding pos. Cheap for forward-moving queries. */
  line(pos: number): { start: number; end: number } {
    const t = this.text;
    if (pos < this.cursorPos || this.cursorPos < 0 || pos > this.cursorLineEnd) {
      this.cursorLineStart = pos > 0 ? t.lastIndexOf('\n', pos - 1) + 1 : 0;
      const nl = t.indexOf('\n', pos);
      this.cursorLineEnd = nl < 0 ? t.length : nl;
    }
    this.cursorPos = pos;
    return { start: this.cursorLineStart, end: this.cursorLineEnd };
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
    const headerEnd = this.text.indexOf('\n', headerStart);
    const header = this.text.slice(headerStart, headerEnd < 0 ? this.text.length : headerEnd);
    const cell = header.split('\t')[column];
    return cell === undefined ? undefined : normalizeWord(cell);
  }

  /** Whole-word test of a detector's words in a header cell. */
  headerSays(cell: string | undefined, words: readonly string[]): boolean {
    return cell !== undefined && cell.length > 0 && containsWord(cell, words) !== undefined;
  }

  private tabIn(start: number, end: number): boolean {
    if (end - start > MAX_ROW) return false;
    for (let i = start; i < end; i++) if (this.text.charCodeAt(i) === 9) return true;
    return false;
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
