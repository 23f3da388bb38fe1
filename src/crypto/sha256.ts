/**
 * SHA-256 in plain TypeScript: the handler's runtime has no crypto.subtle we can rely on.
 * Used for content fingerprints (decision memory) and hashed domains; never for secrets.
 */
import { encodeUtf8 } from '../codec/bytes';
import { IV512, K_HEX, highWords } from './sha2-constants';

// Round constants: the high halves of SHA-512's, computed on first use.
let K: Uint32Array | undefined;

/** Incremental SHA-256: feed bytes or strings (as UTF-8), then take the hex digest. */
export class Sha256 {
  private readonly h = highWords(IV512, 8);
  private readonly block = new Uint8Array(64);
  private readonly w = new Uint32Array(64);
  private blockLength = 0;
  private totalLength = 0;

  update(data: Uint8Array | string): this {
    const bytes = typeof data === 'string' ? encodeUtf8(data) : data;
    this.totalLength += bytes.length;
    let i = 0;
    while (i < bytes.length) {
      const take = Math.min(64 - this.blockLength, bytes.length - i);
      this.block.set(bytes.subarray(i, i + take), this.blockLength);
      this.blockLength += take;
      i += take;
      if (this.blockLength === 64) {
        this.compress();
        this.blockLength = 0;
      }
    }
    return this;
  }

  hex(): string {
    const bitLength = this.totalLength * 8;
    this.block[this.blockLength++] = 0x80;
    if (this.blockLength > 56) {
      this.block.fill(0, this.blockLength);
      this.compress();
      this.blockLength = 0;
    }
    this.block.fill(0, this.blockLength);
    const high = Math.floor(bitLength / 0x100000000);
    const low = bitLength >>> 0;
    for (let b = 0; b < 4; b++) {
      this.block[56 + b] = (high >>> (24 - 8 * b)) & 0xff;
      this.block[60 + b] = (low >>> (24 - 8 * b)) & 0xff;
    }
    this.compress();
    let out = '';
    for (let i = 0; i < 8; i++) out += ('00000000' + this.h[i].toString(16)).slice(-8);
    return out;
  }

  private compress(): void {
    const k = K || (K = highWords(K_HEX, 64));
    const w = this.w;
    const b = this.block;
    for (let t = 0; t < 16; t++) w[t] = (b[4 * t] << 24) | (b[4 * t + 1] << 16) | (b[4 * t + 2] << 8) | b[4 * t + 3];
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15];
      const y = w[t - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
    }
    let [a, bb, c, d, e, f, g, h] = [this.h[0], this.h[1], this.h[2], this.h[3], this.h[4], this.h[5], this.h[6], this.h[7]];
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + S1 + ch + k[t] + w[t]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & bb) ^ (a & c) ^ (bb & c);
      const t2 = (S0 + maj) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = bb;
      bb = a;
      a = (t1 + t2) | 0;
    }
    this.h[0] += a;
    this.h[1] += bb;
    this.h[2] += c;
    this.h[3] += d;
    this.h[4] += e;
    this.h[5] += f;
    this.h[6] += g;
    this.h[7] += h;
  }
}

export function sha256Hex(data: Uint8Array | string): string {
  return new Sha256().update(data).hex();
}
