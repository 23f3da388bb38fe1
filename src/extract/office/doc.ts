/**
 * Word 97-2003 (.doc) text: the FIB says where the piece table (CLX) is, the piece table says
 * where each run of characters lives in the WordDocument stream (8-bit cp1252 or UTF-16).
 * All stories are read in order: main text, footnotes, headers/footers, comments, endnotes, text boxes.
 */
import type { CompoundFile } from './cfb';
import { u16, u32, WINDOWS_1252 } from '../binary';

/** `damaged`: the pieces cover less than the document's declared length, or run into zeroed bytes. */
export type WordResult = { text: string; truncated: boolean; damaged?: boolean } | { problem: 'encrypted' | 'corrupt' | 'unknown-format' };

const FIB_ENCRYPTED = 0x0100;
const FIB_WHICH_TABLE = 0x0200;
const FIB_OBFUSCATED = 0x8000;
/** Position of the CLX (fcClx/lcbClx) among the FIB's fc/lcb pairs, and of the paragraph BTE table. */
const CLX_PAIR = 33;
const PAPX_BTE_PAIR = 13;

interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset in the WordDocument stream. */
  offset: number;
  compressed: boolean;
}

/** Reads the text of a .doc compound file. Never throws on broken content: returns a problem instead. */
export function extractWordText(file: CompoundFile, maxChars: number): WordResult {
  const wordEntry = file.find('WordDocument');
  if (!wordEntry) return { problem: 'unknown-format' };
  const word = file.read(wordEntry);
  if (word.length < 0x22 || u16(word, 0) !== 0xa5ec) return { problem: 'corrupt' };
  const nFib = u16(word, 2);
  const flags = u16(word, 0x0a);
  if (flags & (FIB_ENCRYPTED | FIB_OBFUSCATED)) return { problem: 'encrypted' };
  // Word 6/95 files (nFib below 101) have no piece table in this form.
  if (nFib < 101) return { problem: 'unknown-format' };

  // FibBase (32 bytes), then counted arrays: fibRgW, fibRgLw, fibRgFcLcb.
  let at = 0x20;
  const csw = u16(word, at);
  at += 2 + csw * 2;
  const cslw = u16(word, at);
  const rgLw = at + 2;
  at = rgLw + cslw * 4;
  const cbRgFcLcb = u16(word, at);
  const rgFcLcb = at + 2;
  if (cslw < 11 || cbRgFcLcb <= CLX_PAIR || rgFcLcb + cbRgFcLcb * 8 > word.length) return { problem: 'corrupt' };

  // Every story's length, in order; the piece table covers their sum (plus a final paragraph mark).
  let totalChars = 0;
  for (let i = 3; i <= 10; i++) totalChars += u32(word, rgLw + i * 4);

  const tableEntry = file.find(flags & FIB_WHICH_TABLE ? '1Table' : '0Table');
  if (!tableEntry) return { problem: 'corrupt' };
  const table = file.read(tableEntry);
  const fcClx = u32(word, rgFcLcb + CLX_PAIR * 8);
  const lcbClx = u32(word, rgFcLcb + CLX_PAIR * 8 + 4);
  if (lcbClx === 0 || fcClx + lcbClx > table.length) return { problem: 'corrupt' };
  const pieces = readPieces(table, fcClx, fcClx + lcbClx);
  if (!pieces) return { problem: 'corrupt' };

  const rowEnds = readRowEndMarks(word, table, rgFcLcb);
  const limit = Math.min(maxChars, totalChars + 1);
  let covered = 0;
  for (const piece of pieces) covered += piece.cpEnd - piece.cpStart;
  const read = piecesToText(word, pieces, limit, rowEnds);
  // The pieces cover the stories' lengths (plus a final mark): far more pieces than length means the
  // lengths were damaged, and reading stops short of the text.
  const damaged = covered < Math.min(limit, totalChars) || covered > 2 * (totalChars + 1) + 16 || read.lost > Math.max(16, read.chars / 100);
  return { text: read.text, truncated: totalChars + 1 > maxChars, damaged };
}

/** Skips the Prc entries (formatting) of the CLX and reads the PlcPcd (the piece table). */
function readPieces(table: Uint8Array, start: number, end: number): Piece[] | undefined {
  let at = start;
  while (at < end && table[at] === 0x01) {
    at += 3 + u16(table, at + 1);
  }
  if (at + 5 > end || table[at] !== 0x02) return undefined;
  const lcb = u32(table, at + 1);
  at += 5;
  if (at + lcb > end || lcb < 4 || (lcb - 4) % 12 !== 0) return undefined;
  const count = (lcb - 4) / 12;
  const pieces: Piece[] = [];
  const descriptors = at + (count + 1) * 4;
  for (let i = 0; i < count; i++) {
    const cpStart = u32(table, at + i * 4);
    const cpEnd = u32(table, at + (i + 1) * 4);
    if (cpEnd < cpStart) return undefined;
    const fc = u32(table, descriptors + i * 8 + 2);
    const compressed = (fc & 0x40000000) !== 0;
    const raw = fc & 0x3fffffff;
    pieces.push({ cpStart, cpEnd, offset: compressed ? raw / 2 : raw, compressed });
  }
  return pieces;
}

/**
 * Byte offsets (in WordDocument) of paragraph marks that end a table row. Word writes both a cell's
 * end and a row's end as 0x07; only the paragraph properties (sprmPFTtp) tell them apart.
 */
function readRowEndMarks(word: Uint8Array, table: Uint8Array, rgFcLcb: number): Record<number, true> {
  const rowEnds: Record<number, true> = {};
  const fc = u32(word, rgFcLcb + PAPX_BTE_PAIR * 8);
  const lcb = u32(word, rgFcLcb + PAPX_BTE_PAIR * 8 + 4);
  if (lcb < 12 || fc + lcb > table.length || (lcb - 4) % 8 !== 0) return rowEnds;
  const count = (lcb - 4) / 8;
  for (let i = 0; i < count && i < 4096; i++) {
    const page = (u32(table, fc + (count + 1) * 4 + i * 4) & 0x3fffff) * 512;
    if (page + 512 > word.length) continue;
    const runs = word[page + 511];
    for (let r = 0; r < runs; r++) {
      const paraEnd = u32(word, page + (r + 1) * 4);
      const bxAt = page + (runs + 1) * 4 + r * 13;
      if (bxAt >= page + 511) break;
      const papxAt = page + word[bxAt] * 2;
      if (papxAt === page || papxAt >= page + 511) continue;
      let cb = word[papxAt];
      let grpprl = papxAt + 1;
      let size: number;
      if (cb === 0) {
        cb = word[papxAt + 1];
        grpprl = papxAt + 2;
        size = cb * 2;
      } else {
        size = cb * 2 - 1;
      }
      // GrpPrlAndIstd: istd (2 bytes) then sprms.
      if (isTableRowEnd(word, grpprl + 2, Math.min(grpprl + size, page + 511))) {
        // Keyed by the offset just past the paragraph mark (one or two bytes wide, by piece).
        rowEnds[paraEnd] = true;
      }
    }
  }
  return rowEnds;
}

const SPRM_P_F_TTP = 0x2417;
const SPRM_P_F_INNER_TTP = 0x244c;

function isTableRowEnd(bytes: Uint8Array, at: number, end: number): boolean {
  while (at + 2 <= end) {
    const sprm = u16(bytes, at);
    at += 2;
    if ((sprm === SPRM_P_F_TTP || sprm === SPRM_P_F_INNER_TTP) && bytes[at] === 1) return true;
    const spra = sprm >> 13;
    let operand: number;
    if (spra === 0 || spra === 1) operand = 1;
    else if (spra === 2 || spra === 4 || spra === 5) operand = 2;
    else if (spra === 3) operand = 4;
    else if (spra === 7) operand = 3;
    else if (sprm === 0xd608 || sprm === 0xd606) operand = 1 + u16(bytes, at); // cb counts the rest plus one
    else if (sprm === 0xc615) operand = bytes[at] === 255 ? 1 + bytes[at + 1] * 4 + 1 : 1 + bytes[at];
    else operand = 1 + bytes[at];
    at += operand;
  }
  return false;
}

/** Turns pieces into text: paragraph marks to newlines, cells to tabs, field codes dropped (results kept). */
function piecesToText(word: Uint8Array, pieces: Piece[], limit: number, rowEnds: Record<number, true>): { text: string; chars: number; lost: number } {
  let capacity = 0;
  for (const piece of pieces) capacity += piece.cpEnd - piece.cpStart;
  // One code unit out per character in at most: a flat buffer keeps millions of characters cheap.
  const out = new Uint16Array(Math.min(limit, capacity));
  let n = 0;
  let produced = 0;
  // Field nesting: for each open field, whether we are past its separator (in its result).
  const fields: boolean[] = [];
  let hidden = 0; // open fields still in their code part
  // Characters past the end of the stream or NUL (zeroed bytes): text that was there is gone.
  let lost = 0;
  for (const piece of pieces) {
    const width = piece.compressed ? 1 : 2;
    for (let cp = piece.cpStart; cp < piece.cpEnd && produced < limit; cp++, produced++) {
      const at = piece.offset + (cp - piece.cpStart) * width;
      if (at + width > word.length) {
        lost += piece.cpEnd - cp;
        break;
      }
      const code = piece.compressed ? WINDOWS_1252.charCodeAt(word[at]) : u16(word, at);
      if (code === 0) lost++;
      if (code === 0x13) {
        fields.push(false);
        hidden++;
      } else if (code === 0x14) {
        if (fields.length > 0 && !fields[fields.length - 1]) {
          fields[fields.length - 1] = true;
          hidden--;
        }
      } else if (code === 0x15) {
        if (fields.length > 0 && !(fields.pop() as boolean)) hidden--;
      } else if (hidden > 0) {
        // inside a field code
      } else if (code === 0x0d || code === 0x0b || code === 0x0c) {
        out[n++] = 0x0a;
      } else if (code === 0x07) {
        if (rowEnds[at + width]) {
          // The row's last cell mark already wrote a TAB: the row ends there instead.
          if (n > 0 && out[n - 1] === 0x09) out[n - 1] = 0x0a;
          else out[n++] = 0x0a;
        } else {
          out[n++] = 0x09;
        }
      } else if (code === 0x09) {
        out[n++] = 0x09;
      } else if (code === 0x1e) {
        out[n++] = 0x2d; // non-breaking hyphen
      } else if (code === 0xa0) {
        out[n++] = 0x20;
      } else if (code >= 0x20) {
        out[n++] = code;
      }
      // Other control characters (pictures, footnote references, optional hyphens) carry no text.
    }
  }
  let text = '';
  for (let i = 0; i < n; i += 8192) text += String.fromCharCode.apply(null, Array.prototype.slice.call(out, i, Math.min(n, i + 8192)) as number[]);
  return { text, chars: produced, lost };
}
