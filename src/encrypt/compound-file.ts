/**
 * A small compound file writer ([MS-CFB] version 3: 512-byte sectors). It writes what an encrypted
 * Office document needs: a handful of streams, some under storages. Streams under the 4096-byte
 * cutoff go to the mini stream, as the specification requires; each storage's children form a
 * red-black tree in the specification's name order, so readers that search the tree find them.
 */

export interface CompoundStream {
  /** '/'-separated path below the root; the storages on the way are made from it. */
  path: string;
  data: Uint8Array;
}

const SECTOR = 512;
const MINI_SECTOR = 64;
const MINI_CUTOFF = 4096;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const DIFAT_SECTOR = 0xfffffffc;
const NO_STREAM = 0xffffffff;
const PER_SECTOR = SECTOR / 4;

interface Entry {
  name: string;
  type: 1 | 2 | 5; // storage, stream, root
  children: Entry[];
  data: Uint8Array;
  id: number;
  start: number;
  left: number;
  right: number;
  child: number;
  red: boolean;
}

/** [MS-CFB] 2.6.4: shorter names first, then code units compared in upper case. */
function compareNames(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function newEntry(name: string, type: Entry['type'], data: Uint8Array = new Uint8Array(0)): Entry {
  if (name.length > 31) throw new Error('compound file names have at most 31 characters');
  return { name, type, children: [], data, id: -1, start: END_OF_CHAIN, left: NO_STREAM, right: NO_STREAM, child: NO_STREAM, red: false };
}

/**
 * Builds a balanced tree from the sorted children; the nodes on the last, incomplete level are
 * red, the rest black, so every path has the same number of black nodes.
 */
function buildTree(sorted: Entry[]): number {
  const fullLevels = Math.floor(Math.log2(sorted.length + 1));
  const build = (lo: number, hi: number, depth: number): number => {
    if (lo > hi) return NO_STREAM;
    const mid = (lo + hi + 1) >> 1;
    const node = sorted[mid];
    node.red = depth >= fullLevels;
    node.left = build(lo, mid - 1, depth + 1);
    node.right = build(mid + 1, hi, depth + 1);
    return node.id;
  };
  return build(0, sorted.length - 1, 0);
}

function sectorsFor(bytes: number, size = SECTOR): number {
  return Math.ceil(bytes / size);
}

export function writeCompoundFile(streams: CompoundStream[]): Uint8Array {
  const root = newEntry('Root Entry', 5);
  for (const stream of streams) {
    const parts = stream.path.split('/');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      let next = node.children.find((c) => c.name === part && c.type === 1);
      if (!next) {
        next = newEntry(part, 1);
        node.children.push(next);
      }
      node = next;
    }
    node.children.push(newEntry(parts[parts.length - 1], 2, stream.data));
  }
  const entries: Entry[] = [];
  const walk = (entry: Entry): void => {
    entry.id = entries.length;
    entries.push(entry);
    entry.children.forEach(walk);
  };
  walk(root);
  for (const entry of entries) {
    if (entry.children.length) entry.child = buildTree(entry.children.slice().sort((a, b) => compareNames(a.name, b.name)));
  }

  // The mini stream: small streams in 64-byte mini sectors, chained in the mini FAT.
  const miniFat: number[] = [];
  const small = entries.filter((e) => e.type === 2 && e.data.length > 0 && e.data.length < MINI_CUTOFF);
  for (const entry of small) {
    const count = sectorsFor(entry.data.length, MINI_SECTOR);
    entry.start = miniFat.length;
    for (let i = 0; i < count; i++) miniFat.push(i === count - 1 ? END_OF_CHAIN : miniFat.length + 1);
  }
  const miniStreamBytes = miniFat.length * MINI_SECTOR;
  const large = entries.filter((e) => e.type === 2 && e.data.length >= MINI_CUTOFF);

  const directorySectors = sectorsFor(entries.length * 128);
  const miniFatSectors = sectorsFor(miniFat.length * 4);
  const miniStreamSectors = sectorsFor(miniStreamBytes);
  const dataSectors = directorySectors + miniFatSectors + miniStreamSectors + large.reduce((n, e) => n + sectorsFor(e.data.length), 0);
  // The FAT covers itself, the DIFAT sectors and the data; the header holds the first 109 FAT sector numbers.
  const difatFor = (fat: number): number => (fat > 109 ? Math.ceil((fat - 109) / (PER_SECTOR - 1)) : 0);
  let fatSectors = 1;
  while (fatSectors * PER_SECTOR < fatSectors + difatFor(fatSectors) + dataSectors) fatSectors++;
  const difatSectors = difatFor(fatSectors);

  const fat = new Uint32Array(fatSectors * PER_SECTOR).fill(FREE);
  let next = 0;
  const mark = (count: number, value: number): void => {
    for (let i = 0; i < count; i++) fat[next++] = value;
  };
  mark(fatSectors, FAT_SECTOR);
  mark(difatSectors, DIFAT_SECTOR);
  const chain = (count: number): number => {
    if (count === 0) return END_OF_CHAIN;
    const start = next;
    for (let i = 0; i < count; i++, next++) fat[next] = i === count - 1 ? END_OF_CHAIN : next + 1;
    return start;
  };
  const directoryStart = chain(directorySectors);
  const miniFatStart = chain(miniFatSectors);
  root.start = chain(miniStreamSectors);
  root.data = new Uint8Array(0);
  for (const entry of large) entry.start = chain(sectorsFor(entry.data.length));
  const totalSectors = next;

  const out = new Uint8Array(SECTOR * (1 + totalSectors));
  const view = new DataView(out.buffer);
  const offsetOf = (sector: number): number => (sector + 1) * SECTOR;

  // Header ([MS-CFB] 2.2).
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version 3
  view.setUint16(0x1c, 0xfffe, true); // little-endian
  view.setUint16(0x1e, 9, true); // 512-byte sectors
  view.setUint16(0x20, 6, true); // 64-byte mini sectors
  view.setUint32(0x2c, fatSectors, true);
  view.setUint32(0x30, directoryStart, true);
  view.setUint32(0x38, MINI_CUTOFF, true);
  view.setUint32(0x3c, miniFatSectors ? miniFatStart : END_OF_CHAIN, true);
  view.setUint32(0x40, miniFatSectors, true);
  view.setUint32(0x44, difatSectors ? fatSectors : END_OF_CHAIN, true);
  view.setUint32(0x48, difatSectors, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + 4 * i, i < fatSectors ? i : FREE, true);
  for (let d = 0; d < difatSectors; d++) {
    const base = offsetOf(fatSectors + d);
    for (let i = 0; i < PER_SECTOR - 1; i++) {
      const fatIndex = 109 + d * (PER_SECTOR - 1) + i;
      view.setUint32(base + 4 * i, fatIndex < fatSectors ? fatIndex : FREE, true);
    }
    view.setUint32(base + SECTOR - 4, d + 1 < difatSectors ? fatSectors + d + 1 : END_OF_CHAIN, true);
  }
  fat.forEach((value, i) => view.setUint32(offsetOf(0) + 4 * i, value, true));

  // Directory: 128-byte entries; unused slots are empty entries with no siblings.
  for (let slot = 0; slot < directorySectors * (SECTOR / 128); slot++) {
    const base = offsetOf(directoryStart) + slot * 128;
    const entry = entries[slot];
    if (!entry) {
      view.setUint32(base + 0x44, NO_STREAM, true);
      view.setUint32(base + 0x48, NO_STREAM, true);
      view.setUint32(base + 0x4c, NO_STREAM, true);
      continue;
    }
    for (let i = 0; i < entry.name.length; i++) view.setUint16(base + 2 * i, entry.name.charCodeAt(i), true);
    view.setUint16(base + 0x40, (entry.name.length + 1) * 2, true);
    out[base + 0x42] = entry.type;
    out[base + 0x43] = entry.red ? 0 : 1;
    view.setUint32(base + 0x44, entry.left, true);
    view.setUint32(base + 0x48, entry.right, true);
    view.setUint32(base + 0x4c, entry.child, true);
    const size = entry.type === 5 ? miniStreamBytes : entry.data.length;
    const start = entry.type === 1 || size === 0 ? (entry.type === 1 ? 0 : END_OF_CHAIN) : entry.start;
    view.setUint32(base + 0x74, start, true);
    view.setUint32(base + 0x78, size, true);
  }

  // Mini FAT (the rest of its last sector free), the mini stream, the large streams.
  for (let i = 0; i < miniFatSectors * PER_SECTOR; i++) view.setUint32(offsetOf(miniFatStart) + 4 * i, i < miniFat.length ? miniFat[i] : FREE, true);
  for (const entry of small) out.set(entry.data, offsetOf(root.start) + entry.start * MINI_SECTOR);
  for (const entry of large) out.set(entry.data, offsetOf(entry.start));
  return out;
}
