import { createHash } from 'crypto';
import { Sha256, sha256Hex } from '../../src/crypto/sha256';

describe('sha256', () => {
  it('agrees with Node crypto on block boundaries and non-ASCII text', () => {
    for (const len of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const text = 'ë'.repeat(len % 7) + 'a'.repeat(len);
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });

  it('hashes incrementally the same as in one go', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 31) & 0xff);
    const digest = new Sha256().update(bytes.subarray(0, 7)).update(bytes.subarray(7, 200)).update(bytes.subarray(200)).hex();
    expect(digest).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});
