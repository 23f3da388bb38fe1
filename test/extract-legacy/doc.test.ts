import { openCompoundFile } from '../../src/extract/cfb';
import { extractCompoundFile } from '../../src/extract/compound';
import { writeCompoundFile } from './cfb-writer';
import { allText, context, elfproefNumbers, fixture, ibanLike } from './helpers';

/** All streams of a compound file, so a test can change one and write the file again. */
function streamsOf(bytes: Uint8Array): Array<{ path: string; data: Uint8Array }> {
  const file = openCompoundFile(bytes, { maxStreamBytes: 1e9, deadline: Infinity, now: () => 0 });
  return file.entries.filter((e) => e.kind === 'stream').map((e) => ({ path: e.path, data: file.read(e) }));
}

describe('Word 97-2003 (.doc) made by LibreOffice', () => {
  const result = extractCompoundFile(fixture('payslip.doc'), context());
  const text = allText(result);

  it('reads the body with the planted BSN, IBAN and payslip terms', () => {
    expect(result.problems).toEqual([]);
    expect(text).toContain('BSN: 111222333\n');
    expect(text).toContain('IBAN NL91 ABNA 0417 1643 00');
    for (const term of ['Salarisspecificatie', 'Werkgever', 'Werknemer', 'personeelsnummer', 'Heffingskorting']) expect(text).toContain(term);
  });

  it('writes table cells separated by TAB, one row per line, empty cells kept', () => {
    expect(text).toContain('Omschrijving\tPeriode\tBedrag\n');
    expect(text).toContain('Brutoloon\tmaart\t3.250,00\n');
    expect(text).toContain('Loonheffing\t\t-612,40\n');
    expect(text).toContain('Nettoloon\tmaart\t2.450,45\n');
  });

  it('includes headers, footers and footnotes', () => {
    expect(text).toContain('Bakkerij De Korenschoof B.V. - vertrouwelijk');
    expect(text).toContain('Jaaropgaaf volgt in januari');
    expect(text).toContain('Rekening van de werknemer bij ABN AMRO.');
  });

  it('keeps a hyperlink field result and drops its field code', () => {
    expect(text).toContain('Zie ook de uitleg over loonheffing voor de tabellen.');
    expect(text).not.toMatch(/HYPERLINK|belastingdienst/);
  });

  it('keeps a clean document clean', () => {
    const clean = extractCompoundFile(fixture('meeting-notes.doc'), context());
    expect(clean.problems).toEqual([]);
    const cleanText = allText(clean);
    expect(cleanText).toContain('Planning voorjaarsbeurs\tMarketing\tapril\n');
    expect(elfproefNumbers(cleanText)).toEqual([]);
    expect(ibanLike(cleanText)).toEqual([]);
  });

  it('reports a password-protected .doc as encrypted', () => {
    expect(extractCompoundFile(fixture('payslip-protected.doc'), context({ path: 'a.doc' }))).toEqual({
      texts: [],
      problems: [{ detector: 'encrypted-attachment', path: 'a.doc', reason: 'encrypted' }],
    });
  });

  it('reports a password-protected .docx (encrypted OOXML in a compound file) as encrypted', () => {
    const result2 = extractCompoundFile(fixture('payslip-protected.docx'), context());
    expect(result2.problems).toEqual([{ detector: 'encrypted-attachment', path: '', reason: 'encrypted' }]);
    expect(result2.texts).toEqual([]);
  });

  it('honours the fEncrypted flag of the FIB', () => {
    const streams = streamsOf(fixture('payslip.doc'));
    const word = streams.find((s) => s.path === 'WordDocument');
    if (!word) throw new Error('no WordDocument stream');
    word.data = word.data.slice();
    word.data[0x0b] |= 0x01; // flags word at 0x0A, fEncrypted = 0x0100
    const result2 = extractCompoundFile(writeCompoundFile(streams), context());
    expect(result2.problems).toEqual([{ detector: 'encrypted-attachment', path: '', reason: 'encrypted' }]);
  });

  it('reads the same text from a copy with 4096-byte sectors', () => {
    const repacked = writeCompoundFile(streamsOf(fixture('payslip.doc')), 12);
    expect(repacked[0x1e]).toBe(12);
    expect(allText(extractCompoundFile(repacked, context()))).toBe(text);
  });
});
