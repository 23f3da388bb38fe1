/**
 * Kinds of damage the never-silent mutation run found that were allowed without a word, each as a
 * recipe on a real-producer fixture (the edit a flipped or lost byte makes, found by what it hits,
 * not by offset). Each case failed before its fix: the value was hidden and nothing was reported.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadMessage } from '../../../src/cli/inputs';
import { defaultPolicy } from '../../../src/policy/defaults';
import { scanMessage } from '../../../src/scan';
import type { MessageInput } from '../../../src/model/message';

const TEST = join(__dirname, '..', '..');
const VALUES = ['bsn', 'iban'];
const REPORTED = ['unscannable-attachment', 'encrypted-attachment'];

function file(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(TEST, path)));
}

/** The attachment findings the default policy reports. */
function reported(name: string, bytes: Uint8Array): string[] {
  const message: MessageInput = { to: [], cc: [], bcc: [], subject: '', bodyText: '', attachments: [{ name, kind: 'file', bytes }] };
  const report = scanMessage(message, { policy: defaultPolicy(), now: () => 0, lang: 'en' });
  return report.findings.filter((f) => f.location.part === 'attachment').map((f) => f.detector);
}

/** Replaces the `nth` occurrence of `find` (latin1 bytes) with `replace` of the same length. */
function edit(bytes: Uint8Array, find: string, replace: string, nth = 0): Uint8Array {
  expect(replace.length).toBe(find.length);
  const text = Buffer.from(bytes).toString('latin1');
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(find, at + 1);
  expect(at).toBeGreaterThanOrEqual(0);
  const out = bytes.slice();
  out.set(Buffer.from(replace, 'latin1'), at);
  return out;
}

const text = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const html = (): string => readFileSync(join(TEST, 'extract/fixtures/planted.html'), 'utf8');
const xml = (): string => readFileSync(join(TEST, 'extract/fixtures/planted.xml'), 'utf8');

describe('damage that hid the planted value is read through or reported', () => {
  it.each([
    ['a paragraph tag that lost its ">" (it would swallow the text up to the next tag)', html().replace('<p>Werknemer', '<p?Werknemer')],
    ['a table cell that lost its ">"', '<table><tr><th>Naam</th><th>BSN</th></tr><tr><td>Jan</td><td?123456782</td></tr></table>'],
    ['a damaged </title> (the title would run to the end)', html().replace('</title>', '</ti\u00a4le>')],
    ['a damaged </head> and <body>', html().replace('</head>', '</hexd>').replace('<body>', '<bxdy>')],
    ['an attribute quote that never closes', html().replace('<p>Werknemer', '<p class="x>Werknemer')],
    ['a comment whose end was damaged', html().replace('<h1>', '<!-- kop -- >\n<h1>')],
  ])('html: %s', (_what, damaged) => {
    expect(reported('loonstrook.html', text(damaged))).toEqual(expect.arrayContaining(['bsn']));
  });

  it.each([
    ['the declaration lost its "?>"', xml().replace('"UTF-8"?>', '"UTF-8"*>')],
    ['an attribute quote that never closes', xml().replace('periode="2024-03"', 'periode="2024-03\u00e9')],
    ['a comment whose end was damaged', xml().replace('<werknemer>', '<!-- nieuw - -><werknemer>')],
  ])('xml: %s', (_what, damaged) => {
    expect(reported('loonstrook.xml', text(damaged))).toEqual(expect.arrayContaining(['bsn']));
  });

  it('pdf: an embedded file whose /Filter key was damaged is inflated (its deflate data intact) and reported', () => {
    // The second /Filter in Ghostscript's file is the attached loonstrook.txt's stream.
    const damaged = edit(file('extract/embedded/fixtures/annotated.pdf'), '/Filter', '/Filtxr', 1);
    const found = reported('annotated.pdf', damaged);
    expect(found).toEqual(expect.arrayContaining(['bsn', 'unscannable-attachment']));
  });

  it('pdf: a filter name that was damaged is read the same way', () => {
    const damaged = edit(file('extract/embedded/fixtures/annotated.pdf'), '/FlateDecode', '/FlateDxcode', 1);
    expect(reported('annotated.pdf', damaged)).toEqual(expect.arrayContaining(['bsn', 'unscannable-attachment']));
  });

  it("pdf: a composite font whose dictionary keys (its widths among them) were overwritten: reported", () => {
    // Chromium's CIDFontType2 dictionary from /Subtype to inside its /W array zeroed: without the
    // widths every glyph stands apart and "BSN: 123456782" reads as letters with spaces between.
    const bytes = file('extract/pdf/fixtures/chromium-loonstrook.pdf');
    const latin = Buffer.from(bytes).toString('latin1');
    const from = latin.indexOf('/Subtype /CIDFontType2');
    const widths = latin.indexOf('/W [', from);
    expect(from > 0 && widths > from).toBe(true);
    const damaged = bytes.slice();
    damaged.fill(0, from, widths + 40);
    expect(reported('chromium-loonstrook.pdf', damaged)).toEqual(expect.arrayContaining(['unscannable-attachment']));
  });

  it("pdf: a ToUnicode map out of step (the tenth entry's '<' changed, so every later code maps to the next one's letters): reported", () => {
    // qpdf's QDF output keeps streams uncompressed, so no checksum notices the change.
    const bytes = file('extract/pdf/fixtures/qpdf-qdf.pdf');
    const latin = Buffer.from(bytes).toString('latin1');
    const block = latin.indexOf('beginbfchar');
    const entry = latin.indexOf('\n<0A> <', block) + 1;
    expect(block > 0 && entry > block).toBe(true);
    const damaged = bytes.slice();
    damaged[entry] = 0xc7;
    expect(reported('qpdf-qdf.pdf', damaged)).toEqual(expect.arrayContaining(['unscannable-attachment']));
  });

  it("pdf: a ToUnicode code written with a letter that is no hex digit (<2A> made <2U>): reported", () => {
    const bytes = file('extract/pdf/fixtures/qpdf-qdf.pdf');
    const latin = Buffer.from(bytes).toString('latin1');
    const entry = latin.indexOf('\n<2A> <', latin.indexOf('beginbfchar')) + 3;
    expect(entry).toBeGreaterThan(3);
    const damaged = bytes.slice();
    damaged[entry] = 0x55; // 'U'
    expect(reported('qpdf-qdf.pdf', damaged)).toEqual(expect.arrayContaining(['unscannable-attachment']));
  });

  it("pdf: a composite font's /W array zeroed in its middle (still valid syntax, NUL is white space; with /DW 0 the lost glyphs have no width): reported", () => {
    const bytes = file('extract/pdf/fixtures/chromium-loonstrook.pdf');
    const latin = Buffer.from(bytes).toString('latin1');
    // The body text's font: the last of the two, with the long width table.
    const widths = latin.indexOf('/W [', latin.lastIndexOf('/Subtype /CIDFontType2'));
    const end = latin.indexOf(']]', widths);
    expect(widths > 0 && end > widths + 300).toBe(true);
    const damaged = bytes.slice();
    damaged.fill(0, widths + 150, end - 40);
    expect(reported('chromium-loonstrook.pdf', damaged)).toEqual(expect.arrayContaining(['unscannable-attachment']));
  });

  it("pdf: a ToUnicode map's end and the objects after it zeroed (the stream runs on into the next font's map): reported", () => {
    const bytes = file('extract/pdf/fixtures/qpdf-qdf.pdf');
    const latin = Buffer.from(bytes).toString('latin1');
    // From the last entry's Unicode value to the next map's first block: what is left of this map
    // runs on into that one, whose codes then map to the other font's letters.
    const last = latin.indexOf('<3C> <', latin.indexOf('beginbfchar')) + 5;
    const next = latin.indexOf('begincodespacerange', latin.indexOf('endcmap', last));
    expect(last > 5 && next > last).toBe(true);
    const damaged = bytes.slice();
    damaged.fill(0, last, next);
    expect(reported('qpdf-qdf.pdf', damaged)).toEqual(expect.arrayContaining(['unscannable-attachment']));
  });

  it("pdf: a ToUnicode map's end, its /Length object and the next object zeroed (the stream's data then runs over `endobj` into the next map): reported", () => {
    const bytes = file('extract/pdf/fixtures/qpdf-qdf.pdf');
    const latin = Buffer.from(bytes).toString('latin1');
    const end = latin.indexOf('endcmap', latin.indexOf('beginbfchar'));
    const stem = latin.indexOf('/StemV', end);
    expect(end > 0 && stem > end).toBe(true);
    const damaged = bytes.slice();
    damaged.fill(0, end + 4, stem - 1);
    expect(reported('qpdf-qdf.pdf', damaged)).toEqual(expect.arrayContaining(['unscannable-attachment']));
  });

  it('pdf: a page content stream zeroed from inside a hex string on (NUL is white space there, so it parses; the text drawn there is gone): reported', () => {
    const bytes = file('extract/pdf/fixtures/qpdf-qdf.pdf');
    const line = Buffer.from(bytes).toString('latin1').indexOf('56.8 776.389 Td /F1 11 Tf[');
    expect(line).toBeGreaterThan(0);
    const damaged = bytes.slice();
    damaged.fill(0, line + 80, line + 931);
    expect(reported('qpdf-qdf.pdf', damaged)).toEqual(expect.arrayContaining(['unscannable-attachment']));
  });

  it("zip: a central directory entry's method, CRC and sizes zeroed (it then says: stored, empty; the local header says otherwise): reported", () => {
    const bytes = file('extract/fixtures/plain.zip');
    const latin = Buffer.from(bytes).toString('latin1');
    const entry = latin.lastIndexOf('PK\x01\x02', latin.indexOf('map/loonstrook.txt', latin.indexOf('PK\x01\x02')));
    expect(entry).toBeGreaterThan(0);
    const damaged = bytes.slice();
    damaged.fill(0, entry + 6, entry + 25);
    expect(reported('plain.zip', damaged)).toEqual(expect.arrayContaining(['unscannable-attachment']));
  });

  it('pdf: entries in the middle of a ToUnicode map zeroed (NUL is white space, so the rest still parses; their codes map to nothing): reported', () => {
    const bytes = file('extract/pdf/fixtures/qpdf-qdf.pdf');
    const latin = Buffer.from(bytes).toString('latin1');
    const block = latin.indexOf('beginbfchar');
    const from = latin.indexOf('<2A> <', block);
    const to = latin.indexOf('<3C> <', block);
    expect(block > 0 && from > block && to > from).toBe(true);
    const damaged = bytes.slice();
    damaged.fill(0, from, to);
    expect(reported('qpdf-qdf.pdf', damaged)).toEqual(expect.arrayContaining(['unscannable-attachment']));
  });

  it('flat ODF: a damaged <office:body> tag does not hide the body', () => {
    const fodt = Buffer.from(file('extract/fixtures/planted-flat.fodt')).toString('latin1').replace('<office:body>', '\r&M\xa5ice:body>');
    expect(reported('planted-flat.fodt', new Uint8Array(Buffer.from(fodt, 'latin1')))).toEqual(expect.arrayContaining(['bsn']));
  });

  it("text: a UTF-16 text whose first bytes were overwritten, starting with '<', is read as text", () => {
    const bytes = file('extract/fixtures/planted-utf16le-bom.txt');
    const damaged = bytes.slice();
    damaged.set([0x3c, 0x03, 0x6f, 0x05, 0x0a, 0x48, 0xb0, 0x04], 0);
    expect(reported('planted-utf16le-bom.txt', damaged)).toEqual(expect.arrayContaining(['bsn']));
  });

  it('pdf: a file attachment annotation whose /Subtype and embedded file /Type were both damaged is still followed', () => {
    const damaged = edit(edit(file('extract/embedded/fixtures/annotated.pdf'), '/FileAttachment', '/FileAttachm6nt'), '/EmbeddedFile/', '/E\xfcbeddedFile/');
    expect(reported('annotated.pdf', damaged)).toEqual(expect.arrayContaining(['bsn']));
  });

  describe('eml (the values only in an xlsx attachment, base64)', () => {
    const mail = (): string => Buffer.from(file('extract/recovery/fixtures/attachment-only.eml')).toString('latin1');
    const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
    const attachmentStart = (m: string): number => m.indexOf('--grens-lijst\nContent-Type: application');

    it('is read with its attachment when whole', () => {
      expect(reported('lijst.eml', bytes(mail()))).toEqual(expect.arrayContaining(['bsn']));
    });

    it.each([
      ['cut short before the attachment (no closing delimiter)', (m: string) => m.slice(0, attachmentStart(m))],
      ['the delimiter before the attachment with one byte changed (the text part swallows it)', (m: string) => m.replace('--grens-lijst\nContent-Type: application', '--grens-lijsx\nContent-Type: application')],
      ['cut right after the delimiter that begins the attachment', (m: string) => m.slice(0, attachmentStart(m) + '--grens-lijst'.length)],
      ['cut inside the header block', (m: string) => m.slice(0, m.indexOf('Message-ID:') + 20)],
      ['cut at the end of a header line (no blank line, no body)', (m: string) => m.slice(0, m.indexOf('\n', m.indexOf('Subject:')) + 1)],
      ['cut right after the header block of a multipart message (no part at all)', (m: string) => m.slice(0, m.indexOf('\n\n') + 2)],
      ['the delimiter before the attachment with its start and line break damaged', (m: string) => m.replace('\n--grens-lijst\nContent-Type: application', 'a\xad\x96{zens-lijst\nContent-Type: application')],
      ['the delimiter before the attachment zeroed after its first bytes', (m: string) => m.replace('--grens-lijst\nContent-Type: application', '--grens\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000Type: application')],
      ["the boundary parameter damaged (it never occurs)", (m: string) => m.replace('boundary="grens-lijst"', 'boundary="grens-lijst<')],
      ["the attachment part's blank line lost (its header block swallows the data)", (m: string) => m.replace('MIME-Version: 1.0\n\nUEsD', 'MIME-Version: 1.0\n\u0000UEsD')],
      ['the delimiter line before the attachment overwritten whole (the text part swallows its header lines)', (m: string) => m.replace('\n\n--grens-lijst\nContent-Type: application', '\xa1\xe6\xe0\xe5\xaa\xc2\xe5\xd2s-lijst\nContent-Type: application')],
      ['the delimiter and the start of the attachment zeroed (NUL bytes in the text part)', (m: string) => { const at = m.indexOf('bijlage.') + 5; return m.slice(0, at) + '\u0000'.repeat(700) + m.slice(at + 700); }],
      ["the text part's header, the delimiter and the attachment's header zeroed (NUL bytes in a header block)", (m: string) => { const at = m.indexOf('charset="utf-8"', m.indexOf('--grens-lijst')) + 14; return m.slice(0, at) + '\u0000'.repeat(230) + m.slice(at + 230); }],
    ])('%s: reported', (_what, damage) => {
      expect(reported('lijst.eml', bytes(damage(mail())))).toEqual(expect.arrayContaining(['unscannable-attachment']));
    });

    it('a top-level .eml cut short is reported by the CLI as a damaged message', () => {
      const dir = mkdtempSync(join(tmpdir(), 'send-guard-eml-'));
      try {
        const path = join(dir, 'lijst.eml');
        writeFileSync(path, Buffer.from(mail().slice(0, attachmentStart(mail())), 'latin1'));
        const report = scanMessage(loadMessage(path), { policy: defaultPolicy(), now: () => 0, lang: 'en' });
        expect(report.findings.map((f) => f.detector)).toContain('unscannable-attachment');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it.each([
      ["the message's Content-Type lost (its parts read by the boundary lines they carry)", (m: string) => m.replace('Content-Type: multipart/mixed', 'Content-Tzpe: multipart/mixed')],
      ["a byte of the message's type changed (\"Content-Type:kmultipart/mixed\", no known media type)", (m: string) => m.replace('Content-Type: multipart/mixed', 'Content-Type:kmultipart/mixed')],
      ['the attachment\'s Content-Transfer-Encoding header damaged (base64 read as base64)', (m: string) => m.replace('Content-Transfer-Encoding: base64\nContent-Disposition', 'Content-Transfer-EncodinN: base64\nContent-Disposition')],
    ])('%s: still read, and reported', (_what, damage) => {
      expect(reported('lijst.eml', bytes(damage(mail())))).toEqual(expect.arrayContaining(['bsn', 'unscannable-attachment']));
    });
  });

  describe('msg (a link in the compound-file directory overwritten: what hung below it is unreachable)', () => {
    /** Sets the directory link that points at the entry named `name` to "none" (the directory's sectors in a row, as these writers lay them). */
    const unlink = (bytes: Uint8Array, name: string): Uint8Array => {
      const out = bytes.slice();
      const view = new DataView(out.buffer);
      const directory = (view.getUint32(0x30, true) + 1) * 512;
      const id = (Buffer.from(out).indexOf(Buffer.from(name + '\0', 'utf16le'), directory) - directory) / 128;
      expect(Number.isInteger(id) && id > 0).toBe(true);
      for (let entry = directory; entry + 128 <= out.length; entry += 128) {
        for (const link of [0x44, 0x48, 0x4c]) {
          if (view.getUint32(entry + link, true) !== id) continue;
          view.setUint32(entry + link, 0xffffffff, true);
          return out;
        }
      }
      throw new Error('no link to ' + name);
    };

    it.each([
      ['forwarded.msg', '__substg1.0_1000001F'],
      ['payslip-mail.msg', '__substg1.0_1000001F'],
      ['payslip-mail.msg', '__substg1.0_0037001F'],
    ])('%s with the link to %s lost: reported', (fixture, entry) => {
      const original = file('extract/office/fixtures/' + fixture);
      expect(reported(fixture, original)).toEqual(expect.arrayContaining(['bsn']));
      const damaged = unlink(original, entry);
      const found = reported(fixture, damaged);
      expect(found.some((d) => VALUES.indexOf(d) >= 0) && !found.some((d) => REPORTED.indexOf(d) >= 0)).toBe(false);
      expect(found).toEqual(expect.arrayContaining(['unscannable-attachment']));
    });

    it('the same .msg given to the CLI as a message is reported as a damaged message', () => {
      const dir = mkdtempSync(join(tmpdir(), 'send-guard-msg-'));
      try {
        const path = join(dir, 'forwarded.msg');
        writeFileSync(path, unlink(file('extract/office/fixtures/forwarded.msg'), '__substg1.0_1000001F'));
        const report = scanMessage(loadMessage(path), { policy: defaultPolicy(), now: () => 0, lang: 'en' });
        expect(report.findings).toEqual(expect.arrayContaining([expect.objectContaining({ detector: 'unscannable-attachment', reason: 'damaged-mail' })]));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('xls (LibreOffice payroll.xls, sheet Personeel with a BSN column)', () => {
    const payroll = (): Uint8Array => file('extract/office/fixtures/payroll.xls');
    // LABELSST, 10 bytes, row 0, column 1: the "BSN" header of the first sheet.
    const bsnHeader = '\xfd\x00\x0a\x00\x00\x00\x01\x00';

    it('is read with its header and values when whole', () => {
      expect(reported('payroll.xls', payroll())).toEqual(expect.arrayContaining(['bsn']));
    });

    it.each([
      ['to a type no sheet holds', '\xf5'],
      ['to another record of the cell area (COLINFO)', '\x7d'],
    ])("the header cell's record type changed %s: reported", (_what, type) => {
      const damaged = edit(payroll(), bsnHeader, type + bsnHeader.slice(1));
      expect(reported('payroll.xls', damaged)).toEqual(expect.arrayContaining(['unscannable-attachment']));
    });

    it('a sheet dropped from the sheet list (its BOUNDSHEET type changed) is still read, and reported', () => {
      const damaged = edit(payroll(), '\x85\x00\x11\x00', '\x84\x00\x11\x00');
      expect(reported('payroll.xls', damaged)).toEqual(expect.arrayContaining(['bsn', 'unscannable-attachment']));
    });

    it("a record whose size runs into the next sheet (its cells read as the first sheet's): reported", () => {
      // The first sheet's DIMENSIONS record made long enough to end where the second sheet's rows begin.
      const bytes = payroll();
      const latin = Buffer.from(bytes).toString('latin1');
      const dimensions = latin.indexOf('\x00\x02\x0e\x00');
      const nextRows = latin.indexOf('\x08\x02\x10\x00', latin.indexOf('\x00\x02\x0e\x00', dimensions + 1));
      const size = nextRows - (dimensions + 4);
      expect(dimensions > 0 && size > 0 && size < 0x10000).toBe(true);
      const damaged = bytes.slice();
      damaged[dimensions + 2] = size & 0xff;
      damaged[dimensions + 3] = size >> 8;
      expect(reported('payroll.xls', damaged)).toEqual(expect.arrayContaining(['unscannable-attachment']));
    });
  });

  it.each(['extract/recovery/fixtures/attachment-only.eml', 'extract/recovery/fixtures/payslip.eml', 'extract/fixtures/planted.html', 'extract/fixtures/planted.xml', 'extract/fixtures/planted-utf16le-bom.txt', 'extract/pdf/fixtures/chromium-loonstrook.pdf', 'extract/pdf/fixtures/qpdf-qdf.pdf', 'extract/fixtures/planted-flat.fodt', 'extract/office/fixtures/payroll.xls', 'extract/office/fixtures/bsn-list.xls', 'extract/office/fixtures/inventory.xls', 'extract/office/fixtures/long-list.xls', 'extract/embedded/fixtures/annotated.pdf'])(
    'the undamaged %s is not reported',
    (path) => {
      const found = reported(path.slice(path.lastIndexOf('/') + 1), file(path));
      expect(found.filter((d) => REPORTED.indexOf(d) >= 0)).toEqual([]);
      if (!/inventory/.test(path)) expect(found.some((d) => VALUES.indexOf(d) >= 0)).toBe(true);
    },
  );
});
