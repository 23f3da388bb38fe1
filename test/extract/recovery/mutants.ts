/**
 * Mutants of real-producer files for the "never a silent allow" rule: one generator per kind of
 * damage (a cut, flipped bytes, a zeroed range, a damaged header, directory or stream), aimed at
 * the structures each reader family depends on. Every mutant says which bytes it changed, so a test
 * can tell damage to the planted value itself (which no reader can notice) from damage around it.
 */
import { readFileSync } from 'fs';
import { basename, join } from 'path';

export type Family = 'zip' | 'compound' | 'pdf' | 'mail' | 'text';

export interface Fixture {
  file: string;
  family: Family;
  bytes: Uint8Array;
}

export interface Mutant {
  kind: MutationKind;
  bytes: Uint8Array;
  /** Changed range in the original's offsets: [from, to). A cut changes everything after it. */
  from: number;
  to: number;
}

export const MUTATION_KINDS = ['truncate', 'flip', 'zero-range', 'header', 'directory', 'stream'] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

const root = join(__dirname, '..', '..');

/** Fixtures with planted BSNs/IBANs, per reader family (the same files the CLI format test lists). */
const FIXTURES: Array<[string, Family]> = [
  ['extract/fixtures/planted.docx', 'zip'],
  ['extract/fixtures/planted-from-html.docx', 'zip'],
  ['extract/fixtures/planted.odt', 'zip'],
  ['extract/fixtures/planted.pptx', 'zip'],
  ['extract/fixtures/planted.odp', 'zip'],
  ['extract/fixtures/planted-list.xlsx', 'zip'],
  ['extract/fixtures/planted-list.ods', 'zip'],
  ['extract/fixtures/plain.zip', 'zip'],
  ['extract/fixtures/nested.zip', 'zip'],
  ['extract/embedded/fixtures/contract-with-table.docx', 'zip'],
  ['extract/embedded/fixtures/contract-with-table.odt', 'zip'],
  ['extract/embedded/fixtures/contract-with-package.docx', 'zip'],
  ['extract/office/fixtures/payslip.doc', 'compound'],
  ['extract/office/fixtures/bsn-list.xls', 'compound'],
  ['extract/office/fixtures/payroll.xls', 'compound'],
  ['extract/pdf/fixtures/libreoffice-loonstrook.pdf', 'pdf'],
  ['extract/pdf/fixtures/chromium-loonstrook.pdf', 'pdf'],
  ['extract/pdf/fixtures/ghostscript-loonstrook.pdf', 'pdf'],
  ['extract/pdf/fixtures/qpdf-objstm.pdf', 'pdf'],
  ['extract/pdf/fixtures/qpdf-qdf.pdf', 'pdf'],
  ['extract/embedded/fixtures/attached.pdf', 'pdf'],
  ['extract/embedded/fixtures/annotated.pdf', 'pdf'],
  ['extract/office/fixtures/payslip-mail.msg', 'mail'],
  ['extract/office/fixtures/forwarded.msg', 'mail'],
  ['extract/recovery/fixtures/payslip.eml', 'mail'],
  ['extract/recovery/fixtures/attachment-only.eml', 'mail'],
  ['extract/fixtures/planted.rtf', 'text'],
  ['extract/fixtures/planted.html', 'text'],
  ['extract/fixtures/planted-utf8.txt', 'text'],
  ['extract/fixtures/planted-utf16le-bom.txt', 'text'],
  ['extract/fixtures/planted-flat.fodt', 'text'],
  ['extract/fixtures/planted-list.csv', 'text'],
  ['extract/fixtures/planted.json', 'text'],
  ['extract/fixtures/planted.xml', 'text'],
];

export function fixtures(): Fixture[] {
  return FIXTURES.map(([file, family]) => ({ file: basename(file), family, bytes: new Uint8Array(readFileSync(join(root, file))) }));
}

/** The planted values as the fixture sources write them (a BSN that lost its leading zero, IBANs with and without spaces). */
const VALUES = ['123456782', '111222333', '12345672', 'NL91ABNA0417164300', 'NL91 ABNA 0417 1643 00', 'NL20INGB0001234567', 'NL20 INGB 0001 2345 67'];
/** Bytes before a value that its finding leans on ("BSN: ", a table cell's markup). */
const LABEL_REACH = 24;
/** Words a finding leans on that may stand far from the value (a column header in a shared-string table). */
const LABELS = ['BSN', 'IBAN'];

/** Ranges where a planted value (or its label) stands as plain bytes: damage there changes the value itself. */
export function valueRanges(bytes: Uint8Array): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const label of LABELS) {
    for (const encoded of [ascii(label), utf16le(label), utf16be(label)]) {
      for (let at = indexOf(bytes, encoded, 0); at >= 0; at = indexOf(bytes, encoded, at + 1)) ranges.push([at, at + encoded.length]);
    }
  }
  for (const value of VALUES) {
    for (const encoded of [ascii(value), utf16le(value), utf16be(value)]) {
      for (let at = indexOf(bytes, encoded, 0); at >= 0; at = indexOf(bytes, encoded, at + 1)) ranges.push([Math.max(0, at - LABEL_REACH * (encoded.length / value.length)), at + encoded.length]);
    }
    // A spreadsheet keeps a number as binary (BIFF's NUMBER double, RK integer): changed bytes there change the value.
    if (/^\d+$/.test(value)) {
      for (const encoded of [float64(Number(value)), u32le(((Number(value) << 2) | 2) >>> 0)]) {
        for (let at = indexOf(bytes, encoded, 0); at >= 0; at = indexOf(bytes, encoded, at + 1)) ranges.push([at, at + encoded.length]);
      }
    }
  }
  return ranges;
}

export function touchesValue(mutant: Mutant, ranges: Array<[number, number]>): boolean {
  return ranges.some(([a, b]) => mutant.from < b && mutant.to > a);
}

/** The value ranges still intact after a cut or overwrite (some copy of the value left untouched). */
export function someValueIntact(mutant: Mutant, ranges: Array<[number, number]>): boolean {
  return ranges.some(([a, b]) => !(mutant.from < b && mutant.to > a));
}

export function mutate(fixture: Fixture, kind: MutationKind, rnd: () => number): Mutant {
  const b = fixture.bytes;
  switch (kind) {
    case 'truncate': {
      const cut = int(rnd, b.length);
      return { kind, bytes: b.slice(0, cut), from: cut, to: b.length };
    }
    case 'flip': {
      const out = b.slice();
      const n = 1 + int(rnd, 8);
      let from = b.length;
      let to = 0;
      for (let i = 0; i < n; i++) {
        const at = int(rnd, out.length);
        out[at] ^= 1 + int(rnd, 255);
        from = Math.min(from, at);
        to = Math.max(to, at + 1);
      }
      return { kind, bytes: out, from, to };
    }
    case 'zero-range': {
      const from = int(rnd, b.length);
      return overwrite(b, kind, from, from + 1 + int(rnd, 1024), () => 0);
    }
    case 'header':
      return overwrite(b, kind, 0, 4 + int(rnd, 60), rnd() < 0.5 ? () => 0 : () => int(rnd, 256));
    case 'directory':
      return damageDirectory(fixture, rnd);
    case 'stream':
      return damageStream(fixture, rnd);
  }
}

function damageDirectory(fixture: Fixture, rnd: () => number): Mutant {
  const b = fixture.bytes;
  const kind: MutationKind = 'directory';
  switch (fixture.family) {
    case 'zip': {
      const end = lastIndexOf(b, [0x50, 0x4b, 5, 6]);
      const central = indexOf(b, [0x50, 0x4b, 1, 2], 0);
      const pick = int(rnd, 3);
      // The end record gone, the directory cut off, or bytes inside the directory overwritten.
      if (pick === 0 && end >= 0) return overwrite(b, kind, end, end + 22, () => 0);
      if (pick === 1 && central >= 0) return { kind, bytes: b.slice(0, central + int(rnd, b.length - central)), from: central, to: b.length };
      const start = central >= 0 ? central : 0;
      const at = start + int(rnd, b.length - start);
      return overwrite(b, kind, at, at + 1 + int(rnd, 64), () => int(rnd, 256));
    }
    case 'compound': {
      // The FAT's sector list in the header, a FAT sector, or the directory sector.
      const shift = b[0x1e] | (b[0x1f] << 8);
      const size = shift >= 7 && shift <= 16 ? 1 << shift : 512;
      const sectorAt = (n: number) => (n + 1) * size;
      const directory = sectorAt(u32(b, 0x30));
      const fat = sectorAt(u32(b, 0x4c));
      const pick = int(rnd, 3);
      const at = pick === 0 ? 0x4c + int(rnd, 436) : pick === 1 ? fat + int(rnd, size) : directory + int(rnd, size);
      return overwrite(b, kind, at, at + 1 + int(rnd, 32), () => int(rnd, 256));
    }
    case 'pdf': {
      const xref = lastIndexOf(b, ascii('startxref'));
      const table = lastIndexOf(b, ascii('xref'), xref - 1);
      const stream = lastIndexOf(b, ascii('/XRef'));
      const targets = [xref + 9, table, stream].filter((t) => t >= 0);
      const at = targets[int(rnd, targets.length)] + int(rnd, 40);
      return overwrite(b, kind, at, at + 1 + int(rnd, 48), rnd() < 0.5 ? () => 0x30 + int(rnd, 10) : () => int(rnd, 256));
    }
    default: {
      // Text formats have no directory: their structure is markup, so damage a markup character.
      const marks = [0x3c, 0x7b, 0x5c, 0x3b, 0x22, 0x2d, 0x0a];
      for (let tries = 0; tries < 64; tries++) {
        const at = int(rnd, b.length);
        if (marks.indexOf(b[at]) >= 0) return overwrite(b, kind, at, at + 1 + int(rnd, 8), () => int(rnd, 256));
      }
      return overwrite(b, kind, int(rnd, b.length), 0, () => 0);
    }
  }
}

function damageStream(fixture: Fixture, rnd: () => number): Mutant {
  const b = fixture.bytes;
  const kind: MutationKind = 'stream';
  let ranges: Array<[number, number]> = [];
  if (fixture.family === 'zip') {
    for (let at = indexOf(b, [0x50, 0x4b, 3, 4], 0); at >= 0; at = indexOf(b, [0x50, 0x4b, 3, 4], at + 1)) {
      const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
      const size = u32(b, at + 18);
      if (size > 0 && start + size <= b.length) ranges.push([start, start + size]);
    }
  } else if (fixture.family === 'pdf') {
    for (let at = indexOf(b, ascii('stream'), 0); at >= 0; at = indexOf(b, ascii('stream'), at + 1)) {
      if (b[at - 1] === 0x64) continue; // 'endstream'
      const end = indexOf(b, ascii('endstream'), at);
      if (end > at + 8) ranges.push([at + 8, end]);
    }
  } else if (fixture.family === 'compound' || (fixture.family === 'mail' && b[0] === 0xd0)) {
    const size = 1 << (b[0x1e] | (b[0x1f] << 8));
    for (let s = size; s + size <= b.length; s += size) ranges.push([s, s + size]);
  }
  if (!ranges.length) ranges = [[0, b.length]];
  const [start, end] = ranges[int(rnd, ranges.length)];
  const out = b.slice();
  const n = 1 + int(rnd, 4);
  let from = end;
  let to = start;
  for (let i = 0; i < n; i++) {
    const at = start + int(rnd, end - start);
    out[at] ^= 1 + int(rnd, 255);
    from = Math.min(from, at);
    to = Math.max(to, at + 1);
  }
  return { kind, bytes: out, from, to };
}

function overwrite(b: Uint8Array, kind: MutationKind, from: number, to: number, byte: () => number): Mutant {
  const out = b.slice();
  const end = Math.min(to, b.length);
  for (let i = from; i < end; i++) out[i] = byte();
  return { kind, bytes: out, from, to: end };
}

const int = (rnd: () => number, n: number) => (n <= 0 ? 0 : Math.floor(rnd() * n));
const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const utf16le = (s: string) => ([] as number[]).concat(...Array.from(s, (c) => [c.charCodeAt(0), 0]));
const float64 = (n: number) => Array.from(new Uint8Array(new Float64Array([n]).buffer));
const u32le = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24];
const utf16be = (s: string) => ([] as number[]).concat(...Array.from(s, (c) => [0, c.charCodeAt(0)]));

function indexOf(b: Uint8Array, needle: number[], from: number): number {
  outer: for (let i = Math.max(0, from); i + needle.length <= b.length; i++) {
    for (let k = 0; k < needle.length; k++) if (b[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

function lastIndexOf(b: Uint8Array, needle: number[], from = b.length - needle.length): number {
  outer: for (let i = Math.min(from, b.length - needle.length); i >= 0; i--) {
    for (let k = 0; k < needle.length; k++) if (b[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}
