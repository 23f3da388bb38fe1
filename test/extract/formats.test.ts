/** Table-driven checks of the small format readers: RTF, CSV, JSON, XML, e-mail, and the XML tokenizer. */
import { extractAttachment } from '../../src/extract';
import { parseXml } from '../../src/extract/text/xml';
import { numberText } from '../../src/extract/office/xlsx';
import { readZipDirectory } from '../../src/extract/container/zip';
import { allText, budget, deflated, writeZip } from './helpers';

const bytes = (text: string) => Uint8Array.from(Buffer.from(text, 'utf8'));
const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
const extract = (name: string, data: Uint8Array) => allText(extractAttachment(name, data, budget()));

describe('RTF', () => {
  test.each([
    ['plain paragraphs', '{\\rtf1\\ansi Eerste\\par Tweede\\par}', 'Eerste\nTweede\n'],
    ["\\'hh in Windows-1252", "{\\rtf1\\ansi\\ansicpg1252 Caf\\'e9 \\'80 5\\par}", 'Café € 5\n'],
    ['\\uN with its fallback skipped (\\uc1)', '{\\rtf1\\uc1 Z\\u252?rich \\u-3913?\\par}', 'Zürich \uf0b7\n'],
    ['\\uc2 skips two fallback characters', '{\\rtf1\\uc2 A\\u8364\\\'80\\\'80B\\par}', 'A€B\n'],
    ['font, colour and style tables are skipped', '{\\rtf1{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0;}{\\stylesheet{\\s0 Normal;}}{\\info{\\author Jan}}Tekst\\par}', 'Tekst\n'],
    ['unknown \\* destinations are skipped, footnotes read', '{\\rtf1 A{\\*\\generator Foo;}{\\*\\bkmkstart x}B{\\*\\footnote BSN 123456782}\\par}', 'AB BSN 123456782\n'],
    ['table cells by TAB, rows by newline', '{\\rtf1\\trowd\\intbl Naam\\cell BSN\\cell\\row\\trowd\\intbl Jan\\cell 123456782\\cell\\row}', 'Naam\tBSN\nJan\t123456782\n'],
    ['escaped braces and backslash', '{\\rtf1 a\\{b\\}c\\\\d\\par}', 'a{b}c\\d\n'],
    ['tracked deletion read (it travels in the file)', '{\\rtf1 wel {\\deleted ook}\\par}', 'wel ook\n'],
    ['\\tab and \\line', '{\\rtf1 a\\tab b\\line c\\par}', 'a\tb\nc\n'],
  ])('%s', (_name, rtf, expected) => {
    expect(extract('a.rtf', latin1(rtf))).toBe(expected);
  });

  test('\\bin data is skipped by its length', () => {
    expect(extract('a.rtf', latin1('{\\rtf1 voor{\\pict\\bin5 }{\\}}} na\\par}'))).toBe('voor na\n');
  });
});

describe('CSV', () => {
  test.each([
    ['semicolons and quotes', 'Naam;Opmerking\n"de Vries, Jan";"zegt ""hoi"""\n', 'Naam\tOpmerking\nde Vries, Jan\tzegt "hoi"\n'],
    ['commas', 'a,b,c\r\n1,2,3\r\n', 'a\tb\tc\n1\t2\t3\n'],
    ['a newline inside quotes stays in its cell', 'a;b\n"regel 1\nregel 2";x\n', 'a\tb\nregel 1 regel 2\tx\n'],
    ['empty cells keep their columns', 'a;b;c\n;;3\n', 'a\tb\tc\n\t\t3\n'],
  ])('%s', (_name, csv, expected) => {
    expect(extract('a.csv', bytes(csv))).toBe(expected);
  });

  test('TSV by name', () => {
    expect(extract('a.tsv', bytes('a;b\tc\n'))).toBe('a;b\tc\n');
  });
});

describe('JSON, XML, e-mail', () => {
  test('JSON: values after their keys, numbers keep every digit, escapes decoded', () => {
    const text = extract('a.json', bytes('{"bsn": 123456782, "iban": "NL91\\u0041BNA0417164300", "big": 12345678901234567890, "x": null, "ok": true}'));
    expect(text).toBe('bsn: 123456782\niban: NL91ABNA0417164300\nbig: 12345678901234567890\nok: true\n');
  });

  test('broken JSON still gives what it has', () => {
    expect(extract('a.json', bytes('{"naam": "Jan", "bsn": "1234567'))).toContain('naam: Jan');
  });

  test('XML without a name: sniffed; entities and CDATA decoded, DTD entities never expanded', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]><r><bsn>123&#52;56782</bsn><t>&b; &lt;ok&gt;</t><c><![CDATA[<x> & y]]></c></r>';
    expect(extract('data', bytes(xml))).toBe('bsn: 123456782\nt: &b; <ok>\nc: <x> & y\n');
  });

  test('an attached .eml: subject and body', () => {
    const eml = 'From: a@example.nl\r\nTo: b@example.nl\r\nSubject: Loonstrook maart\r\n\r\nBSN 123456782 in de bijlage.\r\n';
    const text = extract('doorgestuurd.eml', bytes(eml));
    expect(text).toContain('Subject: Loonstrook maart');
    expect(text).toContain('BSN 123456782');
  });

  test('a message without a name is recognised by its headers', () => {
    const eml = 'Received: from x\r\nFrom: a@example.nl\r\nSubject: Hallo\r\n\r\nTekst\r\n';
    expect(extract('ATT00001', bytes(eml))).toContain('Subject: Hallo');
  });
});

describe('zip entries and paths', () => {
  test('inner paths are joined through nested archives', () => {
    const inner = writeZip([deflated('lijst.csv', 'Naam;BSN\nJan;123456782\n')]);
    const outer = writeZip([{ name: 'map/binnen.zip', data: inner, method: 0 }]);
    const result = extractAttachment('buiten.zip', outer, budget());
    expect(result.texts).toEqual([{ path: 'map/binnen.zip/lijst.csv', text: 'Naam\tBSN\nJan\t123456782\n' }]);
  });

  test('an encrypted entry (flag bit 0) makes the archive encrypted, other entries still read', () => {
    const zip = writeZip([{ ...deflated('geheim.txt', 'x'), flags: 1 }, deflated('open.txt', 'nettoloon')]);
    const result = extractAttachment('a.zip', zip, budget());
    expect(result.problems).toEqual([{ detector: 'encrypted-attachment', path: '', reason: 'encrypted' }]);
    expect(allText(result)).toBe('nettoloon');
  });
});

describe('XML tokenizer', () => {
  test('local names, attributes with > inside quotes, self-closing tags closed once', () => {
    const events: string[] = [];
    parseXml('<a:root x:id="1>2"><b/><c k=\'v\'>t&amp;u</c></a:root>', {
      open: (name, attributes) => events.push('<' + name + (attributes.get('id') ? ' id=' + attributes.get('id') : '') + (attributes.get('k') ? ' k=' + attributes.get('k') : '')),
      close: (name) => events.push('/' + name),
      text: (text) => events.push(text),
    });
    expect(events).toEqual(['<root id=1>2', '<b', '/b', '<c k=v', 't&u', '/c', '/root']);
  });

  test('linear on hostile input: 2 MB of unclosed tags and ampersands ends fast', () => {
    const hostile = '<a b="'.repeat(100000) + '&'.repeat(1000000);
    let texts = 0;
    parseXml(hostile, { text: () => void texts++ });
    let opens = 0;
    parseXml('<'.repeat(2000000), { open: () => void opens++ });
    // Ends (jest's time-out is the hang guard) and reads no phantom elements out of the noise.
    expect(opens).toBe(0);
    expect(texts).toBe(0);
  });
});

describe('numbers as stored', () => {
  test.each([
    ['12345672', '12345672'],
    ['1.2345672E7', '12345672'],
    ['1.5E-3', '1.5E-3'],
    ['3250.5', '3250.5'],
  ])('%s -> %s', (raw, expected) => {
    expect(numberText(raw)).toBe(expected);
  });
});

describe('zip64', () => {
  /** One deflated entry written the zip64 way: 0xFFFFFFFF sizes and offsets, real values in the zip64 extra and end records. */
  function zip64(name: string, content: string): Uint8Array {
    const { deflateSync } = jest.requireActual('fflate') as typeof import('fflate');
    const data = deflateSync(Buffer.from(content));
    const nameBytes = Buffer.from(name);
    const u16 = (v: number) => { const b = Buffer.alloc(2); b.writeUInt16LE(v); return b; };
    const u32 = (v: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(v >>> 0); return b; };
    const u64 = (v: number) => { const b = Buffer.alloc(8); b.writeBigUInt64LE(BigInt(v)); return b; };
    const localExtra = Buffer.concat([u16(1), u16(16), u64(content.length), u64(data.length)]);
    const local = Buffer.concat([u32(0x04034b50), u16(45), u16(0), u16(8), u32(0), u32(0), u32(0xffffffff), u32(0xffffffff), u16(nameBytes.length), u16(localExtra.length), nameBytes, localExtra, data]);
    const centralExtra = Buffer.concat([u16(1), u16(24), u64(content.length), u64(data.length), u64(0)]);
    const central = Buffer.concat([u32(0x02014b50), u16(45), u16(45), u16(0), u16(8), u32(0), u32(0), u32(0xffffffff), u32(0xffffffff), u16(nameBytes.length), u16(centralExtra.length), u16(0), u16(0), u16(0), u32(0), u32(0xffffffff), nameBytes, centralExtra]);
    const end64At = local.length + central.length;
    const end64 = Buffer.concat([u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0), u64(1), u64(1), u64(central.length), u64(local.length)]);
    const locator = Buffer.concat([u32(0x07064b50), u32(0), u64(end64At), u32(1)]);
    const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(0xffff), u16(0xffff), u32(0xffffffff), u32(0xffffffff), u16(0)]);
    return Uint8Array.from(Buffer.concat([local, central, end64, locator, end]));
  }

  test('sizes, offset and entry count from the zip64 records', () => {
    const bytes = zip64('lijst.txt', 'BSN 123456782');
    // Read from the central directory (the local-header fallback would keep the 0xFFFFFFFF size).
    const [entry] = readZipDirectory(bytes, 10, '').entries;
    expect(entry.declaredSize).toBe('BSN 123456782'.length);
    expect(entry.headerStart).toBe(0);
    const result = extractAttachment('groot.zip', bytes, budget());
    expect(result).toEqual({ texts: [{ path: 'lijst.txt', text: 'BSN 123456782' }], problems: [] });
  });
});
