import { readFileSync } from 'fs';
import { join } from 'path';
import { openCompoundFile } from '../../../src/extract/office/cfb';
import { extractCompoundFile } from '../../../src/extract/office/compound';
import { scanMessage } from '../../../src/scan';
import { defaultPolicy } from '../../../src/policy/defaults';
import { writeCompoundFile } from './cfb-writer';
import { allText, context, elfproefNumbers, fixture, FIXTURES, ibanLike } from './helpers';

/** All streams of a compound file, so a test can change one and write the file again. */
function streamsOf(bytes: Uint8Array): Array<{ path: string; data: Uint8Array }> {
  const file = openCompoundFile(bytes, { maxStreamBytes: 1e9, deadline: Infinity, now: () => 0 });
  return file.entries.filter((e) => e.kind === 'stream').map((e) => ({ path: e.path, data: file.read(e) }));
}

function stream(streams: Array<{ path: string; data: Uint8Array }>, path: string): { path: string; data: Uint8Array } {
  const found = streams.find((s) => s.path === path);
  if (!found) throw new Error(`no ${path} stream`);
  return found;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) || [];
}

/** Share of the reference words (a multiset) that also occur in `text`. */
function recall(reference: string[], text: string): number {
  const have: Record<string, number> = {};
  for (const w of words(text)) have[w] = (have[w] || 0) + 1;
  let hit = 0;
  for (const w of reference) {
    if (have[w] > 0) {
      have[w]--;
      hit++;
    }
  }
  return hit / reference.length;
}

function scanFile(name: string, bytes: Uint8Array) {
  return scanMessage(
    { subject: '', bodyText: '', to: [], cc: [], bcc: [], attachments: [{ name, bytes, kind: 'file' }] },
    { policy: defaultPolicy(), lang: 'en' },
  );
}

describe('PowerPoint 97-2003 (.ppt) made by LibreOffice', () => {
  const result = extractCompoundFile(fixture('personeel.ppt'), context());
  const text = allText(result);

  it('reads slides, notes and a table with the planted BSNs and IBANs', () => {
    expect(result.problems).toEqual([]);
    expect(text).toContain('Burgerservicenummer: 111222333\n');
    expect(text).toContain('Salaris naar IBAN NL91 ABNA 0417 1643 00\n');
    // speaker notes
    expect(text).toContain('sofinummer 123456782 niet voorlezen');
    expect(text).toContain('Rekening van Kees: NL20 INGB 0001 2345 67');
    // table cells, each on its own line
    expect(text).toContain('Fatima el Amrani\n06-23456789\nAssen\n');
    expect(elfproefNumbers(text).sort()).toEqual(['111222333', '123456782']);
  });

  it('decodes 8-bit and UTF-16 text atoms and soft line breaks', () => {
    expect(text).toContain('afdeling Financiën en Personeelszaken');
    expect(text).toContain('“vertrouwelijk” – niet doorsturen, prijs €12,50');
    expect(text).toContain('Zoë Łukasiewicz');
    expect(text).toContain('Regel één\nregel twee');
  });

  it.each(['personeel', 'vergadering'])('yields at least 95%% of the words LibreOffice reads back from %s.ppt', (name) => {
    const reference = readFileSync(join(FIXTURES, `${name}.ppt.words.txt`), 'utf8').split('\n').filter(Boolean);
    expect(reference.length).toBeGreaterThan(15);
    expect(recall(reference, allText(extractCompoundFile(fixture(`${name}.ppt`), context())))).toBeGreaterThanOrEqual(0.95);
  });

  it('gives bsn and iban findings through the whole scan', () => {
    const report = scanFile('personeel.ppt', fixture('personeel.ppt'));
    const detectors = report.findings.map((f) => f.detector);
    expect(detectors).toContain('bsn');
    expect(detectors).toContain('iban');
    expect(detectors).not.toContain('unscannable-attachment');
  });

  it('keeps a clean presentation clean', () => {
    const clean = extractCompoundFile(fixture('vergadering.ppt'), context());
    expect(clean.problems).toEqual([]);
    const cleanText = allText(clean);
    expect(cleanText).toContain('Planning voorjaarsbeurs in april, stand 123 in hal 4');
    expect(elfproefNumbers(cleanText)).toEqual([]);
    expect(ibanLike(cleanText)).toEqual([]);
    expect(scanFile('vergadering.ppt', fixture('vergadering.ppt')).verdict).toBe('allow');
  });

  it('leaves out the names of program tags (___PPT10)', () => {
    expect(text).not.toContain('___PPT');
  });

  // LibreOffice cannot write an encrypted .ppt; [MS-PPT] 2.3.7 says what one looks like.
  it('reports a presentation whose Current User token says encrypted', () => {
    const streams = streamsOf(fixture('personeel.ppt'));
    const user = stream(streams, 'Current User');
    user.data = user.data.slice();
    new DataView(user.data.buffer).setUint32(12, 0xf3d1c4df, true);
    expect(extractCompoundFile(writeCompoundFile(streams), context({ path: 'a.ppt' }))).toEqual({
      texts: [],
      problems: [{ detector: 'encrypted-attachment', path: 'a.ppt', reason: 'encrypted' }],
    });
  });

  it('reports a presentation holding a CryptSession10Container as encrypted', () => {
    const streams = streamsOf(fixture('personeel.ppt'));
    const doc = stream(streams, 'PowerPoint Document');
    // The container's header stays readable; what follows it is ciphertext.
    const header = [0x0f, 0x00, 0x14, 0x2f, 16, 0, 0, 0];
    const noise = [0x3a, 0x91, 0x07, 0xee, 0x52, 0x18, 0xc4, 0x6b, 0x90, 0x01, 0x7d, 0x2f, 0xa8, 0x33, 0x5e, 0xd1];
    const data = new Uint8Array(header.length + noise.length + doc.data.length);
    data.set(header);
    data.set(noise, header.length);
    data.set(doc.data, header.length + noise.length);
    doc.data = data;
    const result2 = extractCompoundFile(writeCompoundFile(streams), context());
    expect(result2.problems).toEqual([{ detector: 'encrypted-attachment', path: '', reason: 'encrypted' }]);
    expect(result2.texts).toEqual([]);
  });

  it('finds the text after a break in the record tree and reports the damage', () => {
    const streams = streamsOf(fixture('personeel.ppt'));
    const doc = stream(streams, 'PowerPoint Document');
    doc.data = doc.data.slice();
    // The first record (the DocumentContainer) claims more bytes than the stream holds.
    new DataView(doc.data.buffer).setUint32(4, 0x7fffffff, true);
    const damaged = extractCompoundFile(writeCompoundFile(streams), context());
    expect(damaged.problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'corrupt' }]);
    expect(allText(damaged)).toContain('Burgerservicenummer: 111222333');
    expect(allText(damaged)).toContain('sofinummer 123456782');
  });

  it('marks the text of a presentation without slide text as hidden, and reports no-text', () => {
    const empty = extractCompoundFile(fixture('leeg.ppt'), context());
    expect(empty.problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'no-text' }]);
    expect(empty.texts.length).toBe(1);
    expect(empty.texts[0].hidden).toBe(true);
    expect(empty.texts[0].text).toContain('Click to edit the title text format');
  });

  /** A record: version/instance, type, then the body. */
  function record(recVer: number, instance: number, type: number, body: number[]): number[] {
    const verInstance = recVer | (instance << 4);
    const n = body.length;
    return [verInstance & 0xff, verInstance >> 8, type & 0xff, type >> 8, n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24, ...body];
  }
  const utf16 = (text: string): number[] => Array.from(text).reduce<number[]>((a, c) => a.concat([c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]), []);

  it('reads comments, whose records PowerPoint 2002 and later keep inside a binary tag', () => {
    const streams = streamsOf(fixture('vergadering.ppt'));
    const doc = stream(streams, 'PowerPoint Document');
    // ProgTags > ProgBinaryTag > (tag name "___PPT10", BinaryTagDataBlob > Comment10Container > author, text)
    const comment = record(0xf, 0, 0x2ee0, [...record(0, 0, 0x0fba, utf16('Jan de Vries')), ...record(0, 1, 0x0fba, utf16('BSN 111222333 graag nakijken'))]);
    const tag = record(0xf, 0, 0x1388, record(0xf, 0, 0x138a, [...record(0, 0, 0x0fba, utf16('___PPT10')), ...record(0, 0, 0x138b, comment)]));
    const data = new Uint8Array(doc.data.length + tag.length);
    data.set(doc.data);
    data.set(tag, doc.data.length);
    doc.data = data;
    const result2 = extractCompoundFile(writeCompoundFile(streams), context());
    expect(result2.problems).toEqual([]);
    expect(allText(result2)).toContain('Jan de Vries\nBSN 111222333 graag nakijken\n');
    expect(allText(result2)).not.toContain('___PPT10');
  });

  it('reads a PowerPoint 95 file from its plain-text copy (Text_Content)', () => {
    // As PowerPoint 95 writes it: a Current User stream shorter than the 97 atom, a stream of
    // its own record format, and the slide text as Windows-1252 with CR between paragraphs.
    const text = 'Overzicht\rBSN 111222333 van J. de Vries\rFinanci\xebn';
    const file = writeCompoundFile([
      { path: 'PowerPoint Document', data: Uint8Array.from({ length: 600 }, (_, i) => (i * 31) % 251) },
      { path: 'Current User', data: Uint8Array.from([8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) },
      { path: 'Text_Content', data: Uint8Array.from(text, (c) => c.charCodeAt(0)) },
    ]);
    const result2 = extractCompoundFile(file, context());
    expect(result2.problems).toEqual([]);
    expect(allText(result2)).toBe('Overzicht\nBSN 111222333 van J. de Vries\nFinanciën');
  });

  it('stops at the character cap and says so', () => {
    const ctx = context();
    ctx.budget.limits.extractedChars = 200;
    const cut = extractCompoundFile(fixture('personeel.ppt'), ctx);
    expect(allText(cut).length).toBeLessThanOrEqual(200);
    expect(cut.problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'too-large' }]);
  });

  it('stops at the deadline', () => {
    const result2 = extractCompoundFile(fixture('personeel.ppt'), context({ deadline: -1 }));
    expect(result2.problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'time-out' }]);
  });
});
