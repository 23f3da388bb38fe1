/** Byte-level helpers of the binary readers (compound files, .doc, .xls, .ppt, .msg, PDF, MIME). */
import { decodeWindows1252 } from '../codec/bytes';

/** Little-endian integers. */
export function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

export function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

/** Value of an ASCII hex digit (a character code), or -1. */
export function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/** The character of each byte value in Windows-1252 (U+FFFD where 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined). */
export const WINDOWS_1252 = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i));
