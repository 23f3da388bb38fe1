/**
 * The object layer of a PDF: cross-reference tables and streams (with /Prev chains and hybrid
 * files), object streams, and a rebuilt table (scanning for `N G obj`) when the xref is broken.
 * Resolves references with a cache and cycle guard, and hands out decoded stream bytes.
 */
import { PdfBudget, PdfStop } from './budget';
import { EncryptedError, SecurityHandler } from './crypt';
import { applyFilters } from './filters';
import { Lexer, Parser, PdfDict, PdfName, PdfOp, PdfRef, PdfStream, PdfString, PdfSyntaxError, isWhite, type PdfObject } from './objects';

export { EncryptedError };

interface XrefEntry {
  /** 1: at a byte offset; 2: inside an object stream. */
  type: 1 | 2;
  /** Byte offset, or the object stream's number. */
  offset: number;
  /** Generation, or the index inside the object stream. */
  gen: number;
}

const MAX_OBJECTS = 500000;
const MAX_XREF_SECTIONS = 64;
const MAX_REF_CHAIN = 32;
const MAX_LOAD_DEPTH = 100;

/** Byte search (patterns are short ASCII keywords). */
export function indexOf(bytes: Uint8Array, text: string, from: number, to = bytes.length): number {
  const first = text.charCodeAt(0);
  const n = text.length;
  const end = Math.min(to, bytes.length) - n;
  for (let i = from < 0 ? 0 : from; i <= end; i++) {
    if (bytes[i] !== first) continue;
    let k = 1;
    while (k < n && bytes[i + k] === text.charCodeAt(k)) k++;
    if (k === n) return i;
  }
  return -1;
}

function lastIndexOf(bytes: Uint8Array, text: string, from: number, downTo: number): number {
  const first = text.charCodeAt(0);
  const n = text.length;
  const low = downTo < 0 ? 0 : downTo;
  for (let i = Math.min(from, bytes.length - n); i >= low; i--) {
    if (bytes[i] !== first) continue;
    let k = 1;
    while (k < n && bytes[i + k] === text.charCodeAt(k)) k++;
    if (k === n) return i;
  }
  return -1;
}

interface ObjectStream {
  data: Uint8Array;
  offsets: number[];
  numbers: number[];
  first: number;
}

export class PdfDocument {
  readonly bytes: Uint8Array;
  private entries = new Map<number, XrefEntry>();
  trailer = new PdfDict();
  private readonly cache = new Map<number, PdfObject>();
  private readonly loading = new Set<number>();
  private readonly objectStreams = new Map<number, ObjectStream | null>();
  private crypt: SecurityHandler | null = null;
  private encryptNum = -1;
  private rebuilt = false;
  private loaded = 0;
  /** True when the table had to be rebuilt (the file is damaged but may still be readable). */
  repaired = false;

  constructor(
    file: Uint8Array,
    readonly budget: PdfBudget,
  ) {
    // Offsets count from `%PDF`, which may come after some junk (mail gateways, wrappers).
    const header = indexOf(file, '%PDF-', 0, 1024);
    this.bytes = header > 0 ? file.subarray(header) : file;
    this.readCrossReference();
    this.setUpEncryption();
  }

  // ---- cross-reference -------------------------------------------------------------------

  private readCrossReference(): void {
    try {
      const at = lastIndexOf(this.bytes, 'startxref', this.bytes.length, this.bytes.length - 4096);
      if (at < 0) throw new PdfSyntaxError('no startxref');
      const lexer = new Lexer(this.bytes, at + 9);
      const offset = lexer.nextToken();
      if (typeof offset !== 'number') throw new PdfSyntaxError('startxref');
      const visited = new Set<number>();
      const trailers: PdfDict[] = [];
      let next: number | undefined = offset;
      while (next !== undefined && !visited.has(next) && visited.size < MAX_XREF_SECTIONS) {
        visited.add(next);
        const trailer = this.readXrefSection(next, visited);
        trailers.push(trailer);
        const prev = trailer.get('Prev');
        next = typeof prev === 'number' ? prev : undefined;
      }
      this.trailer = mergeTrailers(trailers);
      if (!(this.trailer.get('Root') instanceof PdfRef)) throw new PdfSyntaxError('no root');
      const root = this.get((this.trailer.get('Root') as PdfRef).num);
      if (!(root instanceof PdfDict)) throw new PdfSyntaxError('bad root');
    } catch (e) {
      if (e instanceof PdfStop) throw e;
      this.rebuild();
    }
  }

  /** Reads one section (table or stream) at `offset`; returns its trailer dictionary. */
  private readXrefSection(offset: number, visited: Set<number>, hybrid = false): PdfDict {
    const lexer = new Lexer(this.bytes, offset);
    lexer.skipWhiteAndComments();
    if (indexOf(this.bytes, 'xref', lexer.pos, lexer.pos + 4) === lexer.pos) {
      lexer.pos += 4;
      for (;;) {
        this.budget.tick();
        // Plain tokens, not the parser: its `N G R` look-ahead would swallow the rows.
        const first = lexer.nextToken();
        if (first instanceof PdfOp && first.op === 'trailer') break;
        const count = lexer.nextToken();
        if (typeof first !== 'number' || typeof count !== 'number' || count < 0 || first < 0) throw new PdfSyntaxError('xref table');
        for (let i = 0; i < count; i++) {
          // Read each row by hand: 20 bytes "oooooooooo ggggg n", tolerant of odd line ends.
          const off = lexer.nextToken();
          const gen = lexer.nextToken();
          const kind = lexer.nextToken();
          if (typeof off !== 'number' || typeof gen !== 'number' || !(kind instanceof PdfOp)) throw new PdfSyntaxError('xref row');
          const num = first + i;
          if (kind.op === 'n' && !this.entries.has(num) && off > 0) this.entries.set(num, { type: 1, offset: off, gen });
          else if (kind.op === 'f' && !this.entries.has(num)) this.entries.set(num, { type: 1, offset: 0, gen: -1 });
          if (i % 1024 === 0) this.budget.tick();
        }
      }
      const trailer = new Parser(lexer).getObject();
      if (!(trailer instanceof PdfDict)) throw new PdfSyntaxError('trailer');
      // Hybrid file: the xref stream adds the objects that live in object streams.
      const stm = trailer.get('XRefStm');
      if (typeof stm === 'number' && !visited.has(stm)) {
        visited.add(stm);
        try {
          this.readXrefSection(stm, visited, true);
        } catch (e) {
          if (e instanceof PdfStop) throw e;
        }
      }
      return trailer;
    }
    const { object } = this.parseIndirectAt(offset, -1);
    if (!(object instanceof PdfStream)) throw new PdfSyntaxError('xref stream');
    this.readXrefStream(object, hybrid);
    return object.dict;
  }

  /** In a hybrid file the stream fills in what its table left free (objects in object streams). */
  private readXrefStream(stream: PdfStream, hybrid: boolean): void {
    const dict = stream.dict;
    const w = dict.get('W');
    if (!Array.isArray(w) || w.length < 3 || !w.every((x) => typeof x === 'number' && x >= 0 && x <= 8)) throw new PdfSyntaxError('W');
    const widths = w as number[];
    const size = Number(dict.get('Size')) || 0;
    const index = dict.get('Index');
    const ranges = Array.isArray(index) && index.length >= 2 ? (index as number[]) : [0, size];
    const data = applyFilters(stream.raw, dict.get('Filter'), dict.get('DecodeParms'), this.budget);
    if (!data) throw new PdfSyntaxError('xref filter');
    const rowLength = widths[0] + widths[1] + widths[2];
    if (rowLength === 0) throw new PdfSyntaxError('W');
    let at = 0;
    const field = (width: number, fallback: number): number => {
      if (width === 0) return fallback;
      let v = 0;
      for (let k = 0; k < width; k++) v = v * 256 + data[at++];
      return v;
    };
    for (let r = 0; r + 1 < ranges.length; r += 2) {
      const first = Number(ranges[r]);
      const count = Number(ranges[r + 1]);
      if (!(first >= 0 && count >= 0)) break;
      for (let i = 0; i < count && at + rowLength <= data.length; i++) {
        const type = field(widths[0], 1);
        const a = field(widths[1], 0);
        const b = field(widths[2], 0);
        const num = first + i;
        const known = this.entries.get(num);
        if (known && !(hybrid && known.gen < 0)) continue;
        if (type === 1) this.entries.set(num, { type: 1, offset: a, gen: b });
        else if (type === 2) this.entries.set(num, { type: 2, offset: a, gen: b });
        else if (type === 0) this.entries.set(num, { type: 1, offset: 0, gen: -1 });
        if ((i & 1023) === 0) this.budget.tick();
      }
    }
  }

  /** Scans the whole file for `N G obj` (the last definition wins) and for a trailer with /Root. */
  private rebuild(): void {
    if (this.rebuilt) return;
    this.rebuilt = true;
    this.repaired = true;
    const b = this.bytes;
    const found = new Map<number, XrefEntry>();
    const objectStreams: number[] = [];
    let catalog = -1;
    let xrefStreamTrailer: PdfDict | null = null;
    for (let i = indexOf(b, 'obj', 0); i >= 0; i = indexOf(b, 'obj', i + 3)) {
      this.budget.tick();
      if (i + 3 < b.length && !isWhite(b[i + 3]) && b[i + 3] !== 60 && b[i + 3] !== 91 && b[i + 3] !== 47 && b[i + 3] !== 37) continue;
      // Walk back over "N G ".
      let k = i - 1;
      let sawWhite = false;
      while (k >= 0 && isWhite(b[k])) {
        k--;
        sawWhite = true;
      }
      if (!sawWhite) continue;
      let gen = 0;
      let scale = 1;
      const genEnd = k;
      while (k >= 0 && b[k] >= 48 && b[k] <= 57 && genEnd - k < 6) {
        gen += (b[k] - 48) * scale;
        scale *= 10;
        k--;
      }
      if (k === genEnd || k < 0 || !isWhite(b[k])) continue;
      while (k >= 0 && isWhite(b[k])) k--;
      let num = 0;
      scale = 1;
      const numEnd = k;
      while (k >= 0 && b[k] >= 48 && b[k] <= 57 && numEnd - k < 10) {
        num += (b[k] - 48) * scale;
        scale *= 10;
        k--;
      }
      if (k === numEnd || (k >= 0 && !isWhite(b[k]) && b[k] !== 62 && b[k] !== 93 && b[k] !== 41)) continue;
      if (found.size >= MAX_OBJECTS) break;
      found.set(num, { type: 1, offset: k + 1, gen });
      // Peek at the head of the object for the types a rebuilt table needs.
      const head = String.fromCharCode.apply(null, Array.prototype.slice.call(b.subarray(i, Math.min(b.length, i + 400))) as number[]);
      if (/\/Type\s*\/ObjStm/.test(head)) objectStreams.push(num);
      if (/\/Type\s*\/Catalog/.test(head)) catalog = num;
      if (/\/Type\s*\/XRef/.test(head) && /\/Root/.test(head)) {
        try {
          const { object } = this.parseIndirectAt(k + 1, num);
          if (object instanceof PdfStream) xrefStreamTrailer = object.dict;
        } catch (e) {
          if (e instanceof PdfStop) throw e;
        }
      }
    }
    // Objects that were read before (from a broken table) may point to wrong places: start over.
    this.entries = found;
    this.cache.clear();
    this.objectStreams.clear();
    for (const stm of objectStreams) {
      const os = this.objectStream(stm);
      if (!os) continue;
      os.numbers.forEach((num, index) => {
        if (!this.entries.has(num)) this.entries.set(num, { type: 2, offset: stm, gen: index });
      });
    }
    let trailer: PdfDict | null = null;
    // The last trailer with a /Root wins (incremental updates append newer ones).
    for (let t = indexOf(b, 'trailer', 0); t >= 0; t = indexOf(b, 'trailer', t + 7)) {
      this.budget.tick();
      try {
        const dict = new Parser(new Lexer(b, t + 7)).getObject();
        if (dict instanceof PdfDict && dict.get('Root') instanceof PdfRef) trailer = dict;
      } catch (e) {
        if (e instanceof PdfStop) throw e;
      }
    }
    if (!trailer) trailer = xrefStreamTrailer;
    if (!trailer || !(this.get((trailer.get('Root') as PdfRef).num) instanceof PdfDict)) {
      trailer = trailer || new PdfDict();
      if (catalog < 0) {
        // No /Type /Catalog seen in object heads: look inside object streams too.
        this.entries.forEach((entry, num) => {
          if (catalog < 0 && entry.type === 2) {
            const obj = this.get(num);
            if (obj instanceof PdfDict && obj.get('Type') === PdfName.of('Catalog')) catalog = num;
          }
        });
      }
      if (catalog >= 0) trailer.map.set('Root', new PdfRef(catalog, 0));
    }
    this.trailer = trailer;
  }

  // ---- objects ---------------------------------------------------------------------------

  /** Parses `N G obj ... endobj` at a byte offset. */
  private parseIndirectAt(offset: number, expectedNum: number): { object: PdfObject; num: number; gen: number } {
    if (offset <= 0 || offset >= this.bytes.length) throw new PdfSyntaxError('offset');
    const lexer = new Lexer(this.bytes, offset);
    const parser = new Parser(lexer);
    const num = lexer.nextToken();
    const gen = lexer.nextToken();
    const keyword = lexer.nextToken();
    if (typeof num !== 'number' || typeof gen !== 'number' || !(keyword instanceof PdfOp) || keyword.op !== 'obj') throw new PdfSyntaxError('not an object');
    if (expectedNum >= 0 && num !== expectedNum) throw new PdfSyntaxError('wrong object');
    const object = parser.getObject();
    if (parser.malformed) this.budget.damagedStreams++;
    if (object instanceof PdfOp) return { object: null, num, gen };
    if (object instanceof PdfDict) {
      const next = parser.getObject();
      if (next instanceof PdfOp && next.op === 'stream') {
        let start = parser.hasLookAhead() ? indexOf(this.bytes, 'stream', offset) + 6 : lexer.pos;
        if (this.bytes[start] === 13) start++;
        if (this.bytes[start] === 10) start++;
        return { object: new PdfStream(object, this.streamData(object, start)), num, gen };
      }
    }
    return { object: object as PdfObject, num, gen };
  }

  private streamData(dict: PdfDict, start: number): Uint8Array {
    const b = this.bytes;
    let length = dict.get('Length');
    if (length instanceof PdfRef) length = this.get(length.num);
    if (typeof length === 'number' && length >= 0 && start + length <= b.length) {
      let k = start + length;
      while (k < b.length && k < start + length + 4 && isWhite(b[k])) k++;
      if (indexOf(b, 'endstream', k, k + 9) === k) return b.subarray(start, start + length);
    }
    // Wrong or missing /Length: the data ends at `endstream` (minus its end-of-line).
    let end = indexOf(b, 'endstream', start);
    if (end < 0) end = b.length;
    // Data that runs over an `endobj` took in other objects: this stream's own end was lost.
    if (indexOf(b, 'endobj', start, end) >= 0) this.budget.damagedStreams++;
    if (b[end - 1] === 10) end--;
    if (b[end - 1] === 13) end--;
    return b.subarray(start, Math.max(start, end));
  }

  private objectStream(num: number): ObjectStream | null {
    if (this.objectStreams.has(num)) return this.objectStreams.get(num) as ObjectStream | null;
    this.objectStreams.set(num, null);
    const stream = this.get(num);
    if (!(stream instanceof PdfStream)) return null;
    const data = this.decodeStream(stream);
    const n = Number(this.resolve(stream.dict.get('N')));
    const first = Number(this.resolve(stream.dict.get('First')));
    if (!data || !(n >= 0) || !(first >= 0)) return null;
    const lexer = new Lexer(data, 0, Math.min(first, data.length));
    const offsets: number[] = [];
    const numbers: number[] = [];
    for (let i = 0; i < n && i < MAX_OBJECTS; i++) {
      const objNum = lexer.nextToken();
      const off = lexer.nextToken();
      if (typeof objNum !== 'number' || typeof off !== 'number') break;
      numbers.push(objNum);
      offsets.push(off);
    }
    const os = { data, offsets, numbers, first };
    this.objectStreams.set(num, os);
    return os;
  }

  /** The object with this number (null when absent, broken or part of a reference cycle). */
  get(num: number): PdfObject {
    const cached = this.cache.get(num);
    if (cached !== undefined) return cached;
    // A cycle, or a chain of objects each needing the next (a /Length inside a stream inside ...).
    if (this.loading.has(num) || this.loading.size > MAX_LOAD_DEPTH) return null;
    if (++this.loaded > MAX_OBJECTS) throw new PdfStop('too-large');
    this.budget.tick();
    this.loading.add(num);
    let value: PdfObject = null;
    try {
      value = this.load(num);
    } catch (e) {
      if (e instanceof PdfStop || e instanceof EncryptedError) throw e;
      value = null;
    } finally {
      this.loading.delete(num);
    }
    this.cache.set(num, value);
    return value;
  }

  private load(num: number): PdfObject {
    const entry = this.entries.get(num);
    if (!entry || entry.gen < 0) return this.rebuildAndRetry(num);
    if (entry.type === 2) {
      const os = this.objectStream(entry.offset);
      if (!os) return null;
      let index = entry.gen;
      if (os.numbers[index] !== num) index = os.numbers.indexOf(num);
      if (index < 0) return null;
      const parser = new Parser(new Lexer(os.data, os.first + os.offsets[index]));
      const object = parser.getObject();
      if (parser.malformed) this.budget.damagedStreams++;
      return object instanceof PdfOp ? null : object;
    }
    let parsed;
    try {
      parsed = this.parseIndirectAt(entry.offset, num);
    } catch (e) {
      if (e instanceof PdfStop) throw e;
      return this.rebuildAndRetry(num);
    }
    if (this.crypt && num !== this.encryptNum) this.decryptObject(parsed.object, num, parsed.gen, 0);
    return parsed.object;
  }

  /** A table entry that points nowhere: rebuild the table once and look again. */
  private rebuildAndRetry(num: number): PdfObject {
    if (this.rebuilt) return null;
    const root = this.trailer.get('Root');
    const encrypt = this.trailer.get('Encrypt');
    const id = this.trailer.get('ID');
    this.rebuild();
    if (!this.trailer.get('Root') && root) this.trailer.map.set('Root', root);
    if (!this.trailer.get('Encrypt') && encrypt) this.trailer.map.set('Encrypt', encrypt);
    if (!this.trailer.get('ID') && id) this.trailer.map.set('ID', id);
    const entry = this.entries.get(num);
    if (!entry || entry.gen < 0) return null;
    return this.load(num);
  }

  private decryptObject(obj: PdfObject, num: number, gen: number, depth: number): void {
    const crypt = this.crypt;
    if (!crypt || depth > 64) return;
    if (obj instanceof PdfString) obj.bytes = crypt.decryptString(obj.bytes, num, gen);
    else if (Array.isArray(obj)) for (const item of obj) this.decryptObject(item, num, gen, depth + 1);
    else if (obj instanceof PdfDict) obj.map.forEach((v) => this.decryptObject(v, num, gen, depth + 1));
    else if (obj instanceof PdfStream) {
      obj.num = num;
      obj.gen = gen;
      this.decryptObject(obj.dict, num, gen, depth + 1);
    }
  }

  /** Follows references (also chains of them). */
  resolve(obj: PdfObject | undefined): PdfObject | undefined {
    for (let i = 0; obj instanceof PdfRef && i < MAX_REF_CHAIN; i++) obj = this.get(obj.num);
    return obj instanceof PdfRef ? null : obj;
  }

  dictGet(dict: PdfDict | PdfStream | undefined | null, key: string): PdfObject | undefined {
    if (!dict) return undefined;
    const d = dict instanceof PdfStream ? dict.dict : dict;
    return this.resolve(d.get(key));
  }

  /** Decoded stream bytes, or null for image codecs, unknown filters and unreadable data. */
  decodeStream(stream: PdfStream): Uint8Array | null {
    let raw = stream.raw;
    const type = stream.dict.get('Type');
    if (this.crypt && stream.num >= 0 && !(type instanceof PdfName && type.name === 'XRef')) {
      raw = this.crypt.decryptStream(raw, stream.num, stream.gen);
    }
    const filter = this.resolve(stream.dict.get('Filter'));
    const parms = this.resolve(stream.dict.get('DecodeParms'));
    const resolvedParms = Array.isArray(parms) ? parms.map((p) => this.resolve(p) as PdfObject) : parms;
    return applyFilters(raw, filter, resolvedParms, this.budget);
  }

  // ---- encryption -----------------------------------------------------------------------

  private setUpEncryption(): void {
    const ref = this.trailer.get('Encrypt');
    if (ref === undefined || ref === null) return;
    if (ref instanceof PdfRef) this.encryptNum = ref.num;
    const encrypt = this.resolve(ref);
    if (!(encrypt instanceof PdfDict)) throw new EncryptedError('no encrypt dictionary');
    const ids = this.resolve(this.trailer.get('ID'));
    const firstId = Array.isArray(ids) && ids[0] instanceof PdfString ? (ids[0] as PdfString).bytes : new Uint8Array(0);
    this.crypt = new SecurityHandler(encrypt, firstId, (o) => this.resolve(o));
    // Objects read before the key was known (the catalog check) were not decrypted.
    this.cache.clear();
    this.objectStreams.clear();
  }
}

function mergeTrailers(trailers: PdfDict[]): PdfDict {
  const merged = new PdfDict();
  for (let i = trailers.length - 1; i >= 0; i--) trailers[i].map.forEach((v, k) => merged.map.set(k, v));
  return merged;
}
