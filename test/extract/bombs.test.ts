/**
 * Zip bombs built in the test: each must end fast with unscannable-attachment and the right
 * reason, and what else the archive holds must still be read.
 */
import { zipSync } from 'fflate';
import { extractAttachment } from '../../src/extract';
import type { ExtractResult } from '../../src/extract/types';
import { allText, budget, deflated, writeZip, zeroBomb } from './helpers';

const GIB = 1024 * 1024 * 1024;
/** Pairs of (258 zero bytes) for just over 1 GiB of output. */
const ONE_GIB_PAIRS = Math.ceil(GIB / 258);

const reasons = (r: ExtractResult) => r.problems.map((p) => p.reason);

/**
 * Bombs get a roomy clock so the reason they stop for is the cap under test, never the machine's
 * load; each must still end well inside the default 3 s budget's order of magnitude.
 */
const roomy = (limits: Parameters<typeof budget>[0] = {}) => budget({ timeBudgetMs: 60000, ...limits });

describe('zip bombs', () => {
  const gigabyte = zeroBomb(ONE_GIB_PAIRS);

  test('an entry that inflates to a gigabyte while declaring 1 KB stops on the expansion ratio', () => {
    const zip = writeZip([
      { name: 'bomb.txt', data: gigabyte, declaredSize: 1024 },
      deflated('loonstrook.txt', 'BSN 123456782'),
    ]);
    const result = extractAttachment('bomb.zip', zip, roomy());
    expect(result.problems).toContainEqual({ detector: 'unscannable-attachment', path: 'bomb.txt', reason: 'expansion-ratio' });
    expect(allText(result)).toContain('BSN 123456782');
  });

  test('with a permissive ratio the same entry stops at the byte cap: too-large', () => {
    const zip = writeZip([{ name: 'bomb.txt', data: gigabyte, declaredSize: 1024 }]);
    const result = extractAttachment('bomb.zip', zip, roomy({ expansionRatio: 1e6, attachmentBytes: 16 * 1024 * 1024 }));
    expect(result.problems).toContainEqual({ detector: 'unscannable-attachment', path: 'bomb.txt', reason: 'too-large' });
  });

  test('a header that lies: stored sizes say 10 bytes, the stream is a gigabyte', () => {
    const zip = writeZip([{ name: 'lies.csv', data: gigabyte, declaredSize: 10, compressedSize: 10 }]);
    const result = extractAttachment('lies.zip', zip, roomy());
    // Trusting the 10-byte compressed size makes the stream end early: corrupt, not a hang.
    expect(reasons(result).some((r) => r === 'corrupt' || r === 'expansion-ratio')).toBe(true);
  });

  test('a lying entry count and a directory offset past the end fall back to local headers', () => {
    const zip = writeZip([deflated('a.txt', 'IBAN NL91ABNA0417164300')]);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const end = zip.length - 22;
    view.setUint16(end + 8, 65535, true);
    view.setUint16(end + 10, 65535, true);
    view.setUint32(end + 16, 0x7fffffff, true);
    const result = extractAttachment('lies.zip', zip, roomy());
    expect(allText(result)).toContain('NL91ABNA0417164300');
  });

  test('overlapping entries (one compressed kernel referenced 500 times) are read once', () => {
    const kernel = zeroBomb(Math.ceil((4 * 1024 * 1024) / 258));
    const entries = [{ name: 'kernel.bin', data: kernel, method: 8 }];
    for (let i = 1; i < 500; i++) entries.push({ name: 'copy' + i + '.bin', data: new Uint8Array(0), method: 8, localOffsetOf: 0 } as never);
    const zip = writeZip(entries);
    const result = extractAttachment('overlap.zip', zip, roomy());
    expect(reasons(result)).toContain('expansion-ratio');
  });

  /** 42.zip's shape: `fanout` copies of the level below in each zip, `levels` deep, 1 MB of zeros at the bottom. */
  function nestedBomb(fanout: number, levels: number): Uint8Array {
    let current = zipSync({ 'leaf.txt': new Uint8Array(1024 * 1024) }, { level: 9 });
    for (let depth = 0; depth < levels; depth++) {
      const files: Record<string, Uint8Array> = {};
      for (let i = 0; i < fanout; i++) files['part' + i.toString(16) + '.zip'] = current;
      current = zipSync(files, { level: 9 });
    }
    return current;
  }

  test('42.zip-style nesting (16 per level, 5 levels) ends fast under the default caps', () => {
    const bomb = nestedBomb(16, 5);
    const result = extractAttachment('42.zip', bomb, roomy());
    expect(reasons(result).some((r) => r === 'too-deep' || r === 'too-many-entries')).toBe(true);
    expect(result.problems.length).toBeLessThanOrEqual(50);
  });

  test('deep nesting with room for entries stops on depth: too-deep', () => {
    const bomb = nestedBomb(2, 8);
    const result = extractAttachment('deep.zip', bomb, roomy({ archiveEntries: 100000 }));
    expect(reasons(result)).toContain('too-deep');
    expect(reasons(result)).not.toContain('too-many-entries');
    // With a deeper cap and few entries allowed, the entry cap stops it instead.
    expect(reasons(extractAttachment('deep.zip', bomb, budget({ archiveDepth: 20, archiveEntries: 20 })))).toContain('too-many-entries');
  });

  test('a zip of many small entries stops at the entry cap', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 300; i++) files['f' + i + '.txt'] = Uint8Array.from([65 + (i % 26)]);
    const result = extractAttachment('many.zip', zipSync(files), budget({ archiveEntries: 100 }));
    expect(reasons(result)).toContain('too-many-entries');
    expect(result.texts.length).toBe(100);
  });

  test('unsupported compression methods are unscannable, others still read', () => {
    const zip = writeZip([
      { name: 'bzip2.txt', data: Uint8Array.from([1, 2, 3]), method: 12 },
      deflated('ok.txt', 'nettoloon'),
    ]);
    const result = extractAttachment('methods.zip', zip, budget());
    expect(result.problems).toEqual([{ detector: 'unscannable-attachment', path: 'bzip2.txt', reason: 'unknown-format' }]);
    expect(allText(result)).toContain('nettoloon');
  });

  test('a 20 MB sheet stops at the deadline: first rows read, time-out reported', () => {
    const row = (i: number) => `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>Medewerker ${i}</t></is></c><c r="B${i}"><v>${100000000 + i}</v></c></row>`;
    const rows: string[] = [];
    let size = 0;
    for (let i = 1; size < 20 * 1024 * 1024; i++) {
      const r = row(i);
      rows.push(r);
      size += r.length;
    }
    const xml = '<worksheet><sheetData>' + rows.join('') + '</sheetData></worksheet>';
    const stored = (name: string, text: string) => ({ name, data: Uint8Array.from(Buffer.from(text)), method: 0 });
    const zip = writeZip([
      stored('[Content_Types].xml', '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'),
      stored('xl/worksheets/sheet1.xml', xml),
    ]);
    // A clock that ticks once per look: the deadline falls mid-sheet however loaded the machine is.
    let ticks = 0;
    const result = extractAttachment('groot.xlsx', zip, budget({ timeBudgetMs: 500 }, () => ticks++));
    expect(allText(result)).toContain('Medewerker 1\t100000001\n');
    expect(reasons(result)).toEqual(['time-out']);
  });

  test('the time budget stops a slow archive with time-out', () => {
    let clock = 0;
    const b = budget({ timeBudgetMs: 3, expansionRatio: 1e6, attachmentBytes: 1e12, totalBytes: 1e12 }, () => (clock += 1));
    const zip = writeZip([{ name: 'big.txt', data: gigabyte, declaredSize: 10 }]);
    const result = extractAttachment('slow.zip', zip, b);
    expect(reasons(result)).toContain('time-out');
  });
});
