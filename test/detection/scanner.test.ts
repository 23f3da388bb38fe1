/**
 * The single pass (scanner.ts) against a plain reference: a regex for digit runs, and a word-by-word
 * search for the gate words, on many random texts made of word pieces, digits and separators.
 */
import { Scanner } from '../../src/detection/text/scanner';
import { WordFinder } from '../../src/detection/text/word-finder';
import { Vocabulary } from '../../src/detection/text/vocabulary';
import { DETECTORS } from '../../src/detection/registry';
import { isWordChar } from '../../src/detection/text/words';
import { MAY_BE_BSN, MAY_BE_CARD, MAY_BE_IBAN, runEndingAt } from '../../src/detection/text/run-flags';
import { isValidBsn } from '../../src/detection/checks/checksums';
import { seeded as random } from '../seeded';
import { nearMissText } from './helpers';

const isSpace = (c: string) => c === ' ' || c === '\u00a0';

/** The end of `word` matched at text[p] (case-insensitive; a space matches a run of spaces), or -1. */
function matchWord(text: string, p: number, word: string): number {
  let i = p;
  for (let k = 0; k < word.length; k++) {
    if (word[k] === ' ') {
      if (i >= text.length || !isSpace(text[i])) return -1;
      while (i < text.length && isSpace(text[i])) i++;
    } else {
      if (i >= text.length || text[i].toLowerCase() !== word[k]) return -1;
      i++;
    }
  }
  return i;
}

/** Reference: leftmost word start first, the longest whole word there, then on from its end. */
function referenceWords(text: string, words: readonly string[]): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  let p = 0;
  while (p < text.length) {
    if (p > 0 && isWordChar(text.charCodeAt(p - 1))) {
      p++;
      continue;
    }
    let best = -1;
    let bestWord = '';
    for (const w of words) {
      const end = matchWord(text, p, w);
      if (end > best && (end >= text.length || !isWordChar(text.charCodeAt(end)))) {
        best = end;
        bestWord = w;
      }
    }
    if (best > 0) {
      out.push([p, best, bestWord]);
      p = best;
    } else {
      p++;
    }
  }
  return out;
}

function referenceRuns(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /\d(?:[ ./-]?\d){8,}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push([m.index, m.index + m[0].length]);
  return out;
}

function positionsOf(text: string, ch: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) out.push(i);
  return out;
}

function scanned(scanner: Scanner, text: string) {
  const r = scanner.scan(text);
  const runs: Array<[number, number]> = [];
  for (let k = 0; k < r.count; k++) runs.push([r.starts[k], r.ends[k]]);
  const list = (p: { length: number; at(k: number): number }) => Array.from({ length: p.length }, (_, k) => p.at(k));
  return {
    runs,
    words: r.words.map((w): [number, number, string] => [w.start, w.end, w.word]),
    newlines: list(r.newlines),
    tabs: list(r.tabs),
    atSigns: r.atSigns,
  };
}

/** Separators and marks between the words of the random texts. */
const PIECES = ['1', '23', '4567', '89', ' ', '  ', '.', '-', '/', '\u00a0', '\t', '\n', '@', '_', 'x', 'É', 'ë', '€', 'A', ',', ':'];

const randomText = (next: () => number, words: readonly string[], length: number): string => nearMissText(next, words, length, PIECES, 0.35);

const VOCABULARIES: Array<[string, string[]]> = [
  ['the detectors’ gate words', Array.from(new Vocabulary(DETECTORS).roles.keys())],
  [
    'overlapping and multi-word terms',
    ['id kaart', 'kaa', 'netto', 'netto uit te betalen', 'uit te betalen', 'pin', 'pin-code', 'pin code', 'a-b', '#geheim', 'x', 'é', 'ëx', 'bruto loon', 'loon'],
  ],
];

describe.each(VOCABULARIES)('scanner with %s', (_, words) => {
  const scanner = new Scanner(words);

  it('finds what the reference finds in 3,000 random texts', () => {
    const next = random(20261127);
    for (let k = 0; k < 3000; k++) {
      const text = randomText(next, words, Math.floor(next() * 120));
      const got = scanned(scanner, text);
      const want = {
        runs: referenceRuns(text),
        words: referenceWords(text, words),
        newlines: positionsOf(text, '\n'),
        tabs: positionsOf(text, '\t'),
        atSigns: positionsOf(text, '@'),
      };
      if (JSON.stringify(got) !== JSON.stringify(want)) expect({ text, ...got }).toEqual({ text, ...want });
    }
  });

  it('finds the same words on their own (as around a candidate)', () => {
    const finder = new WordFinder(words);
    const next = random(7);
    for (let k = 0; k < 2000; k++) {
      const text = randomText(next, words, Math.floor(next() * 120));
      const got = finder.wordsIn(text, 0, text.length).map((w): [number, number, string] => [w.start, w.end, w.word]);
      const want = referenceWords(text, words);
      if (JSON.stringify(got) !== JSON.stringify(want)) expect({ text, got }).toEqual({ text, got: want });
    }
  });
});

describe('scanner: cases by hand', () => {
  const scanner = new Scanner(['id kaart', 'kaa', 'netto', 'netto uit te betalen', 'wachtwoord', 'pin']);
  const words = (text: string) => scanned(scanner, text).words;

  it('takes the longest word at a start, and a shorter one when the longer one breaks off', () => {
    expect(words('Netto uit te betalen: 12')).toEqual([[0, 20, 'netto uit te betalen']]);
    expect(words('netto uit de kas')).toEqual([[0, 5, 'netto']]);
  });
  it('finds a word that starts inside a failed multi-word walk', () => {
    expect(words('id kaa.')).toEqual([[3, 6, 'kaa']]);
    expect(words('id wachtwoord')).toEqual([[3, 13, 'wachtwoord']]);
  });
  it('wants whole words', () => {
    expect(words('pinnen wachtwoorden spin xpin')).toEqual([]);
    // An underscore is no word character: "db_pin" holds the word "pin".
    expect(words('pin_ _pin')).toEqual([
      [0, 3, 'pin'],
      [6, 9, 'pin'],
    ]);
    expect(words('WACHTWOORD\u00a0pin')).toEqual([
      [0, 10, 'wachtwoord'],
      [11, 14, 'pin'],
    ]);
  });
  it('finds words at the very end and runs that end the text', () => {
    expect(scanned(scanner, 'pin 1234 567 89')).toEqual({ runs: [[4, 15]], words: [[0, 3, 'pin']], newlines: [], tabs: [], atSigns: [] });
    expect(scanned(scanner, '123456789.').runs).toEqual([[0, 9]]);
  });
  it('stays linear on hostile input', () => {
    const text = 'id' + ' '.repeat(200000) + 'kaa ' + '1 '.repeat(100000) + 'x';
    const r = scanned(scanner, text);
    expect(r.words).toEqual([[200002, 200005, 'kaa']]);
    expect(r.runs).toEqual([[200006, 200006 + 199999]]);
  });
});

describe('what a digit run could be (run-flags)', () => {
  /** The flags by their definitions, from the run's text alone. */
  function expectedFlags(text: string, start: number, end: number): number {
    const run = text.slice(start, end);
    const groups = run.split(/[ ./-]/);
    const seps = run.replace(/[0-9]/g, '');
    let bsn = groups.some((g) => g.length === 9 && isValidBsn(g));
    // 2 to 5 groups of 2 to 4 digits, 9 in all, one separator throughout.
    for (let g = 0; g < groups.length && !bsn; g++) {
      let digits = '';
      for (let j = g; j < groups.length && j < g + 5; j++) {
        if (groups[j].length < 2 || groups[j].length > 4 || (j > g + 1 && seps[j - 1] !== seps[g])) break;
        digits += groups[j];
        if (digits.length >= 9) {
          bsn = digits.length === 9 && j > g && isValidBsn(digits);
          break;
        }
      }
    }
    const before = start > 0 ? text.charAt(start - 1) : ' ';
    const iban = /^[0-9 ]+$/.test(run) && run.length >= 10 && /[A-Za-z ]/.test(before);
    const card = run.replace(/[^0-9]/g, '').length >= 13;
    return (bsn ? MAY_BE_BSN : 0) | (iban ? MAY_BE_IBAN : 0) | (card ? MAY_BE_CARD : 0);
  }

  it('finds the start and the flags of 5,000 random runs', () => {
    const next = random(42);
    const starts = new Int32Array(1);
    const bsns = ['111222333', '123456782', '1234.56.782', '123 456 782', '123-456-782', '12-34-56-782', '123-45-6782'];
    for (let k = 0; k < 5000; k++) {
      let run = '';
      while (run.replace(/[^0-9]/g, '').length < 9 || next() < 0.5) {
        if (run && next() < 0.4) run += ' ./-'.charAt(Math.floor(next() * 4));
        run += next() < 0.15 ? bsns[Math.floor(next() * bsns.length)] : String(Math.floor(next() * 10 ** (1 + Math.floor(next() * 6))));
        run = run.replace(/[ ./-]{2,}/g, ' ');
      }
      const lead = ['', 'NL91ABNA', 'x ', '€', 'tel.: '][Math.floor(next() * 5)];
      const text = lead + run + ['', ' ', '.', 'a'][Math.floor(next() * 4)];
      const end = lead.length + run.length;
      const flags = runEndingAt(text, end, starts, 0);
      if (starts[0] !== lead.length || flags !== expectedFlags(text, lead.length, end)) {
        expect({ text, start: starts[0], flags }).toEqual({ text, start: lead.length, flags: expectedFlags(text, lead.length, end) });
      }
    }
  });
});
