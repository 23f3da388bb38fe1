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
// Round tables: SubBytes + ShiftRows + MixColumns folded into word lookups (the classic T-table form).
const TE = [new Int32Array(256), new Int32Array(256), new Int32Array(256), new Int32Array(256)];
const TD = [new Int32Array(256), new Int32Array(256), new Int32Array(256), new Int32Array(256)];
let tablesBuilt = false;

/**
 * Fills the tables on the first key expansion, not at load: the S-box search costs milliseconds
 * in a fresh runtime, and the on-send handler starts on every compose change but rarely decrypts.
 */
function buildTables(): void {
  if (tablesBuilt) return;
  tablesBuilt = true;
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
  for (let x = 0; x < 256; x++) {
    const s = SBOX[x];
    const si = INV_SBOX[x];
    let e = (M2[s] << 24) | (s << 16) | (s << 8) | M3[s];
    let d = (M14[si] << 24) | (M9[si] << 16) | (M13[si] << 8) | M11[si];
    for (let k = 0; k < 4; k++) {
      TE[k][x] = e;
      TD[k][x] = d;
      e = (e >>> 8) | (e << 24);
      d = (d >>> 8) | (d << 24);
    }
  }
}

interface Schedule {
  enc: Int32Array;
  dec: Int32Array;
  rounds: number;
}

/** Encryption round keys, and decryption keys for the equivalent inverse cipher. */
function expandKey(key: Uint8Array): Schedule {
  buildTables();
  const nk = key.length / 4;
  const rounds = nk + 6;
  const total = 4 * (rounds + 1);
  const w = new Int32Array(total);
  for (let i = 0; i < nk; i++) w[i] = (key[4 * i] << 24) | (key[4 * i + 1] << 16) | (key[4 * i + 2] << 8) | key[4 * i + 3];
  let rcon = 1;
  for (let i = nk; i < total; i++) {
    let t = w[i - 1];
    if (i % nk === 0) {
      t = (SBOX[(t >>> 16) & 255] << 24) | (SBOX[(t >>> 8) & 255] << 16) | (SBOX[t & 255] << 8) | SBOX[t >>> 24];
      t ^= rcon << 24;
      rcon = M2[rcon];
    } else if (nk > 6 && i % nk === 4) {
      t = (SBOX[t >>> 24] << 24) | (SBOX[(t >>> 16) & 255] << 16) | (SBOX[(t >>> 8) & 255] << 8) | SBOX[t & 255];
    }
    w[i] = w[i - nk] ^ t;
  }
  const dec = new Int32Array(total);
  for (let r = 0; r <= rounds; r++) {
    for (let c = 0; c < 4; c++) {
      const t = w[4 * (rounds - r) + c];
      dec[4 * r + c] =
        r === 0 || r === rounds ? t : TD[0][SBOX[t >>> 24]] ^ TD[1][SBOX[(t >>> 16) & 255]] ^ TD[2][SBOX[(t >>> 8) & 255]] ^ TD[3][SBOX[t & 255]];
    }
  }
  return { enc: w, dec, rounds };
}

const [TE0, TE1, TE2, TE3] = TE;
const [TD0, TD1, TD2, TD3] = TD;

/** Encrypts the block in `s` (four big-endian words) in place. */
function encryptBlock(s: Int32Array, k: Int32Array, rounds: number): void {
  let s0 = s[0] ^ k[0];
  let s1 = s[1] ^ k[1];
  let s2 = s[2] ^ k[2];
  let s3 = s[3] ^ k[3];
  for (let r = 1; r < rounds; r++) {
    const t0 = TE0[s0 >>> 24] ^ TE1[(s1 >>> 16) & 255] ^ TE2[(s2 >>> 8) & 255] ^ TE3[s3 & 255] ^ k[4 * r];
    const t1 = TE0[s1 >>> 24] ^ TE1[(s2 >>> 16) & 255] ^ TE2[(s3 >>> 8) & 255] ^ TE3[s0 & 255] ^ k[4 * r + 1];
    const t2 = TE0[s2 >>> 24] ^ TE1[(s3 >>> 16) & 255] ^ TE2[(s0 >>> 8) & 255] ^ TE3[s1 & 255] ^ k[4 * r + 2];
    const t3 = TE0[s3 >>> 24] ^ TE1[(s0 >>> 16) & 255] ^ TE2[(s1 >>> 8) & 255] ^ TE3[s2 & 255] ^ k[4 * r + 3];
    s0 = t0;
    s1 = t1;
    s2 = t2;
    s3 = t3;
  }
  const f = 4 * rounds;
  s[0] = ((SBOX[s0 >>> 24] << 24) | (SBOX[(s1 >>> 16) & 255] << 16) | (SBOX[(s2 >>> 8) & 255] << 8) | SBOX[s3 & 255]) ^ k[f];
  s[1] = ((SBOX[s1 >>> 24] << 24) | (SBOX[(s2 >>> 16) & 255] << 16) | (SBOX[(s3 >>> 8) & 255] << 8) | SBOX[s0 & 255]) ^ k[f + 1];
  s[2] = ((SBOX[s2 >>> 24] << 24) | (SBOX[(s3 >>> 16) & 255] << 16) | (SBOX[(s0 >>> 8) & 255] << 8) | SBOX[s1 & 255]) ^ k[f + 2];
  s[3] = ((SBOX[s3 >>> 24] << 24) | (SBOX[(s0 >>> 16) & 255] << 16) | (SBOX[(s1 >>> 8) & 255] << 8) | SBOX[s2 & 255]) ^ k[f + 3];
}

function decryptBlock(s: Int32Array, k: Int32Array, rounds: number): void {
  let s0 = s[0] ^ k[0];
  let s1 = s[1] ^ k[1];
  let s2 = s[2] ^ k[2];
  let s3 = s[3] ^ k[3];
  for (let r = 1; r < rounds; r++) {
    const t0 = TD0[s0 >>> 24] ^ TD1[(s3 >>> 16) & 255] ^ TD2[(s2 >>> 8) & 255] ^ TD3[s1 & 255] ^ k[4 * r];
    const t1 = TD0[s1 >>> 24] ^ TD1[(s0 >>> 16) & 255] ^ TD2[(s3 >>> 8) & 255] ^ TD3[s2 & 255] ^ k[4 * r + 1];
    const t2 = TD0[s2 >>> 24] ^ TD1[(s1 >>> 16) & 255] ^ TD2[(s0 >>> 8) & 255] ^ TD3[s3 & 255] ^ k[4 * r + 2];
    const t3 = TD0[s3 >>> 24] ^ TD1[(s2 >>> 16) & 255] ^ TD2[(s1 >>> 8) & 255] ^ TD3[s0 & 255] ^ k[4 * r + 3];
    s0 = t0;
    s1 = t1;
    s2 = t2;
    s3 = t3;
  }
  const f = 4 * rounds;
  s[0] = ((INV_SBOX[s0 >>> 24] << 24) | (INV_SBOX[(s3 >>> 16) & 255] << 16) | (INV_SBOX[(s2 >>> 8) & 255] << 8) | INV_SBOX[s1 & 255]) ^ k[f];
  s[1] = ((INV_SBOX[s1 >>> 24] << 24) | (INV_SBOX[(s0 >>> 16) & 255] << 16) | (INV_SBOX[(s3 >>> 8) & 255] << 8) | INV_SBOX[s2 & 255]) ^ k[f + 1];
  s[2] = ((INV_SBOX[s2 >>> 24] << 24) | (INV_SBOX[(s1 >>> 16) & 255] << 16) | (INV_SBOX[(s0 >>> 8) & 255] << 8) | INV_SBOX[s3 & 255]) ^ k[f + 2];
  s[3] = ((INV_SBOX[s3 >>> 24] << 24) | (INV_SBOX[(s2 >>> 16) & 255] << 16) | (INV_SBOX[(s1 >>> 8) & 255] << 8) | INV_SBOX[s0 & 255]) ^ k[f + 3];
}

function readWords(bytes: Uint8Array, at: number, out: Int32Array): void {
  for (let i = 0; i < 4; i++) out[i] = (bytes[at + 4 * i] << 24) | (bytes[at + 4 * i + 1] << 16) | (bytes[at + 4 * i + 2] << 8) | bytes[at + 4 * i + 3];
}

function writeWords(words: Int32Array, out: Uint8Array, at: number): void {
  for (let i = 0; i < 4; i++) {
    const v = words[i];
    out[at + 4 * i] = v >>> 24;
    out[at + 4 * i + 1] = (v >>> 16) & 255;
    out[at + 4 * i + 2] = (v >>> 8) & 255;
    out[at + 4 * i + 3] = v & 255;
  }
}

/** AES-CBC encryption without padding (the input length is a multiple of 16). */
export function aesCbcEncrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const { enc, rounds } = expandKey(key);
  const out = new Uint8Array(data.length - (data.length % 16));
  const block = new Int32Array(4);
  const previous = new Int32Array(4);
  readWords(iv, 0, previous);
  for (let at = 0; at < out.length; at += 16) {
    readWords(data, at, block);
    for (let i = 0; i < 4; i++) block[i] ^= previous[i];
    encryptBlock(block, enc, rounds);
    previous.set(block);
    writeWords(block, out, at);
  }
  return out;
}

/** AES-CBC decryption. With `unpad`, a valid PKCS#7 padding is removed (an invalid one is kept, as readers do). */
export function aesCbcDecrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array, unpad: boolean): Uint8Array {
  const { dec, rounds } = expandKey(key);
  const length = data.length - (data.length % 16);
  const out = new Uint8Array(length);
  const block = new Int32Array(4);
  for (let at = 0; at < length; at += 16) {
    readWords(data, at, block);
    decryptBlock(block, dec, rounds);
    writeWords(block, out, at);
    const chain = at === 0 ? iv : data.subarray(at - 16, at);
    for (let i = 0; i < 16; i++) out[at + i] ^= chain[i];
  }
  if (unpad && length > 0) {
    const pad = out[length - 1];
    if (pad >= 1 && pad <= 16) return out.subarray(0, length - pad);
  }
  return out;
}

/**
 * AES-CTR with a little-endian counter starting at 1, as WinZip's AES zip encryption (AE-1/AE-2)
 * uses it; WebCrypto's AES-CTR counts big-endian, so it cannot produce this keystream.
 * Encryption and decryption are the same operation.
 */
export function aesCtrLittleEndian(key: Uint8Array, data: Uint8Array): Uint8Array {
  const { enc, rounds } = expandKey(key);
  const out = new Uint8Array(data.length);
  const counter = new Uint8Array(16);
  const block = new Int32Array(4);
  const stream = new Uint8Array(16);
  for (let at = 0; at < data.length; at += 16) {
    // Increment with carry (a typed array's ++ yields 256, not the stored 0, so test the stored byte).
    for (let i = 0; i < 16; i++) {
      counter[i] = counter[i] + 1;
      if (counter[i] !== 0) break;
    }
    readWords(counter, 0, block);
    encryptBlock(block, enc, rounds);
    writeWords(block, stream, 0);
    const n = Math.min(16, data.length - at);
    for (let i = 0; i < n; i++) out[at + i] = data[at + i] ^ stream[i];
  }
  return out;
}
