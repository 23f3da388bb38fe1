/**
 * A short text is read word by word, or by a scanner over only the gate words that may occur in it
 * (short-text.ts): it must report exactly what the full scanner reports, on texts made to hit
 * near misses (cut words, upper case, no-break spaces in multi-word terms, digit runs, marks) and
 * on the evaluation set's messages.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Vocabulary } from '../../src/detection/text/vocabulary';
import { Scanner, type ScanResult } from '../../src/detection/text/scanner';
import { GateWordText, isPlainWord, scanByWords, SHORT_TEXT, wordsThatMayOccur } from '../../src/detection/text/short-text';
import { parseEml } from '../../src/extract/mail/eml';
import { htmlToText } from '../../src/extract/text/html';
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

/** The arguments of scanByWords for a list of words, and whether it applies to a text (no other word may occur). */
function byWords(words: readonly string[]) {
  const plainWords = words.filter(isPlainWord);
  const others = words.filter((w) => !isPlainWord(w));
  const set = new Set(plainWords);
  const prefixes = new Set<string>();
  for (const w of plainWords) for (let k = 1; k <= w.length; k++) prefixes.add(w.slice(0, k));
  return {
    words: { has: (w: string) => set.has(w), startsWith: (p: string) => prefixes.has(p) },
    applies: (text: string) => wordsThatMayOccur(others, text).length === 0,
  };
}

describe.each([
  ['the detectors’ words', {}],
  ['the detectors’ words and an admin’s keywords', EXTRA],
])('word-by-word scan with %s', (_, extra) => {
  const full = new Vocabulary(DETECTORS, extra);
  const words = Array.from(full.roles.keys());
  const reading = byWords(words);

  it('reports what the full scanner reports, on 3,000 random texts up to twice the short-text length', () => {
    const next = random(18052026);
    let used = 0;
    for (let k = 0; k < 3000; k++) {
      const text = randomText(next, words, Math.floor(next() * (k % 10 === 0 ? 2 * SHORT_TEXT : 400)));
      if (!reading.applies(text)) continue;
      used++;
      const got = plain(scanByWords(text, reading.words));
      const want = plain(full.scanner.scan(text));
      if (JSON.stringify(got) !== JSON.stringify(want)) expect({ text, ...got }).toEqual({ text, ...want });
    }
    // Most texts contain no part of the few other words: the word-by-word reading was really tested.
    expect(used).toBeGreaterThan(2000);
  });

  it('reports what the full scanner reports, on the subjects, bodies and raw text of the evaluation messages', () => {
    const dir = path.join(__dirname, '../eval/msgs');
    let used = 0;
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.eml'))) {
      const bytes = new Uint8Array(fs.readFileSync(path.join(dir, name)));
      const message = parseEml(bytes);
      const texts = [message.subject || '', message.bodyText || '', htmlToText(message.bodyHtml || ''), Buffer.from(bytes).toString('latin1')];
      for (const text of texts) {
        if (!reading.applies(text)) continue;
        used++;
        const got = plain(scanByWords(text, reading.words));
        const want = plain(full.scanner.scan(text));
        if (JSON.stringify(got) !== JSON.stringify(want)) expect({ name, text, ...got }).toEqual({ name, text, ...want });
      }
    }
    expect(used).toBeGreaterThan(1000);
  });
});

describe('word-by-word scan, cases by hand', () => {
  const words = ['id kaart', 'kaa', 'netto', 'netto uit te betalen', 'uit te betalen', 'pin', 'pin-code', 'pin code', 'a-b', 'x', 'é', 'ëx', 'bruto loon', 'loon', 'a.b/c', 'cliënt nr'];
  const reading = byWords(words);
  const both = (text: string) => [plain(scanByWords(text, reading.words)), plain(new Scanner(words).scan(text))];

  it('takes the longest word at a start, runs of (no-break) spaces in terms, and words glued to punctuation', () => {
    for (const text of ['Netto  uit\u00a0te betalen: 123456789', 'PIN-code 1234-5678-9', 'a-b-c a.b/c. x-pin code', 'Cliënt\u00a0 NR 12 34 56 789\n\t@', 'netto uit te', 'ËX é É kaa kaart id']) {
      const [got, want] = both(text);
      expect(got).toEqual(want);
    }
    expect(plain(scanByWords('Netto  uit\u00a0te betalen', reading.words)).words).toEqual([[0, 21, 'netto uit te betalen']]);
  });

  it('finds no word with a character the scanner would not match (dotted I, Kelvin sign)', () => {
    const found = (text: string) => plain(scanByWords(text, byWords(['pin', 'kaart']).words)).words;
    expect(found('P\u0130N KAART')).toEqual([[4, 9, 'kaart']]);
    expect(found('\u212aaart pin')).toEqual([[6, 9, 'pin']]);
    expect(plain(new Scanner(['pin', 'kaart']).scan('\u212aaart P\u0130N')).words).toEqual([]);
  });

  it('leaves to the scanner the words it cannot read the same way: digits, ending in punctuation, an @', () => {
    expect(['pin-code', 'loon heffing', "driver's license", 'cliënt nr', 'a.b/c', 'mongodb+srv'].every(isPlainWord)).toBe(true);
    expect(['0-urencontract', 'dl#', 'passport #', 'a@b', 'x2', '#geheim', 'µg'].some(isPlainWord)).toBe(false);
  });
});

/** Admin words that are also the detectors' own, in every role: the roles' order must still be the map's. */
const OVERLAPPING = { credential: { keywords: ['Kluis', 'wachtwoord'], contextWords: ['kluis', 'WACHTWOORD'] }, bsn: { keywords: ['bsn'], contextWords: ['klantnummer'] } };

describe.each([
  ['the detectors’ words', {}],
  ['the detectors’ words and an admin’s keywords', EXTRA],
  ['admin words that are also the detectors’ own', OVERLAPPING],
])('gate words as text (GateWordText) with %s', (_, extra) => {
  const full = new Vocabulary(DETECTORS, extra);
  const words = Array.from(full.roles.keys());
  const lists = DETECTORS.map((d) => {
    const more = (extra as { [id: string]: { keywords: string[]; contextWords: string[] } })[d.id];
    return { detector: d.id, terms: d.words.terms, keywords: more ? more.keywords : [], moreTerms: more && d.gate !== 'numbers' ? more.contextWords : [] };
  });
  const text = new GateWordText(lists);

  it('knows every normalized gate word, with the roles the map gives it, in the same order', () => {
    for (const w of words) expect([w, text.rolesOf(w)]).toEqual([w, full.roles.get(w)]);
    for (const w of ['', 'loon', 'wachtwoor', 'wachtwoord x', 'Wachtwoord', ' wachtwoord']) expect([w, text.rolesOf(w)]).toEqual([w, full.roles.get(w)]);
  });

  it('names exactly the words that are not plain, and knows which words start a gate word', () => {
    expect(text.notPlain.slice().sort()).toEqual(words.filter((w) => !isPlainWord(w)).sort());
    expect(text.notPlain).toContain('dl#');
    expect([text.startsWith('wachtw'), text.startsWith('pin-c'), text.startsWith('achtwoord'), text.startsWith('xyzzy')]).toEqual([true, true, false, false]);
  });

  it('a fresh vocabulary reads a short text by the text, without making the map', () => {
    const v = new Vocabulary(DETECTORS, extra);
    const found = new PreparedTextLike(v, 'Hier is mijn Wachtwoord en het BSN van de werknemer.');
    expect(found.words).toEqual(plain(full.scanner.scan('Hier is mijn Wachtwoord en het BSN van de werknemer.')).words);
    expect(found.roles).toEqual(found.words.map(([, , w]) => full.roles.get(w as string)));
    expect((v as unknown as { rolesMap?: unknown }).rolesMap).toBeUndefined();
  });
});

/** What PreparedText asks of a vocabulary: the pass, then the roles of each word found. */
class PreparedTextLike {
  readonly words: Array<[number, number, string]>;
  readonly roles: unknown[];
  constructor(v: Vocabulary, text: string) {
    this.words = v.scan(text).words.map((w): [number, number, string] => [w.start, w.end, w.word]);
    this.roles = this.words.map(([, , w]) => v.rolesOf(w));
  }
}

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
