import { CompoundFileError, openCompoundFile } from '../../../src/extract/office/cfb';
import { extractCompoundFile } from '../../../src/extract/office/compound';
import { writeCompoundFile } from './cfb-writer';
import { context, fixture } from './helpers';

const OPTIONS = { maxStreamBytes: 1e9, deadline: Infinity, now: () => 0 };

function pattern(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = (i * 31 + seed) & 0xff;
  return out;
}

function failure(bytes: Uint8Array): string {
  try {
    const file = openCompoundFile(bytes, OPTIONS);
    file.entries.forEach((e) => e.kind === 'stream' && file.read(e));
  } catch (error) {
    if (error instanceof CompoundFileError) return error.reason;
    throw error;
  }
  return 'ok';
}

function setU32(bytes: Uint8Array, at: number, value: number): void {
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, value >>> 0, true);
}

describe('compound file reader', () => {
  const sizes = [0, 1, 63, 64, 65, 4095, 4096, 4097, 10000];
  const streams = sizes.map((size, i) => ({ path: i % 2 ? `Opslag/Stream${i}` : `Stream${i}`, data: pattern(size, i) }));

  it.each([9, 12] as const)('reads every stream, mini and regular, with sector shift %i', (shift) => {
    const file = openCompoundFile(writeCompoundFile(streams, shift), OPTIONS);
    expect(file.entries.map((e) => `${e.kind}:${e.path}`).sort()).toEqual(
      ['storage:Opslag', ...streams.map((s) => `stream:${s.path}`)].sort(),
    );
    for (const stream of streams) {
      const entry = file.find(stream.path.toUpperCase()); // names compare case-insensitively
      expect(entry && file.read(entry)).toEqual(stream.data);
    }
    expect(file.children('Opslag').map((e) => e.name).sort()).toEqual(['Stream1', 'Stream3', 'Stream5', 'Stream7']);
  });

  it('lists the real storages of a LibreOffice file with their full paths', () => {
    const file = openCompoundFile(fixture('payslip.doc'), OPTIONS);
    const paths = file.entries.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['WordDocument', '1Table', '\u0005SummaryInformation']));
  });

  // One big stream: FAT in sector 0, directory in sector 1, the stream from sector 2 on.
  const single = (): Uint8Array => writeCompoundFile([{ path: 'WordDocument', data: pattern(5000, 7) }]);

  it('detects a FAT chain that loops', () => {
    const bytes = single();
    setU32(bytes, 512 + 4 * 2, 2);
    expect(failure(bytes)).toBe('corrupt');
  });

  it('detects a sector number past the end of the file', () => {
    const bytes = single();
    setU32(bytes, 512 + 4 * 2, 0x00ffffff);
    expect(failure(bytes)).toBe('corrupt');
  });

  it('detects a directory tree that loops', () => {
    const bytes = writeCompoundFile([
      { path: 'A', data: pattern(10, 1) },
      { path: 'B', data: pattern(10, 2) },
    ]);
    setU32(bytes, 1024 + 2 * 128 + 0x48, 1); // B's right sibling is A, which leads to B again
    expect(failure(bytes)).toBe('corrupt');
  });

  it('detects a DIFAT chain that loops', () => {
    const bytes = writeCompoundFile([{ path: 'Big', data: pattern(120 * 512, 3) }]);
    setU32(bytes, 0x2c, 110); // 110 FAT sectors: one more than the header holds
    setU32(bytes, 0x44, 0); // DIFAT in sector 0 ...
    setU32(bytes, 0x48, 1);
    setU32(bytes, 512 + 127 * 4, 0); // ... whose "next DIFAT" points back to itself
    expect(failure(bytes)).toBe('corrupt');
  });

  it('rejects a stream size larger than the file', () => {
    const bytes = single();
    setU32(bytes, 1024 + 128 + 0x78, 0x7fffffff);
    expect(failure(bytes)).toBe('corrupt');
  });

  it('rejects a truncated file', () => {
    expect(failure(single().subarray(0, 2000))).toBe('corrupt');
    expect(failure(single().subarray(0, 300))).toBe('corrupt');
  });

  it('stops at the stream cap and at the deadline', () => {
    expect(extractCompoundFile(fixture('long-list.xls'), context({ attachmentBytes: 10000 })).problems).toEqual([
      { detector: 'unscannable-attachment', path: '', reason: 'too-large' },
    ]);
    expect(extractCompoundFile(fixture('long-list.xls'), context({ deadline: -1 })).problems).toEqual([
      { detector: 'unscannable-attachment', path: '', reason: 'time-out' },
    ]);
  });

  it('cuts text at extractedChars and says so', () => {
    const ctx = context();
    ctx.budget.limits.extractedChars = 100;
    for (const name of ['payslip.doc', 'long-list.xls']) {
      const result = extractCompoundFile(fixture(name), ctx);
      expect(result.texts.reduce((n, t) => n + t.text.length, 0)).toBeLessThanOrEqual(100);
      expect(result.problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'too-large' }]);
    }
    // A .msg: its own text is cut; each attachment is cut on its own by the nested extraction.
    const message = extractCompoundFile(fixture('payslip-mail.msg'), ctx);
    expect(message.texts[0]).toEqual({ path: '', text: expect.any(String) });
    expect(message.texts[0].text).toHaveLength(100);
    expect(message.problems).toContainEqual({ detector: 'unscannable-attachment', path: '', reason: 'too-large' });
  });

  it('reports a compound file of no known kind as unknown-format', () => {
    expect(extractCompoundFile(writeCompoundFile([{ path: 'Contents', data: pattern(100, 1) }]), context()).problems).toEqual([
      { detector: 'unscannable-attachment', path: '', reason: 'unknown-format' },
    ]);
  });
});

describe('compound file reader on deep nesting', () => {
  it('rejects storages nested deeper than any real file', () => {
    const deep = Array.from({ length: 70 }, (_, i) => `S${i}`).join('/');
    expect(failure(writeCompoundFile([{ path: `${deep}/Stream`, data: pattern(10, 1) }]))).toBe('corrupt');
    const fine = Array.from({ length: 20 }, (_, i) => `S${i}`).join('/');
    expect(failure(writeCompoundFile([{ path: `${fine}/Stream`, data: pattern(10, 1) }]))).toBe('ok');
  });
});

describe('compound file reader on a large file', () => {
  it('follows the DIFAT past the 109 FAT sectors the header holds', () => {
    const big = pattern(9 * 1024 * 1024, 5); // 9 MB: about 145 FAT sectors of 512 bytes
    const bytes = writeCompoundFile([
      { path: 'Big', data: big },
      { path: 'Small', data: pattern(100, 6) },
    ]);
    expect(new DataView(bytes.buffer).getUint32(0x48, true)).toBe(1); // one DIFAT sector in use
    const file = openCompoundFile(bytes, OPTIONS);
    const entry = file.find('Big');
    // Buffer comparison: jest's deep equality walks 9 MB element by element far too slowly.
    expect(entry && Buffer.from(file.read(entry)).equals(Buffer.from(big))).toBe(true);
    const small = file.find('Small');
    expect(small && file.read(small)).toEqual(pattern(100, 6));
  });
});
