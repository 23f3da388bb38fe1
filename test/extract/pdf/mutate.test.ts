/**
 * Seeded mutation loop over the fixtures: truncation, bit flips, overwritten runs, spliced and
 * deleted regions, lying numbers (offsets, /Length, counts). Extraction must never throw, must
 * keep to its caps, and must always end (bounded to about ten seconds in all).
 */
import * as fs from 'fs';
import * as path from 'path';
import { extractPdf } from '../../../src/extract/pdf';
import { context, seeded } from './helpers';
import { DAMAGED_REASONS } from '../../../src/extract/kind';

const dir = path.join(__dirname, 'fixtures');
const fixtures = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.pdf'))
  .sort()
  .map((f) => ({ name: f, bytes: new Uint8Array(fs.readFileSync(path.join(dir, f))) }));

/** A fixed count, not a time: the same mutants run on a fast machine and a loaded one. */
const RUNS = 600;
const REASONS = ['too-large', 'too-deep', 'too-many-entries', 'expansion-ratio', 'time-out', 'corrupt', 'partly-read', 'unknown-format', 'no-text', 'encrypted', ...DAMAGED_REASONS];
const DEADLINE_MS = 1500;
const MAX_CHARS = 20000;

type Mutation = (input: Uint8Array, random: () => number, other: Uint8Array) => Uint8Array;

const at = (input: Uint8Array, random: () => number) => Math.floor(random() * input.length);

const MUTATIONS: [string, Mutation][] = [
  ['truncate', (input, random) => input.slice(0, at(input, random))],
  [
    'flip bits',
    (input, random) => {
      const out = input.slice();
      const flips = 1 + Math.floor(random() * 16);
      for (let i = 0; i < flips; i++) out[at(out, random)] ^= 1 << Math.floor(random() * 8);
      return out;
    },
  ],
  [
    'overwrite a run',
    (input, random) => {
      const out = input.slice();
      const start = at(out, random);
      const length = Math.floor(random() * 256);
      for (let i = start; i < Math.min(out.length, start + length); i++) out[i] = Math.floor(random() * 256);
      return out;
    },
  ],
  [
    'splice from another file',
    (input, random, other) => {
      const start = at(input, random);
      const from = at(other, random);
      const piece = other.subarray(from, from + Math.floor(random() * 4096));
      const out = new Uint8Array(input.length + piece.length);
      out.set(input.subarray(0, start));
      out.set(piece, start);
      out.set(input.subarray(start), start + piece.length);
      return out;
    },
  ],
  [
    'delete a region',
    (input, random) => {
      const start = at(input, random);
      const end = Math.min(input.length, start + Math.floor(random() * 2048));
      const out = new Uint8Array(input.length - (end - start));
      out.set(input.subarray(0, start));
      out.set(input.subarray(end), start);
      return out;
    },
  ],
  [
    'lying numbers',
    (input, random) => {
      // Rewrite digits in place: xref offsets, /Length, /Count, /N and /First start to lie.
      const out = input.slice();
      for (let n = 0; n < 12; n++) {
        let i = at(out, random);
        while (i < out.length && !(out[i] >= 48 && out[i] <= 57)) i++;
        for (; i < out.length && out[i] >= 48 && out[i] <= 57; i++) out[i] = 48 + Math.floor(random() * 10);
      }
      return out;
    },
  ],
  [
    'huge numbers',
    (input, random) => {
      const text = Buffer.from(input).toString('latin1');
      const keys = ['/Length ', '/Count ', '/N ', '/First ', '/Size ', '/W [', '/Columns ', 'startxref\n'];
      const key = keys[Math.floor(random() * keys.length)];
      const replacement = ['999999999', '-1', '0', '4294967296', '1e308'][Math.floor(random() * 5)];
      return new Uint8Array(Buffer.from(text.split(key).join(key + replacement + ' '), 'latin1'));
    },
  ],
];

describe('mutated PDFs never throw, keep to their caps and always end', () => {
  it('runs a seeded mutation loop over every fixture', () => {
    const random = seeded(20240327);
    let runs = 0;
    const seen = new Set<string>();
    while (runs < RUNS) {
      const { name, bytes } = fixtures[runs % fixtures.length];
      const other = fixtures[Math.floor(random() * fixtures.length)].bytes;
      const [kind, mutate] = MUTATIONS[Math.floor(random() * MUTATIONS.length)];
      const mutated = mutate(bytes, random, other);
      const ctx = context({ extractedChars: MAX_CHARS }, DEADLINE_MS);
      let result;
      try {
        result = extractPdf(mutated, ctx);
      } catch (e) {
        throw new Error(`${name} / ${kind} (run ${runs}) threw: ${String(e)}`);
      }
      const chars = result.texts.reduce((n, t) => n + t.text.length, 0);
      expect(chars).toBeLessThanOrEqual(MAX_CHARS);
      for (const p of result.problems) {
        expect(REASONS).toContain(p.reason);
        seen.add(p.reason);
      }
      // Either text or a problem: a PDF is never silently empty.
      expect(result.texts.length + result.problems.length).toBeGreaterThan(0);
      runs++;
    }
    expect(runs).toBeGreaterThan(fixtures.length * 3);
    // The loop must have reached the error paths, not only intact files.
    expect(seen.has('corrupt')).toBe(true);
  }, 120000);
});
