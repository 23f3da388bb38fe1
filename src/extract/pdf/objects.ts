/**
 * PDF objects and the lexer/parser that reads them from bytes (file body, object streams, content
 * streams and CMaps all share this syntax). Works on bytes, never on decoded strings, so binary
 * string contents survive untouched.
 */
import { hexValue } from '../binary';

/** A /Name. Interned, so two names with the same text are the same object and compare with ===. */
export class PdfName {
  private static readonly table = new Map<string, PdfName>();
  private constructor(readonly name: string) {}
  static of(name: string): PdfName {
    let found = PdfName.table.get(name);
    if (!found) {
      found = new PdfName(name);
      if (PdfName.table.size < 20000) PdfName.table.set(name, found);
    }
    return found;
  }
}

/** A (literal) or <hex> string: raw bytes, decrypted later if the file is encrypted. */
export class PdfString {
  constructor(public bytes: Uint8Array) {}
}

/** An indirect reference `N G R`. */
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** A content-stream operator or a bare keyword (obj, stream, R, begincodespacerange, ...). */
export class PdfOp {
  constructor(readonly op: string) {}
}

export class PdfDict {
  readonly map = new Map<string, PdfObject>();
  get(key: string): PdfObject | undefined {
    return this.map.get(key);
  }
}

/** A stream: its dictionary and its raw (still encoded, maybe encrypted) bytes. */
export class PdfStream {
  /** The indirect object holding it (for decryption); -1 inside object streams and content. */
  num = -1;
  gen = 0;
  constructor(
    readonly dict: PdfDict,
    public raw: Uint8Array,
  ) {}
}

export type PdfObject = number | boolean | null | PdfName | PdfString | PdfRef | PdfDict | PdfStream | PdfObject[];

/** Thrown for malformed syntax; the document layer turns it into "corrupt" or skips the object. */
export class PdfSyntaxError extends Error {}

// Character classes by byte: 1 white space, 2 delimiter.
const CLASS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;

export function isWhite(b: number): boolean {
  return CLASS[b] === 1;
}

/** Tokens: numbers, names, strings, keywords; arrays and dictionaries are built by the parser. */
const ARRAY_OPEN = new PdfOp('[');
const ARRAY_CLOSE = new PdfOp(']');
const DICT_OPEN = new PdfOp('<<');
const DICT_CLOSE = new PdfOp('>>');
const BRACE = new PdfOp('{');
const BRACE_CLOSE = new PdfOp('}');
export const END_OF_DATA = new PdfOp('');

type Token = number | PdfName | PdfString | PdfOp | boolean | null;

const OPERATORS = new Map<string, PdfOp>();

const MAX_NESTING = 64;
const MAX_STRING = 1 << 24;

export class Lexer {
  pos: number;
  /** Bytes in <hex> strings that are neither hex digits nor white space (damage; a CMap reports it). */
  badHex = 0;
  /** Runs of eight or more NUL bytes between tokens: overwritten bytes (NUL is white space, but no writer puts runs of it there). */
  nulRuns = 0;
  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.pos = start;
  }

  skipWhiteAndComments(): void {
    const b = this.bytes;
    let nuls = 0;
    while (this.pos < this.end) {
      const c = b[this.pos];
      if (CLASS[c] === 1) {
        nuls = c === 0 ? nuls + 1 : 0;
        if (nuls === 8) this.nulRuns++;
        this.pos++;
      } else if (c === 37 /* % */) {
        while (this.pos < this.end && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++;
      } else {
        return;
      }
    }
  }

  nextToken(): Token {
    this.skipWhiteAndComments();
    const b = this.bytes;
    if (this.pos >= this.end) return END_OF_DATA;
    const c = b[this.pos];
    switch (c) {
      case 40 /* ( */:
        return this.literalString();
      case 60 /* < */:
        if (b[this.pos + 1] === 60) {
          this.pos += 2;
          return DICT_OPEN;
        }
        return this.hexString();
      case 62 /* > */:
        this.pos += b[this.pos + 1] === 62 ? 2 : 1;
        return DICT_CLOSE;
      case 91:
        this.pos++;
        return ARRAY_OPEN;
      case 93:
        this.pos++;
        return ARRAY_CLOSE;
      case 123:
        this.pos++;
        return BRACE;
      case 125:
        this.pos++;
        return BRACE_CLOSE;
      case 47 /* / */:
        return this.name();
      case 41 /* ) stray */:
        this.pos++;
        return this.nextToken();
    }
    if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
      const n = this.number();
      if (n !== undefined) return n;
    }
    const start = this.pos;
    while (this.pos < this.end && CLASS[b[this.pos]] === 0) this.pos++;
    if (this.pos === start) {
      this.pos++;
      return this.nextToken();
    }
    let word = '';
    for (let i = start; i < this.pos && i < start + 64; i++) word += String.fromCharCode(b[i]);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    // Operators repeat millions of times in content streams: share one object per keyword.
    let op = OPERATORS.get(word);
    if (!op) {
      op = new PdfOp(word);
      if (OPERATORS.size < 4096) OPERATORS.set(word, op);
    }
    return op;
  }

  private number(): number | undefined {
    const b = this.bytes;
    const start = this.pos;
    let i = this.pos;
    let sign = 1;
    // Some producers write "--5" or "+-5": take the last sign.
    while (i < this.end && (b[i] === 43 || b[i] === 45)) {
      sign = b[i] === 45 ? -1 : 1;
      i++;
    }
    let value = 0;
    let digits = 0;
    while (i < this.end && b[i] >= 48 && b[i] <= 57) {
      value = value * 10 + (b[i] - 48);
      i++;
      digits++;
    }
    if (b[i] === 46) {
      i++;
      let scale = 0.1;
      while (i < this.end && b[i] >= 48 && b[i] <= 57) {
        value += (b[i] - 48) * scale;
        scale /= 10;
        i++;
        digits++;
      }
    }
    if (digits === 0) {
      this.pos = start;
      return undefined;
    }
    // Skip trailing junk glued to a number ("12.5.3"), as readers do.
    while (i < this.end && CLASS[b[i]] === 0 && ((b[i] >= 48 && b[i] <= 57) || b[i] === 46)) i++;
    this.pos = i;
    return sign * value;
  }

  private name(): PdfName {
    const b = this.bytes;
    this.pos++;
    let text = '';
    let length = 0;
    while (this.pos < this.end && CLASS[b[this.pos]] === 0) {
      let c = b[this.pos++];
      if (c === 35 /* # */ && this.pos + 1 < this.end) {
        const h = hexValue(b[this.pos]);
        const l = hexValue(b[this.pos + 1]);
        if (h >= 0 && l >= 0) {
          c = (h << 4) | l;
          this.pos += 2;
        }
      }
      if (length++ < 256) text += String.fromCharCode(c);
    }
    return PdfName.of(text);
  }

  private hexString(): PdfString {
    const b = this.bytes;
    this.pos++;
    let close = this.pos;
    while (close < this.end && b[close] !== 62) close++;
    const out = new Uint8Array(Math.min(MAX_STRING, Math.ceil((close - this.pos) / 2)));
    let n = 0;
    let high = -1;
    let nuls = 0;
    for (; this.pos < close && n < out.length; this.pos++) {
      const v = hexValue(b[this.pos]);
      if (v < 0) {
        const c = b[this.pos];
        if (!(c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0)) this.badHex++;
        nuls = c === 0 ? nuls + 1 : 0;
        if (nuls === 8) this.nulRuns++;
        continue;
      }
      nuls = 0;
      if (high < 0) high = v;
      else {
        out[n++] = (high << 4) | v;
        high = -1;
      }
    }
    if (high >= 0 && n < out.length) out[n++] = high << 4;
    this.pos = close + 1;
    return new PdfString(n === out.length ? out : out.slice(0, n));
  }

  private literalString(): PdfString {
    const b = this.bytes;
    this.pos++;
    // Find the closing parenthesis first, so the buffer is sized by the string, not by what is left.
    let depth = 1;
    let scan = this.pos;
    while (scan < this.end) {
      const c = b[scan++];
      if (c === 92) scan++;
      else if (c === 40) depth++;
      else if (c === 41 && --depth === 0) break;
    }
    depth = 1;
    const out = new Uint8Array(Math.min(scan - this.pos, MAX_STRING));
    let n = 0;
    while (this.pos < this.end && n < out.length) {
      let c = b[this.pos++];
      if (c === 40) depth++;
      else if (c === 41) {
        if (--depth === 0) break;
      } else if (c === 92 /* \ */) {
        if (this.pos >= this.end) break;
        c = b[this.pos++];
        switch (c) {
          case 110:
            c = 10;
            break;
          case 114:
            c = 13;
            break;
          case 116:
            c = 9;
            break;
          case 98:
            c = 8;
            break;
          case 102:
            c = 12;
            break;
          case 13:
            if (b[this.pos] === 10) this.pos++;
            continue;
          case 10:
            continue;
          default:
            if (c >= 48 && c <= 55) {
              let v = c - 48;
              for (let k = 0; k < 2 && b[this.pos] >= 48 && b[this.pos] <= 55; k++) v = v * 8 + (b[this.pos++] - 48);
              c = v & 0xff;
            }
        }
      }
      out[n++] = c;
    }
    return new PdfString(out.slice(0, n));
  }
}

/**
 * Reads one object from the lexer. Arrays and dictionaries nest (capped); `N G R` becomes a
 * reference. Keywords come back as PdfOp so callers can see `obj`, `stream`, operators.
 */
export class Parser {
  private buffer: Token[] = [];
  /** Arrays cut short by a stray keyword, values where a dictionary key belongs: the object was damaged (its reader may report the file). */
  malformed = 0;

  /** `refs: false` for content streams and CMaps, where `N G R` never occurs: no look-ahead needed. */
  constructor(
    readonly lexer: Lexer,
    private readonly refs = true,
  ) {}

  private shift(): Token {
    return this.buffer.length > 0 ? (this.buffer.shift() as Token) : this.lexer.nextToken();
  }

  private peek(k: number): Token {
    while (this.buffer.length <= k) this.buffer.push(this.lexer.nextToken());
    return this.buffer[k];
  }

  getObject(depth = 0): PdfObject | PdfOp {
    const token = this.shift();
    if (typeof token === 'number') {
      // `N G R` look-ahead, only for non-negative integers.
      if (this.refs && Number.isInteger(token) && token >= 0) {
        const gen = this.peek(0);
        if (typeof gen === 'number' && Number.isInteger(gen) && gen >= 0) {
          const r = this.peek(1);
          if (r instanceof PdfOp && r.op === 'R') {
            this.buffer.splice(0, 2);
            return new PdfRef(token, gen);
          }
        }
      }
      return token;
    }
    if (token === ARRAY_OPEN) {
      if (depth > MAX_NESTING) throw new PdfSyntaxError('nesting');
      const items: PdfObject[] = [];
      for (;;) {
        const next = this.peek(0);
        if (next === ARRAY_CLOSE) {
          this.shift();
          break;
        }
        if (next === END_OF_DATA) break;
        const item = this.getObject(depth + 1);
        if (item instanceof PdfOp) {
          if (item === DICT_CLOSE || item === BRACE || item === BRACE_CLOSE) continue;
          // A keyword inside an array: malformed, stop the array here.
          this.buffer.unshift(item);
          this.malformed++;
          break;
        }
        items.push(item);
      }
      return items;
    }
    if (token === DICT_OPEN) {
      if (depth > MAX_NESTING) throw new PdfSyntaxError('nesting');
      const dict = new PdfDict();
      for (;;) {
        const key = this.shift();
        if (key === DICT_CLOSE || key === END_OF_DATA) break;
        if (!(key instanceof PdfName)) {
          if (key instanceof PdfOp && key !== ARRAY_CLOSE) {
            // `stream`/`endobj` without `>>`: give the keyword back and end the dictionary.
            if (key.op === 'stream' || key.op === 'endobj' || key.op === 'obj') {
              this.buffer.unshift(key);
              break;
            }
          } else if (!(key instanceof PdfOp)) {
            // A number or string where a key belongs: bytes of the dictionary were overwritten, and
            // the keys they held (a font's widths, a stream's filter) are gone without a trace.
            this.malformed++;
          }
          continue;
        }
        const next = this.peek(0);
        if (next === DICT_CLOSE) {
          this.shift();
          break;
        }
        const value = this.getObject(depth + 1);
        if (value instanceof PdfOp) {
          this.buffer.unshift(value);
          if (value.op === 'stream' || value.op === 'endobj') break;
          this.shift();
          continue;
        }
        dict.map.set(key.name, value);
      }
      return dict;
    }
    return token as PdfObject | PdfOp;
  }

  /** True if tokens were read ahead (the lexer position is past them). */
  hasLookAhead(): boolean {
    return this.buffer.length > 0;
  }

  /** Drops look-ahead tokens (before an inline image's raw bytes, which are not tokens). */
  clearLookAhead(): void {
    this.buffer = [];
  }
}
