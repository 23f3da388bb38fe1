/**
 * PDF encryption checked by real readers: qpdf decrypts with the password (and refuses a wrong
 * one), poppler's text of the decrypted file equals the original's, and qpdf reports AES-256
 * revision 6. Inputs from four producers, with and without object streams.
 */
import * as fs from 'fs';
import * as path from 'path';
import { encryptPdf } from '../../src/encrypt/pdf';
import { EncryptError } from '../../src/encrypt/errors';
import { extractAttachment } from '../../src/extract';
import { defaultPolicy } from '../../src/policy/defaults';
import { PDF_FIXTURES, readFixture, run, tempFolder } from './helpers';

const PASSWORD = 'tq7m-4xzp-k9ra-hwe3';
let tmp: string;
beforeAll(() => (tmp = tempFolder()));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function pdftotext(file: string, password?: string): string {
  const r = run('pdftotext', [...(password ? ['-upw', password] : []), file, '-']);
  expect(r.status).toBe(0);
  return r.stdout;
}

// Chromium (Skia), Ghostscript, LibreOffice, and qpdf's object streams + cross-reference stream.
const INPUTS = ['chromium-loonstrook.pdf', 'ghostscript-loonstrook.pdf', 'libreoffice-loonstrook.pdf', 'qpdf-objstm.pdf', 'qpdf-qdf.pdf', 'img2pdf-scan.pdf'];

describe.each(INPUTS)('%s', (name) => {
  let encryptedFile: string;
  beforeAll(async () => {
    encryptedFile = path.join(tmp, name);
    fs.writeFileSync(encryptedFile, await encryptPdf(readFixture(PDF_FIXTURES, name), PASSWORD));
  });

  it('is AES-256 revision 6, and qpdf finds no damage', () => {
    const r = run('qpdf', ['--check', `--password=${PASSWORD}`, encryptedFile]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('R = 6');
    expect(r.stdout).toContain('Supplied password is user password');
    expect(r.stdout).toMatch(/stream encryption method: AESv3/);
    expect(r.stdout).toContain('No syntax or stream encoding errors found');
  });

  it('decrypts with the password to the same text', () => {
    const decrypted = path.join(tmp, 'decrypted-' + name);
    const r = run('qpdf', [`--password=${PASSWORD}`, '--decrypt', encryptedFile, decrypted]);
    expect(r.status).toBe(0);
    expect(pdftotext(decrypted)).toBe(pdftotext(path.join(PDF_FIXTURES, name)));
    // poppler's own decryption too.
    expect(pdftotext(encryptedFile, PASSWORD)).toBe(pdftotext(path.join(PDF_FIXTURES, name)));
  });

  it('does not open without it or with a wrong one', () => {
    expect(run('qpdf', ['--password=wrong-password', '--decrypt', encryptedFile, path.join(tmp, 'x.pdf')]).status).toBe(2);
    expect(run('pdftotext', [encryptedFile, '-']).status).not.toBe(0);
    // No string is left in the clear (every one is written as encrypted hex), and no zlib stream header.
    const raw = fs.readFileSync(encryptedFile, 'latin1');
    expect(raw).not.toMatch(/\/(Producer|Creator|Title)\s*\(/);
    const zlibHeader = /stream\r?\nx(.)/g;
    let m: RegExpExecArray | null;
    while ((m = zlibHeader.exec(raw))) expect([0x01, 0x5e, 0x9c, 0xda]).not.toContain(m[1].charCodeAt(0));
  });

  it('is seen as an encrypted attachment by our own reader', () => {
    const result = extractAttachment(name, new Uint8Array(fs.readFileSync(encryptedFile)), { limits: defaultPolicy().limits, deadline: Infinity, now: () => 0 });
    expect(result.texts).toEqual([]);
    expect(result.problems).toEqual([{ detector: 'encrypted-attachment', path: '', reason: 'encrypted' }]);
  });
});

it('uses a fresh key and fresh IVs each time', async () => {
  const input = readFixture(PDF_FIXTURES, 'libreoffice-clean.pdf');
  const a = Buffer.from(await encryptPdf(input, PASSWORD)).toString('latin1');
  const b = Buffer.from(await encryptPdf(input, PASSWORD)).toString('latin1');
  expect(a).not.toBe(b);
  const u = (s: string) => /\/U <([0-9a-f]+)>/.exec(s)?.[1];
  expect(u(a)).toHaveLength(96);
  expect(u(a)).not.toBe(u(b));
});

describe('refuses', () => {
  it.each(['qpdf-aes256-user.pdf', 'qpdf-aes256-owner.pdf', 'qpdf-aes128-owner.pdf', 'qpdf-rc4-40-owner.pdf', 'qpdf-aes256-owner-objstm.pdf'])('an already encrypted PDF (%s)', async (name) => {
    await expect(encryptPdf(readFixture(PDF_FIXTURES, name), PASSWORD)).rejects.toEqual(new EncryptError('already-encrypted'));
  });

  it('a damaged PDF (cut off before its cross-reference table)', async () => {
    const whole = readFixture(PDF_FIXTURES, 'libreoffice-loonstrook.pdf');
    const cut = whole.subarray(0, Math.floor(whole.length * 0.8));
    await expect(encryptPdf(cut, PASSWORD)).rejects.toEqual(new EncryptError('damaged'));
  });

  it('something that only starts like a PDF', async () => {
    await expect(encryptPdf(new TextEncoder().encode('%PDF-1.7\nnot really'), PASSWORD)).rejects.toEqual(new EncryptError('damaged'));
  });
});
