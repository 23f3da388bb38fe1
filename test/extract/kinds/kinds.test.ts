/**
 * What a file says it is (its name and its content together), "read but empty", and image-only
 * PDFs: every file of a kind we read either gives its text or a finding the default policy reports.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { extractAttachment } from '../../../src/extract';
import { DAMAGED_REASONS } from '../../../src/extract/kind';
import type { ExtractResult } from '../../../src/extract/types';
import { defaultPolicy } from '../../../src/policy/defaults';
import { scanMessage } from '../../../src/scan';
import { reasonText } from '../../../src/scan/texts';

const HERE = join(__dirname, 'fixtures');
const LEGACY = join(__dirname, '..', 'office', 'fixtures');
const EXTRACT = join(__dirname, '..', 'fixtures');

function read(folder: string, name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(folder, name)));
}

function extract(name: string, bytes: Uint8Array): ExtractResult {
  const limits = defaultPolicy().limits;
  return extractAttachment(name, bytes, { limits, deadline: Date.now() + 30000, now: Date.now });
}

function text(result: ExtractResult): string {
  return result.texts.map((t) => t.text).join('\n');
}

/** The findings the default policy reports for a message with this one attachment. */
function findings(name: string, bytes: Uint8Array) {
  const report = scanMessage(
    { subject: '', bodyText: '', to: [], cc: [], bcc: [], attachments: [{ name, bytes, kind: 'file' }] },
    { policy: defaultPolicy(), lang: 'en' },
  );
  return report.findings;
}

/** A copy with `count` bytes from `at` overwritten by a fixed non-signature pattern. */
function damage(bytes: Uint8Array, at: number, count: number): Uint8Array {
  const out = bytes.slice();
  for (let i = at; i < at + count && i < out.length; i++) out[i] = 0x41 + (i % 7);
  return out;
}

/** Bytes that are no format at all (and not text). */
function noise(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 7919 + 13) % 256);
}

describe('a damaged signature: the name and the rest of the content still choose the reader', () => {
  it.each([
    ['payslip.doc', '111222333'],
    ['bsn-list.xls', 'NL'],
    ['personeel.ppt', '111222333'],
  ])('%s with its first 8 bytes overwritten is still read, by name and without one', (name, planted) => {
    const broken = damage(read(LEGACY, name), 0, 8);
    for (const as of [name, 'attachment']) {
      const result = extract(as, broken);
      expect(result.problems).toEqual([]);
      expect(text(result)).toContain(planted);
    }
  });

  it('a .xls whose whole header is gone is reported in the words of its name, at a reported confidence', () => {
    const broken = damage(read(LEGACY, 'bsn-list.xls'), 0, 512);
    expect(extract('bsn-list.xls', broken).problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'damaged-spreadsheet' }]);
    const found = findings('bsn-list.xls', broken);
    expect(found.map((f) => [f.detector, f.confidence, f.evidence])).toEqual([
      ['unscannable-attachment', 'high', 'the file says it is a spreadsheet (Excel, OpenDocument), but its content is damaged'],
    ]);
  });

  it('a compound file whose whole header is gone, without a name we know, is still reported (its directory says what it is)', () => {
    const broken = damage(read(LEGACY, 'personeel.ppt'), 0, 512);
    expect(findings('bijlage', broken).map((f) => [f.detector, f.confidence])).toEqual([['unscannable-attachment', 'high']]);
  });

  it('a .rtf whose {\\rtf header is damaged is still read as RTF', () => {
    const bytes = read(EXTRACT, 'planted.rtf');
    for (const broken of [damage(bytes, 0, 6), damage(bytes, 0, 1)]) {
      const result = extract('planted.rtf', broken);
      expect(text(result)).toContain('BSN 123456782');
      expect(text(result)).not.toContain('\\fonttbl');
      // And without its name: the RTF header's control words say what it is.
      expect(text(extract('attachment', broken))).not.toContain('\\fonttbl');
    }
  });

  it('a .docx that is not a zip at all is reported, not "unknown format"', () => {
    expect(extract('contract.docx', noise(4000)).problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'damaged-document' }]);
    expect(findings('contract.docx', noise(4000)).map((f) => [f.detector, f.confidence])).toEqual([['unscannable-attachment', 'high']]);
    expect(findings('overzicht.pptx', noise(4000)).map((f) => f.detector)).toEqual(['unscannable-attachment']);
    expect(findings('archief.zip', noise(4000)).map((f) => f.detector)).toEqual(['unscannable-attachment']);
  });

  it('a .pdf without its %PDF- header is still read; one that is no PDF at all is reported', () => {
    const pdf = read(join(__dirname, '..', 'pdf', 'fixtures'), 'libreoffice-loonstrook.pdf');
    const headless = damage(pdf, 0, 8);
    expect(text(extract('loonstrook.pdf', headless))).toContain('BSN: 123456782');
    expect(extract('loonstrook.pdf', noise(4000)).problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'damaged-pdf' }]);
  });

  it('without a name we know: a PDF with a damaged header is known by its objects, a docx by its zip directory', () => {
    const pdf = damage(read(join(__dirname, '..', 'pdf', 'fixtures'), 'libreoffice-loonstrook.pdf'), 0, 8);
    expect(text(extract('bijlage', pdf))).toContain('BSN: 123456782');
    const docx = damage(read(EXTRACT, 'planted.docx'), 0, 4);
    expect(text(extract('bijlage', docx))).toContain('123456782');
  });

  it('a .doc or .xls that is really text (HTML, CSV) is read as text, not reported', () => {
    const html = new TextEncoder().encode('<html><body><p>Rekening NL91 ABNA 0417 1643 00</p></body></html>');
    const result = extract('export.xls', html);
    expect(result.problems).toEqual([]);
    expect(text(result)).toContain('NL91 ABNA 0417 1643 00');
  });

  it('an unknown binary with a name we do not read stays low (the default policy does not report it)', () => {
    expect(extract('data.bin', noise(4000)).problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'unknown-format' }]);
    expect(findings('data.bin', noise(4000))).toEqual([]);
    expect(findings('foto.jpg', noise(4000))).toEqual([]);
  });

  it('every "damaged" reason is worded in both languages', () => {
    for (const reason of DAMAGED_REASONS) {
      expect(reasonText(reason, 'en')).not.toBe(reason);
      expect(reasonText(reason, 'nl')).not.toBe(reason);
      expect(reasonText(reason, 'nl')).not.toBe(reasonText(reason, 'en'));
    }
  });
});

describe('read but empty: a document without text of its own is reported', () => {
  it.each(['empty.docx', 'empty.odt', 'empty.rtf', 'empty.xlsx'])('%s made by LibreOffice from an empty source: no-text', (name) => {
    expect(extract(name, read(HERE, name)).problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'no-text' }]);
    expect(findings(name, read(HERE, name)).map((f) => [f.detector, f.confidence, f.reason])).toEqual([['unscannable-attachment', 'high', 'no-text']]);
  });

  it('a presentation with only the master prompts (LibreOffice, empty slide): no-text, the master text is still scanned', () => {
    const result = extract('leeg.ppt', read(LEGACY, 'leeg.ppt'));
    expect(result.problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'no-text' }]);
    expect(text(result)).toContain('Click to edit the title text format');
  });

  it.each(['numbers.xlsx', 'numbers.xls'])('%s, a sheet of numbers only, has text: nothing reported', (name) => {
    const result = extract(name, read(HERE, name));
    expect(result.problems).toEqual([]);
    expect(text(result)).toContain('1203');
    expect(findings(name, read(HERE, name))).toEqual([]);
  });

  it.each([
    ['clean.docx', EXTRACT],
    ['clean.odt', EXTRACT],
    ['clean.xlsx', EXTRACT],
    ['clean.pptx', EXTRACT],
    ['clean.rtf', EXTRACT],
    ['vergadering.ppt', LEGACY],
    ['meeting-notes.doc', LEGACY],
    ['inventory.xls', LEGACY],
  ])('a clean, well-formed %s still passes', (name, folder) => {
    expect(findings(name, read(folder, name))).toEqual([]);
  });
});

describe('image-only PDFs: only text drawn on the page counts', () => {
  it.each(['libreoffice-scan.pdf', 'ghostscript-marked-scan.pdf'])('%s (a screenshot of a page; bookmarks and document info beside it) is no-text', (name) => {
    const result = extract(name, read(HERE, name));
    expect(result.problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'no-text' }]);
    expect(findings(name, read(HERE, name)).map((f) => [f.detector, f.confidence])).toEqual([['unscannable-attachment', 'high']]);
  });

  it('text in a layer switched off is scanned, but the scanned page is still reported as without text', () => {
    const result = extract('scan.pdf', read(HERE, 'ghostscript-layer-off.pdf'));
    expect(result.problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'no-text' }]);
    expect(text(result)).toContain('BSN 111222333');
    expect(findings('scan.pdf', read(HERE, 'ghostscript-layer-off.pdf')).map((f) => f.detector).sort()).toEqual(['bsn', 'unscannable-attachment']);
  });

  it('the same page with the layer switched on has text: no problem', () => {
    const result = extract('scan.pdf', read(HERE, 'ghostscript-layer-on.pdf'));
    expect(result.problems).toEqual([]);
    expect(text(result)).toContain('BSN 111222333');
  });
});
