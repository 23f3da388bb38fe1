/**
 * Anything else → an AES-256 zip holding the file (WinZip AE-2: PBKDF2-HMAC-SHA1 with 1000
 * iterations, AES-256-CTR with a little-endian counter, a 10-byte HMAC-SHA1 authentication code;
 * method 99 with the 0x9901 extra field, deflate inside). 7-Zip, WinZip, WinRAR, Keka and The
 * Unarchiver open it with the password.
 */
import { deflateSync } from 'fflate';
import { concatBytes, encodeUtf8 } from '../codec/bytes';
import { aesCtrLittleEndian } from '../crypto/aes';
import { hmac, pbkdf2, randomBytes } from './webcrypto';

const AES_256 = 3;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
const AUTH_CODE_BYTES = 10;
const DEFLATE = 8;
const STORE = 0;

/** DOS date and time of `when` (local time, two-second steps), as zip headers keep them. */
function dosDateTime(when: Date): { time: number; date: number } {
  const year = Math.max(1980, when.getFullYear());
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
  };
}

class Writer {
  private readonly parts: number[] = [];
  u16(n: number): this {
    this.parts.push(n & 0xff, (n >>> 8) & 0xff);
    return this;
  }
  u32(n: number): this {
    this.parts.push(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
    return this;
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

/** The AE-x extra field (0x9901): version 2, vendor "AE", AES-256, and the real compression method. */
function aesExtraField(method: number): Uint8Array {
  return concatBytes([new Writer().u16(0x9901).u16(7).u16(2).bytes(), Uint8Array.from([0x41, 0x45, AES_256]), new Writer().u16(method).bytes()]);
}

/**
 * A zip with one entry, `innerName`, holding `data`, encrypted for `password`. `now` sets the
 * entry's date (tests pass a fixed one).
 */
export async function encryptZip(innerName: string, data: Uint8Array, password: string, now = new Date()): Promise<Uint8Array> {
  const deflated = deflateSync(data, { level: 6 });
  const method = deflated.length < data.length ? DEFLATE : STORE;
  const payload = method === DEFLATE ? deflated : data;

  const salt = randomBytes(SALT_BYTES);
  const derived = await pbkdf2('SHA-1', encodeUtf8(password), salt, 1000, 2 * KEY_BYTES + 2);
  const encrypted = aesCtrLittleEndian(derived.subarray(0, KEY_BYTES), payload);
  const authCode = (await hmac('SHA-1', derived.subarray(KEY_BYTES, 2 * KEY_BYTES), encrypted)).subarray(0, AUTH_CODE_BYTES);
  const body = concatBytes([salt, derived.subarray(2 * KEY_BYTES), encrypted, authCode]);

  const name = encodeUtf8(innerName);
  const extra = aesExtraField(method);
  const { time, date } = dosDateTime(now);
  // Bit 0: encrypted; bit 11: the name is UTF-8. AE-2 stores no CRC (the HMAC authenticates instead).
  const flags = 0x0001 | 0x0800;
  const local = new Writer().u32(0x04034b50).u16(51).u16(flags).u16(99).u16(time).u16(date).u32(0).u32(body.length).u32(data.length).u16(name.length).u16(extra.length).bytes();
  const central = new Writer()
    .u32(0x02014b50)
    .u16(51) // made by: MS-DOS, spec 5.1
    .u16(51)
    .u16(flags)
    .u16(99)
    .u16(time)
    .u16(date)
    .u32(0)
    .u32(body.length)
    .u32(data.length)
    .u16(name.length)
    .u16(extra.length)
    .u16(0) // comment
    .u16(0) // disk
    .u16(0) // internal attributes
    .u32(0) // external attributes
    .u32(0) // offset of the local header
    .bytes();
  const localPart = concatBytes([local, name, extra, body]);
  const centralPart = concatBytes([central, name, extra]);
  const end = new Writer().u32(0x06054b50).u16(0).u16(0).u16(1).u16(1).u32(centralPart.length).u32(localPart.length).u16(0).bytes();
  return concatBytes([localPart, centralPart, end]);
}
