/**
 * Stream filters: FlateDecode (with PNG/TIFF predictors), LZWDecode, ASCIIHexDecode,
 * ASCII85Decode, RunLengthDecode. Image codecs (DCT, JPX, JBIG2, CCITT) are not decoded: we
 * never need pixels. Every decoder counts its real output against the budget.
 */
import { concatBytes } from '../../codec/bytes';
import { Inflate, inflateSync } from 'fflate';
import { hexValue } from '../binary';
import { PdfBudget, PdfStop } from './budget';
import { PdfDict, PdfName, type PdfObject } from './objects';

/** Collects output chunks and stops at the budget. */
class Sink {
  chunks: Uint8Array[] = [];
  length = 0;
  constructor(private readonly budget: PdfBudget) {}
  add(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.budget.addDecoded(chunk.length);
    this.chunks.push(chunk);
    this.length += chunk.length;
  }
  result(): Uint8Array {
    return concatBytes(this.chunks);
  }
}

const FLATE_CHUNK = 8192;

/** zlib or raw deflate; a damaged tail keeps what was inflated before it (as viewers do). */
export function inflate(data: Uint8Array, budget: PdfBudget): Uint8Array {
  // Deflate expands at most ~1032:1: when even that fits the budget, inflate in one go (faster).
  const room = budget.decodedRoom();
  if (data.length * 1032 < room) {
    try {
      // Into a buffer we size: fflate's own growth zero-fills 128 KB per stream, which dominated
      // on many small content streams. A full buffer may mean more output: retry 4x larger.
      const input = data.subarray(zlibHeader(data) ? 2 : 0);
      for (let size = Math.min(room, data.length * 4 + 256); ; size = Math.min(room, size * 4)) {
        const out = inflateSync(input, { out: new Uint8Array(size) });
        if (out.length < size || size >= room) {
          budget.addDecoded(out.length);
          if (out.length < size && checksumFails(data, out)) budget.damagedStreams++;
          return out;
        }
      }
    } catch (e) {
      if (e instanceof PdfStop) throw e;
      // Damaged data: the streaming path below keeps what inflates before the damage.
    }
  }
  return inflateStreaming(data, budget);
}

/** Every filter name a PDF may use (image codecs included): any other name is damage. */
const KNOWN_FILTERS: { [name: string]: true } = {
  FlateDecode: true, Fl: true, LZWDecode: true, LZW: true, ASCIIHexDecode: true, AHx: true, ASCII85Decode: true, A85: true,
  RunLengthDecode: true, RL: true, Crypt: true, DCTDecode: true, DCT: true, JPXDecode: true, CCITTFaxDecode: true, CCF: true,
  JBIG2Decode: true,
};

/** The data inflated when it is one intact zlib stream (header, data, matching checksum), else null. */
function inflateWhole(data: Uint8Array, budget: PdfBudget): Uint8Array | null {
  if (!zlibHeader(data)) return null;
  const room = budget.decodedRoom();
  try {
    for (let size = Math.min(room, data.length * 4 + 256); ; size = Math.min(room, size * 4)) {
      const out = inflateSync(data.subarray(2), { out: new Uint8Array(size) });
      if (out.length < size) {
        if (checksumFails(data, out)) return null;
        budget.addDecoded(out.length);
        return out;
      }
      if (size >= room) return null;
    }
  } catch (e) {
    if (e instanceof PdfStop) throw e;
    return null;
  }
}

function zlibHeader(data: Uint8Array): boolean {
  return data.length >= 2 && (data[0] & 0x0f) === 8 && ((data[0] << 8) | data[1]) % 31 === 0;
}

function inflateStreaming(data: Uint8Array, budget: PdfBudget): Uint8Array {
  const sink = new Sink(budget);
  const start = zlibHeader(data) ? 2 : 0;
  const inflater = new Inflate((chunk) => sink.add(chunk));
  try {
    // Not marked final until the end, so a truncated stream still hands out what it inflated.
    // Small input chunks while the output could balloon (deflate can expand ~1000x); bigger ones
    // once the stream shows an ordinary ratio, since each push has a fixed cost.
    let chunk = FLATE_CHUNK;
    for (let i = start; i < data.length; i += chunk) {
      const before = sink.length;
      const end = Math.min(data.length, i + chunk);
      inflater.push(data.subarray(i, end), false);
      budget.checkTime();
      if (sink.length - before < 32 * (end - i) && chunk < 1 << 18) chunk *= 2;
    }
    inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof PdfStop) throw e;
    // Corrupt or truncated deflate data: keep the output so far, and say the file is damaged.
    budget.damagedStreams++;
    return sink.result();
  }
  const out = sink.result();
  if (checksumFails(data, out)) budget.damagedStreams++;
  return out;
}

/**
 * A zlib stream ends with the Adler-32 of what it holds: a mismatch is damage that inflated without
 * an error. The checksum is looked for at the very end and before trailing end-of-line bytes.
 */
function checksumFails(data: Uint8Array, out: Uint8Array): boolean {
  if (!zlibHeader(data)) return false;
  const sum = adler32(out);
  let end = data.length;
  for (let tries = 0; tries < 3 && end >= 6; tries++) {
    if ((((data[end - 4] << 24) | (data[end - 3] << 16) | (data[end - 2] << 8) | data[end - 1]) >>> 0) === sum) return false;
    if (data[end - 1] !== 0x0a && data[end - 1] !== 0x0d && data[end - 1] !== 0x20) break;
    end--;
  }
  return true;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; ) {
    // 5552 bytes is the most that can be summed before the 32-bit sums must be reduced.
    const stop = Math.min(bytes.length, i + 5552);
    for (; i < stop; i++) {
      a += bytes[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function numberParam(parms: PdfDict | undefined, key: string, fallback: number): number {
  const v = parms ? parms.get(key) : undefined;
  return typeof v === 'number' && isFinite(v) ? v : fallback;
}

/** Undoes PNG (10-15) and TIFF (2) predictors, as used by xref streams and object streams. */
export function unpredict(data: Uint8Array, parms: PdfDict | undefined): Uint8Array {
  const predictor = numberParam(parms, 'Predictor', 1);
  if (predictor <= 1) return data;
  const colors = Math.max(1, Math.min(32, Math.floor(numberParam(parms, 'Colors', 1))));
  const bits = Math.max(1, Math.min(16, Math.floor(numberParam(parms, 'BitsPerComponent', 8))));
  const columns = Math.max(1, Math.min(1 << 20, Math.floor(numberParam(parms, 'Columns', 1))));
  const bpp = Math.max(1, Math.ceil((colors * bits) / 8));
  const rowLength = Math.ceil((colors * bits * columns) / 8);
  if (predictor === 2) {
    if (bits !== 8) return data;
    const out = data.slice();
    for (let row = 0; row + rowLength <= out.length; row += rowLength) {
      for (let i = bpp; i < rowLength; i++) out[row + i] = (out[row + i] + out[row + i - bpp]) & 0xff;
    }
    return out;
  }
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)];
    const src = r * (rowLength + 1) + 1;
    const dst = r * rowLength;
    const prev = dst - rowLength;
    for (let i = 0; i < rowLength; i++) {
      const raw = data[src + i];
      const left = i >= bpp ? out[dst + i - bpp] : 0;
      const up = r > 0 ? out[prev + i] : 0;
      const upLeft = r > 0 && i >= bpp ? out[prev + i - bpp] : 0;
      let v: number;
      switch (type) {
        case 1:
          v = raw + left;
          break;
        case 2:
          v = raw + up;
          break;
        case 3:
          v = raw + ((left + up) >> 1);
          break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          v = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
          break;
        }
        default:
          v = raw;
      }
      out[dst + i] = v & 0xff;
    }
  }
  return out;
}

export function asciiHexDecode(data: Uint8Array, budget: PdfBudget): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.length / 2));
  let n = 0;
  let high = -1;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === 62 /* > */) break;
    const v = hexValue(c);
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      out[n++] = (high << 4) | v;
      high = -1;
    }
  }
  if (high >= 0) out[n++] = high << 4;
  budget.addDecoded(n);
  return out.subarray(0, n);
}

export function ascii85Decode(data: Uint8Array, budget: PdfBudget): Uint8Array {
  const out = new Uint8Array(Math.ceil((data.length * 4) / 5) + 4);
  // `z` expands to four zero bytes: grow on demand instead of sizing for the worst case.
  let buffer = out;
  let n = 0;
  const group: number[] = [];
  const emit = (count: number) => {
    let v = 0;
    for (let k = 0; k < 5; k++) v = v * 85 + (k < group.length ? group[k] : 84);
    if (n + 4 > buffer.length) {
      const bigger = new Uint8Array(buffer.length * 2 + 8);
      bigger.set(buffer.subarray(0, n));
      buffer = bigger;
    }
    for (let k = 0; k < count; k++) buffer[n++] = (v >>> (24 - 8 * k)) & 0xff;
  };
  let i = 0;
  if (data[0] === 60 && data[1] === 126) i = 2; // `<~` prefix some writers leave in
  for (; i < data.length; i++) {
    const c = data[i];
    if (c === 126 /* ~ */) break;
    if (c === 122 /* z */ && group.length === 0) {
      group.push(0, 0, 0, 0, 0);
      emit(4);
      group.length = 0;
      continue;
    }
    if (c < 33 || c > 117) continue;
    group.push(c - 33);
    if (group.length === 5) {
      emit(4);
      group.length = 0;
    }
  }
  if (group.length > 1) emit(group.length - 1);
  budget.addDecoded(n);
  return buffer.subarray(0, n);
}

export function runLengthDecode(data: Uint8Array, budget: PdfBudget): Uint8Array {
  const sink = new Sink(budget);
  let i = 0;
  while (i < data.length) {
    const length = data[i++];
    if (length === 128) break;
    if (length < 128) {
      sink.add(data.slice(i, i + length + 1));
      i += length + 1;
    } else {
      const run = new Uint8Array(257 - length);
      run.fill(data[i++] || 0);
      sink.add(run);
    }
    budget.tick();
  }
  return sink.result();
}

export function lzwDecode(data: Uint8Array, budget: PdfBudget, earlyChange: number): Uint8Array {
  const sink = new Sink(budget);
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const lengths = new Uint16Array(4096);
  for (let i = 0; i < 256; i++) {
    prefix[i] = -1;
    suffix[i] = i;
    lengths[i] = 1;
  }
  let next = 258;
  let codeLength = 9;
  let bitBuffer = 0;
  let bitCount = 0;
  let previous = -1;
  let out = new Uint8Array(8192);
  let n = 0;
  const flush = () => {
    sink.add(out.slice(0, n));
    n = 0;
  };
  const write = (code: number) => {
    const length = lengths[code];
    if (n + length > out.length) flush();
    if (length > out.length) out = new Uint8Array(length);
    let c = code;
    for (let k = length - 1; k >= 0; k--) {
      out[n + k] = suffix[c];
      c = prefix[c];
    }
    n += length;
  };
  const firstByte = (code: number) => {
    let c = code;
    while (prefix[c] >= 0) c = prefix[c];
    return suffix[c];
  };
  for (let i = 0; i < data.length; i++) {
    bitBuffer = ((bitBuffer << 8) | data[i]) & 0xffffff;
    bitCount += 8;
    while (bitCount >= codeLength) {
      const code = (bitBuffer >> (bitCount - codeLength)) & ((1 << codeLength) - 1);
      bitCount -= codeLength;
      if (code === 256) {
        next = 258;
        codeLength = 9;
        previous = -1;
        continue;
      }
      if (code === 257) {
        flush();
        return sink.result();
      }
      if (previous < 0) {
        if (code > 255) return (flush(), sink.result());
        write(code);
        previous = code;
        continue;
      }
      if (code < next) {
        write(code);
        if (next < 4096) {
          prefix[next] = previous;
          suffix[next] = firstByte(code);
          lengths[next] = lengths[previous] + 1;
          next++;
        }
      } else if (code === next && next < 4096) {
        prefix[next] = previous;
        suffix[next] = firstByte(previous);
        lengths[next] = lengths[previous] + 1;
        next++;
        write(code);
      } else {
        break;
      }
      previous = code;
      if (next + earlyChange >= 1 << codeLength && codeLength < 12) codeLength++;
    }
    if ((i & 4095) === 0) budget.tick();
  }
  flush();
  return sink.result();
}

/**
 * Applies a stream's filter chain. Returns null when a filter is an image codec or unknown (the
 * stream is then not text we can read).
 */
export function applyFilters(raw: Uint8Array, filter: PdfObject | undefined, parms: PdfObject | undefined, budget: PdfBudget): Uint8Array | null {
  const filters: PdfObject[] = Array.isArray(filter) ? filter : filter === undefined || filter === null ? [] : [filter];
  if (filters.length === 0 || (filters.length === 1 && filters[0] instanceof PdfName && !KNOWN_FILTERS[filters[0].name])) {
    // A /Filter key or name that was damaged leaves deflate data that would read as noise (or not
    // at all): when the bytes are a whole zlib stream, read them, and count the damage.
    const recovered = inflateWhole(raw, budget);
    if (recovered) {
      budget.damagedStreams++;
      return recovered;
    }
  }
  const parmList: PdfObject[] = Array.isArray(parms) ? parms : [parms === undefined ? null : parms];
  let data = raw;
  for (let i = 0; i < filters.length && i < 8; i++) {
    const f = filters[i];
    if (!(f instanceof PdfName)) return null;
    const p = parmList[i];
    const dictParms = p instanceof PdfDict ? p : undefined;
    switch (f.name) {
      case 'FlateDecode':
      case 'Fl':
        data = unpredict(inflate(data, budget), dictParms);
        break;
      case 'LZWDecode':
      case 'LZW':
        data = unpredict(lzwDecode(data, budget, numberParam(dictParms, 'EarlyChange', 1) === 0 ? 0 : 1), dictParms);
        break;
      case 'ASCIIHexDecode':
      case 'AHx':
        data = asciiHexDecode(data, budget);
        break;
      case 'ASCII85Decode':
      case 'A85':
        data = ascii85Decode(data, budget);
        break;
      case 'RunLengthDecode':
      case 'RL':
        data = runLengthDecode(data, budget);
        break;
      case 'Crypt':
        // Identity crypt filter (the only one a reader without keys may see here).
        break;
      default:
        return null;
    }
  }
  return data;
}
