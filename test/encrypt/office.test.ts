/**
 * Office agile encryption checked by independent code: the npm package officecrypto-tool decrypts
 * to the original package (and refuses a wrong password), the `cfb` reader it uses and our own
 * compound-file reader find the streams, and the data-integrity HMAC is verified here with Node's
 * own crypto from the published algorithm ([MS-OFFCRYPTO] §2.3.4.14), which officecrypto-tool skips.
 */
import { createDecipheriv, createHash, createHmac } from 'crypto';
import { zipSync } from 'fflate';
import { encryptOfficePackage } from '../../src/encrypt/office';
import { extractAttachment } from '../../src/extract';
import { openCompoundFile } from '../../src/extract/office/cfb';
import { defaultPolicy } from '../../src/policy/defaults';
import { FIXTURES, readFixture } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const officeCrypto = require('officecrypto-tool') as { decrypt(input: Buffer, options: { password: string }): Promise<Buffer>; isEncrypted(input: Buffer): boolean };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CFB = require('cfb') as { read(data: Buffer, o: { type: 'buffer' }): unknown; find(cfb: unknown, path: string): { content: Buffer } | null };

const PASSWORD = 'tq7m-4xzp-k9ra-hwe3';
const OPTIONS = { maxStreamBytes: 1 << 30, deadline: Infinity, now: () => 0 };

function attribute(xml: string, element: string, name: string): Buffer {
  const tag = new RegExp(`<${element} [^>]*`).exec(xml);
  const value = tag && new RegExp(` ${name}="([^"]*)"`).exec(tag[0]);
  if (!value) throw new Error(`${element}/@${name} missing`);
  return Buffer.from(value[1], 'base64');
}

function aes256cbc(key: Buffer, iv: Buffer, data: Buffer): Buffer {
  const d = createDecipheriv('aes-256-cbc', key, iv);
  d.setAutoPadding(false);
  return Buffer.concat([d.update(data), d.final()]);
}

/** The data-integrity check, written from the specification with Node's crypto. */
function verifyIntegrity(file: Buffer, password: string): boolean {
  const cfb = CFB.read(file, { type: 'buffer' });
  const info = CFB.find(cfb, 'EncryptionInfo')!.content;
  const pkg = CFB.find(cfb, 'EncryptedPackage')!.content;
  expect([...info.subarray(0, 8)]).toEqual([4, 0, 4, 0, 0x40, 0, 0, 0]);
  const xml = info.subarray(8).toString('utf8');
  const salt = attribute(xml, 'p:encryptedKey', 'saltValue');
  let h = createHash('sha512').update(salt).update(Buffer.from(password, 'utf16le')).digest();
  const counter = Buffer.alloc(4);
  for (let i = 0; i < 100000; i++) {
    counter.writeUInt32LE(i);
    h = createHash('sha512').update(counter).update(h).digest();
  }
  const keyFor = (block: number[]) => createHash('sha512').update(h).update(Buffer.from(block)).digest().subarray(0, 32);
  const secret = aes256cbc(keyFor([0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6]), salt, attribute(xml, 'p:encryptedKey', 'encryptedKeyValue'));
  const keySalt = attribute(xml, 'keyData', 'saltValue');
  const ivFor = (block: number[]) => createHash('sha512').update(keySalt).update(Buffer.from(block)).digest().subarray(0, 16);
  const hmacKey = aes256cbc(secret, ivFor([0x5f, 0xb2, 0xad, 0x01, 0x0c, 0xb9, 0xe1, 0xf6]), attribute(xml, 'dataIntegrity', 'encryptedHmacKey'));
  const hmacValue = aes256cbc(secret, ivFor([0xa0, 0x67, 0x7f, 0x02, 0xb2, 0x2c, 0x84, 0x33]), attribute(xml, 'dataIntegrity', 'encryptedHmacValue'));
  return createHmac('sha512', hmacKey).update(pkg).digest().equals(hmacValue);
}

describe.each(['planted.docx', 'planted-list.xlsx', 'planted.pptx'])('%s', (name) => {
  const original = readFixture(FIXTURES, name);
  let encrypted: Buffer;
  beforeAll(async () => {
    encrypted = Buffer.from(await encryptOfficePackage(original, PASSWORD));
  });

  it('decrypts with officecrypto-tool to the original package', async () => {
    expect(officeCrypto.isEncrypted(encrypted)).toBe(true);
    const decrypted = await officeCrypto.decrypt(encrypted, { password: PASSWORD });
    expect(Buffer.compare(decrypted, Buffer.from(original))).toBe(0);
  });

  it('does not decrypt with a wrong password', async () => {
    await expect(officeCrypto.decrypt(encrypted, { password: 'wrong-password' })).rejects.toThrow(/password/i);
  });

  it('carries a data-integrity HMAC that verifies', () => {
    expect(verifyIntegrity(encrypted, PASSWORD)).toBe(true);
    // EncryptedPackage is the last stream of the file; flip a bit inside it, not in the sector padding.
    const streamSize = 8 + Math.ceil(original.length / 16) * 16;
    const tampered = Buffer.from(encrypted);
    tampered[tampered.length - Math.ceil(streamSize / 512) * 512 + 100] ^= 1;
    expect(verifyIntegrity(tampered, PASSWORD)).toBe(false);
  });

  it('is a compound file with the data spaces Office writes, which our reader sees as encrypted', () => {
    const file = openCompoundFile(new Uint8Array(encrypted), OPTIONS);
    expect(file.entries.map((e) => e.path).sort()).toEqual(
      [
        '\u0006DataSpaces',
        '\u0006DataSpaces/DataSpaceInfo',
        '\u0006DataSpaces/DataSpaceInfo/StrongEncryptionDataSpace',
        '\u0006DataSpaces/DataSpaceMap',
        '\u0006DataSpaces/TransformInfo',
        '\u0006DataSpaces/TransformInfo/StrongEncryptionTransform',
        '\u0006DataSpaces/TransformInfo/StrongEncryptionTransform/\u0006Primary',
        '\u0006DataSpaces/Version',
        'EncryptedPackage',
        'EncryptionInfo',
      ].sort(),
    );
    const size = file.read(file.find('EncryptedPackage')!);
    expect(new DataView(size.buffer, size.byteOffset).getUint32(0, true)).toBe(original.length);
    const result = extractAttachment(name, new Uint8Array(encrypted), { limits: defaultPolicy().limits, deadline: Infinity, now: () => 0 });
    expect(result.problems).toEqual([{ detector: 'encrypted-attachment', path: '', reason: 'encrypted' }]);
  });
});

it('handles a package large enough for DIFAT sectors (over 109 FAT sectors)', async () => {
  // A package with 8 MB of stored noise needs more FAT sectors than the header can list.
  const noise = new Uint8Array(8 * 1024 * 1024 + 123);
  for (let i = 0; i < noise.length; i += 65536) crypto.getRandomValues(noise.subarray(i, i + 65536));
  const big = zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'xl/media/noise.bin': [noise, { level: 0 }] });
  const encrypted = Buffer.from(await encryptOfficePackage(big, PASSWORD));
  expect(encrypted.readUInt32LE(0x48)).toBeGreaterThan(0); // DIFAT sectors in use
  const decrypted = await officeCrypto.decrypt(encrypted, { password: PASSWORD });
  expect(Buffer.compare(decrypted, Buffer.from(big))).toBe(0);
}, 60000);
