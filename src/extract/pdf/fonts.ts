/**
 * Fonts: from a font dictionary to "these bytes are these characters, this wide". ToUnicode
 * first; simple fonts fall back to their encoding (standard encodings + /Differences glyph names);
 * Type0 fonts without ToUnicode are readable only with a UCS-2 CMap, else their text is
 * undecodable (glyph ids say nothing about letters).
 */
import { CMap, parseCMap } from './cmap';
import type { PdfDocument } from './document';
import { glyphNameToUnicode, standardEncoding, type Encoding } from './encodings';
import { PdfDict, PdfName, PdfStream, type PdfObject } from './objects';

export interface Glyph {
  /** Unicode text, or undefined when the font gives no way to know it. */
  text: string | undefined;
  /** Advance width in text space units (1 = the font size). */
  width: number;
  /** A single-byte code 32: word spacing (Tw) applies to it. */
  wordSpace: boolean;
}

const FALLBACK_WIDTH = 0.5;

export interface Font {
  /** Fills `out` with the glyphs of a string (the array is reused between calls). */
  decode(bytes: Uint8Array, out: Glyph[]): void;
}

/** Fonts that draw symbols, not letters: their glyphs are neither text nor undecodable text. */
const SYMBOL_FONT = /Symbol|Dingbats|Wingdings|Webdings/i;

function num(obj: PdfObject | undefined, fallback: number): number {
  return typeof obj === 'number' && isFinite(obj) ? obj : fallback;
}

class SimpleFont implements Font {
  private readonly texts: (string | undefined)[] = [];
  private readonly widths: number[] = [];
  private readonly glyphs: Glyph[] = [];

  constructor(doc: PdfDocument, dict: PdfDict, toUnicode: CMap | null, symbolic: boolean) {
    const subtype = doc.dictGet(dict, 'Subtype');
    const isType3 = subtype instanceof PdfName && subtype.name === 'Type3';
    let scale = 0.001;
    if (isType3) {
      const matrix = doc.dictGet(dict, 'FontMatrix');
      if (Array.isArray(matrix) && typeof matrix[0] === 'number') scale = Math.abs(matrix[0] as number) || 0.001;
    }
    const encoding = this.encoding(doc, dict, isType3);
    const firstChar = num(doc.dictGet(dict, 'FirstChar'), 0);
    const widthList = doc.dictGet(dict, 'Widths');
    const descriptor = doc.dictGet(dict, 'FontDescriptor');
    const missing = descriptor instanceof PdfDict ? num(doc.dictGet(descriptor, 'MissingWidth'), 0) : 0;
    for (let code = 0; code < 256; code++) {
      let text: string | undefined = toUnicode ? toUnicode.lookup(code, 1) : undefined;
      if (text === undefined && symbolic) text = '';
      if (text === undefined) {
        const name = encoding[code];
        if (name) text = glyphNameToUnicode(name);
        // No ToUnicode and no glyph name: simple fonts mostly mean Latin-1 by their codes.
        else if (!toUnicode && !isType3 && code >= 32) text = String.fromCharCode(code);
      }
      this.texts.push(text);
      let width = FALLBACK_WIDTH;
      if (Array.isArray(widthList)) {
        const w = doc.resolve(widthList[code - firstChar]);
        width = typeof w === 'number' ? w * scale : missing * scale || FALLBACK_WIDTH;
        if (w !== undefined && typeof w !== 'number') doc.budget.damagedStreams++;
      } else if (code === 32) width = 0.25;
      this.widths.push(width);
      this.glyphs.push({ text, width, wordSpace: code === 32 });
    }
  }

  private encoding(doc: PdfDocument, dict: PdfDict, isType3: boolean): Encoding {
    const enc = doc.dictGet(dict, 'Encoding');
    const subtype = doc.dictGet(dict, 'Subtype');
    const defaultName = subtype instanceof PdfName && subtype.name === 'TrueType' ? 'WinAnsiEncoding' : 'StandardEncoding';
    if (enc instanceof PdfName) return standardEncoding(enc.name) || (standardEncoding(defaultName) as Encoding);
    let base: Encoding;
    if (enc instanceof PdfDict) {
      const baseName = doc.dictGet(enc, 'BaseEncoding');
      base = (baseName instanceof PdfName && standardEncoding(baseName.name)) || (isType3 ? emptyEncoding() : (standardEncoding(defaultName) as Encoding));
      const differences = doc.dictGet(enc, 'Differences');
      if (Array.isArray(differences)) {
        let code = 0;
        for (const item of differences.slice(0, 4096)) {
          const v = doc.resolve(item);
          if (typeof v === 'number') code = Math.floor(v);
          else if (v instanceof PdfName) {
            if (code >= 0 && code < 256) base[code] = v.name;
            code++;
          }
        }
      }
      return base;
    }
    return isType3 ? emptyEncoding() : (standardEncoding(defaultName) as Encoding);
  }

  decode(bytes: Uint8Array, out: Glyph[]): void {
    out.length = bytes.length;
    for (let i = 0; i < bytes.length; i++) out[i] = this.glyphs[bytes[i]];
  }
}

function emptyEncoding(): Encoding {
  const e: Encoding = [];
  for (let i = 0; i < 256; i++) e.push('');
  return e;
}

class CompositeFont implements Font {
  private readonly widths = new Map<number, number>();
  private readonly defaultWidth: number;
  private readonly codes: { code: number; length: number }[] = [];
  /** Counted once: a shown character without a width (see decode). */
  private widthless = false;

  constructor(
    private readonly doc: PdfDocument,
    dict: PdfDict,
    private readonly toUnicode: CMap | null,
    private readonly codeSpace: CMap | null,
    private readonly unicodeCodes: boolean,
  ) {
    const descendants = doc.dictGet(dict, 'DescendantFonts');
    const cidFont = Array.isArray(descendants) ? doc.resolve(descendants[0]) : undefined;
    this.defaultWidth = cidFont instanceof PdfDict ? num(doc.dictGet(cidFont, 'DW'), 1000) / 1000 : 1;
    const w = cidFont instanceof PdfDict ? doc.dictGet(cidFont, 'W') : undefined;
    if (Array.isArray(w)) {
      // [c [w1 w2 ...]] or [cFirst cLast w], capped so a hostile array cannot allocate forever.
      for (let i = 0; i < w.length && this.widths.size < 70000; ) {
        const first = doc.resolve(w[i]);
        const next = doc.resolve(w[i + 1]);
        // A width table that does not parse puts every later glyph at the wrong place (words fall
        // apart into letters): the file is damaged, and said so.
        if (typeof first !== 'number') {
          doc.budget.damagedStreams++;
          break;
        }
        if (Array.isArray(next)) {
          next.forEach((v, k) => {
            const value = doc.resolve(v);
            if (typeof value === 'number') this.widths.set(first + k, value / 1000);
            else doc.budget.damagedStreams++;
          });
          i += 2;
        } else {
          const last = next;
          const value = doc.resolve(w[i + 2]);
          if (typeof last !== 'number' || typeof value !== 'number') {
            doc.budget.damagedStreams++;
            break;
          }
          for (let c = first; c <= last && c - first < 70000; c++) this.widths.set(c, value / 1000);
          i += 3;
        }
      }
    }
  }

  decode(bytes: Uint8Array, out: Glyph[]): void {
    const codes = this.codes;
    codes.length = 0;
    if (this.codeSpace && this.codeSpace.ranges.length > 0) this.codeSpace.split(bytes, 2, codes);
    else for (let i = 0; i + 1 < bytes.length; i += 2) codes.push({ code: (bytes[i] << 8) | bytes[i + 1], length: 2 });
    out.length = 0;
    for (const { code, length } of codes) {
      let text = this.toUnicode ? this.toUnicode.lookup(code, length) : undefined;
      if (text === undefined && this.unicodeCodes) text = String.fromCharCode(code);
      const width = this.widths.get(code);
      // A writer that sets /DW 0 lists the width of every glyph it uses; a visible character
      // without one means the /W table lost entries, and the text would be laid out on one spot.
      if (width === undefined && this.defaultWidth === 0 && !this.widthless && text !== undefined && /\S/.test(text)) {
        this.widthless = true;
        this.doc.budget.damagedStreams++;
      }
      out.push({ text, width: width === undefined ? this.defaultWidth : width, wordSpace: length === 1 && code === 32 });
    }
  }
}

/** Reads a font dictionary. Never throws for malformed parts: what is unreadable becomes undecodable text. */
export function loadFont(doc: PdfDocument, dict: PdfDict, tick: () => void): Font {
  const subtype = doc.dictGet(dict, 'Subtype');
  const toUnicodeStream = doc.dictGet(dict, 'ToUnicode');
  let toUnicode: CMap | null = null;
  if (toUnicodeStream instanceof PdfStream) {
    const data = doc.decodeStream(toUnicodeStream);
    if (data) toUnicode = parseCMap(data, tick);
    if (toUnicode && toUnicode.damaged) doc.budget.damagedStreams++;
    if (toUnicode && toUnicode.size === 0) toUnicode = null;
  }
  if (subtype instanceof PdfName && subtype.name === 'Type0') {
    const encoding = doc.dictGet(dict, 'Encoding');
    let codeSpace: CMap | null = null;
    let unicodeCodes = false;
    if (encoding instanceof PdfStream) {
      const data = doc.decodeStream(encoding);
      if (data) codeSpace = parseCMap(data, tick);
    } else if (encoding instanceof PdfName) {
      unicodeCodes = /UCS2|UTF16/.test(encoding.name);
      if (!/^Identity-[HV]$/.test(encoding.name) && !unicodeCodes && toUnicode) codeSpace = toUnicode;
    }
    return new CompositeFont(doc, dict, toUnicode, codeSpace, unicodeCodes);
  }
  const baseFont = doc.dictGet(dict, 'BaseFont');
  const symbolic = baseFont instanceof PdfName && SYMBOL_FONT.test(baseFont.name) && !toUnicode;
  return new SimpleFont(doc, dict, toUnicode, symbolic);
}
