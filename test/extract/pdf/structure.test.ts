/**
 * File structure: filters, broken cross-reference tables, incremental updates, hybrid files,
 * cycles, and the budget (time, characters, expansion ratio).
 */
import * as fs from 'fs';
import * as path from 'path';
import { deflateSync } from 'fflate';
import { PdfBudget } from '../../../src/extract/pdf/budget';
import { PdfDocument } from '../../../src/extract/pdf/document';
import { buildPdf, concat, context, extract, latin1, onePage, textOf } from './helpers';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(__dirname, 'fixtures', name)));
const CONTENT = 'BT /F1 12 Tf 72 700 Td (BSN 123456782) Tj ET';

function ascii85(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 4) {
    const chunk = [0, 1, 2, 3].map((k) => data[i + k] || 0);
    let v = ((chunk[0] << 24) | (chunk[1] << 16) | (chunk[2] << 8) | chunk[3]) >>> 0;
    const n = Math.min(4, data.length - i);
    if (v === 0 && n === 4) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) {
      digits.unshift(String.fromCharCode(33 + (v % 85)));
      v = Math.floor(v / 85);
    }
    out += digits.slice(0, n + 1).join('');
  }
  return out + '~>';
}

/** LZW as PDF writes it (9-12 bit codes, early change), to test our decoder against. */
function lzw(data: Uint8Array): Uint8Array {
  const dict = new Map<string, number>();
  let next = 258;
  let width = 9;
  const bits: number[] = [];
  const emit = (code: number) => {
    for (let k = width - 1; k >= 0; k--) bits.push((code >> k) & 1);
  };
  emit(256);
  let w = '';
  for (const byte of data) {
    const wc = w + String.fromCharCode(byte);
    if (wc.length === 1 || dict.has(wc)) {
      w = wc;
      continue;
    }
    emit(w.length === 1 ? w.charCodeAt(0) : (dict.get(w) as number));
    dict.set(wc, next++);
    if (next + 1 > 1 << width && width < 12) width++;
    w = String.fromCharCode(byte);
  }
  if (w) emit(w.length === 1 ? w.charCodeAt(0) : (dict.get(w) as number));
  emit(257);
  const out = new Uint8Array(Math.ceil(bits.length / 8));
  bits.forEach((b, i) => (out[i >> 3] |= b << (7 - (i & 7))));
  return out;
}

function runLength(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  // Literal runs for text, one repeat run to exercise both kinds.
  out.push(2, data[0], data[1], data[2]);
  out.push(257 - 3, 32);
  for (let i = 3; i < data.length; i += 128) {
    const part = data.subarray(i, Math.min(data.length, i + 128));
    out.push(part.length - 1, ...Array.from(part));
  }
  out.push(128);
  return Uint8Array.from(out);
}

describe('stream filters', () => {
  const content = latin1('BT /F1 12 Tf 72 700 Td (IBAN NL91 ABNA 0417 1643 00 en BSN 123456782) Tj ET');
  const expected = 'IBAN NL91 ABNA 0417 1643 00 en BSN 123456782\n';

  it('ASCIIHexDecode', () => {
    const hex = Array.from(content).map((b) => ('0' + b.toString(16)).slice(-2)).join(' ') + '>';
    expect(textOf(extract(onePage(hex, { contentDict: '/Filter /ASCIIHexDecode' })))).toBe(expected);
  });

  it('ASCII85Decode over FlateDecode (a filter chain)', () => {
    const data = ascii85(deflateSync(content));
    expect(textOf(extract(onePage(data, { contentDict: '/Filter [/ASCII85Decode /FlateDecode]' })))).toBe(expected);
  });

  it('LZWDecode', () => {
    expect(textOf(extract(onePage(lzw(content), { contentDict: '/Filter /LZWDecode' })))).toBe(expected);
  });

  it('RunLengthDecode', () => {
    const rl = runLength(content);
    const text = textOf(extract(onePage(rl, { contentDict: '/Filter /RunLengthDecode' })));
    expect(text).toContain('IBAN NL91 ABNA 0417 1643 00 en BSN 123456782');
  });

  it('a damaged deflate tail keeps what inflated before it', () => {
    const packed = deflateSync(latin1(CONTENT + '\n' + 'BT ET\n'.repeat(2000)));
    const cut = packed.subarray(0, packed.length - 20);
    expect(textOf(extract(onePage(cut, { contentDict: '/Filter /FlateDecode' })))).toBe('BSN 123456782\n');
  });
});

describe('cross-reference tables', () => {
  const open = (bytes: Uint8Array) => new PdfDocument(bytes, new PdfBudget(context().budget, bytes.length));

  it.each(['libreoffice-loonstrook.pdf', 'chromium-loonstrook.pdf', 'ghostscript-loonstrook.pdf', 'qpdf-objstm.pdf', 'qpdf-qdf.pdf', 'qpdf-aes256-owner-objstm.pdf'])(
    '%s: read through its own cross-reference data, no rebuild needed',
    (name) => {
      expect(open(fixture(name)).repaired).toBe(false);
    },
  );

  it('hand-written files read through their xref table too', () => {
    expect(open(onePage(CONTENT)).repaired).toBe(false);
  });
  it('qpdf object streams and a PNG-predicted xref stream', () => {
    const text = textOf(extract(fixture('qpdf-objstm.pdf')));
    expect(text).toContain('BSN: 123456782');
  });

  it('a wrong startxref offset: the table is rebuilt by scanning for objects', () => {
    const original = fixture('libreoffice-loonstrook.pdf');
    const text = Buffer.from(original).toString('latin1');
    const at = text.lastIndexOf('startxref');
    const broken = latin1(text.slice(0, at) + 'startxref\n999999\n%%EOF\n');
    expect(open(broken).repaired).toBe(true);
    const result = extract(broken);
    expect(result.problems).toEqual([]);
    expect(textOf(result)).toContain('BSN: 123456782');
  });

  it('every offset shifted (bytes inserted after the header): objects are found again', () => {
    const text = Buffer.from(fixture('qpdf-qdf.pdf')).toString('latin1');
    const shifted = latin1(text.replace(/\n/, '\n% inserted by a careless tool: every offset after this is wrong\n'));
    expect(textOf(extract(shifted))).toContain('IBAN NL91 ABNA 0417 1643 00');
  });

  it('an incremental update (/Prev): the newer object wins', () => {
    const base = onePage(CONTENT);
    const baseText = Buffer.from(base).toString('latin1');
    const prev = Number(/startxref\s+(\d+)/.exec(baseText)![1]);
    const newObject = `4 0 obj\n<< /Length 42 >>\nstream\nBT /F1 12 Tf 72 700 Td (bijgewerkt) Tj ET\nendstream\nendobj\n`;
    const objectOffset = base.length;
    const xrefOffset = objectOffset + newObject.length;
    const update = `${newObject}xref\n4 1\n${('0000000000' + objectOffset).slice(-10)} 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R /Prev ${prev} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
    expect(textOf(extract(concat([base, latin1(update)])))).toBe('bijgewerkt\n');
  });

  it('a hybrid file: the table points to an xref stream for objects inside an object stream', () => {
    const head = '%PDF-1.5\n';
    const objs: string[] = [];
    const offsets: number[] = [];
    let at = head.length;
    const add = (text: string) => {
      offsets.push(at);
      objs.push(text);
      at += text.length;
    };
    add('1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n');
    add('2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n');
    add('3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>\nendobj\n');
    // Object 4 (the font) lives only in object stream 6, which only the xref stream 7 knows.
    add(`5 0 obj\n<< /Length ${CONTENT.length} >>\nstream\n${CONTENT}\nendstream\nendobj\n`);
    const inner = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
    const header = '4 0 ';
    add(`6 0 obj\n<< /Type /ObjStm /N 1 /First ${header.length} /Length ${header.length + inner.length} >>\nstream\n${header}${inner}\nendstream\nendobj\n`);
    const rows = [
      [0, 0, 0],
      [1, offsets[0], 0],
      [1, offsets[1], 0],
      [1, offsets[2], 0],
      [2, 6, 0],
      [1, offsets[3], 0],
      [1, offsets[4], 0],
      [1, 0, 0],
    ];
    const xrefStreamOffset = at;
    rows[7][1] = xrefStreamOffset;
    const data = new Uint8Array(rows.length * 6);
    rows.forEach(([t, a, b], i) => {
      data[i * 6] = t;
      data[i * 6 + 1] = (a >> 24) & 255;
      data[i * 6 + 2] = (a >> 16) & 255;
      data[i * 6 + 3] = (a >> 8) & 255;
      data[i * 6 + 4] = a & 255;
      data[i * 6 + 5] = b;
    });
    const xrefStream = concat([latin1(`7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 1] /Length ${data.length} >>\nstream\n`), data, latin1('\nendstream\nendobj\n')]);
    const tableOffset = xrefStreamOffset + xrefStream.length;
    // Object 4 (the font) is free in the table: only the xref stream knows where it is.
    const row = (off: number, kind: string) => `${('0000000000' + off).slice(-10)} 00000 ${kind} \n`;
    let table = 'xref\n0 8\n0000000000 65535 f \n';
    table += row(offsets[0], 'n') + row(offsets[1], 'n') + row(offsets[2], 'n') + row(0, 'f');
    table += row(offsets[3], 'n') + row(offsets[4], 'n') + row(xrefStreamOffset, 'n');
    table += `trailer\n<< /Size 8 /Root 1 0 R /XRefStm ${xrefStreamOffset} >>\nstartxref\n${tableOffset}\n%%EOF\n`;
    const pdf = concat([latin1(head + objs.join('')), xrefStream, latin1(table)]);
    expect(textOf(extract(pdf))).toBe('BSN 123456782\n');
  });

  it('a page tree that points back at itself, and a reference cycle, end', () => {
    const pdf = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R 2 0 R 6 0 R] /Count 2 >>',
      '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      { dict: '', data: CONTENT },
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      '7 0 R',
      '6 0 R',
    ]);
    expect(textOf(extract(pdf))).toBe('BSN 123456782\n');
  });
});

describe('problems and the budget', () => {
  it('garbage after a PDF header is corrupt, never an exception', () => {
    const bytes = concat([latin1('%PDF-1.4\n'), Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) & 255)]);
    const result = extract(bytes);
    expect(result.texts).toEqual([]);
    expect(result.problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'corrupt' }]);
  });

  it('empty input, a bare header and a blank page: corrupt, corrupt, no-text', () => {
    expect(extract(new Uint8Array(0)).problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'corrupt' }]);
    expect(extract(latin1('%PDF-1.7\n%%EOF\n')).problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'corrupt' }]);
    expect(extract(onePage('')).problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'no-text' }]);
  });

  it('a deadline already passed: time-out', () => {
    const result = extract(fixture('libreoffice-loonstrook.pdf'), {}, -1);
    expect(result.problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'time-out' }]);
  });

  it('a content stream that would run long stops at the deadline with the text read so far', () => {
    const content = CONTENT + '\n' + '1 0 0 1 0 0 cm q Q '.repeat(1000000);
    const pdf = onePage(content);
    // A clock that ticks once per look: the deadline falls mid-stream however loaded the machine is.
    let ticks = 0;
    const result = extract(pdf, {}, 150, () => ticks++);
    expect(result.problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'time-out' }]);
    expect(textOf(result)).toBe('BSN 123456782\n');
  });

  it('more text than extractedChars: cut at the cap and reported as too-large', () => {
    const result = extract(fixture('chromium-loonstrook.pdf'), { extractedChars: 60 });
    expect(textOf(result).length).toBeLessThanOrEqual(60);
    expect(textOf(result)).toContain('Loonstrook maart 2024');
    expect(result.problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'too-large' }]);
  });

  it('many pages below the character cap all come out, with no problem (the cap counts each character once)', () => {
    const pages = 40;
    const objects: (string | { dict: string; data: string })[] = ['<< /Type /Catalog /Pages 2 0 R >>'];
    const kids = Array.from({ length: pages }, (_, i) => `${4 + 2 * i} 0 R`).join(' ');
    objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} /Resources << /Font << /F1 3 0 R >> >> >>`);
    objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
    for (let i = 0; i < pages; i++) {
      objects.push(`<< /Type /Page /Parent 2 0 R /Contents ${5 + 2 * i} 0 R >>`);
      objects.push({ dict: '', data: `BT /F1 12 Tf 72 700 Td (pagina ${100 + i} ${'x'.repeat(80)}) Tj ET` });
    }
    const result = extract(buildPdf(objects), { extractedChars: 6000 });
    expect(result.problems).toEqual([]);
    expect(textOf(result)).toContain('pagina 139');
  });

  it('one line of 40,000 separate pieces is laid out in linear time', () => {
    let content = 'BT /F1 10 Tf 1 0 0 1 0 700 Tm ';
    for (let i = 0; i < 40000; i++) content += `(${i % 10}) Tj 3 0 Td `;
    const pdf = onePage(content + 'ET', { deflate: true });
    const result = extract(pdf, {}, 20000);
    expect(result.problems).toEqual([]);
    expect(textOf(result).length).toBeGreaterThan(40000);
  });

  it('a deflate bomb in a content stream stops at the expansion ratio, measured on real output', () => {
    const bomb = deflateSync(new Uint8Array(16 * 1024 * 1024).fill(32), { level: 9 });
    const pdf = onePage(bomb, { contentDict: '/Filter /FlateDecode' });
    const result = extract(pdf);
    expect(result.problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'expansion-ratio' }]);
  });
});
