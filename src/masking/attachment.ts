/**
 * A masked copy of a text attachment (.txt, .csv, .tsv): the found values are rewritten in the
 * file's own bytes, so its encoding, byte-order mark, line endings and every other byte stay as
 * they were. A Word document (.docx) is rewritten in the text of its runs (docx.ts), an Excel
 * workbook (.xlsx) in its strings and number cells (xlsx.ts).
 */
import { concatBytes, decodeUtf16, decodeUtf8, decodeWindows1252, isValidUtf8 } from '../codec/bytes';
import { redactNumbers } from '../detection/redact';
import type { Policy } from '../policy/types';
import { maskDocx } from './docx';
import { maskXlsx } from './xlsx';
import { changesOf, findMaskable, type MaskChange } from './values';

const MASKABLE_FILE = /\.(txt|csv|tsv|docx|xlsx)$/i;

/** Whether a masked copy can be made of a file by this name. */
export function canMaskAttachment(name: string): boolean {
  return MASKABLE_FILE.test(name);
}

/**
 * "loonlijst.csv" -> "loonlijst (gemaskeerd).csv": the recipient sees that values were masked. A
 * number in the name itself ("BSN 123456782.csv") is masked too, as the pane shows it.
 */
export function maskedFileName(original: string, word: string): string {
  const name = redactNumbers(original);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)} (${word})${name.slice(dot)}` : `${name} (${word})`;
}

type Encoding = { kind: 'utf8' | 'cp1252'; start: number } | { kind: 'utf16'; start: number; littleEndian: boolean };

function encodingOf(bytes: Uint8Array): Encoding {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: 'utf16', start: 2, littleEndian: true };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: 'utf16', start: 2, littleEndian: false };
  // UTF-16 without a byte-order mark: ASCII text has a NUL in every other byte.
  let even = 0;
  let odd = 0;
  const n = Math.min(bytes.length, 4096) & ~1;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (n >= 4 && odd > n * 0.15 && even * 4 < odd) return { kind: 'utf16', start: 0, littleEndian: true };
  if (n >= 4 && even > n * 0.15 && odd * 4 < even) return { kind: 'utf16', start: 0, littleEndian: false };
  if (isValidUtf8(bytes)) return { kind: 'utf8', start: bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0 };
  return { kind: 'cp1252', start: 0 };
}

/** The text and, for each of its UTF-16 code units (and one past the end), its byte offset in the file. */
function decodeWithOffsets(bytes: Uint8Array, enc: Encoding): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  if (enc.kind === 'utf16') {
    const end = enc.start + ((bytes.length - enc.start) & ~1);
    const text = decodeUtf16(bytes, enc.littleEndian, enc.start, end);
    for (let k = 0; k <= text.length; k++) offsets.push(enc.start + 2 * k);
    return { text, offsets };
  }
  if (enc.kind === 'cp1252') {
    const text = decodeWindows1252(bytes);
    for (let k = 0; k <= text.length; k++) offsets.push(k);
    return { text, offsets };
  }
  const text = decodeUtf8(bytes);
  let i = enc.start;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
    offsets.push(i);
    if (length === 4) offsets.push(i); // Two code units (a surrogate pair) for one character.
    i += length;
  }
  offsets.push(bytes.length);
  return { text, offsets };
}

/** ASCII text in the file's encoding (masked forms are `*` and the characters of the value itself). */
function encodeAscii(text: string, enc: Encoding): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (enc.kind === 'utf16') {
      if (enc.littleEndian) out.push(c & 0xff, c >> 8);
      else out.push(c >> 8, c & 0xff);
    } else {
      out.push(c);
    }
  }
  return out;
}

/**
 * CSV and TSV as the scanner reads them: cells apart by a TAB, so a "BSN" column header is seen
 * above its values. Same length as the text, so positions carry over.
 */
function tableView(text: string, name: string): string {
  if (!/\.(csv|tsv)$/i.test(name)) return text;
  const firstLine = text.slice(0, 65536).split(/\r?\n/)[0];
  const count = (d: string) => firstLine.split(d).length - 1;
  const delimiter = /\.tsv$/i.test(name) ? '\t' : [';', ','].reduce((best, d) => (count(d) > count(best) ? d : best), count('\t') > 0 ? '\t' : ',');
  let out = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') {
      quoted = !quoted;
      out += ' ';
    } else out += !quoted && c === delimiter ? '\t' : c;
  }
  return out;
}

export interface MaskedAttachment {
  bytes: Uint8Array;
  changes: MaskChange[];
}

/**
 * The masked copy's bytes and what changed; no changes when nothing maskable was found; null when
 * the file cannot be read whole (a damaged or oversized package) or a value cannot be masked where
 * it is kept (an Excel formula's result), so no copy is made.
 */
export function maskAttachment(name: string, bytes: Uint8Array, policy: Policy): MaskedAttachment | null {
  if (/\.docx$/i.test(name)) return maskDocx(bytes, policy);
  if (/\.xlsx$/i.test(name)) return maskXlsx(name, bytes, policy);
  const enc = encodingOf(bytes);
  const { text, offsets } = decodeWithOffsets(bytes, enc);
  const values = findMaskable(tableView(text, name), policy);
  // Unchanged stretches are views of the original bytes; only the masked characters are new.
  const parts: Uint8Array[] = [];
  let at = 0;
  const replace = (start: number, end: number, text: string) => {
    if (start > at) parts.push(bytes.subarray(at, start));
    parts.push(Uint8Array.from(encodeAscii(text, enc)));
    at = end;
  };
  for (const v of values) {
    const raw = text.slice(v.start, v.end);
    if (v.masked.length === raw.length) {
      for (let k = v.start; k < v.end; k++) {
        const m = v.masked.charAt(k - v.start);
        if (m !== raw.charAt(k - v.start)) replace(offsets[k], offsets[k + 1], m);
      }
    } else {
      replace(offsets[v.start], offsets[v.end], v.masked);
    }
  }
  if (at < bytes.length) parts.push(bytes.subarray(at));
  return { bytes: concatBytes(parts), changes: changesOf(values) };
}
