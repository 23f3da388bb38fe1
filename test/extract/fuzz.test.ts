/**
 * Seeded, deterministic fuzzing of the dispatcher: every fixture mutated many times (truncation,
 * bit flips, spliced bytes, repeated markup, lying zip headers). Extraction must never throw, never
 * exceed its caps, always end, and only report known reasons.
 */
import { extractAttachment } from '../../src/extract';
import type { ExtractResult } from '../../src/extract/types';
import { budget, fixture, fixtureNames } from './helpers';
import { seeded as random } from '../seeded';
import { DAMAGED_REASONS } from '../../src/extract/kind';

const REASONS = ['too-large', 'too-deep', 'too-many-entries', 'expansion-ratio', 'time-out', 'corrupt', 'partly-read', 'unknown-format', 'no-text', 'encrypted', ...DAMAGED_REASONS];
const LIMITS = { extractedChars: 20000, attachmentBytes: 2 * 1024 * 1024, totalBytes: 4 * 1024 * 1024, archiveEntries: 50, archiveDepth: 3, expansionRatio: 100, timeBudgetMs: 1000 };
const MUTATIONS_PER_FIXTURE = 64;

type Mutation = (bytes: Uint8Array, rnd: () => number, donor: Uint8Array) => Uint8Array;
const int = (rnd: () => number, n: number) => Math.floor(rnd() * n);

const LIES = [0, 1, 30, 0xffff, 0x7fffffff, 0xffffffff];

/** Offsets of zip header signatures (local, central, end) in the bytes. */
function signatures(bytes: Uint8Array): Array<{ at: number; kind: number }> {
  const out: Array<{ at: number; kind: number }> = [];
  for (let i = 0; i + 4 <= bytes.length; i++) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && (bytes[i + 2] === 1 || bytes[i + 2] === 3 || bytes[i + 2] === 5)) out.push({ at: i, kind: bytes[i + 2] });
  }
  return out;
}

const mutations: Record<string, Mutation> = {
  truncate: (b, rnd) => b.slice(0, int(rnd, b.length)),
  flipBits: (b, rnd) => {
    const out = b.slice();
    const flips = 1 + int(rnd, 16);
    for (let i = 0; i < flips && out.length; i++) out[int(rnd, out.length)] ^= 1 << int(rnd, 8);
    return out;
  },
  splice: (b, rnd, donor) => {
    const start = int(rnd, donor.length);
    const piece = donor.subarray(start, start + int(rnd, 4096));
    const at = int(rnd, b.length + 1);
    const out = new Uint8Array(b.length + piece.length);
    out.set(b.subarray(0, at));
    out.set(piece, at);
    out.set(b.subarray(at), at + piece.length);
    return out;
  },
  repeatMarkup: (b, rnd) => {
    const unit = ['<', '{', '\\', '"', '<w:tbl>', '{\\*', '&#', 'PK\x03\x04', '\t', '\\u-1 '][int(rnd, 10)];
    const run = unit.repeat(1 + int(rnd, 20000));
    const at = int(rnd, b.length + 1);
    const mid = Uint8Array.from(run, (c) => c.charCodeAt(0));
    const out = new Uint8Array(b.length + mid.length);
    out.set(b.subarray(0, at));
    out.set(mid, at);
    out.set(b.subarray(at), at + mid.length);
    return out;
  },
  lyingZipHeader: (b, rnd) => {
    const found = signatures(b);
    if (!found.length) return mutations.flipBits(b, rnd, b);
    const out = b.slice();
    const view = new DataView(out.buffer);
    const lies = 1 + int(rnd, 4);
    for (let k = 0; k < lies; k++) {
      const { at, kind } = found[int(rnd, found.length)];
      // Sizes, offsets, counts, name and extra lengths, flags and method, per header kind.
      const fields32 = kind === 1 ? [16, 20, 24, 42] : kind === 3 ? [14, 18, 22] : [12, 16];
      const fields16 = kind === 1 ? [8, 10, 28, 30, 32] : kind === 3 ? [6, 8, 26, 28] : [8, 10, 20];
      const value = LIES[int(rnd, LIES.length)];
      if (rnd() < 0.5) {
        const f = at + fields32[int(rnd, fields32.length)];
        if (f + 4 <= out.length) view.setUint32(f, value >>> 0, true);
      } else {
        const f = at + fields16[int(rnd, fields16.length)];
        if (f + 2 <= out.length) view.setUint16(f, value & 0xffff, true);
      }
    }
    return out;
  },
};

function checkResult(result: ExtractResult): void {
  expect(Array.isArray(result.texts)).toBe(true);
  expect(Array.isArray(result.problems)).toBe(true);
  let chars = 0;
  for (const t of result.texts) {
    expect(typeof t.path).toBe('string');
    expect(typeof t.text).toBe('string');
    chars += t.text.length;
  }
  expect(chars).toBeLessThanOrEqual(LIMITS.extractedChars);
  expect(result.problems.length).toBeLessThanOrEqual(50);
  for (const p of result.problems) {
    expect(['unscannable-attachment', 'encrypted-attachment']).toContain(p.detector);
    expect(REASONS).toContain(p.reason);
  }
}

describe('fuzzed fixtures', () => {
  const names = fixtureNames();
  const files = names.map((n) => fixture(n));
  const kinds = Object.keys(mutations);

  test.each(names.map((n, i) => [n, i] as const))('%s: mutated %#', (name, index) => {
    const rnd = random(0x5e9d + index * 7919);
    for (let m = 0; m < MUTATIONS_PER_FIXTURE; m++) {
      const kind = kinds[m % kinds.length];
      const donor = files[int(rnd, files.length)];
      const mutated = mutations[kind](files[index], rnd, donor);
      let result: ExtractResult | undefined;
      const b = budget(LIMITS);
      expect(() => {
        result = extractAttachment(name, mutated, b);
      }).not.toThrow();
      // Bytes read and inflated for the message never pass the total cap.
      expect(b.usedBytes || 0).toBeLessThanOrEqual(LIMITS.totalBytes);
      checkResult(result as ExtractResult);
    }
  });
});
