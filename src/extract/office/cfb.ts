/**
 * A small reader for compound files (MS-CFB, "OLE2"): the container of .doc, .xls, .msg and
 * password-protected .docx/.xlsx/.pptx. Hostile input is expected: every sector number is checked,
 * every chain is walked with loop detection, and stream sizes are capped before anything is copied.
 */
import { u16, u32 } from '../binary';

/** Why a compound file could not be read; the stable reason codes of an ExtractProblem. */
export type CompoundFileFailure = 'corrupt' | 'too-large' | 'time-out';

export class CompoundFileError extends Error {
  constructor(readonly reason: CompoundFileFailure, detail: string) {
    super(`compound file ${reason}: ${detail}`);
    this.name = 'CompoundFileError';
  }
}

export interface CompoundFileEntry {
  /** Name as stored (e.g. "WordDocument", "__substg1.0_0037001F"). */
  name: string;
  /** Full path from the root, '/'-separated, without a leading slash ("__attach_version1.0_#00000000/__substg1.0_3701000D"). */
  path: string;
  kind: 'storage' | 'stream';
  size: number;
  /** Index in the directory; used to read the stream. */
  id: number;
}

export interface CompoundFileOptions {
  /** Largest stream that may be read, in bytes. */
  maxStreamBytes: number;
  /** Absolute time after which reading stops with `time-out`. */
  deadline: number;
  now: () => number;
  /** Read a file whose signature is damaged (its name or the rest of its header says compound file). */
  ignoreSignature?: boolean;
}

export interface CompoundFile {
  /** Every storage and stream below the root, parents before children. */
  entries: CompoundFileEntry[];
  /**
   * Storages and streams in the directory that its tree no longer reaches: a link between entries
   * was overwritten, and what hung below it (a .msg's attachments, a document's stream) is lost.
   * Writers mark a removed entry unallocated, so a valid file has none.
   */
  lost: number;
  /** The entry at exactly this path (case-insensitive, as MS-CFB compares names), if any. */
  find(path: string): CompoundFileEntry | undefined;
  /** Entries directly inside a storage ('' for the root). */
  children(path: string): CompoundFileEntry[];
  /** The bytes of a stream. Throws CompoundFileError when its sectors are broken or it is over the cap. */
  read(entry: CompoundFileEntry): Uint8Array;
}

export const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const MAX_REGULAR_SECTOR = 0xfffffffa;
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const NO_STREAM = 0xffffffff;
const ENTRY_SIZE = 128;
const MINI_SECTOR_SIZE = 64;
const MINI_STREAM_CUTOFF = 4096;
const MAX_STORAGE_DEPTH = 64;
/** How often (in sectors or entries) the clock is looked at. */
const CLOCK_EVERY = 1024;

export function isCompoundFile(bytes: Uint8Array): boolean {
  if (bytes.length < 8) return false;
  for (let i = 0; i < 8; i++) if (bytes[i] !== COMPOUND_FILE_SIGNATURE[i]) return false;
  return true;
}

/**
 * The signature is gone but the rest of the header says compound file (byte order mark, sector
 * sizes): a file whose first bytes were overwritten.
 */
export function looksLikeDamagedCompoundFile(bytes: Uint8Array): boolean {
  if (bytes.length < 512) return false;
  if (u16(bytes, 0x1c) === 0xfffe && (u16(bytes, 0x1e) === 9 || u16(bytes, 0x1e) === 12) && u16(bytes, 0x20) === 6) return true;
  // Or a directory sector further on: it starts with the root entry's name.
  for (let at = 512; at + 20 <= bytes.length; at += 512) if (isRootEntryName(bytes, at)) return true;
  return false;
}

const ROOT_ENTRY = 'Root Entry';

function isRootEntryName(bytes: Uint8Array, at: number): boolean {
  for (let i = 0; i < ROOT_ENTRY.length; i++) if (bytes[at + 2 * i] !== ROOT_ENTRY.charCodeAt(i) || bytes[at + 2 * i + 1] !== 0) return false;
  return true;
}

function corrupt(detail: string): CompoundFileError {
  return new CompoundFileError('corrupt', detail);
}

/**
 * Opens a compound file. Reads the header, the FAT (through the DIFAT), the directory and the mini
 * FAT eagerly; streams are read on demand. Throws CompoundFileError on anything broken.
 */
export function openCompoundFile(bytes: Uint8Array, options: CompoundFileOptions): CompoundFile {
  if ((!isCompoundFile(bytes) && !options.ignoreSignature) || bytes.length < 512) throw corrupt('no compound file header');
  const majorVersion = u16(bytes, 0x1a);
  const sectorShift = u16(bytes, 0x1e);
  if (u16(bytes, 0x1c) !== 0xfffe && !options.ignoreSignature) throw corrupt('byte order mark');
  if (!((majorVersion === 3 && sectorShift === 9) || (majorVersion === 4 && sectorShift === 12))) {
    // Some writers pair the versions loosely; accept either sector size but nothing else.
    if (sectorShift !== 9 && sectorShift !== 12) throw corrupt('sector size');
  }
  if (u16(bytes, 0x20) !== 6) throw corrupt('mini sector size');
  const sectorSize = 1 << sectorShift;
  const fatSectorCount = u32(bytes, 0x2c);
  const firstDirectorySector = u32(bytes, 0x30);
  const miniStreamCutoff = u32(bytes, 0x38) || MINI_STREAM_CUTOFF;
  const firstMiniFatSector = u32(bytes, 0x3c);
  const firstDifatSector = u32(bytes, 0x44);
  const difatSectorCount = u32(bytes, 0x48);

  // Sectors that can exist in a file of this length (the last one may be cut short).
  const sectorsInFile = Math.ceil(Math.max(0, bytes.length - sectorSize) / sectorSize);
  let clockTicks = 0;
  const checkClock = (): void => {
    if (++clockTicks % CLOCK_EVERY === 0 && options.now() > options.deadline) throw new CompoundFileError('time-out', 'deadline');
  };

  const sectorOffset = (sector: number): number => {
    if (sector > MAX_REGULAR_SECTOR || sector >= sectorsInFile) throw corrupt('sector out of range');
    return (sector + 1) * sectorSize;
  };

  // DIFAT: the first 109 FAT sector numbers are in the header, the rest in a chain of DIFAT sectors.
  if (fatSectorCount > sectorsInFile) throw corrupt('FAT larger than file');
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatSectorCount; i++) fatSectors.push(u32(bytes, 0x4c + 4 * i));
  const perDifat = sectorSize / 4 - 1;
  let difat = firstDifatSector;
  const seenDifat: Record<number, true> = {};
  for (let n = 0; fatSectors.length < fatSectorCount; n++) {
    if (difat === END_OF_CHAIN || difat === FREE_SECTOR || n >= Math.max(difatSectorCount, 1) + sectorsInFile) {
      throw corrupt('DIFAT chain too short');
    }
    if (seenDifat[difat]) throw corrupt('DIFAT loop');
    seenDifat[difat] = true;
    const at = sectorOffset(difat);
    for (let i = 0; i < perDifat && fatSectors.length < fatSectorCount; i++) fatSectors.push(u32(bytes, at + 4 * i));
    difat = u32(bytes, at + 4 * perDifat);
  }

  const perSector = sectorSize / 4;
  const fat = new Uint32Array(fatSectors.length * perSector);
  for (let s = 0; s < fatSectors.length; s++) {
    const at = sectorOffset(fatSectors[s]);
    for (let i = 0; i < perSector; i++) {
      const p = at + 4 * i;
      fat[s * perSector + i] = p + 3 < bytes.length ? u32(bytes, p) : FREE_SECTOR;
    }
  }

  /** Follows a chain from `start`; stops after `limit` sectors. Loops and out-of-range numbers are corrupt. */
  const chain = (table: Uint32Array, start: number, limit: number, what: string): number[] => {
    const sectors: number[] = [];
    const seen = new Uint8Array(table.length);
    let sector = start;
    while (sector !== END_OF_CHAIN && sectors.length < limit) {
      if (sector >= table.length) throw corrupt(`${what} chain out of range`);
      if (seen[sector]) throw corrupt(`${what} chain loop`);
      seen[sector] = 1;
      sectors.push(sector);
      sector = table[sector];
      checkClock();
    }
    return sectors;
  };

  /** Copies `size` bytes of a chain of regular sectors. */
  const readRegular = (start: number, size: number, what: string): Uint8Array => {
    const out = new Uint8Array(size);
    const sectors = chain(fat, start, Math.ceil(size / sectorSize), what);
    if (sectors.length * sectorSize < size) throw corrupt(`${what} chain too short`);
    for (let i = 0; i < sectors.length; i++) {
      const at = sectorOffset(sectors[i]);
      const want = Math.min(sectorSize, size - i * sectorSize);
      const have = Math.min(want, bytes.length - at);
      out.set(bytes.subarray(at, at + have), i * sectorSize);
    }
    return out;
  };

  /** A whole chain of regular sectors whose length is unknown (directory, mini FAT). */
  const readWholeChain = (start: number, what: string): Uint8Array => {
    const sectors = chain(fat, start, sectorsInFile + 1, what);
    return readRegular(start, sectors.length * sectorSize, what);
  };

  // Directory.
  if (firstDirectorySector === END_OF_CHAIN) throw corrupt('no directory');
  const directory = readWholeChain(firstDirectorySector, 'directory');
  const entryCount = Math.floor(directory.length / ENTRY_SIZE);
  if (entryCount < 1 || directory[0x42] !== 5) throw corrupt('no root entry');

  const entrySize = (id: number): number => {
    const at = id * ENTRY_SIZE;
    const low = u32(directory, at + 0x78);
    const high = u32(directory, at + 0x7c);
    // Version 3 files may leave garbage in the high half; version 4 must not exceed the file.
    if (majorVersion === 4 && high !== 0) throw corrupt('stream size');
    return low;
  };

  const entryName = (id: number): string => {
    const at = id * ENTRY_SIZE;
    const length = Math.min(u16(directory, at + 0x40), 64);
    let name = '';
    for (let i = 0; i + 1 < length; i += 2) {
      const unit = u16(directory, at + i);
      if (unit === 0) break;
      name += String.fromCharCode(unit);
    }
    return name;
  };

  // The directory is a red-black tree per storage; walk it as a flat list, every entry at most once.
  const entries: CompoundFileEntry[] = [];
  const starts: Record<number, number> = {};
  const visited = new Uint8Array(entryCount);
  visited[0] = 1;
  const pending: Array<{ id: number; parent: string; depth: number }> = [];
  const pushSibling = (id: number, parent: string, depth: number): void => {
    if (id === NO_STREAM) return;
    if (id >= entryCount) throw corrupt('directory link out of range');
    if (visited[id]) throw corrupt('directory loop');
    // Real files nest a few levels (a .msg in a .msg adds two); deep chains only make long paths.
    if (depth > MAX_STORAGE_DEPTH) throw corrupt('storages nested too deep');
    visited[id] = 1;
    pending.push({ id, parent, depth });
  };
  pushSibling(u32(directory, 0x4c), '', 1);
  while (pending.length > 0) {
    checkClock();
    const { id, parent, depth } = pending.pop() as { id: number; parent: string; depth: number };
    const at = id * ENTRY_SIZE;
    pushSibling(u32(directory, at + 0x44), parent, depth);
    pushSibling(u32(directory, at + 0x48), parent, depth);
    const type = directory[at + 0x42];
    if (type !== 1 && type !== 2) continue; // unallocated or unknown: skip, keep walking its siblings
    const name = entryName(id);
    const path = parent ? `${parent}/${name}` : name;
    entries.push({ name, path, kind: type === 1 ? 'storage' : 'stream', size: type === 2 ? entrySize(id) : 0, id });
    starts[id] = u32(directory, at + 0x74);
    if (type === 1) pushSibling(u32(directory, at + 0x4c), path, depth + 1);
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  let lost = 0;
  for (let id = 1; id < entryCount; id++) {
    const type = directory[id * ENTRY_SIZE + 0x42];
    if (!visited[id] && (type === 1 || type === 2)) lost++;
  }

  const byPath: Record<string, CompoundFileEntry> = {};
  // Children by parent path, built once: a hostile .msg may hold thousands of storages.
  const byParent: Record<string, CompoundFileEntry[]> = {};
  for (const entry of entries) {
    const key = entry.path.toUpperCase();
    byPath[key] = entry;
    const parent = key.slice(0, Math.max(0, key.length - entry.name.length - 1));
    (byParent[parent] || (byParent[parent] = [])).push(entry);
  }

  // Mini stream and mini FAT, read on first use: most small streams live there.
  let miniStream: Uint8Array | undefined;
  let miniFat: Uint32Array | undefined;
  const loadMini = (): void => {
    if (miniStream && miniFat) return;
    const rootSize = entrySize(0);
    if (rootSize > bytes.length) throw corrupt('mini stream larger than file');
    miniStream = rootSize > 0 ? readRegular(u32(directory, 0x74), rootSize, 'mini stream') : new Uint8Array(0);
    if (firstMiniFatSector === END_OF_CHAIN || firstMiniFatSector === FREE_SECTOR) {
      miniFat = new Uint32Array(0);
      return;
    }
    const raw = readWholeChain(firstMiniFatSector, 'mini FAT');
    miniFat = new Uint32Array(raw.length / 4);
    for (let i = 0; i < miniFat.length; i++) miniFat[i] = u32(raw, 4 * i);
  };

  const read = (entry: CompoundFileEntry): Uint8Array => {
    if (entry.kind !== 'stream') throw corrupt('not a stream');
    const size = entry.size;
    // A size no sectors of this file can hold is a lie, not a large stream.
    if (size > bytes.length) throw corrupt('stream larger than file');
    if (size > options.maxStreamBytes) throw new CompoundFileError('too-large', 'stream over the cap');
    if (size === 0) return new Uint8Array(0);
    const start = starts[entry.id];
    if (size >= miniStreamCutoff) return readRegular(start, size, 'stream');
    loadMini();
    const mini = miniStream as Uint8Array;
    const sectors = chain(miniFat as Uint32Array, start, Math.ceil(size / MINI_SECTOR_SIZE), 'mini stream');
    if (sectors.length * MINI_SECTOR_SIZE < size) throw corrupt('mini chain too short');
    const out = new Uint8Array(size);
    for (let i = 0; i < sectors.length; i++) {
      const at = sectors[i] * MINI_SECTOR_SIZE;
      const want = Math.min(MINI_SECTOR_SIZE, size - i * MINI_SECTOR_SIZE);
      if (at + want > mini.length) throw corrupt('mini sector out of range');
      out.set(mini.subarray(at, at + want), i * MINI_SECTOR_SIZE);
    }
    return out;
  };

  return {
    entries,
    lost,
    find: (path) => byPath[path.toUpperCase()],
    children: (path) => (byParent[path.toUpperCase()] || []).slice(),
    read,
  };
}
