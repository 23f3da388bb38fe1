/**
 * PowerPoint 97-2003 (.ppt) text: the "PowerPoint Document" stream is a tree of records ([MS-PPT]
 * 2.3.1: recVer/recInstance/recType/recLen). We walk every record in stream order and keep the text
 * atoms (TextCharsAtom UTF-16, TextBytesAtom 8-bit) and the CString atoms that hold user text
 * (comments, footers, hyperlinks), from slides, notes, masters and the outline. Walking the records
 * rather than following the persist directory also reads text an incremental save left behind, and
 * survives a broken directory. Bytes between records and containers whose insides are not records
 * are searched for text atoms; a document record cut short (a truncated or damaged file) is
 * reported as damaged, with the rest of the stream searched.
 */
import { decodeWindows1252 } from '../../codec/bytes';
import type { CompoundFile } from './cfb';
import { u16, u32 } from '../binary';

export type PresentationResult =
  | {
      text: string;
      /** Characters that came from slides and notes (not from masters): 0 means nothing a reader sees. */
      slideChars: number;
      truncated: boolean;
      /** The record tree was broken somewhere: what follows the break was searched for, not walked. */
      damaged: boolean;
    }
  | { problem: 'encrypted' | 'corrupt' | 'unknown-format' };

const TEXT_CHARS_ATOM = 0x0fa0;
const TEXT_BYTES_ATOM = 0x0fa8;
const CSTRING = 0x0fba;
const MAIN_MASTER_CONTAINER = 0x03f8;
const NOTES_CONTAINER = 0x03f0;
const NOTES_ATOM = 0x03f1;
const HANDOUT_CONTAINER = 0x0fc9;
const SLIDE_LIST_WITH_TEXT = 0x0ff0;
const PROG_STRING_TAG = 0x1389;
const PROG_BINARY_TAG = 0x138a;
/** Its data is itself records (comments, and more, of PowerPoint 2002 and later). */
const BINARY_TAG_DATA_BLOB = 0x138b;
const CRYPT_SESSION_CONTAINER = 0x2f14;
/** CurrentUserAtom.headerToken of an encrypted file ([MS-PPT] 2.3.2); 0xE391C05F when not. */
const ENCRYPTED_TOKEN = 0xf3d1c4df;
const MAX_DEPTH = 32;
const CLOCK_EVERY = 4096;

/** A .ppt holds these two streams; the dispatcher asks before choosing this reader. */
export function looksLikePresentation(file: CompoundFile): boolean {
  return !!file.find('PowerPoint Document');
}

/** Password-protected: the Current User token says so, or the encrypted summary stream is there. */
function isEncrypted(file: CompoundFile): boolean {
  if (file.find('EncryptedSummary')) return true;
  const user = file.find('Current User');
  if (!user || user.kind !== 'stream' || user.size < 16 || user.size > 4096) return false;
  try {
    return u32(file.read(user), 12) === ENCRYPTED_TOKEN;
  } catch {
    return false; // a broken Current User stream does not stop us reading the slides
  }
}

/** PowerPoint 95: its Current User stream is not the 97 atom (20 bytes and more), and it keeps a plain-text copy. */
function isPowerPoint95(file: CompoundFile): boolean {
  const user = file.find('Current User');
  const text = file.find('Text_Content');
  return !!text && text.kind === 'stream' && (!user || user.size < 20);
}

/** The Text_Content stream of a PowerPoint 95 file: all slide text, 8-bit (Windows-1252), CR between paragraphs. */
function readTextContent(file: CompoundFile, maxChars: number): PresentationResult {
  const bytes = file.read(file.find('Text_Content') as NonNullable<ReturnType<CompoundFile['find']>>);
  let text = cleanText(decodeWindows1252(bytes));
  const truncated = text.length > maxChars;
  if (truncated) text = text.slice(0, maxChars);
  return { text, slideChars: text.replace(/\s+/g, '').length, truncated, damaged: false };
}

/** One text atom's characters, line breaks as '\n' (PowerPoint ends paragraphs with CR and soft breaks with VT). */
function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex -- turning control characters into breaks and spaces is the point
  return text.replace(/[\r\u000b]/g, '\n').replace(/[\u0000-\u0008\u000c\u000e-\u001f]/g, ' ');
}

/**
 * Reads the text of a .ppt compound file. Never throws on broken content (the compound file reader
 * may throw on broken sectors; the caller handles that): returns a problem instead.
 */
export function extractPresentationText(file: CompoundFile, maxChars: number, checkClock: () => void): PresentationResult {
  // PowerPoint 95 files saved for 97 keep the 97 stream in a storage of its own.
  const dual = file.find('PP97_DUALSTORAGE/PowerPoint Document');
  const entry = dual && dual.kind === 'stream' ? dual : file.find('PowerPoint Document');
  if (!entry || entry.kind !== 'stream') return { problem: 'unknown-format' };
  if (isEncrypted(file)) return { problem: 'encrypted' };
  if (!dual && isPowerPoint95(file)) return readTextContent(file, maxChars);
  const stream = file.read(entry);
  if (stream.length < 8) return { problem: 'corrupt' };

  const parts: string[] = [];
  let chars = 0;
  let slideChars = 0;
  let truncated = false;
  let damaged = false;
  let encrypted = false as boolean;
  let ticks = 0;

  const add = (text: string, master: boolean): void => {
    if (truncated || !text) return;
    let piece = cleanText(text) + '\n';
    if (chars + piece.length > maxChars) {
      piece = piece.slice(0, Math.max(0, maxChars - chars));
      truncated = true;
    }
    parts.push(piece);
    chars += piece.length;
    if (!master && /\S/.test(piece)) slideChars += piece.length;
  };

  const atomText = (type: number, start: number, end: number): string =>
    type === TEXT_BYTES_ATOM ? decodeWindows1252(stream, start, end) : utf16(stream, start, end);

  const search = (from: number, to: number): void =>
    searchTextAtoms(stream, from, to, (type, s0, s1) => add(atomText(type, s0, s1), false), () => {
      if (++ticks % CLOCK_EVERY === 0) checkClock();
      return truncated;
    });

  /**
   * Walks the records in [start, end). A container whose children do not fit it (PowerPoint 2007
   * writes some opaque data with the container version) is searched for text atoms instead.
   */
  const walk = (start: number, end: number, depth: number, master: boolean, parentType: number): void => {
    let at = start;
    while (at + 8 <= end && !truncated && !encrypted) {
      if (++ticks % CLOCK_EVERY === 0) checkClock();
      const verInstance = u16(stream, at);
      const recVer = verInstance & 0x0f;
      const instance = verInstance >> 4;
      const type = u16(stream, at + 2);
      const length = u32(stream, at + 4);
      const body = at + 8;
      if (type === CRYPT_SESSION_CONTAINER) {
        encrypted = true;
        return;
      }
      if (length > end - body) {
        if (depth > 0) return search(at, end);
        if (isTopLevelRecord(recVer, type)) {
          // A record of the document itself cut short: the file is damaged; the rest is searched.
          damaged = true;
          return search(at, end);
        }
        // Bytes between records (left by incremental saves): search them, go on at the next record.
        const next = nextTopLevelRecord(stream, at + 1);
        search(at, next);
        at = next;
        continue;
      }
      if (recVer === 0x0f || type === BINARY_TAG_DATA_BLOB) {
        if (depth >= MAX_DEPTH) {
          search(body, body + length);
        } else {
          const inMaster =
            master ||
            type === MAIN_MASTER_CONTAINER ||
            type === HANDOUT_CONTAINER ||
            (type === SLIDE_LIST_WITH_TEXT && instance === 1) ||
            (type === NOTES_CONTAINER && isNotesMaster(stream, body, body + length));
          walk(body, body + length, depth + 1, inMaster, type);
        }
      } else if (type === TEXT_CHARS_ATOM || type === TEXT_BYTES_ATOM) {
        add(atomText(type, body, body + length), master);
      } else if (type === CSTRING) {
        // A tag's name (___PPT10, ...) is the program's, not the user's; its value may be text.
        const tagName = (parentType === PROG_STRING_TAG || parentType === PROG_BINARY_TAG) && instance === 0;
        if (!tagName) add(utf16(stream, body, body + length), master);
      }
      at = body + length;
    }
  };

  walk(0, stream.length, 0, false, 0);
  if (encrypted) return { problem: 'encrypted' };
  return { text: parts.join(''), slideChars, truncated, damaged };
}

/**
 * The notes master is a NotesContainer too: its NotesAtom points at no slide (slide ids run from
 * 0x100 to 0x7FFFFFFF, [MS-PPT] 2.2.25).
 */
function isNotesMaster(stream: Uint8Array, start: number, end: number): boolean {
  if (start + 12 > end || u16(stream, start + 2) !== NOTES_ATOM) return false;
  const slide = u32(stream, start + 8);
  return slide < 0x100 || slide > 0x7fffffff;
}

/** Records that stand at the top of the stream ([MS-PPT] 2.1.2): the document, slides, notes, masters, OLE storage, edits. */
function isTopLevelRecord(recVer: number, type: number): boolean {
  if (recVer === 0x0f) return type === 0x03e8 || type === 0x03ee || type === NOTES_CONTAINER || type === MAIN_MASTER_CONTAINER || type === HANDOUT_CONTAINER;
  return recVer === 0 && (type === 0x0ff5 || type === 0x1772 || type === 0x1011);
}

/** The next offset from `from` where a top-level record starts and fits the stream (or the stream's end). */
function nextTopLevelRecord(stream: Uint8Array, from: number): number {
  for (let at = from; at + 8 <= stream.length; at++) {
    const type = u16(stream, at + 2);
    if ((type === 0x03e8 || type === 0x03ee || type === NOTES_CONTAINER || type === MAIN_MASTER_CONTAINER || type === HANDOUT_CONTAINER || type === 0x0ff5 || type === 0x1772 || type === 0x1011) && isTopLevelRecord(stream[at] & 0x0f, type) && u32(stream, at + 4) <= stream.length - at - 8) return at;
  }
  return stream.length;
}

/**
 * After a break in the record tree: finds text atoms by their headers (version 0, instance 0, a
 * text type, a length that fits) and their content (no NUL characters, as the spec requires).
 */
function searchTextAtoms(stream: Uint8Array, from: number, to: number, found: (type: number, start: number, end: number) => void, stop: () => boolean): void {
  let at = from;
  while (at + 8 <= to) {
    if (stop()) return;
    const type = u16(stream, at + 2);
    if (stream[at] === 0 && stream[at + 1] === 0 && (type === TEXT_CHARS_ATOM || type === TEXT_BYTES_ATOM)) {
      const length = u32(stream, at + 4);
      const start = at + 8;
      if (length > 0 && length <= to - start && (type === TEXT_BYTES_ATOM || length % 2 === 0) && noNul(stream, start, start + length, type === TEXT_CHARS_ATOM)) {
        found(type, start, start + length);
        at = start + length;
        continue;
      }
    }
    at++;
  }
}

function noNul(bytes: Uint8Array, start: number, end: number, wide: boolean): boolean {
  if (wide) {
    for (let i = start; i + 1 < end; i += 2) if (bytes[i] === 0 && bytes[i + 1] === 0) return false;
  } else {
    for (let i = start; i < end; i++) if (bytes[i] === 0) return false;
  }
  return true;
}

function utf16(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  const codes: number[] = [];
  for (let i = start; i + 1 < end; i += 2) {
    const code = u16(bytes, i);
    if (code === 0) break; // a NUL ends a PrintableUnicodeString
    codes.push(code);
    if (codes.length === 8192) {
      text += String.fromCharCode.apply(null, codes);
      codes.length = 0;
    }
  }
  return text + String.fromCharCode.apply(null, codes);
}
