/**
 * The standard security handler with the empty user password: a PDF that opens without a
 * password (an owner password only restricts printing/copying) is still read. RC4 40-128 bit
 * (R2-R4), AES-128 (AESV2) and AES-256 (R5/R6, AESV3). A PDF that needs a user password to open
 * cannot be read: the caller reports it as encrypted.
 */
import { concatBytes } from '../../codec/bytes';
import { aesCbcDecrypt, aesCbcEncrypt } from '../../crypto/aes';
import { md5 } from '../../crypto/md5';
import { PdfDict, PdfName, PdfString, type PdfObject } from './objects';
import { rc4 } from '../../crypto/rc4';
import { sha256, sha384, sha512 } from '../../crypto/sha2';

const PADDING = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c,
  0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

type Method = 'none' | 'rc4' | 'aes128' | 'aes256';

/** Derived AES-256 file keys by their /U and /UE (null: needs a user password), newest last. */
const R6_KEYS = new Map<string, Uint8Array | null>();

function remember(memoKey: string, key: Uint8Array | null): void {
  if (R6_KEYS.size >= 16) R6_KEYS.delete(R6_KEYS.keys().next().value as string);
  R6_KEYS.set(memoKey, key);
}

function hexOf(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  return out;
}

export class EncryptedError extends Error {}

function bytesOf(obj: PdfObject | undefined): Uint8Array {
  return obj instanceof PdfString ? obj.bytes : new Uint8Array(0);
}

function equalPrefix(a: Uint8Array, b: Uint8Array, length: number): boolean {
  if (a.length < length || b.length < length) return false;
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Revision 6 hash (ISO 32000-2, algorithm 2.B); revision 5 is the plain SHA-256 of its input. */
function hashR6(password: Uint8Array, salt: Uint8Array, userKey: Uint8Array, revision: number): Uint8Array {
  let k = sha256(concatBytes([password, salt, userKey]));
  if (revision < 6) return k;
  for (let round = 0; ; round++) {
    const unit = concatBytes([password, k, userKey]);
    const k1 = new Uint8Array(unit.length * 64);
    for (let i = 0; i < 64; i++) k1.set(unit, i * unit.length);
    const e = aesCbcEncrypt(k.subarray(0, 16), k.subarray(16, 32), k1);
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += e[i];
    const mod = sum % 3;
    k = mod === 0 ? sha256(e) : mod === 1 ? sha384(e) : sha512(e);
    if (round >= 63 && e[e.length - 1] <= round + 1 - 32) break;
    if (round > 2000) break;
  }
  return k.subarray(0, 32);
}

export class SecurityHandler {
  private readonly key: Uint8Array;
  private readonly stringMethod: Method;
  private readonly streamMethod: Method;

  /** Throws EncryptedError when the file needs a user password or uses a handler we do not know. */
  constructor(encrypt: PdfDict, firstId: Uint8Array, resolve: (o: PdfObject | undefined) => PdfObject | undefined) {
    const get = (d: PdfDict, k: string) => resolve(d.get(k));
    const filter = get(encrypt, 'Filter');
    if (!(filter instanceof PdfName) || filter.name !== 'Standard') throw new EncryptedError('handler');
    const version = Number(get(encrypt, 'V')) || 0;
    const revision = Number(get(encrypt, 'R')) || 0;
    const o = bytesOf(get(encrypt, 'O'));
    const u = bytesOf(get(encrypt, 'U'));
    let method: Method = 'rc4';
    let stringMethod: Method = 'rc4';
    let streamMethod: Method = 'rc4';
    let length = Number(get(encrypt, 'Length')) || 40;
    if (version >= 4) {
      const filters = get(encrypt, 'CF');
      const methodOf = (name: PdfObject | undefined): Method => {
        if (!(name instanceof PdfName) || name.name === 'Identity') return 'none';
        const cf = filters instanceof PdfDict ? resolve(filters.get(name.name)) : undefined;
        const cfm = cf instanceof PdfDict ? resolve(cf.get('CFM')) : undefined;
        if (cf instanceof PdfDict) {
          const cfLength = Number(resolve(cf.get('Length')));
          if (cfLength) length = cfLength <= 32 ? cfLength * 8 : cfLength;
        }
        if (!(cfm instanceof PdfName) || cfm.name === 'None') return 'none';
        if (cfm.name === 'V2') return 'rc4';
        if (cfm.name === 'AESV2') return 'aes128';
        if (cfm.name === 'AESV3') return 'aes256';
        throw new EncryptedError('crypt filter');
      };
      streamMethod = methodOf(get(encrypt, 'StmF'));
      stringMethod = methodOf(get(encrypt, 'StrF'));
      method = streamMethod !== 'none' ? streamMethod : stringMethod;
    }
    this.stringMethod = stringMethod;
    this.streamMethod = streamMethod;
    if (revision >= 5 || method === 'aes256') {
      // The revision 6 hash is slow on purpose; Send pressed again re-reads the same attachment.
      const memoKey = [revision, hexOf(u), hexOf(bytesOf(get(encrypt, 'UE')))].join(':');
      const known = R6_KEYS.get(memoKey);
      if (known === null) throw new EncryptedError('user password');
      if (known) {
        this.key = known;
        return;
      }
      try {
        this.key = this.keyR6(encrypt, u, revision, resolve);
      } catch (e) {
        if (e instanceof EncryptedError) remember(memoKey, null);
        throw e;
      }
      remember(memoKey, this.key);
      return;
    }
    if (revision < 2 || revision > 4) throw new EncryptedError('revision');
    const n = revision === 2 ? 5 : Math.max(5, Math.min(16, Math.floor(length / 8)));
    const p = Number(get(encrypt, 'P')) | 0;
    const encryptMetadata = get(encrypt, 'EncryptMetadata') !== false;
    let hash = md5(
      concatBytes([
        PADDING,
        o.subarray(0, 32),
        Uint8Array.from([p & 0xff, (p >> 8) & 0xff, (p >> 16) & 0xff, (p >>> 24) & 0xff]),
        firstId,
        revision >= 4 && !encryptMetadata ? Uint8Array.from([255, 255, 255, 255]) : new Uint8Array(0),
      ]),
    );
    if (revision >= 3) for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, n));
    const key = hash.slice(0, n);
    // Check the empty user password against /U (algorithms 4 and 5).
    if (revision === 2) {
      if (!equalPrefix(rc4(key, PADDING), u, 32)) throw new EncryptedError('user password');
    } else {
      let check = rc4(key, md5(concatBytes([PADDING, firstId])));
      for (let i = 1; i <= 19; i++) {
        const k = new Uint8Array(key.length);
        for (let j = 0; j < key.length; j++) k[j] = key[j] ^ i;
        check = rc4(k, check);
      }
      if (!equalPrefix(check, u, 16)) throw new EncryptedError('user password');
    }
    this.key = key;
  }

  private keyR6(encrypt: PdfDict, u: Uint8Array, revision: number, resolve: (o: PdfObject | undefined) => PdfObject | undefined): Uint8Array {
    const ue = bytesOf(resolve(encrypt.get('UE')));
    if (u.length < 48 || ue.length < 32) throw new EncryptedError('keys');
    const empty = new Uint8Array(0);
    const check = hashR6(empty, u.subarray(32, 40), empty, revision);
    if (!equalPrefix(check, u, 32)) throw new EncryptedError('user password');
    const intermediate = hashR6(empty, u.subarray(40, 48), empty, revision);
    return aesCbcDecrypt(intermediate, new Uint8Array(16), ue.subarray(0, 32), false);
  }

  private objectKey(num: number, gen: number, method: Method): Uint8Array {
    if (method === 'aes256') return this.key;
    const extra = [num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, (gen >> 8) & 0xff];
    const salt = method === 'aes128' ? [0x73, 0x41, 0x6c, 0x54] : [];
    const hash = md5(concatBytes([this.key, Uint8Array.from(extra), Uint8Array.from(salt)]));
    return hash.subarray(0, Math.min(this.key.length + 5, 16));
  }

  private decrypt(data: Uint8Array, num: number, gen: number, method: Method): Uint8Array {
    if (method === 'none') return data;
    const key = this.objectKey(num, gen, method);
    if (method === 'rc4') return rc4(key, data);
    if (data.length < 32) return new Uint8Array(0);
    return aesCbcDecrypt(key, data.subarray(0, 16), data.subarray(16), true);
  }

  decryptString(data: Uint8Array, num: number, gen: number): Uint8Array {
    return this.decrypt(data, num, gen, this.stringMethod);
  }

  decryptStream(data: Uint8Array, num: number, gen: number): Uint8Array {
    return this.decrypt(data, num, gen, this.streamMethod);
  }
}
