/**
 * Zips whose directory is missing, cut off or damaged are read from their local headers (as unzip
 * and LibreOffice do), and what could not be read is reported: never a silent allow.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { extractAttachment } from '../../../src/extract';
import type { ExtractResult } from '../../../src/extract/types';
import { defaultPolicy } from '../../../src/policy/defaults';
import { scanMessage } from '../../../src/scan';
import { allText, deflated, writeZip } from '../helpers';

const recovery = (name: string) => new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)));
const office = (name: string) => new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', name)));

function extract(name: string, bytes: Uint8Array): ExtractResult {
  return extractAttachment(name, bytes, { limits: defaultPolicy().limits, deadline: Infinity, now: () => 0 });
}

const problems = (r: ExtractResult) => r.problems.map((p) => [p.path, p.reason]);

/** Offsets of a 4-byte signature. */
function find(bytes: Uint8Array, sig: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i++) if (sig.every((b, k) => bytes[i + k] === b)) out.push(i);
  return out;
}
const CENTRAL = [0x50, 0x4b, 1, 2];
const END = [0x50, 0x4b, 5, 6];

function reportedDetectors(name: string, bytes: Uint8Array): string[] {
  const report = scanMessage({ to: [], cc: [], bcc: [], subject: '', bodyText: '', attachments: [{ name, kind: 'file', bytes }] }, { policy: defaultPolicy(), now: () => 0 });
  return report.findings.map((f) => f.detector);
}

describe('zip recovery from local headers', () => {
  test('a docx without its central directory: the text is read and the damage reported', () => {
    const docx = office('planted.docx');
    const cut = docx.subarray(0, find(docx, CENTRAL)[0]);
    const result = extract('contract.docx', cut);
    expect(allText(result)).toContain('123456782');
    expect(problems(result)).toContainEqual(['', 'partly-read']);
    expect(reportedDetectors('contract.docx', cut)).toEqual(expect.arrayContaining(['bsn', 'unscannable-attachment']));
  });

  test('a directory damaged half-way: the entries it lost are taken from the local headers, and it is reported', () => {
    const docx = office('planted.docx').slice();
    const entries = find(docx, CENTRAL);
    // Break the directory before word/document.xml's entry: a reader of the directory alone stops there.
    const documentEntry = entries.find((at) => String.fromCharCode(...docx.subarray(at + 46, at + 46 + 17)) === 'word/document.xml');
    expect(documentEntry).toBeDefined();
    docx.fill(0, documentEntry as number, (documentEntry as number) + 4);
    const result = extract('contract.docx', docx);
    expect(allText(result)).toContain('123456782');
    expect(problems(result)).toContainEqual(['', 'partly-read']);
  });

  test('an end record whose count says more than the directory holds is damage', () => {
    const zip = writeZip([deflated('a.txt', 'IBAN NL91ABNA0417164300'), deflated('b.txt', 'tekst')]);
    const end = find(zip, END)[0];
    new DataView(zip.buffer, zip.byteOffset).setUint16(end + 10, 3, true);
    new DataView(zip.buffer, zip.byteOffset).setUint16(end + 8, 3, true);
    expect(problems(extract('a.zip', zip))).toContainEqual(['', 'partly-read']);
  });

  test('entries with data descriptors (sizes after the data) end where their descriptor says', () => {
    for (const name of ['streamed.zip', 'streamed-stored.zip']) {
      const zip = recovery(name);
      const cut = zip.subarray(0, find(zip, CENTRAL)[0]);
      const result = extract(name, cut);
      // The stored text holds "PK\x03\x04": a reader that stops at the next signature loses what follows it.
      expect(result.texts.map((t) => t.path).sort()).toEqual(['loonstrook.txt', 'overzicht.txt']);
      expect(allText(result)).toContain('IBAN: NL91ABNA0417164300');
      expect(result.texts.find((t) => t.path === 'overzicht.txt')?.text).toMatch(/BSN: 123456782\nIBAN: NL91ABNA0417164300\n$/);
      // Only the missing directory is a problem: every entry was whole (its CRC matched).
      expect(problems(result)).toEqual([['', 'partly-read']]);
    }
  });

  test('a changed byte in an entry fails its CRC: reported, and what it holds still read', () => {
    const zip = recovery('streamed-stored.zip').slice();
    const at = find(zip, [0x57, 0x65, 0x72, 0x6b])[0]; // "Werk" in the stored text
    zip[at] = 0x77;
    const result = extract('a.zip', zip);
    expect(problems(result)).toContainEqual(['overzicht.txt', 'corrupt']);
    expect(allText(result)).toContain('BSN: 123456782');
  });

  test('every flipped bit in a deflated entry is reported, also those that still inflate (the CRC tells)', () => {
    const zip = recovery('streamed.zip');
    const [header] = find(zip, [0x50, 0x4b, 3, 4]);
    const start = header + 30 + (zip[header + 26] | (zip[header + 27] << 8)) + (zip[header + 28] | (zip[header + 29] << 8));
    const end = find(zip, [0x50, 0x4b, 7, 8])[0];
    const original = allText(extract('a.zip', zip));
    let silent = 0;
    for (let at = start; at < end; at++) {
      for (const bit of [0x01, 0x10, 0x80]) {
        const mutant = zip.slice();
        mutant[at] ^= bit;
        const result = extract('a.zip', mutant);
        // A flip in the padding after the stream's last block changes nothing: only changed text counts.
        if (result.problems.length === 0 && allText(result) !== original) silent++;
      }
    }
    expect(silent).toBe(0);
  });

  test('a docx cut inside its document part: what inflated is read, the rest reported', () => {
    const docx = office('planted.docx');
    const entries = find(docx, [0x50, 0x4b, 3, 4]);
    const documentHeader = entries.find((at) => String.fromCharCode(...docx.subarray(at + 30, at + 30 + 17)) === 'word/document.xml') as number;
    const cut = docx.subarray(0, documentHeader + 30 + 17 + 900);
    const result = extract('contract.docx', cut);
    expect(result.problems.map((p) => p.reason)).toEqual(expect.arrayContaining(['partly-read', 'corrupt']));
    expect(reportedDetectors('contract.docx', cut)).toContain('unscannable-attachment');
  });

  test('a compression method no zip uses is damage (reported); one we do not read is an unknown format', () => {
    const damaged = writeZip([{ ...deflated('a.txt', 'BSN 123456782'), method: 0x4242 }]);
    expect(problems(extract('a.zip', damaged))).toEqual([['a.txt', 'corrupt']]);
    const bzip2 = writeZip([{ ...deflated('a.txt', 'BSN 123456782'), method: 12 }]);
    expect(problems(extract('a.zip', bzip2))).toEqual([['a.txt', 'unknown-format']]);
  });

  test('a directory entry whose local header is gone is reported, not skipped', () => {
    const zip = writeZip([deflated('a.txt', 'eerste'), deflated('b.txt', 'tweede')]);
    const local = find(zip, [0x50, 0x4b, 3, 4]);
    zip.fill(0x20, local[1], local[1] + 4);
    const result = extract('a.zip', zip);
    expect(allText(result)).toContain('eerste');
    expect(problems(result)).toContainEqual(['b.txt', 'corrupt']);
    expect(problems(result)).toContainEqual(['', 'partly-read']);
  });

  test('a whole, well-formed zip reports nothing', () => {
    for (const name of ['streamed.zip', 'streamed-stored.zip']) expect(extract(name, recovery(name)).problems).toEqual([]);
    expect(extract('contract.docx', office('planted.docx')).problems).toEqual([]);
  });
});
