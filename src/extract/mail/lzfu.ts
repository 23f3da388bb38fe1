/**
 * Compressed RTF (MS-OXRTFCP, "LZFu"): how Outlook stores a message's RTF body (PR_RTF_COMPRESSED).
 * An LZ77 variant over a 4 KB ring buffer that starts filled with common RTF words.
 */
import { u32 } from '../binary';

const PREFILL =
  '{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx';

const COMPRESSED = 0x75465a4c; // "LZFu"
const UNCOMPRESSED = 0x414c454d; // "MELA"

/**
 * Decompresses PR_RTF_COMPRESSED. Returns undefined when the header is not LZFu/MELA. Output is
 * capped at `maxBytes` (and at the size the header declares, whichever is smaller).
 */
export function decompressRtf(bytes: Uint8Array, maxBytes: number): Uint8Array | undefined {
  if (bytes.length < 16) return undefined;
  const compressedSize = u32(bytes, 0);
  const rawSize = u32(bytes, 4);
  const type = u32(bytes, 8);
  const end = Math.min(bytes.length, compressedSize + 4);
  const limit = Math.min(rawSize, maxBytes);
  if (type === UNCOMPRESSED) return bytes.slice(16, Math.min(end, 16 + limit));
  if (type !== COMPRESSED) return undefined;

  const ring = new Uint8Array(4096);
  for (let i = 0; i < PREFILL.length; i++) ring[i] = PREFILL.charCodeAt(i);
  let write = PREFILL.length;
  const out = new Uint8Array(limit);
  let n = 0;
  let at = 16;
  while (at < end && n < limit) {
    const control = bytes[at++];
    for (let bit = 0; bit < 8 && at < end && n < limit; bit++) {
      if ((control & (1 << bit)) === 0) {
        const b = bytes[at++];
        out[n++] = b;
        ring[write] = b;
        write = (write + 1) & 0xfff;
        continue;
      }
      if (at + 1 >= end) return out.subarray(0, n);
      const reference = (bytes[at] << 8) | bytes[at + 1];
      at += 2;
      const offset = reference >> 4;
      const length = (reference & 0xf) + 2;
      // A reference to the write position itself marks the end of the data.
      if (offset === write) return out.subarray(0, n);
      for (let i = 0; i < length && n < limit; i++) {
        const b = ring[(offset + i) & 0xfff];
        out[n++] = b;
        ring[write] = b;
        write = (write + 1) & 0xfff;
      }
    }
  }
  return out.subarray(0, n);
}
