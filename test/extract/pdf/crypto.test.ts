/** The security handler's primitives against Node's crypto (tests may use Node; the add-in may not). */
import * as crypto from 'crypto';
import { aesCbcDecrypt, aesCbcEncrypt } from '../../../src/crypto/aes';
import { md5 } from '../../../src/crypto/md5';
import { rc4 } from '../../../src/crypto/rc4';
import { sha256, sha384, sha512 } from '../../../src/crypto/sha2';
import { seeded } from './helpers';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const random = seeded(7);
const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));

describe('PDF crypto primitives', () => {
  it.each([0, 1, 55, 56, 63, 64, 111, 112, 127, 128, 1000])('hashes of %i bytes match Node', (n) => {
    const data = bytes(n);
    expect(hex(md5(data))).toBe(crypto.createHash('md5').update(data).digest('hex'));
    expect(hex(sha256(data))).toBe(crypto.createHash('sha256').update(data).digest('hex'));
    expect(hex(sha384(data))).toBe(crypto.createHash('sha384').update(data).digest('hex'));
    expect(hex(sha512(data))).toBe(crypto.createHash('sha512').update(data).digest('hex'));
  });

  it('RC4 matches the published test vector (key "Key", "Plaintext")', () => {
    expect(hex(rc4(Buffer.from('Key'), Buffer.from('Plaintext')))).toBe('bbf316e8d940af0ad3');
  });

  it.each([16, 32])('AES-%i-byte-key CBC matches Node both ways, with PKCS#7 padding removed', (keyLength) => {
    const key = bytes(keyLength);
    const iv = bytes(16);
    const data = bytes(100);
    const cipher = crypto.createCipheriv(keyLength === 16 ? 'aes-128-cbc' : 'aes-256-cbc', key, iv);
    const encrypted = new Uint8Array(Buffer.concat([cipher.update(data), cipher.final()]));
    expect(hex(aesCbcDecrypt(key, iv, encrypted, true))).toBe(hex(data));
    const raw = crypto.createCipheriv(keyLength === 16 ? 'aes-128-cbc' : 'aes-256-cbc', key, iv).setAutoPadding(false);
    const block = data.subarray(0, 96);
    expect(hex(aesCbcEncrypt(key, iv, block))).toBe(Buffer.concat([raw.update(block), raw.final()]).toString('hex'));
  });
});
