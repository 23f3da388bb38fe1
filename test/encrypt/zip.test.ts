/**
 * The AES-256 zip checked by 7-Zip: it lists the entry as AES-256, extracts the original bytes
 * with the password and refuses a wrong one. Compressible and incompressible content, a UTF-8 name.
 */
import * as fs from 'fs';
import * as path from 'path';
import { encryptZip } from '../../src/encrypt/zip';
import { aesCtrLittleEndian } from '../../src/crypto/aes';
import { FIXTURES, readFixture, run, tempFolder } from './helpers';

const PASSWORD = 'tq7m-4xzp-k9ra-hwe3';
let tmp: string;
beforeAll(() => (tmp = tempFolder()));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const noise = new Uint8Array(200000);
for (let i = 0; i < noise.length; i += 65536) crypto.getRandomValues(noise.subarray(i, i + 65536));

const CASES: [string, string, Uint8Array][] = [
  ['a csv (deflated)', 'planted-list.csv', readFixture(FIXTURES, 'planted-list.csv')],
  ['noise (stored)', 'ruis.bin', noise],
  ['a UTF-8 name', 'overzicht cliënten €.txt', new TextEncoder().encode('regel\n'.repeat(100))],
  ['one byte', 'x.txt', Uint8Array.from([65])],
];

describe.each(CASES)('%s', (_label, name, data) => {
  let zipFile: string;
  beforeAll(async () => {
    zipFile = path.join(tmp, `${_label.replace(/\W+/g, '-')}.zip`);
    fs.writeFileSync(zipFile, await encryptZip(name, data, PASSWORD));
  });

  it('is listed by 7-Zip as one AES-256 entry', () => {
    const r = run('7z', ['l', '-slt', `-p${PASSWORD}`, zipFile]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Path = ${name}`);
    expect(r.stdout).toContain('Encrypted = +');
    expect(r.stdout).toMatch(/Method = AES-256 (Deflate|Store)/);
  });

  it('extracts with the password to the original bytes', () => {
    const out = path.join(tmp, 'out-' + _label.replace(/\W+/g, '-'));
    const r = run('7z', ['x', `-p${PASSWORD}`, `-o${out}`, zipFile]);
    expect(r.status).toBe(0);
    expect(Buffer.compare(fs.readFileSync(path.join(out, name)), Buffer.from(data))).toBe(0);
  });

  it('refuses a wrong password', () => {
    const r = run('7z', ['x', '-pwrong-password', `-o${path.join(tmp, 'wrong')}`, zipFile]);
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/Wrong password/i);
  });
});

it('AES-CTR with the little-endian counter starts at 1 and carries into the next byte', () => {
  const key = new Uint8Array(32).fill(7);
  // Block 256 uses counter bytes [0, 1, 0 ...]: compare against a single block computed directly.
  const zeros = new Uint8Array(16 * 256);
  const stream = aesCtrLittleEndian(key, zeros);
  const counter256 = new Uint8Array(16);
  counter256[1] = 1;
  // CTR of a zero block with counter c is E(c); E(c) is also CBC of c with a zero IV.
  const { createCipheriv } = jest.requireActual('crypto') as typeof import('crypto');
  const cipher = createCipheriv('aes-256-ecb', Buffer.from(key), null);
  cipher.setAutoPadding(false);
  expect(Buffer.from(stream.subarray(255 * 16, 256 * 16))).toEqual(cipher.update(Buffer.from(counter256)));
  const first = new Uint8Array(16);
  first[0] = 1;
  const cipher1 = createCipheriv('aes-256-ecb', Buffer.from(key), null);
  cipher1.setAutoPadding(false);
  expect(Buffer.from(stream.subarray(0, 16))).toEqual(cipher1.update(Buffer.from(first)));
});
