import { encodeUtf8, decodeUtf8 } from '../../src/codec/bytes';
import { decodeEncodedWords, decodeQuotedPrintable, parseAddressList, parseEml, parseStructured } from '../../src/extract/mail/eml';

/** Hand-written MIME: lines joined with CRLF as mail clients write them. */
const mime = (...lines: string[]): Uint8Array => encodeUtf8(lines.join('\r\n'));
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('headers', () => {
  test('folded headers are unfolded', () => {
    const m = parseEml(mime('Subject: Overzicht', '\tsalarissen', '  maart', 'To: a@example.nl', '', 'body'));
    expect(m.subject).toBe('Overzicht salarissen maart');
  });

  test('encoded words, B and Q, in any charset; adjacent ones joined without the space between', () => {
    expect(decodeEncodedWords('=?utf-8?Q?Ziekmelding_Ren=C3=A9e?=')).toBe('Ziekmelding Renée');
    expect(decodeEncodedWords('=?ISO-8859-1?Q?Andr=E9?= de =?windows-1252?B?R3L8bg==?=')).toBe('André de Grün');
    expect(decodeEncodedWords('=?utf-8?B?TG9vbnN0cm9vaw==?= =?utf-8?B?IG1hYXJ0?=')).toBe('Loonstrook maart');
    expect(decodeEncodedWords('=?UTF-8*nl?q?caf=C3=A9?=')).toBe('café');
  });

  test('a multi-byte character split across two encoded words is decoded whole', () => {
    // "€" is E2 82 AC in UTF-8; the first word ends after E2 82.
    expect(decodeEncodedWords('=?utf-8?Q?prijs_=E2=82?=\r\n =?utf-8?Q?=AC_12?=')).toBe('prijs € 12');
  });

  test('raw 8-bit UTF-8 and Windows-1252 headers', () => {
    const utf8 = parseEml(mime('Subject: Verzuim Zoë', '', ''));
    expect(utf8.subject).toBe('Verzuim Zoë');
    const cp1252 = parseEml(latin1('Subject: Verzuim Zo\xeb\r\n\r\n'));
    expect(cp1252.subject).toBe('Verzuim Zoë');
  });
});

describe('addresses', () => {
  test('display names, quoted names with commas, angle addresses, comments and mixed case', () => {
    expect(parseAddressList('"Jansen, Jan" <Jan.Jansen@Gemeente-Utrecht.NL>, piet@example.nl (Piet Puk), <X@y.nl>')).toEqual([
      { name: 'Jansen, Jan', address: 'Jan.Jansen@Gemeente-Utrecht.NL' },
      { name: 'Piet Puk', address: 'piet@example.nl' },
      { address: 'X@y.nl' },
    ]);
  });

  test('groups: the group name is not an address, its members are', () => {
    expect(parseAddressList('Ouders groep 7: a@ouder.nl, "B. de Wit" <b@gmail.com>;, Undisclosed recipients:;, c@school.nl')).toEqual([
      { address: 'a@ouder.nl' },
      { name: 'B. de Wit', address: 'b@gmail.com' },
      { address: 'c@school.nl' },
    ]);
  });

  test('encoded display names are decoded after splitting, so a comma inside does not split', () => {
    expect(parseAddressList('=?utf-8?Q?M=C3=BCller=2C_Anna?= <anna@example.de>')).toEqual([{ name: 'Müller, Anna', address: 'anna@example.de' }]);
  });

  test('To, Cc, Bcc and From are read; several To headers add up', () => {
    const m = parseEml(mime('From: HR <hr@zorg.nl>', 'To: a@x.nl', 'To: b@x.nl', 'Cc: c@x.nl', 'Bcc: d@x.nl', '', ''));
    expect(m.from).toEqual({ name: 'HR', address: 'hr@zorg.nl' });
    expect(m.to.map((r) => r.address)).toEqual(['a@x.nl', 'b@x.nl']);
    expect(m.cc.map((r) => r.address)).toEqual(['c@x.nl']);
    expect(m.bcc.map((r) => r.address)).toEqual(['d@x.nl']);
  });

  test('5,000 recipients in one folded To header', () => {
    const list = Array.from({ length: 5000 }, (_, i) => `"Ouder ${i}, fam." <ouder${i}@Example${i % 7}.nl>`).join(',\r\n ');
    const m = parseEml(mime('To: ' + list, '', ''));
    expect(m.to).toHaveLength(5000);
    expect(m.to[4999]).toEqual({ name: 'Ouder 4999, fam.', address: 'ouder4999@Example1.nl' });
  });

  test('garbage in an address header gives no addresses, not an error', () => {
    expect(parseAddressList('"unclosed <a@b, (comment ((( ;;;')).toEqual([]);
    expect(parseAddressList('geen adres hier')).toEqual([]);
  });
});

describe('transfer encodings and charsets', () => {
  test('quoted-printable: soft line breaks (also with trailing white space), =XX in either case, stray =', () => {
    const decoded = decodeUtf8(decodeQuotedPrintable('BSN 12345=\r\n6782 =C3=a9t=C3=A9 a=3Db =  \r\nverder 100% = echt'));
    expect(decoded).toBe('BSN 123456782 été a=b verder 100% = echt');
  });

  test('a quoted-printable HTML body in Windows-1252', () => {
    const m = parseEml(
      mime(
        'Content-Type: text/html; charset="windows-1252"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        '<p>Beste Ren=E9e, het bedrag is =8012,50 en het BSN staat in de bijlage. Dit is een lange regel die =',
        'doorloopt.</p>',
      ),
    );
    expect(m.bodyHtml).toBe('<p>Beste Renée, het bedrag is €12,50 en het BSN staat in de bijlage. Dit is een lange regel die doorloopt.</p>');
    expect(m.bodyText).toBeUndefined();
  });

  test('a base64 UTF-8 text body', () => {
    const body = Buffer.from('Wachtwoord: Zomer2024! voor de nieuwe collega Zoë', 'utf8').toString('base64');
    const m = parseEml(mime('Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', body.slice(0, 20), body.slice(20)));
    expect(m.bodyText).toBe('Wachtwoord: Zomer2024! voor de nieuwe collega Zoë');
  });

  test('a message without MIME headers is plain text', () => {
    const m = parseEml(mime('Subject: hoi', '', 'regel 1', 'regel 2'));
    expect(m.bodyText).toBe('regel 1\r\nregel 2');
  });
});

describe('multipart structure', () => {
  const pdf = Buffer.from('%PDF-1.4 fake').toString('base64');
  const inner = ['From: a@b.nl', 'Subject: Doorgestuurd: lijst', '', 'BSN 123456782'].join('\r\n');
  const nested = mime(
    'From: "Salarisadministratie" <salaris@bedrijf.nl>',
    'To: medewerker@bedrijf.nl',
    'Subject: Loonstrook',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="mixed-1"',
    '',
    'This is a multi-part message in MIME format.',
    '--mixed-1',
    'Content-Type: multipart/alternative; boundary=alt-1',
    '',
    '--alt-1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Zie de bijlage.',
    '--alt-1',
    'Content-Type: multipart/related; boundary="rel-1"; type="text/html"',
    '',
    '--rel-1',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Zie de <b>bijlage</b>.</p><img src="cid:logo@x">',
    '--rel-1',
    'Content-Type: image/png; name="image001.png"',
    'Content-ID: <logo@x>',
    'Content-Transfer-Encoding: base64',
    '',
    'iVBORw0KGgo=',
    '--rel-1--',
    '',
    '--alt-1--',
    '--mixed-1',
    'Content-Type: application/pdf; name="=?utf-8?B?bG9vbnN0cm9va19tYWFydC5wZGY=?="',
    'Content-Disposition: attachment; filename="=?utf-8?B?bG9vbnN0cm9va19tYWFydC5wZGY=?="',
    'Content-Transfer-Encoding: base64',
    '',
    pdf,
    '--mixed-1',
    'Content-Type: message/rfc822',
    '',
    inner,
    '--mixed-1--',
    'epilogue',
  );

  test('mixed > alternative > related: first text and first HTML body, inline image, attachment, attached message', () => {
    const m = parseEml(nested);
    expect(m.from).toEqual({ name: 'Salarisadministratie', address: 'salaris@bedrijf.nl' });
    expect(m.bodyText).toBe('Zie de bijlage.');
    expect(m.bodyHtml).toBe('<p>Zie de <b>bijlage</b>.</p><img src="cid:logo@x">');
    expect(m.attachments.map((a) => [a.name, a.kind, !!a.inline, a.contentType])).toEqual([
      ['image001.png', 'file', true, 'image/png'],
      ['loonstrook_maart.pdf', 'file', false, 'application/pdf'],
      ['Doorgestuurd: lijst.eml', 'item', false, 'message/rfc822'],
    ]);
    expect(Buffer.from(m.attachments[1].bytes!).toString()).toBe('%PDF-1.4 fake');
    expect(Buffer.from(m.attachments[2].bytes!).toString()).toBe(inner);
    expect(m.attachments[1].size).toBe(13);
  });

  test('the attached message parses as a message in turn', () => {
    const item = parseEml(nested).attachments[2];
    const innerMessage = parseEml(item.bytes!);
    expect(innerMessage.subject).toBe('Doorgestuurd: lijst');
    expect(innerMessage.bodyText).toBe('BSN 123456782');
  });

  test('RFC 2231 file names: charset, percent-encoding and continuations', () => {
    expect(parseStructured("attachment; filename*=utf-8''loonstrook%20Ren%C3%A9e.pdf").params.filename).toBe('loonstrook Renée.pdf');
    expect(
      parseStructured("attachment; filename*0*=iso-8859-1'nl'Salarisspecificatie%20; filename*1*=Andr%E9; filename*2=\".pdf\"").params.filename,
    ).toBe('Salarisspecificatie André.pdf');
    expect(parseStructured('attachment; filename*1="b.pdf"; filename*0="a"').params.filename).toBe('ab.pdf');
    expect(parseStructured('attachment; filename="plain.pdf"; filename*=utf-8\'\'better.pdf').params.filename).toBe('better.pdf');
    expect(parseStructured('text/plain; charset="utf-8"; name="a;b.txt"').params).toEqual({ charset: 'utf-8', name: 'a;b.txt' });
  });

  test('an inline text part after an attachment is read on; a signed message loses only its signature', () => {
    const m = parseEml(
      mime(
        'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; boundary=s',
        '',
        '--s',
        'Content-Type: multipart/mixed; boundary=m',
        '',
        '--m',
        'Content-Type: text/plain',
        '',
        'deel 1',
        '--m',
        'Content-Type: text/csv; name=lijst.csv',
        '',
        'naam;bsn',
        '--m',
        'Content-Type: text/plain',
        '',
        'deel 2',
        '--m--',
        '--s',
        'Content-Type: application/pkcs7-signature; name=smime.p7s',
        'Content-Transfer-Encoding: base64',
        '',
        'AAAA',
        '--s--',
      ),
    );
    expect(m.bodyText).toBe('deel 1\ndeel 2');
    expect(m.attachments.map((a) => a.name)).toEqual(['lijst.csv']);
  });

  test('attachments without a name get one from their type; an image sent as attachment is not inline', () => {
    const m = parseEml(
      mime(
        'Content-Type: multipart/mixed; boundary=b',
        '',
        '--b',
        'Content-Type: text/calendar; method=REQUEST',
        'Content-Disposition: attachment',
        '',
        'BEGIN:VCALENDAR',
        '--b',
        'Content-Type: image/jpeg; name=kopie-paspoort.jpg',
        'Content-Disposition: attachment; filename=kopie-paspoort.jpg',
        'Content-ID: <x@y>',
        '',
        'jpeg',
        '--b--',
      ),
    );
    expect(m.attachments.map((a) => [a.name, !!a.inline])).toEqual([
      ['attachment.ics', false],
      ['kopie-paspoort.jpg', false],
    ]);
  });

  test('a truncated multipart keeps what it started; a missing boundary keeps the body as text', () => {
    const truncated = parseEml(mime('Content-Type: multipart/mixed; boundary=b', '', '--b', 'Content-Type: text/plain', '', 'afgebroken BSN 1234'));
    expect(truncated.bodyText).toBe('afgebroken BSN 1234');
    const noBoundary = parseEml(mime('Content-Type: multipart/mixed', '', 'gewoon tekst'));
    expect(noBoundary.bodyText).toBe('gewoon tekst');
  });

  test('a boundary string inside a line is not a delimiter', () => {
    const m = parseEml(mime('Content-Type: multipart/mixed; boundary=b', '', '--b', '', 'tekst met --b erin', '--b--'));
    expect(m.bodyText).toBe('tekst met --b erin');
  });
});

describe('robustness', () => {
  test('garbage never throws and gives at most an empty message', () => {
    let seed = 12345;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let round = 0; round < 300; round++) {
      const bytes = new Uint8Array(random() % 2000);
      for (let i = 0; i < bytes.length; i++) bytes[i] = random() & 0xff;
      const m = parseEml(bytes);
      expect(Array.isArray(m.attachments)).toBe(true);
      expect(typeof m.subject).toBe('string');
    }
    expect(parseEml(new Uint8Array(0))).toEqual({ to: [], cc: [], bcc: [], subject: '', attachments: [], bodyText: '' });
  });

  test('deeply nested multiparts stop at a depth cap instead of overflowing the stack', () => {
    const lines: string[] = [];
    for (let d = 0; d < 5000; d++) lines.push(`Content-Type: multipart/mixed; boundary=b${d}`, '', `--b${d}`);
    lines.push('Content-Type: text/plain', '', 'diep');
    expect(() => parseEml(mime(...lines))).not.toThrow();
  });

  test('mutated copies of a real structure never throw', () => {
    const base = mime(
      'Subject: =?utf-8?B?dGVzdA==?=',
      'Content-Type: multipart/mixed; boundary="q"',
      '',
      '--q',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p>a=3Db</p>',
      '--q',
      "Content-Disposition: attachment; filename*0*=utf-8''a%20; filename*1=b.txt",
      'Content-Transfer-Encoding: base64',
      '',
      'aGFsbG8=',
      '--q--',
    );
    let seed = 7;
    for (let round = 0; round < 500; round++) {
      const copy = base.slice(0, base.length - (round % 40));
      for (let k = 0; k < 5; k++) {
        seed = (seed * 48271) % 2147483647;
        copy[seed % copy.length] = seed & 0xff;
      }
      expect(() => parseEml(copy)).not.toThrow();
    }
  });
});

describe('format=flowed', () => {
  test('soft line breaks are joined; delsp=yes removes the added space; space-stuffing goes', () => {
    const flowed = parseEml(
      mime('Content-Type: text/plain; charset=utf-8; format=flowed', '', 'Het BSN van mevrouw is ', '945807302 en het ', ' >staat hier.', 'Nieuwe regel.'),
    );
    expect(flowed.bodyText).toBe('Het BSN van mevrouw is 945807302 en het >staat hier.\nNieuwe regel.');
    const delsp = parseEml(mime('Content-Type: text/plain; format=flowed; delsp=yes', '', 'NL91ABNA04 ', '17164300', ''));
    expect(delsp.bodyText).toBe('NL91ABNA0417164300\n');
  });
});
