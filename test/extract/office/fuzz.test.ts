import { readdirSync } from 'fs';
import { extractCompoundFile } from '../../../src/extract/office/compound';
import { parseMsg } from '../../../src/extract/mail/msg';
import type { ExtractResult } from '../../../src/extract/types';
import { writeCompoundFile } from './cfb-writer';
import { FIXTURES, context, fixture } from './helpers';
import { seeded as random } from '../../seeded';
import { DAMAGED_REASONS } from '../../../src/extract/kind';

const REASONS = ['corrupt', 'too-large', 'time-out', 'unknown-format', 'encrypted', 'too-deep', 'no-text', ...DAMAGED_REASONS];
const SPECIAL = [0xffffffff, 0xfffffffe, 0xfffffffd, 0xfffffffc, 0, 1, 2, 0x7fffffff, 0x1000];

function mutate(source: Uint8Array, donor: Uint8Array, next: () => number): Uint8Array {
  const pick = (n: number): number => Math.floor(next() * n);
  const bytes = source.slice();
  switch (pick(5)) {
    case 0: // truncation
      return bytes.subarray(0, pick(bytes.length));
    case 1: // bit flips anywhere
      for (let i = 1 + pick(20); i > 0; i--) bytes[pick(bytes.length)] ^= 1 << pick(8);
      return bytes;
    case 2: // sector numbers and sizes: special values in the header, FAT and directory region
    case 3: {
      const view = new DataView(bytes.buffer);
      for (let i = 1 + pick(6); i > 0; i--) {
        const at = (pick(Math.min(bytes.length, 4096)) & ~3) >>> 0;
        if (at + 4 <= bytes.length) view.setUint32(at, SPECIAL[pick(SPECIAL.length)], true);
      }
      return bytes;
    }
    default: {
      // splice: a run of another fixture's bytes
      const length = pick(2048);
      const from = pick(Math.max(1, donor.length - length));
      bytes.set(donor.subarray(from, from + length).subarray(0, Math.max(0, bytes.length - 512)), 512 + pick(Math.max(1, bytes.length - 512 - length)));
      return bytes;
    }
  }
}

function checkShape(result: ExtractResult): void {
  expect(Array.isArray(result.texts) && Array.isArray(result.problems)).toBe(true);
  for (const problem of result.problems) expect(REASONS).toContain(problem.reason);
  for (const text of result.texts) expect(typeof text.text).toBe('string');
}

describe('hostile compound files', () => {
  const names = readdirSync(FIXTURES).filter((n) => /\.(doc|docx|xls|xlsx|msg)$/.test(n));
  const sources = names.map(fixture);
  // A cyclic, a self-referencing and a 4096-byte-sector variant join the real fixtures.
  sources.push(writeCompoundFile([{ path: 'WordDocument', data: fixture('payslip.doc').subarray(0, 6000) }], 12));

  it('never throws past extractCompoundFile and always ends (1,500 seeded mutations)', () => {
    const next = random(20260327);
    let runs = 0;
    let corrupt = 0;
    while (runs < 1500) {
      const source = sources[runs % sources.length];
      const bytes = mutate(source, sources[Math.floor(next() * sources.length)], next);
      const result = extractCompoundFile(bytes, context());
      checkShape(result);
      if (result.problems.some((p) => p.reason === 'corrupt')) corrupt++;
      runs++;
    }
    expect(corrupt).toBeGreaterThan(0); // the mutations do reach the error paths
  });

  it('parseMsg either reads a mutated .msg or throws an Error (which the CLI reports)', () => {
    const next = random(7);
    const messages = names.filter((n) => n.endsWith('.msg')).map(fixture);
    for (let runs = 0; runs < 1000; runs++) {
      const bytes = mutate(messages[runs % messages.length], messages[0], next);
      try {
        const message = parseMsg(bytes);
        expect(typeof message.subject).toBe('string');
      } catch (error) {
        expect(error).toBeInstanceOf(Error);
      }
    }
  });
});
