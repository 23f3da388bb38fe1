/** Shared by the extraction tests: budgets, fixtures, a zip writer that can lie, and independent checks. */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { deflateSync } from 'fflate';
import { defaultPolicy } from '../../src/policy/defaults';
import type { LimitsPolicy } from '../../src/policy/types';
import type { ExtractBudget, ExtractResult } from '../../src/extract/types';

export const FIXTURES = join(__dirname, 'fixtures');

/** A budget whose clock stands still unless a test passes one that moves: results never depend on the machine's speed. */
export function budget(limits: Partial<LimitsPolicy> = {}, now: () => number = () => 0): ExtractBudget {
  const all = { ...defaultPolicy().limits, ...limits };
  return { limits: all, deadline: now() + all.timeBudgetMs, now };
}

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => !/\.(sh|py)$/.test(f) && !f.startsWith('.') && f !== 'src')
    .sort();
}

export function allText(result: ExtractResult): string {
  return result.texts.map((t) => t.text).join('\n');
}

/** Elfproef, written independently of the detector. */
export function isValidBsn(digits: string): boolean {
  const d = digits.padStart(9, '0');
  if (!/^\d{9}$/.test(d) || /^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(d[i]);
  return (sum - Number(d[8])) % 11 === 0;
}

export function isValidIban(text: string): boolean {
  const s = text.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (const c of moved) {
    const v = c >= 'A' ? String(c.charCodeAt(0) - 55) : c;
    for (const digit of v) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

/** Valid 9-digit BSNs (or 8 digits with the leading zero dropped) standing alone in the text. */
export function bsnsIn(text: string): string[] {
  return (text.match(/\b\d{8,9}\b/g) || []).filter(isValidBsn);
}

export function ibansIn(text: string): string[] {
  return (text.match(/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g) || []).filter(isValidIban);
}

export interface RawEntry {
  name: string;
  /** Bytes as stored in the archive (already compressed for method 8). */
  data: Uint8Array;
  method?: number;
  /** What the headers claim; defaults to the truth. */
  declaredSize?: number;
  compressedSize?: number;
  flags?: number;
  /** Point the central directory at another entry's local header (overlap bombs). */
  localOffsetOf?: number;
}

/** Writes a zip from raw entries, letting the caller lie in the headers. CRCs are left 0 (we do not check them). */
export function writeZip(entries: RawEntry[]): Uint8Array {
  const chunks: number[] = [];
  const push32 = (a: number[], v: number) => a.push(v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255);
  const push16 = (a: number[], v: number) => a.push(v & 255, (v >>> 8) & 255);
  const offsets: number[] = [];
  const out: Uint8Array[] = [];
  let size = 0;
  const names = entries.map((e) => Uint8Array.from(Buffer.from(e.name, 'utf8')));
  entries.forEach((e, i) => {
    offsets.push(size);
    const h: number[] = [];
    push32(h, 0x04034b50);
    push16(h, 20);
    push16(h, e.flags || 0);
    push16(h, e.method === undefined ? 8 : e.method);
    push32(h, 0);
    push32(h, 0);
    push32(h, e.compressedSize === undefined ? e.data.length : e.compressedSize);
    push32(h, e.declaredSize === undefined ? e.data.length : e.declaredSize);
    push16(h, names[i].length);
    push16(h, 0);
    const header = Uint8Array.from(h);
    out.push(header, names[i], e.data);
    size += header.length + names[i].length + e.data.length;
  });
  const cdStart = size;
  entries.forEach((e, i) => {
    const h: number[] = [];
    push32(h, 0x02014b50);
    push16(h, 20);
    push16(h, 20);
    push16(h, e.flags || 0);
    push16(h, e.method === undefined ? 8 : e.method);
    push32(h, 0);
    push32(h, 0);
    push32(h, e.compressedSize === undefined ? e.data.length : e.compressedSize);
    push32(h, e.declaredSize === undefined ? e.data.length : e.declaredSize);
    push16(h, names[i].length);
    push16(h, 0);
    push16(h, 0);
    push16(h, 0);
    push16(h, 0);
    push32(h, 0);
    push32(h, e.localOffsetOf === undefined ? offsets[i] : offsets[e.localOffsetOf]);
    const header = Uint8Array.from(h);
    out.push(header, names[i]);
    size += header.length + names[i].length;
  });
  const end: number[] = [];
  push32(end, 0x06054b50);
  push16(end, 0);
  push16(end, 0);
  push16(end, entries.length);
  push16(end, entries.length);
  push32(end, size - cdStart);
  push32(end, cdStart);
  push16(end, 0);
  out.push(Uint8Array.from(end));
  void chunks;
  return Buffer.concat(out);
}

export function deflated(name: string, content: Uint8Array | string, extra: Partial<RawEntry> = {}): RawEntry {
  const bytes = typeof content === 'string' ? Uint8Array.from(Buffer.from(content, 'utf8')) : content;
  return { name, data: deflateSync(bytes), declaredSize: bytes.length, ...extra };
}

/**
 * A raw deflate stream that inflates to `pairs * 258 + 1` zero bytes without ever being built in
 * full: one literal 0, then `pairs` copies of (length 258, distance 1) in fixed Huffman codes. Those
 * are 13 bits each, so 8 pairs are exactly 13 bytes and the middle of the stream is periodic.
 */
export function zeroBomb(pairs: number): Uint8Array {
  const base = Math.max(16, pairs % 8 === 0 ? 16 : 16 + (pairs % 8));
  const small = fixedHuffmanZeros(base);
  const periods = Math.max(0, Math.floor((pairs - base) / 8));
  const out = new Uint8Array(small.length + periods * 13);
  out.set(small.subarray(0, 2), 0);
  const period = small.subarray(2, 15);
  let o = 2;
  for (let k = 0; k < periods; k++, o += 13) out.set(period, o);
  out.set(small.subarray(2), o);
  return out;
}

function fixedHuffmanZeros(pairs: number): Uint8Array {
  const bytes: number[] = [];
  let current = 0;
  let count = 0;
  const bit = (b: number) => {
    current |= b << count;
    if (++count === 8) {
      bytes.push(current);
      current = 0;
      count = 0;
    }
  };
  const huffman = (code: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bit((code >> i) & 1);
  };
  bit(1); // BFINAL
  bit(1); // BTYPE = 01 (fixed Huffman), low bit first
  bit(0);
  huffman(0x30, 8); // literal 0
  for (let i = 0; i < pairs; i++) {
    huffman(0xc5, 8); // length symbol 285 = 258
    huffman(0, 5); // distance code 0 = 1
  }
  huffman(0, 7); // end of block
  if (count) bytes.push(current);
  return Uint8Array.from(bytes);
}
