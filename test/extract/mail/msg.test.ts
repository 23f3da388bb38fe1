import { decodeBase64, decodeUtf8 } from '../../../src/codec/bytes';
import { extractCompoundFile } from '../../../src/extract/office/compound';
import { decompressRtf } from '../../../src/extract/mail/lzfu';
import { parseMsg, rtfBodyText } from '../../../src/extract/mail/msg';
import { writeCompoundFile } from '../office/cfb-writer';
import { allText, context, elfproefNumbers, fixture, ibanLike } from '../office/helpers';

/** The MIME parts of the EML an attached message becomes: headers and decoded bodies. */
function emlParts(eml: Uint8Array): Array<{ headers: string; body: Uint8Array }> {
  const text = decodeUtf8(eml);
  const boundary = /boundary="([^"]+)"/.exec(text);
  if (!boundary) throw new Error('no boundary');
  return text
    .split(`--${boundary[1]}`)
    .slice(1, -1)
    .map((part) => {
      const split = part.indexOf('\r\n\r\n');
      return { headers: part.slice(0, split), body: decodeBase64(part.slice(split + 4)) };
    });
}

describe('Outlook .msg (fixtures written by @tutao/oxmsg)', () => {
  it('reads subject, sender, To/Cc/Bcc, text and HTML body, and attachments', () => {
    const message = parseMsg(fixture('payslip-mail.msg'));
    expect(message.subject).toBe('Loonstrook maart 2026');
    expect(message.from).toEqual({ name: 'Salarisadministratie', address: 'salaris@korenschoof.nl' });
    expect(message.to).toEqual([
      { name: 'Jan de Vries', address: 'jan.devries@example.com' },
      { name: 'HR', address: 'hr@korenschoof.nl' },
    ]);
    expect(message.cc).toEqual([{ name: 'Boekhouding Extern', address: 'boekhouding@extern-kantoor.nl' }]);
    expect(message.bcc).toEqual([{ address: 'archief@korenschoof.nl' }]);
    expect(message.bodyText).toContain('Je BSN 111222333 staat erop');
    expect(message.bodyText).toContain('IBAN NL91 ABNA 0417 1643 00');
    expect(message.bodyHtml).toContain('<p>Je BSN 111222333 staat op de loonstrook');
    expect(message.attachments.map((a) => [a.name, a.kind, a.size])).toEqual([
      ['loonstrook-maart.doc', 'file', fixture('payslip.doc').length],
      ['personeel.xls', 'file', fixture('bsn-list.xls').length],
      ['notitie.txt', 'file', 52],
    ]);
    expect(message.attachments[0].bytes).toEqual(fixture('payslip.doc'));
  });

  it('turns an attached message (nested storage, method 5) into an item attachment holding EML', () => {
    const message = parseMsg(fixture('forwarded.msg'));
    expect(message.subject).toBe('FW: Loonstrook maart 2026');
    expect(message.to).toEqual([{ name: 'Privé', address: 'privé@gmail.example' }]);
    expect(message.attachments).toHaveLength(1);
    const item = message.attachments[0];
    expect(item.kind).toBe('item');
    expect(item.name).toBe('Loonstrook maart 2026.msg');
    const eml = decodeUtf8(item.bytes as Uint8Array);
    expect(eml).toContain('Subject: Loonstrook maart 2026\r\n');
    expect(eml).toContain('From: "Salarisadministratie" <salaris@korenschoof.nl>\r\n');
    expect(eml).toContain('Cc: "Boekhouding Extern" <boekhouding@extern-kantoor.nl>\r\n');
    const parts = emlParts(item.bytes as Uint8Array);
    expect(decodeUtf8(parts[0].body)).toContain('Je BSN 111222333 staat erop');
    const doc = parts.find((p) => p.headers.indexOf('filename="loonstrook-maart.doc"') >= 0);
    expect(doc && doc.body).toEqual(fixture('payslip.doc'));
  });

  it('falls back to the compressed RTF body and unwraps the HTML it encapsulates', () => {
    const message = parseMsg(fixture('rtf-only.msg'));
    expect(message.bodyText).toBeUndefined();
    expect(message.bodyHtml).toBe('<p>Ziekmelding van Anna Jansen, BSN 123456782, sinds maandag.</p> ');
  });

  it('throws on bytes that are not a .msg at all', () => {
    expect(() => parseMsg(new Uint8Array([1, 2, 3]))).toThrow();
    expect(() => parseMsg(fixture('payslip.doc'))).toThrow(/not an Outlook .msg/);
  });

  it('reads a message with 8-bit (PT_STRING8) properties in its code page', () => {
    const props = new Uint8Array(32 + 16);
    const view = new DataView(props.buffer);
    view.setUint32(32, (0x3ffd << 16) | 0x0003, true); // PR_MESSAGE_CODEPAGE, PT_LONG
    view.setUint32(40, 1252, true);
    const msg = writeCompoundFile([
      { path: '__properties_version1.0', data: props },
      { path: '__substg1.0_0037001E', data: Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x00]) }, // "Café €"
      { path: '__substg1.0_1000001E', data: Uint8Array.from(Array.from('Sofinummer 111222333', (c) => c.charCodeAt(0))) },
    ]);
    const message = parseMsg(msg);
    expect(message.subject).toBe('Café €');
    expect(message.bodyText).toBe('Sofinummer 111222333');
  });
});

describe('a .msg inside another attachment (compound-file path)', () => {
  it('yields its headers and body as text and its attachments through ctx.nested', () => {
    const names: string[] = [];
    const result = extractCompoundFile(fixture('payslip-mail.msg'), context({ path: 'mail.msg', names }));
    expect(names).toEqual(['loonstrook-maart.doc', 'personeel.xls', 'notitie.txt']);
    expect(result.problems).toEqual([]);
    expect(result.texts.map((t) => t.path)).toEqual(['mail.msg', 'mail.msg/loonstrook-maart.doc', 'mail.msg/personeel.xls/bsn-list', 'mail.msg/notitie.txt']);
    const own = result.texts[0].text;
    expect(own).toContain('Subject: Loonstrook maart 2026\n');
    expect(own).toContain('Bcc: archief@korenschoof.nl\n');
    expect(own).toContain('Je BSN 111222333 staat erop');
    expect(own).not.toContain('\r');
    expect(result.texts[1].text).toContain('BSN: 111222333');
    expect(result.texts[2].text).toContain('Piet Bakker\t12345672\t');
  });

  it('hands an attached message on as EML', () => {
    const names: string[] = [];
    const result = extractCompoundFile(fixture('forwarded.msg'), context({ names }));
    expect(names).toEqual(['Loonstrook maart 2026.msg']);
    expect(result.texts[1].text).toContain('Subject: Loonstrook maart 2026');
  });

  it('reports an attachment it cannot hand on (an OLE object) as unscannable, and reads the rest', () => {
    const props = (method: number): Uint8Array => {
      const bytes = new Uint8Array(8 + 16);
      new DataView(bytes.buffer).setUint32(8, (0x3705 << 16) | 0x0003, true);
      new DataView(bytes.buffer).setUint32(16, method, true);
      return bytes;
    };
    const name = (text: string): Uint8Array => Uint8Array.from(Array.from(text).reduce<number[]>((a, c) => a.concat([c.charCodeAt(0), 0]), []));
    const msg = writeCompoundFile([
      { path: '__properties_version1.0', data: new Uint8Array(32) },
      { path: '__substg1.0_0037001F', data: name('Tekening') },
      { path: '__attach_version1.0_#00000000/__properties_version1.0', data: props(6) },
      { path: '__attach_version1.0_#00000000/__substg1.0_3707001F', data: name('tekening.vsd') },
      { path: '__attach_version1.0_#00000000/__substg1.0_3701000D/CONTENTS', data: new Uint8Array(10) },
      { path: '__attach_version1.0_#00000001/__properties_version1.0', data: props(1) },
      { path: '__attach_version1.0_#00000001/__substg1.0_3707001F', data: name('bsn.txt') },
      { path: '__attach_version1.0_#00000001/__substg1.0_37010102', data: Uint8Array.from(Array.from('BSN 111222333', (c) => c.charCodeAt(0))) },
    ]);
    const result = extractCompoundFile(msg, context({ path: 'm.msg' }));
    expect(result.problems).toEqual([{ detector: 'unscannable-attachment', path: 'm.msg/tekening.vsd', reason: 'unknown-format' }]);
    expect(result.texts.map((t) => [t.path, t.text])).toEqual([
      ['m.msg', 'Subject: Tekening\n\n'],
      ['m.msg/bsn.txt', 'BSN 111222333'],
    ]);
  });

  it('keeps a clean message clean', () => {
    const text = allText(extractCompoundFile(fixture('clean-mail.msg'), context()));
    expect(text).toContain('Kunnen jullie dinsdag leveren?');
    expect(text).toContain('A-100\tVolkorenbrood\t42\t2.95');
    expect(elfproefNumbers(text)).toEqual([]);
    expect(ibanLike(text)).toEqual([]);
  });
});

describe('compressed RTF (MS-OXRTFCP)', () => {
  it('decompresses the specification example', () => {
    const compressed = Uint8Array.from(
      ('2d0000002b0000004c5a4675f1c5c7a7' + '03000a0072637067313235' + '42320af32068656c090020' + '627705b06c647d0a800fa0').match(/../g)!.map((h) => parseInt(h, 16)),
    );
    expect(decodeUtf8(decompressRtf(compressed, 1e6) as Uint8Array)).toBe('{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n');
  });

  it('stops at the output cap', () => {
    const compressed = fixture('rtf-only.msg'); // not LZFu at offset 0: no output at all
    expect(decompressRtf(compressed, 10)).toBeUndefined();
  });

  it('turns an RTF body into text: paragraphs, escapes, unicode, skipped destinations', () => {
    const rtf = "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\*\\generator X;}BSN\\~111222333\\par Caf\\'e9 \\u8364? 5\\tab IBAN}";
    expect(rtfBodyText(rtf, false)).toBe('BSN\u00a0111222333\nCafé € 5\tIBAN');
  });

  it('gives back the HTML an RTF body encapsulates, without the text marked \\htmlrtf', () => {
    const rtf = '{\\rtf1\\ansi\\fromhtml1 {\\*\\htmltag19 <p>}\\htmlrtf {\\fonttbl x}RTF only\\htmlrtf0 BSN 123456782{\\*\\htmltag84 </p>}}';
    expect(rtfBodyText(rtf, true)).toBe('<p>BSN 123456782</p>');
    // Read as plain RTF, the tags are an unknown \\* destination and the RTF-only text is text.
    expect(rtfBodyText(rtf, false)).toBe('RTF onlyBSN 123456782');
  });
});
