import { readFileSync } from 'fs';
import { join } from 'path';
import { unzipSync, zipSync } from 'fflate';
import { decodeUtf16, decodeUtf8, decodeWindows1252, encodeUtf8 } from '../../src/codec/bytes';
import { maskValue } from '../../src/detection/mask';
import type { ContentDetectorId } from '../../src/model/finding';
import { htmlToText } from '../../src/extract/text/html';
import { canMaskAttachment, htmlText, maskAttachment, maskedFileName, maskHtml, maskingDetectors, maskText } from '../../src/masking';
import { defaultPolicy } from '../../src/policy/defaults';
import { scanMessage } from '../../src/scan';

const policy = defaultPolicy();
const stripTags = (html: string) => html.replace(/>[^<]*</g, '><');

describe('maskValue', () => {
  it.each([
    ['bsn', '1234.56.782', '****.**.782'],
    ['bsn', '123456782', '******782'],
    ['iban', 'NL91 ABNA 0417 1643 00', 'NL** **** **** **** 00'],
    ['payment-card', '4111-1111-1111-1111', '****-****-****-1111'],
    ['id-document', 'NW3FK8TJ1', '********1'],
    ['credential', 'Fiets#Boom42', '********'],
  ] as [ContentDetectorId, string, string][])('%s %s -> %s', (detector, value, masked) => {
    expect(maskValue(detector, value)).toBe(masked);
  });
});

describe('maskText', () => {
  it('masks each value in place and lists only masked forms', () => {
    const { text, changes } = maskText('BSN: 111222333, IBAN NL91 ABNA 0417 1643 00, wachtwoord: Fiets#Boom42.', policy);
    expect(text).toBe('BSN: ******333, IBAN NL** **** **** **** 00, wachtwoord: ********.');
    expect(changes.map((c) => c.detector)).toEqual(['bsn', 'iban', 'credential']);
    expect(JSON.stringify(changes)).not.toMatch(/111222|0417|Fiets/);
  });

  it('leaves a value whose detector the policy does not offer masking for', () => {
    const keepBsn = defaultPolicy();
    keepBsn.detectors.bsn.offerMask = false;
    expect(maskingDetectors(keepBsn)).not.toContain('bsn');
    expect(maskText('BSN: 111222333', keepBsn)).toEqual({ text: 'BSN: 111222333', changes: [] });
  });

  it('never masks what is not a value (health) nor a number the policy does not report', () => {
    const text = 'Diagnose van Jan: burn-out, ziekmelding sinds maandag. Ordernummer 111222333.';
    expect(maskText(text, policy).text).toBe(text);
  });

  it("never masks an admin's keyword, only the values it points at", () => {
    const withKeyword = defaultPolicy();
    withKeyword.detectors.bsn.keywords = ['cliëntnummer'];
    const { text } = maskText('Het cliëntnummer staat in het dossier; BSN 111222333.', withKeyword);
    expect(text).toBe('Het cliëntnummer staat in het dossier; BSN ******333.');
  });

  it('masks every value of a long list, not only the first thousand', () => {
    const rows: string[] = ['BSN'];
    for (let i = 0; i < 1500; i++) rows.push('111222333');
    const { text, changes } = maskText(rows.join('\n'), policy);
    expect(changes).toHaveLength(1500);
    expect(text).not.toContain('111222333');
  });

  it('leaves a text with nothing to mask unchanged, and a masked text has nothing left to find', () => {
    const once = maskText('Burgerservicenummer 1234.56.782 graag bewaren', policy).text;
    expect(once).toBe('Burgerservicenummer ****.**.782 graag bewaren');
    expect(maskText(once, policy)).toEqual({ text: once, changes: [] });
  });
});

describe('maskHtml', () => {
  it('rewrites text nodes only: attributes, comments, styles and head stay byte for byte', () => {
    const html =
      '<html><head><title>BSN 111222333</title><style>.b{}</style></head><body><!-- 111222333 --><p class="b" title="111222333" data-x=\'a>b\'>BSN: <b>111222333</b></p></body></html>';
    const { html: out, changes } = maskHtml(html, policy);
    expect(out).toBe(html.replace('<b>111222333</b>', '<b>******333</b>'));
    expect(changes).toHaveLength(1);
  });

  it('masks a value split by inline markup and keeps the markup', () => {
    const { html } = maskHtml('<p>BSN: 1112<b>223</b>33 voor Jan</p>', policy);
    expect(html).toBe('<p>BSN: ****<b>**3</b>33 voor Jan</p>');
    expect(stripTags(html)).toBe(stripTags('<p>BSN: 1112<b>223</b>33 voor Jan</p>'));
  });

  it('handles entities: &nbsp; between groups and a digit written as a character reference', () => {
    const { html } = maskHtml('<p>BSN&nbsp;1234&nbsp;56&nbsp;782 en bsn &#49;11222333</p>', policy);
    expect(html).toBe('<p>BSN&nbsp;****&nbsp;**&nbsp;782 en bsn ******333</p>');
    expect(htmlToText(html)).not.toMatch(/1234|11222/);
  });

  it('masks a secret split over two elements into one masked form', () => {
    const { html } = maskHtml('<p>Wachtwoord: <i>Fiets#</i>Boom42</p>', policy);
    expect(html).toBe('<p>Wachtwoord: <i>********</i></p>');
  });

  it('escapes nothing it did not write, and the scanner finds nothing left', () => {
    const html = '<div>a &lt; b &amp; c</div><table><tr><th>Naam</th><th>BSN</th></tr><tr><td>Jan</td><td>111222333</td></tr></table>';
    const { html: out } = maskHtml(html, policy);
    expect(out).toContain('a &lt; b &amp; c');
    const report = scanMessage({ to: [], cc: [], bcc: [], subject: '', bodyHtml: out, attachments: [] }, { policy });
    expect(report.findings.filter((f) => f.detector === 'bsn')).toEqual([]);
  });

  it('reads the text as a browser shows it, with each character traced to its source', () => {
    const view = htmlText('<p>a  &amp;\n b</p>');
    expect(view.text).toBe('\na & b\n');
    expect(view.from[3]).toBe(view.to[2]);
  });
});

describe('maskAttachment', () => {
  it('names the copy so the recipient sees it was masked', () => {
    expect(maskedFileName('loonlijst.csv', 'gemaskeerd')).toBe('loonlijst (gemaskeerd).csv');
    expect(maskedFileName('payroll', 'masked')).toBe('payroll (masked)');
    expect(maskedFileName('BSN 111222333 Jansen.txt', 'gemaskeerd')).toBe('BSN ******333 Jansen (gemaskeerd).txt');
    expect(canMaskAttachment('a.TSV')).toBe(true);
    expect(canMaskAttachment('a.xlsx')).toBe(true);
    expect(canMaskAttachment('a.xls')).toBe(false);
    expect(canMaskAttachment('brief.docx')).toBe(true);
  });

  it('keeps a UTF-8 BOM, CRLF line ends and every other byte of a CSV', () => {
    const csv = '\ufeffnaam;bsn;iban\r\nJosé;111222333;NL91ABNA0417164300\r\n';
    const bytes = encodeUtf8(csv);
    const out = maskAttachment('lijst.csv', bytes, policy)!;
    expect(Array.from(out.bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(decodeUtf8(out.bytes)).toBe('naam;bsn;iban\r\nJosé;******333;NL**************00\r\n');
    expect(out.bytes.length).toBe(bytes.length);
    expect(out.changes.map((c) => c.detector)).toEqual(['bsn', 'iban']);
  });

  it('writes a UTF-16 file back in UTF-16 with its BOM', () => {
    const text = 'BSN\tNaam\r\n111222333\tJan\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    const out = maskAttachment('lijst.tsv', bytes, policy)!;
    expect(out.bytes[0]).toBe(0xff);
    expect(decodeUtf16(out.bytes)).toBe('BSN\tNaam\r\n******333\tJan\r\n');
  });

  it('keeps Windows-1252 text in Windows-1252', () => {
    const text = 'Cliënt BSN 111222333 – graag';
    const bytes = Uint8Array.from(Array.from(text).map((c) => (c === '–' ? 0x96 : c.charCodeAt(0))));
    const out = maskAttachment('notitie.txt', bytes, policy)!;
    expect(decodeWindows1252(out.bytes)).toBe('Cliënt BSN ******333 – graag');
  });

  it('returns the same bytes and no changes when nothing can be masked', () => {
    const bytes = encodeUtf8('naam,plaats\nJan,Utrecht\n');
    const out = maskAttachment('a.csv', bytes, policy)!;
    expect(out.changes).toEqual([]);
    expect(Array.from(out.bytes)).toEqual(Array.from(bytes));
  });
});

describe('masked copy of a Word document', () => {
  // Made by LibreOffice (fixtures/make.sh): a BSN in a sentence, one split over three runs by bold, an IBAN in a table.
  const original = new Uint8Array(readFileSync(join(__dirname, 'fixtures', 'brief-bsn.docx')));
  const message = (bytes: Uint8Array) => ({ to: [], cc: [], bcc: [], subject: '', attachments: [{ name: 'brief.docx', kind: 'file' as const, bytes }] });
  const runText = (xml: string) => (xml.match(/<w:t[ >][^<]*<\/w:t>/g) || []).join('|');
  const withoutRunText = (xml: string) => xml.replace(/(<w:t[ >])[^<]*(<\/w:t>)/g, '$1$2');

  it('masks the values in the runs, keeps every tag and every other part, and the scanner finds nothing left', () => {
    expect(scanMessage(message(original), { policy }).findings.map((f) => f.detector).sort()).toEqual(['bsn', 'iban']);
    const out = maskAttachment('brief.docx', original, policy)!;
    expect(out.changes.map((c) => c.masked)).toEqual(['****.**.782', '******333', 'NL** **** **** **** 00']);
    const before = unzipSync(original);
    const after = unzipSync(out.bytes);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) {
      if (name === 'word/document.xml') continue;
      expect(Buffer.from(after[name]).equals(Buffer.from(before[name]))).toBe(true);
    }
    const xmlBefore = decodeUtf8(before['word/document.xml']);
    const xmlAfter = decodeUtf8(after['word/document.xml']);
    expect(withoutRunText(xmlAfter)).toBe(withoutRunText(xmlBefore));
    expect(runText(xmlAfter)).toContain('<w:t>Burgerservicenummer: ***</w:t>|<w:t>***</w:t>|<w:t>333</w:t>');
    expect(xmlAfter).not.toMatch(/1234\.56|0417 1643/);
    expect(scanMessage(message(out.bytes), { policy }).findings).toEqual([]);
  });

  it('makes no copy of a damaged package', () => {
    expect(maskAttachment('brief.docx', original.slice(0, 2000), policy)).toBeNull();
  });

  it('finds a BSN left in a tracked deletion (it travels in the file) and masks it there too', () => {
    // Made by LibreOffice (fixtures/make.sh): the BSN sentence was deleted with track changes on.
    const tracked = new Uint8Array(readFileSync(join(__dirname, 'fixtures', 'contract-tracked.docx')));
    expect(decodeUtf8(unzipSync(tracked)['word/document.xml'])).toContain('<w:delText xml:space="preserve">BSN werknemer: 123456782. </w:delText>');
    expect(scanMessage(message(tracked), { policy }).findings.map((f) => f.detector)).toContain('bsn');
    const out = maskAttachment('brief.docx', tracked, policy)!;
    expect(out.changes.map((c) => c.masked)).toEqual(['******782']);
    expect(decodeUtf8(unzipSync(out.bytes)['word/document.xml'])).toContain('<w:delText xml:space="preserve">BSN werknemer: ******782. </w:delText>');
    expect(scanMessage(message(out.bytes), { policy }).findings.filter((f) => f.detector === 'bsn')).toEqual([]);
  });
});

describe('masked copy of an Excel workbook', () => {
  // Made by LibreOffice (fixtures/make.sh): BSNs typed as numbers, IBANs as text, a BSN split by bold
  // in a text cell (rich-text runs), a formula and a harmless number.
  const original = new Uint8Array(readFileSync(join(__dirname, 'fixtures', 'personeel-bsn.xlsx')));
  const message = (bytes: Uint8Array) => ({ to: [], cc: [], bcc: [], subject: '', attachments: [{ name: 'personeel.xlsx', kind: 'file' as const, bytes }] });
  const part = (bytes: Uint8Array, name: string) => decodeUtf8(unzipSync(bytes)[name]);
  const cell = (sheet: string, ref: string) => (new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(sheet) || [''])[0];

  it('masks text cells in their runs and turns number cells into masked text; the rest stays and nothing is found after', () => {
    expect(canMaskAttachment('personeel.xlsx')).toBe(true);
    expect(new Set(scanMessage(message(original), { policy }).findings.map((f) => f.detector))).toEqual(new Set(['bsn', 'iban']));
    const out = maskAttachment('personeel.xlsx', original, policy)!;
    expect(out.changes.map((c) => c.masked).sort()).toEqual(['******333', '******782', 'NL** **** **** **** 00', 'NL** **** **** **** 89'].sort());
    const before = unzipSync(original);
    const after = unzipSync(out.bytes);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) {
      if (name === 'xl/sharedStrings.xml' || name === 'xl/worksheets/sheet1.xml') continue;
      expect(Buffer.from(after[name]).equals(Buffer.from(before[name]))).toBe(true);
    }
    const sheet = part(out.bytes, 'xl/worksheets/sheet1.xml');
    expect(cell(sheet, 'B2')).toBe('<c r="B2" s="0" t="inlineStr"><is><t>******333</t></is></c>');
    expect(cell(sheet, 'B3')).toBe('<c r="B3" s="0" t="inlineStr"><is><t>******782</t></is></c>');
    // The formula and the hours are untouched, as is every cell that held no value.
    for (const ref of ['A1', 'A2', 'C2', 'D2', 'D3', 'E2']) expect(cell(sheet, ref)).toBe(cell(part(original, 'xl/worksheets/sheet1.xml'), ref));
    const strings = part(out.bytes, 'xl/sharedStrings.xml');
    // The BSN split by bold is masked piece by piece, each run keeping its format.
    expect(strings).toContain('<t xml:space="preserve">oud BSN ***</t></r><r><rPr><b val="true"/>');
    expect(strings).toContain('<t xml:space="preserve">***</t></r>');
    expect(strings).toContain('<t xml:space="preserve">782 vervangen</t>');
    expect(strings).not.toMatch(/0417 1643|0123 4567/);
    expect(scanMessage(message(out.bytes), { policy }).findings).toEqual([]);
  });

  it('masks an inline string cell as written by other producers', () => {
    const files = unzipSync(original);
    const sheet = decodeUtf8(files['xl/worksheets/sheet1.xml']).replace('<c r="C2" s="0" t="s"><v>6</v></c>', '<c r="C2" t="inlineStr"><is><t>NL91 ABNA 0417 1643 00</t></is></c>');
    const inline = zipSync({ ...files, 'xl/worksheets/sheet1.xml': encodeUtf8(sheet) });
    const out = maskAttachment('personeel.xlsx', inline, policy)!;
    expect(cell(part(out.bytes, 'xl/worksheets/sheet1.xml'), 'C2')).toBe('<c r="C2" t="inlineStr"><is><t>NL** **** **** **** 00</t></is></c>');
    expect(scanMessage(message(out.bytes), { policy }).findings).toEqual([]);
  });

  it('makes no copy when a value is the result of a formula (Excel would compute it again), or of a damaged package', () => {
    const files = unzipSync(original);
    const sheet = decodeUtf8(files['xl/worksheets/sheet1.xml']).replace('<c r="B3" s="0" t="n"><v>123456782</v></c>', '<c r="B3" s="0" t="n"><f>123456700+82</f><v>123456782</v></c>');
    expect(maskAttachment('personeel.xlsx', zipSync({ ...files, 'xl/worksheets/sheet1.xml': encodeUtf8(sheet) }), policy)).toBeNull();
    expect(maskAttachment('personeel.xlsx', original.slice(0, 3000), policy)).toBeNull();
  });
});
