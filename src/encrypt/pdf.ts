/**
 * PDF → the same PDF under the standard security handler, AES-256 (V 5, R 6; ISO 32000-2
 * §7.6.4.4). The file is read with our own reader (cross-reference tables or streams, object
 * streams, hybrid files) and written anew: every object reachable from the trailer once, as a
 * plain object with a classic cross-reference table, each string and stream encrypted with
 * AES-256-CBC under a fresh random IV.
 */
import { concatBytes, encodeUtf8 } from '../codec/bytes';
import { defaultPolicy } from '../policy/defaults';
import { PdfBudget } from '../extract/pdf/budget';
import { EncryptedError, PdfDocument } from '../extract/pdf/document';
import { PdfDict, PdfName, PdfRef, PdfStream, PdfString, type PdfObject } from '../extract/pdf/objects';
import { EncryptError } from './errors';
import { aesCbcKey, aesCbcNoPadding, aesCbcPadded, digest, randomBytes } from './webcrypto';

/** Every permission granted (bits 1-2 are zero, the rest one): the password protects reading, not printing. */
const ALL_PERMISSIONS = -4;

/** Algorithm 2.B: the revision 6 hash of a password with a salt (and /U when computing /O). */
async function hashR6(password: Uint8Array, salt: Uint8Array, userKey: Uint8Array): Promise<Uint8Array> {
  let k = await digest('SHA-256', concatBytes([password, salt, userKey]));
  for (let round = 0; ; round++) {
    const unit = concatBytes([password, k, userKey]);
    const k1 = new Uint8Array(unit.length * 64);
    for (let i = 0; i < 64; i++) k1.set(unit, i * unit.length);
    const e = await aesCbcNoPadding(await aesCbcKey(k.subarray(0, 16)), k.subarray(16, 32), k1);
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += e[i];
    const mod = sum % 3;
    k = await digest(mod === 0 ? 'SHA-256' : mod === 1 ? 'SHA-384' : 'SHA-512', e);
    // At least 64 rounds; then stop once the last byte of E is at most round - 32 (round counted from 1).
    if (round >= 63 && e[e.length - 1] <= round + 1 - 32) break;
  }
  return k.subarray(0, 32);
}

/** Passwords are UTF-8 (after normalisation, our stand-in for SASLprep), at most 127 bytes. */
function passwordBytes(password: string): Uint8Array {
  return encodeUtf8(password.normalize('NFKC')).subarray(0, 127);
}

/** /U /UE /O /OE /Perms for a file key (algorithms 8, 9 and 10). */
async function securityEntries(fileKey: Uint8Array, userPassword: string, ownerPassword: string): Promise<PdfDict> {
  const none = new Uint8Array(0);
  const zeroIv = new Uint8Array(16);
  const user = passwordBytes(userPassword);
  const owner = passwordBytes(ownerPassword);
  const userSalts = randomBytes(16);
  const u = concatBytes([await hashR6(user, userSalts.subarray(0, 8), none), userSalts]);
  const ue = await aesCbcNoPadding(await aesCbcKey(await hashR6(user, userSalts.subarray(8, 16), none)), zeroIv, fileKey);
  const ownerSalts = randomBytes(16);
  const o = concatBytes([await hashR6(owner, ownerSalts.subarray(0, 8), u), ownerSalts]);
  const oe = await aesCbcNoPadding(await aesCbcKey(await hashR6(owner, ownerSalts.subarray(8, 16), u)), zeroIv, fileKey);
  const perms = new Uint8Array(16);
  new DataView(perms.buffer).setInt32(0, ALL_PERMISSIONS, true);
  perms.set([0xff, 0xff, 0xff, 0xff, 0x54 /* T: metadata encrypted */, 0x61, 0x64, 0x62], 4);
  perms.set(randomBytes(4), 12);
  const encryptedPerms = await aesCbcNoPadding(await aesCbcKey(fileKey), zeroIv, perms);

  const filter = new PdfDict();
  filter.map.set('AuthEvent', PdfName.of('DocOpen'));
  filter.map.set('CFM', PdfName.of('AESV3'));
  filter.map.set('Length', 32);
  const filters = new PdfDict();
  filters.map.set('StdCF', filter);
  const dict = new PdfDict();
  dict.map.set('Filter', PdfName.of('Standard'));
  dict.map.set('V', 5);
  dict.map.set('R', 6);
  dict.map.set('Length', 256);
  dict.map.set('CF', filters);
  dict.map.set('StmF', PdfName.of('StdCF'));
  dict.map.set('StrF', PdfName.of('StdCF'));
  dict.map.set('P', ALL_PERMISSIONS);
  dict.map.set('EncryptMetadata', true);
  dict.map.set('U', new PdfString(u));
  dict.map.set('UE', new PdfString(ue));
  dict.map.set('O', new PdfString(o));
  dict.map.set('OE', new PdfString(oe));
  dict.map.set('Perms', new PdfString(encryptedPerms));
  return dict;
}

/** Reads the file with the extractor's reader; refuses encrypted and damaged files. */
function readPdf(bytes: Uint8Array): PdfDocument {
  const limits = { ...defaultPolicy().limits, attachmentBytes: Infinity, totalBytes: Infinity };
  const budget = new PdfBudget({ limits, deadline: Infinity, now: () => 0 }, bytes.length);
  let doc: PdfDocument;
  try {
    doc = new PdfDocument(bytes, budget);
  } catch (e) {
    if (e instanceof EncryptedError) throw new EncryptError('already-encrypted');
    throw new EncryptError('damaged');
  }
  if (doc.trailer.get('Encrypt') !== undefined) throw new EncryptError('already-encrypted');
  // A rebuilt cross-reference table means the file is damaged: what we would encrypt may not be what the reader shows.
  if (doc.repaired) throw new EncryptError('damaged');
  const root = doc.resolve(doc.trailer.get('Root'));
  if (!(root instanceof PdfDict) || !(doc.dictGet(root, 'Pages') instanceof PdfDict)) throw new EncryptError('damaged');
  return doc;
}

/** Gives every object reachable from the trailer a new number, 1 up, in the order first met. */
function numberObjects(doc: PdfDocument, roots: PdfObject[]): Map<number, number> {
  const numbers = new Map<number, number>();
  const queue: PdfObject[] = roots.slice();
  while (queue.length > 0) {
    const obj = queue.pop() as PdfObject;
    if (obj instanceof PdfRef) {
      if (numbers.has(obj.num)) continue;
      numbers.set(obj.num, numbers.size + 1);
      const target = doc.get(obj.num);
      if (target !== null) queue.push(target);
    } else if (Array.isArray(obj)) {
      for (let i = obj.length - 1; i >= 0; i--) queue.push(obj[i]);
    } else if (obj instanceof PdfDict) {
      obj.map.forEach((v) => queue.push(v));
    } else if (obj instanceof PdfStream) {
      obj.dict.map.forEach((v) => queue.push(v));
    }
  }
  return numbers;
}

const HEX = '0123456789abcdef';

function hexString(bytes: Uint8Array): string {
  let out = '<';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i] >> 4] + HEX[bytes[i] & 15];
  return out + '>';
}

function nameToken(name: string): string {
  let out = '/';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i) & 0xff;
    const delimiter = '()<>[]{}/%#'.indexOf(name[i]) >= 0;
    out += c < 0x21 || c > 0x7e || delimiter ? '#' + HEX[c >> 4] + HEX[c & 15] : name[i];
  }
  return out;
}

function numberToken(n: number): string {
  if (!isFinite(n)) return '0';
  if (Number.isInteger(n)) return String(n);
  // No exponent in PDF numbers; the reader's decimal parsing leaves float noise past 10 places.
  const s = n.toFixed(10).replace(/0+$/, '').replace(/\.$/, '');
  return s === '-0' ? '0' : s;
}

/** Writes one object as PDF syntax; strings are encrypted on the way (unless `plain`). */
class ObjectWriter {
  constructor(
    private readonly numbers: Map<number, number>,
    private readonly key: CryptoKey,
  ) {}

  async write(obj: PdfObject, plain: boolean): Promise<string> {
    if (obj === null) return 'null';
    if (typeof obj === 'boolean') return obj ? 'true' : 'false';
    if (typeof obj === 'number') return numberToken(obj);
    if (obj instanceof PdfName) return nameToken(obj.name);
    if (obj instanceof PdfString) return hexString(plain ? obj.bytes : await this.encrypt(obj.bytes));
    if (obj instanceof PdfRef) {
      const n = this.numbers.get(obj.num);
      return n === undefined ? 'null' : `${n} 0 R`;
    }
    if (Array.isArray(obj)) {
      const items: string[] = [];
      for (const item of obj) items.push(await this.write(item, plain));
      return '[' + items.join(' ') + ']';
    }
    if (obj instanceof PdfDict) {
      const entries: string[] = [];
      for (const [k, v] of Array.from(obj.map.entries())) entries.push(nameToken(k) + ' ' + (await this.write(v, plain)));
      return '<<' + entries.join(' ') + '>>';
    }
    return 'null';
  }

  /** AES-256-CBC with a random IV in front (the AESV3 crypt filter; no per-object key in revision 6). */
  async encrypt(data: Uint8Array): Promise<Uint8Array> {
    const iv = randomBytes(16);
    return concatBytes([iv, await aesCbcPadded(this.key, iv, data)]);
  }
}

function latin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** Types of streams that only describe the old file's layout and are not written again. */
const LAYOUT_TYPES = ['XRef', 'ObjStm'];

/**
 * Encrypts a PDF for opening with `password`. Throws EncryptError('already-encrypted' |
 * 'damaged') for files it will not touch.
 */
export async function encryptPdf(bytes: Uint8Array, password: string): Promise<Uint8Array> {
  const doc = readPdf(bytes);
  const fileKey = randomBytes(32);
  // Nobody needs to change the permissions (all are granted), so the owner password is thrown away.
  const ownerPassword = Array.from(randomBytes(24), (b) => HEX[b >> 4] + HEX[b & 15]).join('');
  const encrypt = await securityEntries(fileKey, password, ownerPassword);

  const root = doc.trailer.get('Root') as PdfRef;
  const info = doc.trailer.get('Info');
  const numbers = numberObjects(doc, info instanceof PdfRef ? [root, info] : [root]);
  // AES-256 is an extension of PDF 1.7 (level 8) and part of PDF 2.0.
  const catalog = doc.get(root.num) as PdfDict;
  const adbe = new PdfDict();
  adbe.map.set('BaseVersion', PdfName.of('1.7'));
  adbe.map.set('ExtensionLevel', 8);
  const extensions = doc.resolve(catalog.get('Extensions'));
  const merged = extensions instanceof PdfDict ? extensions : new PdfDict();
  merged.map.set('ADBE', adbe);
  catalog.map.set('Extensions', merged);

  const key = await aesCbcKey(fileKey);
  const writer = new ObjectWriter(numbers, key);
  const chunks: Uint8Array[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let offset = chunks[0].length;
  const push = (chunk: Uint8Array): void => {
    chunks.push(chunk);
    offset += chunk.length;
  };
  const offsets: number[] = [];
  const ordered = Array.from(numbers.entries()).sort((a, b) => a[1] - b[1]);
  for (const [oldNum, newNum] of ordered) {
    offsets[newNum] = offset;
    const obj = doc.get(oldNum);
    if (obj instanceof PdfStream) {
      const type = obj.dict.get('Type');
      if (type instanceof PdfName && LAYOUT_TYPES.indexOf(type.name) >= 0) {
        push(latin1(`${newNum} 0 obj\nnull\nendobj\n`));
        continue;
      }
      const data = await writer.encrypt(obj.raw);
      const dict = new PdfDict();
      obj.dict.map.forEach((v, k) => dict.map.set(k, v));
      dict.map.set('Length', data.length);
      push(latin1(`${newNum} 0 obj\n${await writer.write(dict, false)}\nstream\n`));
      push(data);
      push(latin1('\nendstream\nendobj\n'));
    } else {
      push(latin1(`${newNum} 0 obj\n${await writer.write(obj, false)}\nendobj\n`));
    }
  }
  const encryptNum = ordered.length + 1;
  offsets[encryptNum] = offset;
  push(latin1(`${encryptNum} 0 obj\n${await writer.write(encrypt, true)}\nendobj\n`));

  const size = encryptNum + 1;
  const xrefAt = offset;
  let table = `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let n = 1; n < size; n++) table += String(offsets[n]).padStart(10, '0') + ' 00000 n \n';
  const ids = doc.resolve(doc.trailer.get('ID'));
  const firstId = Array.isArray(ids) && ids[0] instanceof PdfString && ids[0].bytes.length > 0 ? ids[0].bytes : randomBytes(16);
  const trailer = new PdfDict();
  trailer.map.set('Size', size);
  trailer.map.set('Root', root);
  if (info instanceof PdfRef) trailer.map.set('Info', info);
  trailer.map.set('Encrypt', new PdfRef(-1, 0));
  trailer.map.set('ID', [new PdfString(firstId), new PdfString(randomBytes(16))]);
  const trailerText = (await writer.write(trailer, true)).replace('/Encrypt null', `/Encrypt ${encryptNum} 0 R`);
  push(latin1(`${table}trailer\n${trailerText}\nstartxref\n${xrefAt}\n%%EOF\n`));
  return concatBytes(chunks);
}
