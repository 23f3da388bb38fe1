/**
 * The hashes the revision 5/6 PDF password algorithm needs: SHA-256 (our shared implementation)
 * and SHA-384/512 (FIPS 180-4) with 64-bit words kept as high/low 32-bit halves (ES2016 has no BigInt).
 */
import { IV512, K_HEX } from './sha2-constants';
import { Sha256 } from './sha256';

export function sha256(data: Uint8Array): Uint8Array {
  const hex = new Sha256().update(data).hex();
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = parseInt(hex.substr(2 * i, 2), 16);
  return out;
}

// Round constants (sha2-constants.ts), as high and low halves on first use.
let K: Int32Array | undefined;

const IV384 = ['cbbb9d5dc1059ed8', '629a292a367cd507', '9159015a3070dd17', '152fecd8f70e5939', '67332667ffc00b31', '8eb44a8768581511', 'db0c2e0d64f98fa7', '47b5481dbefa4fa4'];

function ivWords(list: string[]): Int32Array {
  const out = new Int32Array(2 * list.length);
  list.forEach((hex, i) => {
    out[2 * i] = parseInt(hex.slice(0, 8), 16) | 0;
    out[2 * i + 1] = parseInt(hex.slice(8), 16) | 0;
  });
  return out;
}

function sha512Core(data: Uint8Array, iv: string[], outLength: number): Uint8Array {
  const h = ivWords(iv);
  const k = K || (K = ivWords(K_HEX));
  const padded = new Uint8Array(((data.length + 16) >> 7) * 128 + 128);
  padded.set(data);
  padded[data.length] = 0x80;
  const bits = data.length * 8;
  const end = padded.length;
  for (let i = 0; i < 4; i++) padded[end - 1 - i] = (bits >>> (8 * i)) & 0xff;
  const high = Math.floor(bits / 0x100000000);
  for (let i = 0; i < 4; i++) padded[end - 5 - i] = (high >>> (8 * i)) & 0xff;
  const w = new Int32Array(160);
  for (let block = 0; block < end; block += 128) {
    for (let i = 0; i < 32; i++) {
      const j = block + 4 * i;
      w[i] = (padded[j] << 24) | (padded[j + 1] << 16) | (padded[j + 2] << 8) | padded[j + 3];
    }
    for (let t = 16; t < 80; t++) {
      // sigma0 = rotr1 ^ rotr8 ^ shr7 ; sigma1 = rotr19 ^ rotr61 ^ shr6 (on 64-bit words)
      const xh = w[2 * (t - 15)];
      const xl = w[2 * (t - 15) + 1];
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      const yh = w[2 * (t - 2)];
      const yl = w[2 * (t - 2) + 1];
      const s1h = ((yh >>> 19) | (yl << 13)) ^ ((yl >>> 29) | (yh << 3)) ^ (yh >>> 6);
      const s1l = ((yl >>> 19) | (yh << 13)) ^ ((yh >>> 29) | (yl << 3)) ^ ((yl >>> 6) | (yh << 26));
      let lo = (s0l >>> 0) + (s1l >>> 0) + (w[2 * (t - 7) + 1] >>> 0) + (w[2 * (t - 16) + 1] >>> 0);
      const hi = s0h + s1h + w[2 * (t - 7)] + w[2 * (t - 16)] + Math.floor(lo / 0x100000000);
      lo = lo >>> 0;
      w[2 * t] = hi | 0;
      w[2 * t + 1] = lo | 0;
    }
    const v = h.slice();
    for (let t = 0; t < 80; t++) {
      const eh = v[8];
      const el = v[9];
      // Sigma1(e) = rotr14 ^ rotr18 ^ rotr41
      const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chh = (eh & v[10]) ^ (~eh & v[12]);
      const chl = (el & v[11]) ^ (~el & v[13]);
      let t1l = (v[15] >>> 0) + (S1l >>> 0) + (chl >>> 0) + (k[2 * t + 1] >>> 0) + (w[2 * t + 1] >>> 0);
      const t1h = (v[14] + S1h + chh + k[2 * t] + w[2 * t] + Math.floor(t1l / 0x100000000)) | 0;
      t1l = t1l >>> 0;
      const ah = v[0];
      const al = v[1];
      // Sigma0(a) = rotr28 ^ rotr34 ^ rotr39
      const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const majh = (ah & v[2]) ^ (ah & v[4]) ^ (v[2] & v[4]);
      const majl = (al & v[3]) ^ (al & v[5]) ^ (v[3] & v[5]);
      let t2l = (S0l >>> 0) + (majl >>> 0);
      const t2h = (S0h + majh + Math.floor(t2l / 0x100000000)) | 0;
      t2l = t2l >>> 0;
      for (let k = 15; k >= 2; k--) v[k] = v[k - 2];
      // e = d + t1 ; a = t1 + t2
      let el2 = (v[9] >>> 0) + t1l;
      v[8] = (v[8] + t1h + Math.floor(el2 / 0x100000000)) | 0;
      v[9] = el2 | 0;
      el2 = t1l + t2l;
      v[0] = (t1h + t2h + Math.floor(el2 / 0x100000000)) | 0;
      v[1] = el2 | 0;
    }
    for (let i = 0; i < 16; i += 2) {
      const lo = (h[i + 1] >>> 0) + (v[i + 1] >>> 0);
      h[i] = (h[i] + v[i] + Math.floor(lo / 0x100000000)) | 0;
      h[i + 1] = lo | 0;
    }
  }
  const out = new Uint8Array(outLength);
  for (let i = 0; i < outLength; i++) out[i] = (h[i >> 2] >>> (24 - 8 * (i & 3))) & 0xff;
  return out;
}

export function sha512(data: Uint8Array): Uint8Array {
  return sha512Core(data, IV512, 64);
}

export function sha384(data: Uint8Array): Uint8Array {
  return sha512Core(data, IV384, 48);
}
