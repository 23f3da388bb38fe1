/** The compound file writer, read back by our own reader and by the `cfb` package. */
import { writeCompoundFile } from '../../src/encrypt/compound-file';
import { openCompoundFile } from '../../src/extract/office/cfb';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const CFB = require('cfb') as { read(data: Buffer, o: { type: 'buffer' }): unknown; find(cfb: unknown, path: string): { content: Buffer } | null };

const OPTIONS = { maxStreamBytes: 1 << 30, deadline: Infinity, now: () => 0 };

function bytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 31 + seed) & 0xff;
  return out;
}

it('writes small streams to the mini stream and large ones to sectors, in storages, findable by name', () => {
  // Many siblings with mixed-case names of different lengths exercise the red-black tree order.
  const streams = [];
  for (let i = 0; i < 40; i++) streams.push({ path: `Opslag/${'S'.repeat(1 + (i % 7))}tream${i}`, data: bytes(i * 200, i) });
  streams.push({ path: 'Groot', data: bytes(70000, 99) });
  streams.push({ path: 'precies4096', data: bytes(4096, 5) });
  streams.push({ path: 'net-eronder', data: bytes(4095, 6) });
  const file = writeCompoundFile(streams);
  const ours = openCompoundFile(file, OPTIONS);
  const theirs = CFB.read(Buffer.from(file), { type: 'buffer' });
  for (const s of streams) {
    const entry = ours.find(s.path);
    expect(entry).toBeDefined();
    expect(Buffer.from(ours.read(entry!))).toEqual(Buffer.from(s.data));
    expect(Buffer.from(CFB.find(theirs, '/' + s.path)!.content || [])).toEqual(Buffer.from(s.data));
  }
  // Header: version 3, 512-byte sectors, mini stream cutoff 4096.
  const view = new DataView(file.buffer);
  expect(view.getUint16(0x1a, true)).toBe(3);
  expect(view.getUint32(0x38, true)).toBe(4096);
  expect(view.getUint32(0x40, true)).toBeGreaterThan(0); // mini FAT sectors
});

it('refuses names longer than the 31 characters a directory entry holds', () => {
  expect(() => writeCompoundFile([{ path: 'x'.repeat(32), data: new Uint8Array(1) }])).toThrow(/31/);
});
