/**
 * Zip archives: our own directory reader (central directory, zip64 where cheap, local headers when
 * the directory is broken) and a guarded inflate that counts real output, so declared sizes that
 * lie cannot make us inflate a bomb. Plain .zip files hand each entry to the dispatcher; OOXML and
 * ODF read their parts through `readZipEntry`.
 */
import { Inflate } from 'fflate';
import { concatBytes, decodeUtf8, decodeWindows1252, isValidUtf8 } from '../../codec/bytes';
import { crc32 } from './crc32';
import { emptyResult, encrypted, joinPath, mergeInto, sessionOf, timeUp, unscannable } from '../guard';
import type { ExtractContext, ExtractProblem, ExtractResult } from '../types';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; others are not read. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** As declared: never trusted for limits. */
  declaredSize: number;
  /** Offset of the entry's local header. */
  headerStart: number;
  /** Offset of the entry's data (after its local header). */
  dataStart: number;
  /** Exclusive end of the data within the archive. */
  dataEnd: number;
  /** CRC-32 of the content as recorded; 0 when none was (streaming writers leave 0 in local headers). */
  crc: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Problems with the archive as a whole (entry cap, overlapping entries). */
  problems: ExtractProblem[];
  /** The whole archive could not be read. */
  broken: boolean;
  /** The directory was cut short or damaged (its entries may still be read from the local headers). */
  damaged?: boolean;
}

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_END_SIG = 0x06064b50;
const DESCRIPTOR_SIG = 0x08074b50;
const SIGNATURE_SIG = 0x05054b50;
/** Compression methods of the zip spec we do not inflate; any other number is a damaged header. */
const KNOWN_METHODS = [1, 2, 3, 4, 5, 6, 7, 9, 10, 12, 14, 16, 18, 19, 20, 93, 94, 95, 96, 97, 98];

/** Below this much output an entry's expansion ratio is not judged (tiny files compress oddly well). */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

function u16(b: Uint8Array, o: number): number {
  return o + 2 <= b.length ? b[o] | (b[o + 1] << 8) : -1;
}

function u32(b: Uint8Array, o: number): number {
  return o + 4 <= b.length ? (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0 : -1;
}

/** Little-endian 64-bit as a double; beyond 2^53 it is nonsense anyway and fails the range checks. */
function u64(b: Uint8Array, o: number): number {
  const lo = u32(b, o);
  const hi = u32(b, o + 4);
  return lo < 0 || hi < 0 ? -1 : hi * 4294967296 + lo;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7) && (bytes[3] === 4 || bytes[3] === 6 || bytes[3] === 8);
}

function decodeName(bytes: Uint8Array, start: number, end: number, utf8Flag: boolean): string {
  const raw = bytes.subarray(start, Math.min(end, bytes.length));
  // Names are CP437 unless flagged UTF-8; Windows-1252 is close enough for the letters we show.
  return utf8Flag || isValidUtf8(raw) ? decodeUtf8(raw) : decodeWindows1252(raw);
}

function findEndRecord(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 65535);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && u32(bytes, i) === END_SIG) return i;
  }
  return -1;
}

/** Reads the local header at `offset` and returns where its data starts, or -1. */
function localDataStart(bytes: Uint8Array, offset: number): number {
  if (u32(bytes, offset) !== LOCAL_SIG) return -1;
  const nameLength = u16(bytes, offset + 26);
  const extraLength = u16(bytes, offset + 28);
  const start = offset + 30 + nameLength + extraLength;
  return start <= bytes.length ? start : -1;
}

/**
 * Lists the entries of a zip, capped at `maxEntries` (more is a too-many-entries problem). A missing
 * or damaged central directory is made up from the local headers, and said out loud (partly-read).
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number, path: string): ZipDirectory {
  const fromCentral = readCentralDirectory(bytes, maxEntries, path);
  let directory: ZipDirectory;
  if (!fromCentral) directory = readLocalHeaders(bytes, maxEntries, path);
  else if (fromCentral.damaged) directory = withLocalHeaders(fromCentral, readLocalHeaders(bytes, maxEntries, path), path);
  else directory = fromCentral;
  dropOverlaps(directory, path);
  return directory;
}

/** A damaged directory completed from the local headers: entries it lost or could not place are taken from the walk. */
function withLocalHeaders(central: ZipDirectory, local: ZipDirectory, path: string): ZipDirectory {
  const good = central.entries.filter((e) => e.dataStart >= 0);
  const names = new Set(good.map((e) => e.name));
  const starts = new Set(good.map((e) => e.headerStart));
  const recovered = local.entries.filter((e) => !names.has(e.name) && !starts.has(e.headerStart));
  const recoveredNames = new Set(recovered.map((e) => e.name));
  // A directory entry whose local header is lost stays listed (reported corrupt) unless the walk found it.
  const lost = central.entries.filter((e) => e.dataStart < 0 && !recoveredNames.has(e.name));
  const directory: ZipDirectory = { entries: good.concat(recovered, lost), problems: central.problems.slice(), broken: false, damaged: true };
  for (const p of local.problems) if (p.reason === 'too-many-entries') directory.problems.push(p);
  directory.problems.push(unscannable(path, 'partly-read'));
  return directory;
}

function readCentralDirectory(bytes: Uint8Array, maxEntries: number, path: string): ZipDirectory | null {
  const end = findEndRecord(bytes);
  if (end < 0) return null;
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  // zip64: the locator sits just before the end record and points at the zip64 end record.
  if ((count === 0xffff || offset === 0xffffffff) && u32(bytes, end - 20) === ZIP64_LOCATOR_SIG) {
    const end64 = u64(bytes, end - 12);
    if (end64 >= 0 && u32(bytes, end64) === ZIP64_END_SIG) {
      count = u64(bytes, end64 + 32);
      offset = u64(bytes, end64 + 48);
    }
  }
  if (offset < 0 || offset >= bytes.length || u32(bytes, offset) !== CENTRAL_SIG) return null;
  const directory: ZipDirectory = { entries: [], problems: [], broken: false };
  let p = offset;
  let capped = false;
  // The declared count may lie; the signatures decide where the directory ends.
  while (u32(bytes, p) === CENTRAL_SIG) {
    if (directory.entries.length >= maxEntries) {
      directory.problems.push(unscannable(path, 'too-many-entries'));
      capped = true;
      break;
    }
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    let compressedSize = u32(bytes, p + 20);
    let declaredSize = u32(bytes, p + 24);
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    let localOffset = u32(bytes, p + 42);
    if (nameLength < 0 || extraLength < 0 || commentLength < 0 || localOffset < 0) {
      directory.damaged = true;
      break;
    }
    const nameStart = p + 46;
    const extraStart = nameStart + nameLength;
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || localOffset === 0xffffffff) {
      const z = readZip64Extra(bytes, extraStart, extraStart + extraLength, declaredSize === 0xffffffff, compressedSize === 0xffffffff, localOffset === 0xffffffff);
      if (z.size >= 0) declaredSize = z.size;
      if (z.compressed >= 0) compressedSize = z.compressed;
      if (z.offset >= 0) localOffset = z.offset;
    }
    const name = decodeName(bytes, nameStart, extraStart, (flags & 0x800) !== 0);
    const dataStart = localDataStart(bytes, localOffset);
    // The directory and the local header must agree on the name (a changed name hides a part) and
    // on how the data is stored (a changed method or size reads it as something else, or nothing).
    if (dataStart < 0 || !sameName(bytes, nameStart, nameLength, localOffset) || !sameStorage(bytes, p, localOffset)) directory.damaged = true;
    directory.entries.push({
      name,
      method,
      encrypted: (flags & 1) !== 0 || method === 99,
      compressedSize,
      declaredSize,
      headerStart: localOffset,
      dataStart,
      dataEnd: dataStart < 0 ? -1 : Math.min(bytes.length, dataStart + compressedSize),
      crc: u32(bytes, p + 16),
    });
    p = extraStart + extraLength + commentLength;
  }
  if (directory.entries.length === 0 && u16(bytes, end + 10) > 0) return null;
  // A directory that stops before its end record, or holds fewer entries than the record says, lost some.
  const stoppedShort = p < end && u32(bytes, p) !== ZIP64_END_SIG && u32(bytes, p) !== SIGNATURE_SIG;
  if (!capped && (stoppedShort || (count !== 0xffff && directory.entries.length < count))) directory.damaged = true;
  return directory;
}

function sameName(bytes: Uint8Array, nameStart: number, nameLength: number, localOffset: number): boolean {
  if (u16(bytes, localOffset + 26) !== nameLength) return false;
  for (let i = 0; i < nameLength; i++) if (bytes[nameStart + i] !== bytes[localOffset + 30 + i]) return false;
  return true;
}

/** Method, and CRC and compressed size when the local header carries them (not deferred to a data descriptor, not zip64). */
function sameStorage(bytes: Uint8Array, central: number, local: number): boolean {
  if (u16(bytes, local + 8) !== u16(bytes, central + 10)) return false;
  if (u16(bytes, local + 6) & 8) return true;
  if (u32(bytes, local + 14) !== u32(bytes, central + 16)) return false;
  const size = u32(bytes, local + 18);
  return size === 0xffffffff || u32(bytes, central + 20) === 0xffffffff || size === u32(bytes, central + 20);
}

function readZip64Extra(bytes: Uint8Array, start: number, end: number, wantSize: boolean, wantCompressed: boolean, wantOffset: boolean) {
  const out = { size: -1, compressed: -1, offset: -1 };
  let p = start;
  while (p + 4 <= end) {
    const id = u16(bytes, p);
    const length = u16(bytes, p + 2);
    if (id === 1) {
      let q = p + 4;
      if (wantSize) {
        out.size = u64(bytes, q);
        q += 8;
      }
      if (wantCompressed) {
        out.compressed = u64(bytes, q);
        q += 8;
      }
      if (wantOffset) out.offset = u64(bytes, q);
      break;
    }
    p += 4 + length;
  }
  return out;
}

/**
 * Fallback for a missing or broken central directory: walk local headers from the start, as unzip
 * and LibreOffice do. An entry with a data descriptor (sizes unknown up front) ends at the
 * descriptor whose compressed size matches; failing that, at the next header signature.
 */
function readLocalHeaders(bytes: Uint8Array, maxEntries: number, path: string): ZipDirectory {
  const directory: ZipDirectory = { entries: [], problems: [], broken: false };
  let p = 0;
  while (p + 30 <= bytes.length) {
    if (u32(bytes, p) !== LOCAL_SIG) {
      const next = nextSignature(bytes, p + 1);
      if (next < 0) break;
      p = next;
      continue;
    }
    if (directory.entries.length >= maxEntries) {
      directory.problems.push(unscannable(path, 'too-many-entries'));
      break;
    }
    const flags = u16(bytes, p + 6);
    const method = u16(bytes, p + 8);
    const compressedSize = u32(bytes, p + 18);
    const declaredSize = u32(bytes, p + 22);
    const nameLength = u16(bytes, p + 26);
    const dataStart = localDataStart(bytes, p);
    if (dataStart < 0) break;
    let dataEnd: number;
    let crc = u32(bytes, p + 14);
    const descriptor = (flags & 8) !== 0 ? findDescriptor(bytes, dataStart) : null;
    if (descriptor) {
      dataEnd = descriptor.end;
      crc = descriptor.crc;
    } else if ((flags & 8) !== 0 || compressedSize === 0xffffffff || dataStart + compressedSize > bytes.length) {
      const next = nextSignature(bytes, dataStart);
      dataEnd = next < 0 ? bytes.length : next;
    } else {
      dataEnd = dataStart + compressedSize;
    }
    directory.entries.push({
      name: decodeName(bytes, p + 30, p + 30 + nameLength, (flags & 0x800) !== 0),
      method,
      encrypted: (flags & 1) !== 0 || method === 99,
      compressedSize: dataEnd - dataStart,
      declaredSize,
      headerStart: p,
      dataStart,
      dataEnd,
      crc,
    });
    p = Math.max(dataEnd, p + 30);
  }
  if (directory.entries.length === 0) directory.broken = true;
  // What the local headers give is read, but a file without its directory is cut short or damaged:
  // the rest may hold more, so say so.
  else directory.problems.push(unscannable(path, 'partly-read'));
  return directory;
}

/** Most header signatures passed over while looking for an entry's data descriptor (bounds a hostile file). */
const MAX_DESCRIPTOR_MISSES = 16;

/**
 * The data descriptor after an entry written with sizes unknown up front: a descriptor (with or
 * without its signature) whose compressed size is exactly the distance from the data's start.
 */
function findDescriptor(bytes: Uint8Array, dataStart: number): { end: number; crc: number } | null {
  let misses = 0;
  for (let q = dataStart; q + 4 <= bytes.length; q++) {
    if (bytes[q] !== 0x50 || bytes[q + 1] !== 0x4b) continue;
    const sig = u32(bytes, q);
    if (sig === DESCRIPTOR_SIG) {
      const size = q - dataStart;
      if (u32(bytes, q + 8) === size || u64(bytes, q + 8) === size) return { end: q, crc: u32(bytes, q + 4) };
    } else if (sig === LOCAL_SIG || sig === CENTRAL_SIG) {
      // No descriptor signature: crc and sizes sit right before the next header (12 bytes, or 20 in zip64).
      for (const length of [12, 20]) {
        const d = q - length;
        if (d >= dataStart && (length === 12 ? u32(bytes, d + 4) : u64(bytes, d + 4)) === d - dataStart) return { end: d, crc: u32(bytes, d) };
      }
    } else continue;
    if (++misses > MAX_DESCRIPTOR_MISSES) return null;
  }
  return null;
}

/** Next local or central header signature at or after `from`, or -1. */
function nextSignature(bytes: Uint8Array, from: number): number {
  for (let i = from; i + 4 <= bytes.length; i++) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && ((bytes[i + 2] === 3 && bytes[i + 3] === 4) || (bytes[i + 2] === 1 && bytes[i + 3] === 2))) return i;
  }
  return -1;
}

/**
 * Entries whose data overlaps another entry's are the overlapping-entry zip bomb (one compressed
 * kernel referenced many times) or a lying directory: read only the first, report the rest.
 */
function dropOverlaps(directory: ZipDirectory, path: string): void {
  const ranges = directory.entries
    .filter((e) => e.dataStart >= 0 && e.dataEnd > e.dataStart)
    .map((e) => ({ entry: e, start: e.headerStart, end: e.dataEnd }))
    .sort((a, b) => a.start - b.start);
  const dropped = new Set<ZipEntry>();
  let reach = -1;
  for (const r of ranges) {
    if (r.start < reach) dropped.add(r.entry);
    else reach = r.end;
  }
  if (dropped.size === 0) return;
  directory.entries = directory.entries.filter((e) => !dropped.has(e));
  directory.problems.push(unscannable(path, 'expansion-ratio'));
}

export interface EntryData {
  bytes: Uint8Array;
  /** Set when reading stopped early: the reason; `bytes` then holds what was read before. */
  cut?: 'too-large' | 'expansion-ratio' | 'time-out' | 'corrupt';
}

/**
 * Reads one entry's bytes, inflating under the caps: the per-file byte cap, the message's running
 * total (budget.usedBytes) and the expansion ratio (output so far against input so far), all
 * measured on real output, never on declared sizes.
 */
export function readZipEntry(archive: Uint8Array, entry: ZipEntry, ctx: ExtractContext): EntryData {
  const limits = ctx.budget.limits;
  if (entry.dataStart < 0 || entry.dataEnd < entry.dataStart) return { bytes: new Uint8Array(0), cut: 'corrupt' };
  const data = archive.subarray(entry.dataStart, entry.dataEnd);
  const used = ctx.budget.usedBytes || 0;
  const cap = Math.max(0, Math.min(limits.attachmentBytes, limits.totalBytes - used));
  if (entry.method === 0) {
    const bytes = data.length > cap ? data.subarray(0, cap) : data;
    ctx.budget.usedBytes = used + bytes.length;
    if (data.length > cap) return { bytes, cut: 'too-large' };
    return entry.crc !== 0 && crc32(bytes) !== entry.crc ? { bytes, cut: 'corrupt' } : { bytes };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  let crc = 0;
  const inflater = new Inflate((chunk) => {
    if (over) return;
    if (total + chunk.length > cap) {
      chunks.push(chunk.subarray(0, cap - total));
      total = cap;
      over = true;
      return;
    }
    chunks.push(chunk);
    crc = crc32(chunk, crc);
    total += chunk.length;
  });
  let cut: EntryData['cut'];
  try {
    let p = 0;
    while (p < data.length) {
      if (timeUp(ctx)) {
        cut = 'time-out';
        break;
      }
      // Feed little enough that one push cannot inflate far past the cap (deflate tops out near 1032:1).
      const room = cap - total;
      const step = Math.max(1024, Math.min(65536, Math.floor(room / 1032)));
      const end = Math.min(data.length, p + step);
      // Never 'final' with data: a stream cut short then throws after handing out what it had.
      inflater.push(data.subarray(p, end), false);
      p = end;
      if (over) {
        cut = 'too-large';
        break;
      }
      // The ratio is judged on what came out of what went in so far: a bomb shows itself early.
      if (total > RATIO_FLOOR_BYTES && total > limits.expansionRatio * p) {
        cut = 'expansion-ratio';
        break;
      }
    }
    if (!cut) inflater.push(new Uint8Array(0), true);
  } catch {
    cut = 'corrupt';
  }
  // A damaged stream can inflate without an error into other bytes: the CRC tells.
  if (!cut && entry.crc !== 0 && crc !== entry.crc) cut = 'corrupt';
  ctx.budget.usedBytes = used + total;
  return { bytes: concatBytes(chunks), cut };
}

/** Checks an entry before reading: encrypted and unsupported methods become problems. */
export function entryProblem(entry: ZipEntry, path: string): ExtractProblem | null {
  if (entry.encrypted) return encrypted(path);
  if (entry.method !== 0 && entry.method !== 8) return unscannable(path, KNOWN_METHODS.indexOf(entry.method) >= 0 ? 'unknown-format' : 'corrupt');
  if (entry.dataStart < 0) return unscannable(path, 'corrupt');
  return null;
}

/** Counts entries against the session's cap (all archives of one attachment together). */
export function takeEntry(ctx: ExtractContext): boolean {
  const session = sessionOf(ctx);
  if (session.entries >= ctx.budget.limits.archiveEntries) return false;
  session.entries++;
  return true;
}

/** A plain .zip: every file entry goes back through the dispatcher, one level deeper. */
export function extractZip(bytes: Uint8Array, ctx: ExtractContext, directory = readZipDirectory(bytes, ctx.budget.limits.archiveEntries, ctx.path)): ExtractResult {
  const result = emptyResult();
  mergeInto(result, { texts: [], problems: directory.problems });
  if (directory.broken) {
    result.problems.push(unscannable(ctx.path, 'corrupt'));
    return result;
  }
  let encryptedReported = false;
  let archiveOutput = 0;
  const archiveCap = Math.max(ctx.budget.limits.expansionRatio * bytes.length, RATIO_FLOOR_BYTES);
  for (const entry of directory.entries) {
    if (entry.name.endsWith('/')) continue;
    const entryPath = joinPath(ctx.path, entry.name);
    if (timeUp(ctx)) {
      result.problems.push(unscannable(ctx.path, 'time-out'));
      break;
    }
    if (!takeEntry(ctx)) {
      result.problems.push(unscannable(ctx.path, 'too-many-entries'));
      break;
    }
    // Below the depth cap nothing would be read: say so without inflating the entry.
    if (ctx.depth + 1 > ctx.budget.limits.archiveDepth) {
      result.problems.push(unscannable(entryPath, 'too-deep'));
      continue;
    }
    const problem = entryProblem(entry, entryPath);
    if (problem) {
      // A password-protected zip encrypts every entry: say so once for the archive.
      if (problem.detector === 'encrypted-attachment') {
        if (!encryptedReported) result.problems.push(encrypted(ctx.path));
        encryptedReported = true;
      } else {
        result.problems.push(problem);
      }
      continue;
    }
    const data = readZipEntry(bytes, entry, ctx);
    archiveOutput += data.bytes.length;
    if (data.cut) {
      result.problems.push(unscannable(data.cut === 'time-out' ? ctx.path : entryPath, data.cut));
      if (data.cut === 'time-out') break;
      // A damaged entry is still read as far as it goes: what it holds may be there.
      if (data.cut !== 'corrupt' || data.bytes.length === 0) continue;
    }
    if (archiveOutput > archiveCap) {
      result.problems.push(unscannable(ctx.path, 'expansion-ratio'));
      break;
    }
    mergeInto(result, ctx.nested(entry.name, data.bytes));
  }
  return result;
}
