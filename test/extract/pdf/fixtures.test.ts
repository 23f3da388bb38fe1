/**
 * PDFs from real producers (test/extract/pdf/fixtures/make.sh): each planted value must come out
 * exactly, clean stays clean, scans are no-text, a user password is encrypted.
 */
import * as fs from 'fs';
import * as path from 'path';
import { detectText } from '../../../src/detection';
import { extract, textOf } from './helpers';

const dir = path.join(__dirname, 'fixtures');
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(dir, name)));

/** Every producer's payslip made from loonstrook.html (LibreOffice, Chromium, and qpdf rewrites of LibreOffice's). */
const HTML_PAYSLIPS = [
  'libreoffice-loonstrook.pdf',
  'chromium-loonstrook.pdf',
  'qpdf-objstm.pdf',
  'qpdf-qdf.pdf',
  'qpdf-rc4-40-owner.pdf',
  'qpdf-rc4-128-owner.pdf',
  'qpdf-aes128-owner.pdf',
  'qpdf-aes256-owner.pdf',
  'qpdf-aes256-owner-objstm.pdf',
];

const PLANTED_HTML = [
  'BSN: 123456782',
  '1234.56.782',
  'IBAN NL91 ABNA 0417 1643 00',
  'Brutoloon',
  'Loonheffing',
  'Pensioenpremie',
  'Heffingskorting',
  'Nettoloon',
  'Werkgever',
  'personeelsnummer 48213',
  'Coöperatie',
  'Financiële',
  'één',
  'reïntegratie-uitkering',
  'reünie',
  'café',
];

/** The BSN must never come out split by white space ("12345 6782", "1234 56 782"). */
function expectBsnWhole(text: string): void {
  const spread = text.match(/1\s*2\s*3\s*4\s*5\s*6\s*7\s*8\s*2/g) || [];
  expect(spread.length).toBeGreaterThan(0);
  for (const found of spread) expect(found).toBe('123456782');
}

describe('PDF fixtures from real producers', () => {
  it.each(HTML_PAYSLIPS)('%s: every planted value comes out exactly', (name) => {
    const result = extract(read(name));
    expect(result.problems).toEqual([]);
    const text = textOf(result);
    for (const value of PLANTED_HTML) expect(text).toContain(value);
    expectBsnWhole(text);
  });

  it.each(['libreoffice-loonstrook.pdf', 'chromium-loonstrook.pdf', 'ghostscript-loonstrook.pdf', 'qpdf-aes256-owner-objstm.pdf'])(
    '%s: the detection engine finds the BSN, the IBAN and the payslip in the extracted text; the clean PDF gives nothing',
    (name) => {
      const found = new Set(detectText(textOf(extract(read(name)))).map((m) => m.detector));
      for (const detector of ['bsn', 'iban', 'payslip']) expect(found).toContain(detector);
      expect(detectText(textOf(extract(read('libreoffice-clean.pdf'))))).toEqual([]);
    },
  );

  it('Chromium: the title is a line of its own, the payslip table one row per line with a TAB', () => {
    const text = textOf(extract(read('chromium-loonstrook.pdf')));
    expect(text.split('\n')).toContain('Loonstrook maart 2024');
    expect(text).toMatch(/^Brutoloon\t3\.412,50$/m);
    expect(text).toMatch(/^Nettoloon\t2\.412,90$/m);
  });

  it('Ghostscript: a simple font with /Differences, Latin-1 accents, a number drawn in three pieces', () => {
    const result = extract(read('ghostscript-loonstrook.pdf'));
    expect(result.problems).toEqual([]);
    const text = textOf(result);
    for (const value of ['Salarisspecificatie', 'loonstrook', 'BSN: 123456782', '1234.56.782', 'NL91 ABNA 0417 1643 00', 'Loonheffing', 'Financiële coördinatie, één reünie']) {
      expect(text).toContain(value);
    }
    expect(text).toContain('BSN in stukken: 123456782');
    expectBsnWhole(text);
  });

  it('a clean document stays clean: no numbers that look like a BSN or IBAN, no payslip terms, no problems', () => {
    const result = extract(read('libreoffice-clean.pdf'));
    expect(result.problems).toEqual([]);
    const text = textOf(result);
    expect(text).toContain('Dinsdag om tien uur in de grote vergaderzaal.');
    expect(text).toContain('ideeën');
    expect(text).not.toMatch(/\d{5,}/);
    expect(text).not.toMatch(/loon|bsn|iban/i);
  });

  it.each(['img2pdf-scan.pdf', 'ghostscript-scan.pdf'])('%s: an image-only PDF is unscannable (no-text), never a silent pass', (name) => {
    const result = extract(read(name));
    expect(result.texts).toEqual([]);
    expect(result.problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'no-text' }]);
  });

  it.each(['qpdf-aes256-user.pdf', 'qpdf-rc4-128-user.pdf'])('%s: a PDF that needs a user password is encrypted', (name) => {
    const result = extract(read(name));
    expect(result.texts).toEqual([]);
    expect(result.problems).toEqual([{ detector: 'encrypted-attachment', path: '', reason: 'encrypted' }]);
  });

  it('the header may come a little after the start (junk before %PDF)', () => {
    const original = read('qpdf-objstm.pdf');
    const shifted = new Uint8Array(original.length + 37);
    shifted.set(new TextEncoder().encode('X-Gateway: scanned\r\nContent-Type: x\r\n').subarray(0, 37));
    shifted.set(original, 37);
    const result = extract(shifted);
    expect(result.problems).toEqual([]);
    expect(textOf(result)).toContain('BSN: 123456782');
  });
});
