import { splitForDetection } from '../../src/scan/chunks';

describe('splitForDetection', () => {
  test('short texts are one piece', () => {
    expect(splitForDetection('kort', 100)).toEqual(['kort']);
  });

  test('pieces end at line breaks and together hold the whole text', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `regel ${i} met BSN 945807302`);
    const text = lines.join('\n') + '\n';
    const pieces = splitForDetection(text, 200);
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(200);
      expect(p.endsWith('\n')).toBe(true);
    }
    expect(pieces.join('')).toBe(text);
  });

  test('a piece that starts inside a table begins with the header row', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `Naam ${i}\tjan${i}@example.nl\t945807302`);
    const text = 'Inleiding\nNaam\tE-mail\tBSN\n' + rows.join('\n') + '\nGroet\n';
    const pieces = splitForDetection(text, 300);
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces.slice(1)) {
      if (p.indexOf('\t') >= 0) expect(p.startsWith('Naam\tE-mail\tBSN\n')).toBe(true);
    }
    // Without the repeated headers the pieces are exactly the text.
    const stripped = pieces.map((p, i) => (i > 0 && p.startsWith('Naam\tE-mail\tBSN\n') ? p.slice('Naam\tE-mail\tBSN\n'.length) : p));
    expect(stripped.join('')).toBe(text);
  });

  test('one endless line is cut at spaces, never inside a word', () => {
    const text = 'woord '.repeat(1000);
    const pieces = splitForDetection(text, 100);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) expect(p.endsWith(' ')).toBe(true);
  });

  test('a 20 MB text without tabs or line breaks splits in linear time', () => {
    const text = '1'.repeat(20 * 1024 * 1024);
    const pieces = splitForDetection(text);
    expect(pieces.length).toBe(20);
    expect(pieces.join('').length).toBe(text.length);
  });
});
