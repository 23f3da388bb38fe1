/**
 * Content streams, fonts and encodings, on small hand-written PDFs: the cases real producers make
 * but not on demand (Word's and iText's kerning, pdfTeX's TJ word spaces, /Differences, forms).
 */
import { extractPdf } from '../../../src/extract/pdf';
import { buildPdf, context, extract, onePage, textOf } from './helpers';

const hex = (text: string) =>
  '<' +
  Array.from(text)
    .map((c) => ('0' + c.charCodeAt(0).toString(16)).slice(-2))
    .join('') +
  '>';

/** Page 1 says "Brief"; page 2 only draws a 1x1 image scaled by `matrix` (its `cm` operands). */
function textPageThenImagePage(matrix: string): Uint8Array {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 8 0 R >> >> >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    { dict: '', data: 'BT /F1 12 Tf 72 700 Td (Brief) Tj ET' },
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 7 0 R >>',
    { dict: '', data: `q ${matrix} cm /Im1 Do Q` },
    { dict: '/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode', data: '\xff\xd8\xff\xd9' },
  ]);
}

describe('TJ kerning and word spaces', () => {
  it('kerning inside a number never splits it; a large adjustment is a word space', () => {
    // Word and iText kern digits by small amounts; pdfTeX writes a word space as about -333.
    const pdf = onePage('BT /F1 10 Tf 72 700 Td [(BSN )-20(1234)-150(56)80(782)-333(bekend)] TJ ET');
    expect(textOf(extract(pdf))).toBe('BSN 123456782 bekend\n');
  });

  it('an adjustment just past the threshold (-250) is a space, one just under (-180) is not', () => {
    const pdf = onePage('BT /F1 10 Tf 72 700 Td [(NL91)-250(ABNA)-180(0417)] TJ ET');
    expect(textOf(extract(pdf))).toBe('NL91 ABNA0417\n');
  });

  it('digits placed one by one with Td at their own widths stay one number', () => {
    // Helvetica has no /Widths here: we estimate, and a tight placement must still read as one word.
    let ops = 'BT /F1 10 Tf 72 700 Td ';
    for (const d of '123456782') ops += `(${d}) Tj 5.56 0 Td `;
    const pdf = onePage(ops + 'ET');
    expect(textOf(extract(pdf))).toBe('123456782\n');
  });
});

describe('line breaks and reading order', () => {
  it("Td/TD/T*/'/\" make new lines, an x jump on one line is a space or a TAB", () => {
    const content = [
      'BT /F1 12 Tf 14 TL 72 760 Td (Loonstrook) Tj T* (Brutoloon) Tj 300 0 Td (3.412,50) Tj ET',
      'BT /F1 12 Tf 72 700 Td (Werkgever:) Tj 70 0 Td (Gemeente) Tj 0 -14 TD (tweede) Tj (regel) \' 2 1 (derde) " ET',
    ].join('\n');
    const text = textOf(extract(onePage(content)));
    expect(text.split('\n')).toEqual(['Loonstrook', 'Brutoloon\t3.412,50', 'Werkgever: Gemeente', 'tweede', 'regel', 'derde', '']);
  });

  it('lines come out top to bottom even when drawn bottom-up; words on one baseline left to right', () => {
    const content = 'BT /F1 12 Tf 1 0 0 1 72 600 Tm (onderaan) Tj 1 0 0 1 110 700 Tm (rechts) Tj 1 0 0 1 72 700 Tm (links) Tj ET';
    expect(textOf(extract(onePage(content)))).toBe('links rechts\nonderaan\n');
  });

  it('follows cm and q/Q (a flipped page matrix as Chromium writes it)', () => {
    const content = 'q 1 0 0 -1 0 842 cm BT /F1 12 Tf 1 0 0 -1 72 100 Tm (boven) Tj ET Q q BT /F1 12 Tf 72 200 Td (onder) Tj ET Q';
    expect(textOf(extract(onePage(content)))).toBe('boven\nonder\n');
  });

  it('a word split at a line end with a hyphen is joined again', () => {
    const pdf = onePage('BT /F1 12 Tf 14 TL 72 700 Td (de loon-) Tj T* (heffing is) Tj ET');
    expect(textOf(extract(pdf))).toBe('de loonheffing is\n');
  });
});

describe('fonts and encodings', () => {
  it('a simple font with /Differences: Latin glyph names, uniXXXX, gXX and ligature names', () => {
    const font =
      '<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Custom /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /eacute /idieresis /uni00EB /g41 /f_f /odieresis /space] >> >>';
    // 01 é, 02 ï, 03 ë, 04 'A' (g41), 05 'ff', 06 ö, 07 space; E9 keeps its WinAnsi meaning (é).
    const pdf = onePage('BT /F1 12 Tf 72 700 Td <01016E0772650203746965076306040507E9> Tj ET', { fonts: '/F1 6 0 R', extra: [font] });
    expect(textOf(extract(pdf))).toBe('één reïëtie cöAff é\n');
  });

  it('WinAnsiEncoding, StandardEncoding and MacRomanEncoding map their high codes', () => {
    const pdf = onePage('BT /F1 12 Tf 72 700 Td <8E8A> Tj ( ) Tj /F2 12 Tf <E1FB> Tj ( ) Tj /F3 12 Tf <8E8A> Tj ET', {
      fonts: '/F1 5 0 R /F2 6 0 R /F3 7 0 R',
      extra: [
        '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /StandardEncoding >>',
        '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /MacRomanEncoding >>',
      ],
    });
    expect(textOf(extract(pdf))).toBe('\u017d\u0160 \u00c6\u00df \u00e9\u00e4\n');
  });

  it('ToUnicode with codespace ranges, bfchar, bfrange (incrementing and with an array) and a surrogate pair', () => {
    const cmap = [
      '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
      '1 begincodespacerange <0000> <FFFF> endcodespacerange',
      '2 beginbfchar <0001> <0042> <0002> <D83DDE00> endbfchar',
      '2 beginbfrange <0010> <0019> <0030> <0020> <0022> [<0053> <004E> <00EB>] endbfrange',
      'endcmap CMapName currentdict /CMap defineresource pop end end',
    ].join('\n');
    const pdf = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      { dict: '', data: 'BT /F1 12 Tf 72 700 Td <0001002000210022> Tj [<0011>-100<00120013>] TJ <0002> Tj ET', deflate: true },
      '<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Sans /Encoding /Identity-H /DescendantFonts [7 0 R] /ToUnicode 6 0 R >>',
      { dict: '', data: cmap },
      '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Sans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 /W [1 [600] 16 25 556] >>',
    ]);
    expect(textOf(extract(pdf))).toBe('BSNë123\ud83d\ude00\n');
  });

  it('Identity-H without ToUnicode is undecodable: no-text, not a silent pass', () => {
    const withFont = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      { dict: '', data: 'BT /F1 12 Tf 72 700 Td <002C0033004B0055> Tj ET' },
      '<< /Type /Font /Subtype /Type0 /BaseFont /Sans /Encoding /Identity-H /DescendantFonts [6 0 R] >>',
      '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Sans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>',
    ]);
    const result = extract(withFont);
    expect(result.texts).toEqual([]);
    expect(result.problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'no-text' }]);
  });

  it('Type3 fonts: glyph names that are letters are read, private names are undecodable (no-text)', () => {
    const type3 = (names: string) =>
      `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << >> /Resources << >> /FirstChar 1 /LastChar 3 /Widths [600 600 600] /Encoding << /Type /Encoding /Differences [1 ${names}] >> >>`;
    const readable = onePage('BT /F1 12 Tf 72 700 Td <010203> Tj ET', { fonts: '/F1 6 0 R', extra: [type3('/B /S /N')] });
    expect(textOf(extract(readable))).toBe('BSN\n');
    const privateNames = onePage('BT /F1 12 Tf 72 700 Td <010203> Tj ET', { fonts: '/F1 6 0 R', extra: [type3('/a17 /a4 /a29')] });
    const result = extract(privateNames);
    expect(result.texts).toEqual([]);
    expect(result.problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'no-text' }]);
  });

  it('a page with an image and no text among readable pages is reported as no-text, the text is kept', () => {
    const pdf = textPageThenImagePage('595 0 0 842 0 0');
    const result = extract(pdf);
    expect(textOf(result)).toBe('Brief\n');
    expect(result.problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'no-text' }]);
  });

  it('a logo-sized image on a page without text is not a scan: only images large enough to hold a document count', () => {
    const pdf = textPageThenImagePage('120 40 0 0 400 760');
    const result = extract(pdf);
    expect(textOf(result)).toBe('Brief\n');
    expect(result.problems).toEqual([]);
  });

  it('invisible text (render mode 3, an OCR layer over a scan) is read', () => {
    const pdf = onePage('q 595 0 0 842 0 0 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q BT 3 Tr /F1 12 Tf 72 700 Td (BSN 123456782) Tj ET');
    const result = extract(pdf);
    expect(textOf(result)).toBe('BSN 123456782\n');
    expect(result.problems).toEqual([]);
  });

  it('a hex string in a content stream uses the same font decoding', () => {
    expect(textOf(extract(onePage(`BT /F1 12 Tf 72 700 Td ${hex('IBAN NL91 ABNA 0417 1643 00')} Tj ET`)))).toBe('IBAN NL91 ABNA 0417 1643 00\n');
  });
});

describe('Form XObjects', () => {
  it('text inside a form drawn with Do is read, with the form matrix', () => {
    const pdf = onePage('BT /F1 12 Tf 72 700 Td (Kop) Tj ET q 1 0 0 1 0 -100 cm /Fm1 Do Q', {
      xobjects: '/Fm1 6 0 R',
      extra: [{ dict: '/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [1 0 0 1 0 0] /Resources << /Font << /F9 5 0 R >> >>', data: 'BT /F9 12 Tf 72 700 Td (in het formulier) Tj ET' }],
    });
    expect(textOf(extract(pdf))).toBe('Kop\nin het formulier\n');
  });

  it('a form that draws itself (a cycle) and a deep chain end, keeping the text', () => {
    const pdf = onePage('/Fm1 Do', {
      xobjects: '/Fm1 6 0 R',
      extra: [{ dict: '/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /XObject << /Fm1 6 0 R >> >>', data: 'BT /F1 12 Tf 72 700 Td (eens) Tj ET /Fm1 Do' }],
    });
    const result = extract(pdf);
    expect(textOf(result)).toBe('eens\n');
  });

  it('filled-in form fields (AcroForm) are read with their names', () => {
    const pdf = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] >> >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents 4 0 R >>',
      { dict: '', data: 'BT /F1 12 Tf ET' },
      '<< /T (bsn) /FT /Tx /V <FEFF003100320033003400350036003700380032> >>',
    ]);
    const result = extract(pdf);
    expect(textOf(result)).toContain('bsn: 123456782');
  });
});

describe('files attached to a PDF', () => {
  it('each embedded file goes to the dispatcher by its name, and its findings come back with the PDF', () => {
    const pdf = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(lijst.csv) 5 0 R] >> >> >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 7 0 R >> >> /Contents 4 0 R >>',
      { dict: '', data: 'BT /F1 12 Tf 72 700 Td (Zie bijlage) Tj ET' },
      '<< /Type /Filespec /F (lijst.csv) /UF <FEFF006C0069006A00730074002E006300730076> /EF << /F 6 0 R >> >>',
      { dict: '/Type /EmbeddedFile', data: 'naam;bsn\nJan;123456782\n', deflate: true },
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ]);
    const calls: { name: string; text: string }[] = [];
    const ctx = context();
    ctx.path = 'brief.pdf';
    ctx.nested = (name, bytes) => {
      const text = Buffer.from(bytes).toString('latin1');
      calls.push({ name, text });
      return { texts: [{ path: 'brief.pdf/' + name, text }], problems: [] };
    };
    const result = extractPdf(pdf, ctx);
    expect(calls).toEqual([{ name: 'lijst.csv', text: 'naam;bsn\nJan;123456782\n' }]);
    expect(result.texts).toEqual([
      { path: 'brief.pdf', text: 'Zie bijlage\n' },
      { path: 'brief.pdf/lijst.csv', text: 'naam;bsn\nJan;123456782\n' },
    ]);
    expect(result.problems).toEqual([]);
  });
});
