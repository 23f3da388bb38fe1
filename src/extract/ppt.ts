/**
 * PowerPoint 97-2003 (.ppt) text: the "PowerPoint Document" stream is a tree of records ([MS-PPT]
 * 2.3.1: recVer/recInstance/recType/recLen). We walk every record in stream order and keep the text
 * atoms (TextCharsAtom UTF-16, TextBytesAtom 8-bit) and the CString atoms that hold user text
 * (comments, footers, hyperlinks), from slides, notes, masters and the outline. Walking the records
 * rather than following the persist directory also reads text an incremental save left behind, and
 * survives a broken directory; where the tree itself is broken, the rest of the stream is searched
 * for text atoms and the file is reported as damaged.
 */
import { decodeWindows1252 } from './bytes';
import type { CompoundFile } from './cfb';

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
const CRYPT_SESSION_CONTAINER = 0x2f14;
/** CurrentUserAtom.headerToken of an encrypted file ([MS-PPT] 2.3.2); 0xE391C05F when not. */
const ENCRYPTED_TOKEN = 0xf3d1c4df;
const MAX_DEPTH = 32;
const CLOCK_EVERY = 4096;

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

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
  const entry = file.find('PowerPoint Document');
  if (!entry || entry.kind !== 'stream') return { problem: 'unknown-format' };
  if (isEncrypted(file)) return { problem: 'encrypted' };
  const stream = file.read(entry);
  if (stream.length < 8) return { problem: 'corrupt' };

  const parts: string[] = [];
  let chars = 0;
  let slideChars = 0;
  let truncated = false;
  let damaged = false;
  let encrypted = false;
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

  /** Walks the records in [start, end); returns the offset where the tree broke, or -1. */
  const walk = (start: number, end: number, depth: number, master: boolean, parentType: number): number => {
    let at = start;
    while (at + 8 <= end && !truncated) {
      if (++ticks % CLOCK_EVERY === 0) checkClock();
      const verInstance = u16(stream, at);
      const recVer = verInstance & 0x0f;
      const instance = verInstance >> 4;
      const type = u16(stream, at + 2);
      const length = u32(stream, at + 4);
      const body = at + 8;
      if (length > end - body) return at;
      if (type === CRYPT_SESSION_CONTAINER) {
        encrypted = true;
        return -1;
      }
      if (recVer === 0x0f) {
        if (depth >= MAX_DEPTH) return at;
        const inMaster =
          master ||
          type === MAIN_MASTER_CONTAINER ||
          type === HANDOUT_CONTAINER ||
          (type === SLIDE_LIST_WITH_TEXT && instance === 1) ||
          (type === NOTES_CONTAINER && isNotesMaster(stream, body, body + length));
        const broke = walk(body, body + length, depth + 1, inMaster, type);
        if (broke >= 0) return broke;
      } else if (type === TEXT_CHARS_ATOM || type === TEXT_BYTES_ATOM) {
        add(atomText(type, body, body + length), master);
      } else if (type === CSTRING) {
        // A tag's name (___PPT10, ...) is the program's, not the user's; its value may be text.
        const tagName = (parentType === PROG_STRING_TAG || parentType === PROG_BINARY_TAG) && instance === 0;
        if (!tagName) add(utf16(stream, body, body + length), master);
      }
      at = body + length;
    }
    return -1;
  };

  const broke = walk(0, stream.length, 0, false, 0);
  if (encrypted) return { problem: 'encrypted' };
  if (broke >= 0 && !truncated) {
    damaged = true;
    searchTextAtoms(stream, broke, (type, start, end) => add(atomText(type, start, end), false), () => {
      if (++ticks % CLOCK_EVERY === 0) checkClock();
      return truncated;
    });
  }
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

/**
 * After a break in the record tree: finds text atoms by their headers (version 0, instance 0, a
 * text type, a length that fits) and their content (no NUL characters, as the spec requires).
 */
function searchTextAtoms(stream: Uint8Array, from: number, found: (type: number, start: number, end: number) => void, stop: () => boolean): void {
  let at = from;
  while (at + 8 <= stream.length) {
    if (stop()) return;
    const type = u16(stream, at + 2);
    if (stream[at] === 0 && stream[at + 1] === 0 && (type === TEXT_CHARS_ATOM || type === TEXT_BYTES_ATOM)) {
      const length = u32(stream, at + 4);
      const start = at + 8;
      if (length > 0 && length <= stream.length - start && (type === TEXT_BYTES_ATOM || length % 2 === 0) && noNul(stream, start, start + length, type === TEXT_CHARS_ATOM)) {
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
