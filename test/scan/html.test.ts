import { decodeEntities, htmlToText } from '../../src/extract/text/html';

describe('htmlToText: tables', () => {
  test('one row per line, cells separated by a TAB, header row first', () => {
    const html = '<table><tr><th>Naam</th><th>BSN</th></tr><tr><td>Jan de Vries</td><td>123456782</td></tr></table>';
    expect(htmlToText(html)).toBe('Naam\tBSN\nJan de Vries\t123456782\n');
  });

  test('empty cells keep their column; paragraphs inside a cell do not break the row', () => {
    const html =
      '<table><tr><td><p class=MsoNormal>Naam<o:p></o:p></p></td><td><p>Geboren</p></td><td><p>BSN</p></td></tr>' +
      '<tr><td></td><td>01-02-1980</td><td><p>1234<br>56782</p></td></tr></table>';
    expect(htmlToText(html)).toBe('Naam\tGeboren\tBSN\n\t01-02-1980\t1234 56782\n');
  });

  test('rows without closing tags, and tbody/thead, still become lines', () => {
    const html = '<table><thead><tr><th>A<th>B</thead><tbody><tr><td>1<td>2<tr><td>3<td>4</tbody></table>';
    expect(htmlToText(html)).toBe('A\tB\n1\t2\n3\t4\n');
  });

  test('a data table nested in an Outlook layout table keeps its own rows', () => {
    const html =
      '<table><tr><td><p>Beste collega,</p><table><tr><td>x</td><td>y</td></tr><tr><td>z</td><td>w</td></tr></table></td></tr></table>';
    expect(htmlToText(html)).toBe('Beste collega,\nx\ty\nz\tw\n');
  });

  test('text before and after a table is on its own lines', () => {
    expect(htmlToText('Zie lijst:<table><tr><td>a</td></tr></table>Groet')).toBe('Zie lijst:\na\nGroet\n');
  });
});

describe('htmlToText: blocks, breaks and white space', () => {
  test('block elements and <br> become line breaks; inline tags do not split words', () => {
    const html = '<div>Hallo <b>Jan</b>,</div><p>Je BSN is <span>1234</span><span>56782</span>.<br>Groet</p><ul><li>een</li><li>twee</li></ul>';
    expect(htmlToText(html)).toBe('Hallo Jan,\nJe BSN is 123456782.\nGroet\neen\ntwee\n');
  });

  test('white space collapses like a browser shows it', () => {
    expect(htmlToText('<p>  veel \n\n  ruimte\t hier  </p>')).toBe('veel ruimte hier\n');
  });

  test('<pre> keeps its lines', () => {
    expect(htmlToText('<pre>regel 1\n  regel 2</pre>na')).toBe('regel 1\n  regel 2\nna\n');
  });

  test('two <br> in a row leave an empty line', () => {
    expect(htmlToText('a<br><br>b')).toBe('a\n\nb\n');
  });

  test('a lone < is text', () => {
    expect(htmlToText('<p>3 < 5 en 7 > 2</p>')).toBe('3 < 5 en 7 > 2\n');
  });

  test('a quoted attribute may contain >', () => {
    expect(htmlToText('<a title="a > b" href="x">link</a> tekst')).toBe('link tekst\n');
  });
});

describe('htmlToText: entities', () => {
  test('named, decimal and hex references', () => {
    expect(decodeEntities('Ri&euml;lle &amp; Zo&euml; &ndash; &euro;&nbsp;12 &#8364; &#x20AC; &#xe9;t&eacute; &lt;b&gt;')).toBe(
      'Riëlle & Zoë – € 12 € € été <b>',
    );
  });

  test('C1 numeric references mean Windows-1252, unknown names stay as written', () => {
    expect(decodeEntities('&#150; &#128; &foo; &#0; &AMP;')).toBe('– € &foo; \ufffd &');
  });

  test('entities are decoded once: &amp;lt; is the text &lt;', () => {
    expect(htmlToText('<p>&amp;lt;script&amp;gt;</p>')).toBe('&lt;script&gt;\n');
  });

  test('&nbsp; between digits is a space, soft hyphens and zero-width spaces vanish', () => {
    expect(htmlToText('123&nbsp;456&nbsp;782 ge&shy;boor&#173;te&#8203;datum')).toBe('123 456 782 geboortedatum\n');
  });
});

describe('htmlToText: hidden parts', () => {
  test('head, title, style, script and comments are dropped', () => {
    const html =
      '<html><head><title>Geheim 123456782</title><style>p { color: red }</style></head>' +
      '<body><script>var bsn = "111222333";</script><!-- notitie 999 --><p>Zichtbaar</p></body></html>';
    expect(htmlToText(html)).toBe('Zichtbaar\n');
  });

  test('Outlook conditional comments and Word XML are dropped; downlevel-revealed content stays', () => {
    const html =
      '<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->' +
      '<p class=MsoListParagraph><![if !supportLists]><span>1.<span style="font:7.0pt">&nbsp;&nbsp; </span></span><![endif]>Eerste punt<o:p></o:p></p>';
    expect(htmlToText(html)).toBe('1. Eerste punt\n');
  });

  test('text hidden with display:none, mso-hide:all or the hidden attribute is still scanned: it is still sent', () => {
    const html =
      '<div style="display: none">preheader BSN 123456782</div>' +
      '<span style="mso-hide:all">outlook verborgen</span><p hidden>ook verstuurd</p><p>zichtbaar</p>';
    expect(htmlToText(html)).toBe('preheader BSN 123456782\noutlook verborgen\nook verstuurd\nzichtbaar\n');
  });

  test('a head without a closing tag ends where the body starts', () => {
    expect(htmlToText('<head><meta charset="utf-8"><body><p>tekst</p>')).toBe('tekst\n');
  });
});

describe('htmlToText: large and hostile input', () => {
  test('a 10 MB table converts completely', () => {
    const row = '<tr><td>Jan de Vries</td><td>jan@example.nl</td><td>123456782</td></tr>\n';
    const count = Math.ceil((10 * 1024 * 1024) / row.length);
    const text = htmlToText('<table><tr><th>Naam</th><th>E-mail</th><th>BSN</th></tr>' + row.repeat(count) + '</table>');
    const lines = text.split('\n').filter((l) => l !== '');
    expect(lines.length).toBe(count + 1);
    expect(lines[0]).toBe('Naam\tE-mail\tBSN');
    expect(lines[count]).toBe('Jan de Vries\tjan@example.nl\t123456782');
  });

  test('pathological markup of 10 MB ends (no quadratic rescans)', () => {
    const size = 10 * 1024 * 1024;
    expect(htmlToText('<'.repeat(size))).toBe('<'.repeat(size) + '\n');
    // An unfinished tag at the end is read as text (what it swallowed may be the message).
    expect(htmlToText('<a x=' + '"'.repeat(1) + 'x'.repeat(size))).toBe('a x="' + 'x'.repeat(size) + '\n');
    expect(htmlToText('<a x=\''.repeat(size / 6))).toBe(('a x=\'').repeat(size / 6) + '\n');
    expect(htmlToText('<!--x>'.repeat(size / 6))).toBe('');
    expect(htmlToText('<style>a<b '.repeat(size / 11)).length).toBeGreaterThan(0);
    expect(htmlToText('<!--'.repeat(size / 4))).toBe('');
    expect(htmlToText('<div style="display:none">'.repeat(size / 26) + 'x')).toBe('x\n');
    expect(htmlToText('<script>'.repeat(size / 8))).toBe('');
    expect(htmlToText('&#'.repeat(size / 2)).length).toBe(size + 1);
    expect(htmlToText('<td>'.repeat(size / 4))).toBe('\t'.repeat(size / 4 - 1) + '\n');
  });
});
