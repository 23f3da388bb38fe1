/**
 * The platform's cryptography (WebCrypto: the task pane's browser, Node 20+) behind small
 * promise helpers, so the formats below read as their specifications do.
 */

function subtle(): SubtleCrypto {
  if (typeof crypto === 'undefined' || !crypto.subtle) throw new Error('This runtime has no WebCrypto (crypto.subtle): encryption is not available here.');
  return crypto.subtle;
}

/** WebCrypto wants ArrayBuffer-backed views; copy when a view is over something else. */
function buf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

/** Cryptographically strong random bytes (getRandomValues fills at most 65536 bytes per call). */
export function randomBytes(length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 65536) crypto.getRandomValues(out.subarray(i, Math.min(length, i + 65536)));
  return out;
}

export type HashName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export async function digest(hash: HashName, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest(hash, buf(data)));
}

export async function hmac(hash: HashName, key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const k = await subtle().importKey('raw', buf(key), { name: 'HMAC', hash }, false, ['sign']);
  return new Uint8Array(await subtle().sign('HMAC', k, buf(data)));
}

export async function pbkdf2(hash: HashName, password: Uint8Array, salt: Uint8Array, iterations: number, bytes: number): Promise<Uint8Array> {
  const k = await subtle().importKey('raw', buf(password), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await subtle().deriveBits({ name: 'PBKDF2', hash, salt: buf(salt), iterations }, k, bytes * 8));
}

/** An AES key ready for CBC encryption (import once, use for many objects or segments). */
export async function aesCbcKey(key: Uint8Array): Promise<CryptoKey> {
  return subtle().importKey('raw', buf(key), 'AES-CBC', false, ['encrypt']);
}

/** AES-CBC with PKCS#7 padding (what PDF strings and streams use). */
export async function aesCbcPadded(key: CryptoKey, iv: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().encrypt({ name: 'AES-CBC', iv: buf(iv) }, key, buf(data)));
}

/**
 * AES-CBC without padding, for data already a whole number of blocks: WebCrypto always pads, and
 * the padding block comes last, so the blocks before it are the unpadded ciphertext.
 */
export async function aesCbcNoPadding(key: CryptoKey, iv: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  if (data.length % 16 !== 0) throw new Error('AES-CBC without padding needs whole 16-byte blocks');
  const out = await aesCbcPadded(key, iv, data);
  return out.subarray(0, data.length);
}
