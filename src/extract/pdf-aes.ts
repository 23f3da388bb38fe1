/**
 * AES-128/256 (FIPS 197) in CBC mode: decryption for AESV2/AESV3 encrypted PDFs, and the
 * encryption the revision 6 password hash needs. Byte-oriented with lookup tables: compact, and
 * fast enough for the streams we read.
 */

const SBOX = new Uint8Array(256);
const INV_SBOX = new Uint8Array(256);
const MUL = (a: number, b: number): number => {
  let p = 0;
  for (let i = 0; i < 8; i++) {
    if (b & 1) p ^= a;
    const high = a & 0x80;
    a = (a << 1) & 0xff;
    if (high) a ^= 0x1b;
    b >>= 1;
  }
  return p;
};
const M2 = new Uint8Array(256);
const M3 = new Uint8Array(256);
const M9 = new Uint8Array(256);
const M11 = new Uint8Array(256);
const M13 = new Uint8Array(256);
const M14 = new Uint8Array(256);
(() => {
  // S-box from the multiplicative inverse in GF(2^8) followed by the affine map.
  for (let x = 0; x < 256; x++) {
    let inv = 0;
    if (x !== 0) for (inv = 1; inv < 256 && MUL(x, inv) !== 1; inv++);
    let s = inv;
    let r = inv;
    for (let k = 0; k < 4; k++) {
      r = ((r << 1) | (r >> 7)) & 0xff;
      s ^= r;
    }
    s ^= 0x63;
    SBOX[x] = s;
    INV_SBOX[s] = x;
    M2[x] = MUL(x, 2);
    M3[x] = MUL(x, 3);
    M9[x] = MUL(x, 9);
    M11[x] = MUL(x, 11);
    M13[x] = MUL(x, 13);
    M14[x] = MUL(x, 14);
  }
})();

/** Round keys (4 * (rounds + 1) words as bytes) for a 16- or 32-byte key. */
function expandKey(key: Uint8Array): { w: Uint8Array; rounds: number } {
  const nk = key.length / 4;
  const rounds = nk + 6;
  const w = new Uint8Array(16 * (rounds + 1));
  w.set(key);
  let rcon = 1;
  for (let i = nk; i < 4 * (rounds + 1); i++) {
    let t0 = w[4 * i - 4];
    let t1 = w[4 * i - 3];
    let t2 = w[4 * i - 2];
    let t3 = w[4 * i - 1];
    if (i % nk === 0) {
      const tmp = t0;
      t0 = SBOX[t1] ^ rcon;
      t1 = SBOX[t2];
      t2 = SBOX[t3];
      t3 = SBOX[tmp];
      rcon = M2[rcon];
    } else if (nk > 6 && i % nk === 4) {
      t0 = SBOX[t0];
      t1 = SBOX[t1];
      t2 = SBOX[t2];
      t3 = SBOX[t3];
    }
    const p = 4 * (i - nk);
    w[4 * i] = w[p] ^ t0;
    w[4 * i + 1] = w[p + 1] ^ t1;
    w[4 * i + 2] = w[p + 2] ^ t2;
    w[4 * i + 3] = w[p + 3] ^ t3;
  }
  return { w, rounds };
}

function encryptBlock(s: Uint8Array, w: Uint8Array, rounds: number): void {
  for (let i = 0; i < 16; i++) s[i] ^= w[i];
  const t = new Uint8Array(16);
  for (let r = 1; r <= rounds; r++) {
    // SubBytes + ShiftRows into t (column-major state: index = 4 * column + row).
    for (let c = 0; c < 4; c++) for (let row = 0; row < 4; row++) t[4 * c + row] = SBOX[s[4 * ((c + row) & 3) + row]];
    if (r < rounds) {
      for (let c = 0; c < 4; c++) {
        const a0 = t[4 * c];
        const a1 = t[4 * c + 1];
        const a2 = t[4 * c + 2];
        const a3 = t[4 * c + 3];
        s[4 * c] = M2[a0] ^ M3[a1] ^ a2 ^ a3;
        s[4 * c + 1] = a0 ^ M2[a1] ^ M3[a2] ^ a3;
        s[4 * c + 2] = a0 ^ a1 ^ M2[a2] ^ M3[a3];
        s[4 * c + 3] = M3[a0] ^ a1 ^ a2 ^ M2[a3];
      }
    } else {
      s.set(t);
    }
    for (let i = 0; i < 16; i++) s[i] ^= w[16 * r + i];
  }
}

function decryptBlock(s: Uint8Array, w: Uint8Array, rounds: number): void {
  for (let i = 0; i < 16; i++) s[i] ^= w[16 * rounds + i];
  const t = new Uint8Array(16);
  for (let r = rounds - 1; r >= 0; r--) {
    // InvShiftRows + InvSubBytes, then AddRoundKey, then InvMixColumns (except the last round).
    for (let c = 0; c < 4; c++) for (let row = 0; row < 4; row++) t[4 * ((c + row) & 3) + row] = INV_SBOX[s[4 * c + row]];
    for (let i = 0; i < 16; i++) t[i] ^= w[16 * r + i];
    if (r > 0) {
      for (let c = 0; c < 4; c++) {
        const a0 = t[4 * c];
        const a1 = t[4 * c + 1];
        const a2 = t[4 * c + 2];
        const a3 = t[4 * c + 3];
        s[4 * c] = M14[a0] ^ M11[a1] ^ M13[a2] ^ M9[a3];
        s[4 * c + 1] = M9[a0] ^ M14[a1] ^ M11[a2] ^ M13[a3];
        s[4 * c + 2] = M13[a0] ^ M9[a1] ^ M14[a2] ^ M11[a3];
        s[4 * c + 3] = M11[a0] ^ M13[a1] ^ M9[a2] ^ M14[a3];
      }
    } else {
      s.set(t);
    }
  }
}

/** AES-CBC encryption without padding (the input length is a multiple of 16). */
export function aesCbcEncrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const { w, rounds } = expandKey(key);
  const out = new Uint8Array(data.length - (data.length % 16));
  const block = new Uint8Array(16);
  let previous = iv;
  for (let at = 0; at < out.length; at += 16) {
    for (let i = 0; i < 16; i++) block[i] = data[at + i] ^ previous[i];
    encryptBlock(block, w, rounds);
    out.set(block, at);
    previous = out.subarray(at, at + 16);
  }
  return out;
}

/** AES-CBC decryption. With `unpad`, a valid PKCS#7 padding is removed (an invalid one is kept, as readers do). */
export function aesCbcDecrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array, unpad: boolean): Uint8Array {
  const { w, rounds } = expandKey(key);
  const length = data.length - (data.length % 16);
  const out = new Uint8Array(length);
  const block = new Uint8Array(16);
  for (let at = 0; at < length; at += 16) {
    block.set(data.subarray(at, at + 16));
    decryptBlock(block, w, rounds);
    for (let i = 0; i < 16; i++) out[at + i] = block[i] ^ (at === 0 ? iv[i] : data[at - 16 + i]);
  }
  if (unpad && length > 0) {
    const pad = out[length - 1];
    if (pad >= 1 && pad <= 16) return out.subarray(0, length - pad);
  }
  return out;
}
