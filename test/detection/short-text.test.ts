/**
 * A short text is scanned with a scanner over only the gate words that may occur in it
 * (short-text.ts): it must report exactly what the full scanner reports, on texts made to hit
 * near misses (cut words, upper case, no-break spaces in multi-word terms, digit runs, marks).
 */
import { Vocabulary } from '../../src/detection/text/vocabulary';
import type { ScanResult } from '../../src/detection/text/scanner';
import { SHORT_TEXT, wordsThatMayOccur } from '../../src/detection/text/short-text';
import { DETECTORS } from '../../src/detection/registry';
import { seeded as random } from '../seeded';
import { nearMissText } from './helpers';

function plain(r: ScanResult) {
  const list = (p: { length: number; at(k: number): number }) => Array.from({ length: p.length }, (_, k) => p.at(k));
  return {
    runs: Array.from({ length: r.count }, (_, k) => [r.starts[k], r.ends[k], r.flags[k]]),
    words: r.words.map((w) => [w.start, w.end, w.word]),
    newlines: list(r.newlines),
    tabs: list(r.tabs),
    atSigns: r.atSigns,
  };
}

/** Separators and marks between the words of the random texts. */
const PIECES = ['1', '23', '4567', '111222333', '89', ' ', '  ', '.', '-', '/', '\u00a0', '\t', '\n', '@', '_', 'x', 'É', 'ë', '€', 'İ', 'K', ',', ':'];

const randomText = (next: () => number, words: readonly string[], length: number): string => nearMissText(next, words, length, PIECES, 0.4);

const EXTRA = { health: { keywords: ['Zorgdossier', 'cliënt nr', 'a.b/c'], contextWords: ['Behandelplan'] } };

describe.each([
  ['the detectors’ words', {}],
  ['the detectors’ words and an admin’s keywords', EXTRA],
])('short-text scan with %s', (_, extra) => {
  const full = new Vocabulary(DETECTORS, extra);
  const words = Array.from(full.roles.keys());

  it('reports what the full scanner reports, on 1,500 random short texts', () => {
    const next = random(20261205);
    for (let k = 0; k < 1500; k++) {
      const text = randomText(next, words, Math.floor(next() * 400));
      // A fresh vocabulary has no full scanner yet, so it takes the short-text path.
      const got = plain(new Vocabulary(DETECTORS, extra).scan(text));
      const want = plain(full.scanner.scan(text));
      if (JSON.stringify(got) !== JSON.stringify(want)) expect({ text, ...got }).toEqual({ text, ...want });
    }
  });
});

describe('wordsThatMayOccur', () => {
  const words = Array.from(new Vocabulary(DETECTORS).roles.keys());

  it('leaves out most words for a short everyday message, and keeps those that are there', () => {
    const text = 'Hoi Piet, hier is mijn WACHTWOORD en het Loon\u00a0Heffings nummer. Groet, Anna';
    const kept = wordsThatMayOccur(words, text);
    expect(kept.length).toBeLessThan(words.length / 4);
    expect(kept).toContain('wachtwoord');
  });

  it('keeps a multi-word term only when each part is there, and words with other than ASCII characters always', () => {
    expect(wordsThatMayOccur(['id kaart', 'kaart'], 'mijn kaart')).toEqual(['kaart']);
    expect(wordsThatMayOccur(['id kaart'], 'ID\u00a0\u00a0KAART')).toEqual(['id kaart']);
    expect(wordsThatMayOccur(['cliënt', 'client'], 'niets')).toEqual(['cliënt']);
  });

  it('applies only to short texts: a long text gets the full scanner', () => {
    const v = new Vocabulary(DETECTORS);
    v.scan('x'.repeat(SHORT_TEXT + 1));
    // The full scanner now exists and serves short texts too.
    expect(plain(v.scan('wachtwoord: geheim'))).toEqual(plain(v.scanner.scan('wachtwoord: geheim')));
    expect((v as unknown as { fullScanner?: unknown }).fullScanner).toBeDefined();
  });
});
