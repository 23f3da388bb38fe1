/**
 * Byte and text decoding without TextDecoder or atob: classic Outlook's JavaScript-only runtime
 * may have neither. Pure and allocation-light.
 */

const BASE64_VALUES = (() => {
  const table = new Int16Array(256).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  table['-'.charCodeAt(0)] = 62; // base64url
  table['_'.charCodeAt(0)] = 63;
  return table;
})();

/** Decodes base64 (standard or url-safe), skipping white space and anything else that is not in the alphabet. */
export function decodeBase64(input: string): Uint8Array {
  const out = new Uint8Array(Math.floor((input.length * 3) / 4) + 3);
  let buffer = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code === 61 /* = */) break;
    const value = code < 256 ? BASE64_VALUES[code] : -1;
    if (value < 0) continue;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += BASE64_ALPHABET[v >> 18] + BASE64_ALPHABET[(v >> 12) & 63] + BASE64_ALPHABET[(v >> 6) & 63] + BASE64_ALPHABET[v & 63];
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const v = (bytes[i] << 16) | (rest > 1 ? bytes[i + 1] << 8 : 0);
    out += BASE64_ALPHABET[v >> 18] + BASE64_ALPHABET[(v >> 12) & 63] + (rest > 1 ? BASE64_ALPHABET[(v >> 6) & 63] : '=') + '=';
  }
  return out;
}

/** Builds a string from UTF-16 code units in chunks (String.fromCharCode.apply has an argument limit). */
function fromCodeUnits(units: Uint16Array | number[], length: number): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < length; i += CHUNK) {
    const end = Math.min(length, i + CHUNK);
    // A typed subarray is array-like enough for apply (ES5.1) and avoids copying into an Array.
    const chunk = units instanceof Uint16Array ? units.subarray(i, end) : units.slice(i, end);
    out += String.fromCharCode.apply(null, chunk as unknown as number[]);
  }
  return out;
}

/**
 * A decoder the host may lend for large texts: the CLI lends Node's, which is many times faster than
 * building strings in JavaScript. The add-in's handler has none and uses the code below.
 */
export type NativeDecoder = (bytes: Uint8Array, encoding: 'utf8' | 'latin1') => string;
let nativeDecoder: NativeDecoder | undefined;

/** Lends (or, with undefined, takes back) a native decoder. */
export function useNativeDecoder(decoder: NativeDecoder | undefined): void {
  nativeDecoder = decoder;
}

/** Below this many bytes our own decoder is as quick. */
const NATIVE_FROM = 64 * 1024;

/** UTF-8 to string. Invalid sequences become U+FFFD; a BOM is dropped. */
export function decodeUtf8(bytes: Uint8Array): string {
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (nativeDecoder && bytes.length >= NATIVE_FROM) return nativeDecoder(bytes.subarray(i), 'utf8');
  const units = new Uint16Array(bytes.length);
  let n = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      units[n++] = b;
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
    } else {
      units[n++] = 0xfffd;
      i++;
      continue;
    }
    let k = 1;
    for (; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) break;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (k <= need) {
      // A cut-short sequence is one replacement character (as the WHATWG decoder does).
      units[n++] = 0xfffd;
      i += k;
      continue;
    }
    if ((need === 2 && cp < 0x800) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff)) {
      units[n++] = 0xfffd;
      i += need + 1;
      continue;
    }
    i += need + 1;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units[n++] = 0xd800 + (cp >> 10);
      units[n++] = 0xdc00 + (cp & 0x3ff);
    } else {
      units[n++] = cp;
    }
  }
  return fromCodeUnits(units, n);
}

/** True when the bytes are well-formed UTF-8 (used to tell UTF-8 from Windows-1252). */
export function isValidUtf8(bytes: Uint8Array, limit = bytes.length): boolean {
  const end = Math.min(limit, bytes.length);
  let i = 0;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return false;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return false;
      if ((bytes[i + k] & 0xc0) !== 0x80) return false;
    }
    i += need + 1;
  }
  return true;
}

/** UTF-16 (little or big endian) to string; a BOM is dropped. */
export function decodeUtf16(bytes: Uint8Array, littleEndian = true, start = 0, end = bytes.length): string {
  if (end - start >= 2) {
    if (bytes[start] === 0xff && bytes[start + 1] === 0xfe) {
      littleEndian = true;
      start += 2;
    } else if (bytes[start] === 0xfe && bytes[start + 1] === 0xff) {
      littleEndian = false;
      start += 2;
    }
  }
  const count = Math.floor((end - start) / 2);
  const units = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    const a = bytes[start + 2 * i];
    const b = bytes[start + 2 * i + 1];
    units[i] = littleEndian ? a | (b << 8) : (a << 8) | b;
  }
  return fromCodeUnits(units, count);
}

/** Windows-1252 bytes 0x80..0x9F; the rest is Latin-1. */
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

/** Windows-1252 (which is also what most "ISO-8859-1" labelled mail really is) to string. */
export function decodeWindows1252(bytes: Uint8Array, start = 0, end = bytes.length): string {
  if (nativeDecoder && end - start >= NATIVE_FROM && !hasC1(bytes, start, end)) return nativeDecoder(bytes.subarray(start, end), 'latin1');
  const units = new Uint16Array(Math.max(0, end - start));
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    units[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
  }
  return fromCodeUnits(units, units.length);
}

/** Any byte 0x80..0x9F, where Windows-1252 and Latin-1 differ? */
function hasC1(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] >= 0x80 && bytes[i] <= 0x9f) return true;
  return false;
}

/** ISO-8859-15 differs from Latin-1 in eight places (the euro sign among them). */
const LATIN9: Record<number, number> = { 0xa4: 0x20ac, 0xa6: 0x0160, 0xa8: 0x0161, 0xb4: 0x017d, 0xb8: 0x017e, 0xbc: 0x0152, 0xbd: 0x0153, 0xbe: 0x0178 };

/**
 * Decodes bytes in a named charset (MIME/HTML labels). Unknown labels fall back to sniffing:
 * UTF-8 when the bytes are valid UTF-8, else Windows-1252.
 */
export function decodeText(bytes: Uint8Array, charset?: string): string {
  const label = (charset || '').trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (label === 'utf-8' || label === 'utf8') return decodeUtf8(bytes);
  if (label === 'utf-16le' || label === 'utf-16' || label === 'unicode') return decodeUtf16(bytes, true);
  if (label === 'utf-16be') return decodeUtf16(bytes, false);
  if (label === 'iso-8859-15' || label === 'latin9' || label === 'latin-9') {
    const text = decodeWindows1252(bytes);
    let out = '';
    for (let i = 0; i < bytes.length; i++) out += LATIN9[bytes[i]] ? String.fromCharCode(LATIN9[bytes[i]]) : text[i];
    return out;
  }
  if (label === 'us-ascii' || label === 'ascii' || label === 'iso-8859-1' || label === 'latin1' || label === 'windows-1252' || label === 'cp1252') {
    return decodeWindows1252(bytes);
  }
  return sniffAndDecode(bytes);
}

/** Text file without a declared charset: BOM first, then UTF-16 by NUL pattern, then UTF-8 if valid, else Windows-1252. */
export function sniffAndDecode(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return decodeUtf16(bytes);
  }
  if (bytes.length >= 4) {
    // BOM-less UTF-16: ASCII text has a NUL in every other byte. Compared side against side, so a
    // damaged or zeroed header (a lost BOM) does not hide the pattern of the rest.
    let evenNul = 0;
    let oddNul = 0;
    const n = Math.min(bytes.length, 4096);
    for (let i = 0; i + 1 < n; i += 2) {
      if (bytes[i] === 0) evenNul++;
      if (bytes[i + 1] === 0) oddNul++;
    }
    const pairs = Math.floor(n / 2);
    if (oddNul > pairs * 0.3 && evenNul * 4 < oddNul) return decodeUtf16(bytes, true);
    if (evenNul > pairs * 0.3 && oddNul * 4 < evenNul) return decodeUtf16(bytes, false);
  }
  return isValidUtf8(bytes) ? decodeUtf8(bytes) : decodeWindows1252(bytes);
}

/** Latin-1 view of bytes (one char per byte): for scanning binary formats with string methods. */
export function bytesToLatin1(bytes: Uint8Array, start = 0, end = bytes.length): string {
  const units = new Uint16Array(Math.max(0, end - start));
  for (let i = start; i < end; i++) units[i - start] = bytes[i];
  return fromCodeUnits(units, units.length);
}

/** String to UTF-8 bytes. */
export function encodeUtf8(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}

/** Joins byte chunks into one array (the only chunk itself when there is one). */
export function concatBytes(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let total = 0;
  for (const c of chunks) total += c.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
