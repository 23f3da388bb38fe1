import { openCompoundFile } from '../../../src/extract/office/cfb';
import { extractCompoundFile } from '../../../src/extract/office/compound';
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

  it('reads a complex file whose piece table mixes UTF-16 and 8-bit (cp1252) pieces', () => {
    // LibreOffice writes one UTF-16 piece; Word's fast saves leave several, some 8-bit. Re-piece
    // the fixture: the text from "Heffingskorting" on moves to an 8-bit copy at the stream's end.
    const streams = streamsOf(fixture('payslip.doc'));
    const wordStream = streams.find((s) => s.path === 'WordDocument');
    const tableStream = streams.find((s) => s.path === '1Table');
    if (!wordStream || !tableStream) throw new Error('streams missing');
    const word = wordStream.data;
    const view = new DataView(word.buffer, word.byteOffset);
    const fcClx = view.getUint32(0x1a2, true);
    const table = new DataView(tableStream.data.buffer, tableStream.data.byteOffset);
    const cpEnd = table.getUint32(fcClx + 5 + 4, true);
    const offset = table.getUint32(fcClx + 5 + 8 + 2, true);
    const needle = Array.from('Heffingskorting').reduce<number[]>((a, c) => a.concat([c.charCodeAt(0), 0]), []);
    let split = -1;
    for (let i = offset; i < word.length && split < 0; i += 2) if (needle.every((b, k) => word[i + k] === b)) split = (i - offset) / 2;
    expect(split).toBeGreaterThan(0);
    const tail = new Uint8Array(cpEnd - split);
    for (let i = 0; i < tail.length; i++) tail[i] = word[offset + 2 * (split + i)]; // ASCII: low byte
    const newWord = new Uint8Array(word.length + tail.length);
    newWord.set(word);
    newWord.set(tail, word.length);
    // CLX: one Prc (formatting, skipped) then the Pcdt with two pieces.
    const clx: number[] = [0x01, 0x02, 0x00, 0x00, 0x00, 0x02];
    const u32 = (v: number): number[] => [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff];
    const plc = [...u32(0), ...u32(split), ...u32(cpEnd), 0, 0, ...u32(offset), 0, 0, 0, 0, ...u32(((word.length * 2) | 0x40000000) >>> 0), 0, 0];
    clx.push(...u32(plc.length), ...plc);
    const newTable = new Uint8Array(tableStream.data.length + clx.length);
    newTable.set(tableStream.data);
    newTable.set(clx, tableStream.data.length);
    const newView = new DataView(newWord.buffer);
    newView.setUint32(0x1a2, tableStream.data.length, true);
    newView.setUint32(0x1a6, clx.length, true);
    newWord[0x0a] |= 0x04; // fComplex
    wordStream.data = newWord;
    tableStream.data = newTable;
    expect(allText(extractCompoundFile(writeCompoundFile(streams), context()))).toBe(text);
  });
});
