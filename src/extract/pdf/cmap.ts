/**
 * CMaps: ToUnicode maps (bfchar, bfrange with arrays, UTF-16BE targets with surrogates) and the
 * code space ranges that say how many bytes each character code takes (1 to 4).
 */
import { Lexer, PdfName, PdfOp, PdfString, END_OF_DATA } from './objects';
import { glyphNameToUnicode } from './encodings';

const MAX_MAPPINGS = 70000;
const MAX_RANGES = 256;

interface CodeRange {
  length: number;
  low: number;
  high: number;
}

export class CMap {
  private readonly map = new Map<number, string>();
  readonly ranges: CodeRange[] = [];
  size = 0;
  /** A mapping block out of step (a stray keyword, a source without its target): later codes may map to the wrong letters. */
  damaged = false;

  private static key(code: number, length: number): number {
    return code + length * 0x100000000;
  }

  lookup(code: number, length: number): string | undefined {
    return this.map.get(CMap.key(code, length));
  }

  set(code: number, length: number, text: string): void {
    if (this.size >= MAX_MAPPINGS) return;
    this.size++;
    this.map.set(CMap.key(code, length), text);
  }

  /**
   * Splits string bytes into codes by the code space ranges (as ISO 32000 §9.7.6.2 describes:
   * try lengths 1..4, take the first range that matches; no match takes the shortest length).
   */
  split(bytes: Uint8Array, fallbackLength: number, out: { code: number; length: number }[]): void {
    let i = 0;
    while (i < bytes.length) {
      let code = 0;
      let taken = 0;
      for (let length = 1; length <= 4 && i + length <= bytes.length; length++) {
        code = code * 256 + bytes[i + length - 1];
        for (const r of this.ranges) {
          if (r.length === length && code >= r.low && code <= r.high) {
            taken = length;
            break;
          }
        }
        if (taken) break;
      }
      if (!taken) {
        taken = Math.min(fallbackLength, bytes.length - i);
        code = 0;
        for (let k = 0; k < taken; k++) code = code * 256 + bytes[i + k];
      } else {
        code = 0;
        for (let k = 0; k < taken; k++) code = code * 256 + bytes[i + k];
      }
      out.push({ code, length: taken });
      i += taken;
    }
  }
}

function toNumber(bytes: Uint8Array): number {
  let v = 0;
  for (let i = 0; i < bytes.length && i < 4; i++) v = v * 256 + bytes[i];
  return v;
}

/** UTF-16BE bytes (surrogate pairs survive as pairs of code units). */
function utf16be(bytes: Uint8Array): string {
  if (bytes.length === 1) return String.fromCharCode(bytes[0]);
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
  return out;
}

/** Target of a bfrange entry `offset` steps past its start: the last code unit is incremented. */
function increment(text: string, offset: number): string {
  if (offset === 0 || text.length === 0) return text;
  const last = text.charCodeAt(text.length - 1) + offset;
  if (last > 0xffff) return text;
  return text.slice(0, -1) + String.fromCharCode(last);
}

/** Parses a CMap program (ToUnicode or an embedded encoding CMap). Malformed parts are skipped. */
export function parseCMap(data: Uint8Array, tick: () => void): CMap {
  const cmap = new CMap();
  const lexer = new Lexer(data);
  const operands: (number | PdfString | PdfName | PdfString[])[] = [];
  let inArray: PdfString[] | null = null;
  let mode = '';
  for (;;) {
    tick();
    const token = lexer.nextToken();
    if (token === END_OF_DATA) break;
    if (token instanceof PdfOp) {
      if (token.op === '[') {
        inArray = [];
        continue;
      }
      if (token.op === ']') {
        if (inArray && mode) operands.push(inArray);
        inArray = null;
        continue;
      }
      switch (token.op) {
        case 'begincodespacerange':
        case 'beginbfchar':
        case 'beginbfrange':
        case 'begincidchar':
        case 'begincidrange':
          // A block that opens while a mapping block is still open: that one's end was lost.
          if (mode === 'bfchar' || mode === 'bfrange') cmap.damaged = true;
          mode = token.op.slice(5);
          operands.length = 0;
          continue;
        case 'endcodespacerange':
          for (let i = 0; i + 1 < operands.length; i += 2) {
            const lo = operands[i];
            const hi = operands[i + 1];
            // Real CMaps have a handful of ranges; each code is tried against all of them.
            if (cmap.ranges.length >= MAX_RANGES) break;
            if (lo instanceof PdfString && hi instanceof PdfString && lo.bytes.length >= 1 && lo.bytes.length <= 4) {
              cmap.ranges.push({ length: lo.bytes.length, low: toNumber(lo.bytes), high: toNumber(hi.bytes) });
            }
          }
          break;
        case 'endbfchar':
          if (operands.length % 2 !== 0) cmap.damaged = true;
          for (let i = 0; i + 1 < operands.length; i += 2) {
            const src = operands[i];
            const dst = operands[i + 1];
            if (!(src instanceof PdfString) || src.bytes.length === 0 || src.bytes.length > 4) continue;
            const text = dst instanceof PdfString ? utf16be(dst.bytes) : dst instanceof PdfName ? glyphNameToUnicode(dst.name) : undefined;
            if (text !== undefined) cmap.set(toNumber(src.bytes), src.bytes.length, text);
          }
          break;
        case 'endbfrange':
          if (operands.length % 3 !== 0) cmap.damaged = true;
          for (let i = 0; i + 2 < operands.length; ) {
            const lo = operands[i];
            const hi = operands[i + 1];
            const dst = operands[i + 2];
            i += 3;
            const list: PdfString[] = Array.isArray(dst) ? dst : [];
            if (!(lo instanceof PdfString) || !(hi instanceof PdfString) || lo.bytes.length === 0 || lo.bytes.length > 4) continue;
            const low = toNumber(lo.bytes);
            const high = Math.min(toNumber(hi.bytes), low + 65535);
            for (let code = low; code <= high && cmap.size < MAX_MAPPINGS; code++) {
              if (dst instanceof PdfString) cmap.set(code, lo.bytes.length, increment(utf16be(dst.bytes), code - low));
              else if (list.length > 0 && code - low < list.length) cmap.set(code, lo.bytes.length, utf16be(list[code - low].bytes));
            }
          }
          break;
      }
      if (token.op.indexOf('end') === 0) {
        mode = '';
        operands.length = 0;
      } else if (mode === 'bfchar' || mode === 'bfrange') {
        // Only strings (and arrays of them) stand in a mapping block: a keyword here is damage.
        cmap.damaged = true;
      }
      continue;
    }
    if (!mode) continue;
    if (inArray) {
      if (token instanceof PdfString && inArray.length < 65536) inArray.push(token);
      continue;
    }
    if (token instanceof PdfString || typeof token === 'number' || token instanceof PdfName) {
      if (operands.length < 3 * MAX_MAPPINGS) operands.push(token);
    }
  }
  // A mapping block still open at the end: its end (and what followed) was lost.
  if (mode === 'bfchar' || mode === 'bfrange') cmap.damaged = true;
  // A code written with a letter that is no hex digit maps the wrong code; a run of NUL bytes
  // stands where entries were overwritten: the map was damaged.
  if (lexer.badHex > 0 || lexer.nulRuns > 0) cmap.damaged = true;
  return cmap;
}
