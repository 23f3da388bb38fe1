/**
 * The words the detectors listen for. The words that open a detector's gate (payslip terms,
 * "wachtwoord", "paspoort", the admin's keywords) go into the scanner that makes the single pass
 * over the text together with the digit-run search (the gitleaks-style prefilter). Context and
 * negative words are only looked up in a small window around a candidate that already passed its
 * checks, so common words ("tel", "hij", "factuur") cost nothing on the rest of the text.
 */
import type { ContentDetectorId } from '../../model/finding';
import { normalizeWord } from './words';
import { Scanner } from './scanner';
import type { ScanResult } from './scanner';
import { WordFinder } from './word-finder';
import { GateWordText, type GateWordLists, scanByWords, SHORT_TEXT, wordsThatMayOccur } from './short-text';

/** Words from the vocabulary, by the part they play for one detector. */
export interface DetectorWords {
  /** Words the detector looks for itself (payslip terms, "wachtwoord", "paspoort"): they open its gate. */
  terms: readonly string[];
  /** Words that raise confidence when near a candidate. */
  context: readonly string[];
  /** Words that name another kind of number or a harmless use: they lower confidence. */
  negative: readonly string[];
}

/** How the engine decides whether a detector does any work on a text (the cheap gate). */
export type Gate = 'numbers' | 'terms' | 'details';

/** What the vocabulary needs to know of a detector: its id, its words and its gate. */
export interface WordSource {
  id: ContentDetectorId;
  words: DetectorWords;
  gate: Gate;
}

export type WordRole = 'term' | 'context' | 'negative' | 'keyword';

export interface ExtraWords {
  keywords: readonly string[];
  contextWords: readonly string[];
}

export class Vocabulary {
  /** The gate words by detector and role, as given. */
  private readonly lists: GateWordLists[] = [];
  private rolesMap?: Map<string, Array<{ detector: ContentDetectorId; role: WordRole }>>;
  /** The gate words as text, for short texts while neither the map nor the full scanner exists (short-text.ts). */
  private gateText?: GateWordText;
  /** The full scanner, built when a text first needs it (short texts may not: short-text.ts). */
  private fullScanner?: Scanner;
  private readonly local = new Map<
    ContentDetectorId,
    { context: string[]; negative: string[]; finder?: { finder: WordFinder; roles: Map<string, WordRole> } }
  >();
  /** Context and negative words as given, normalized into `local` on first use (most texts never need them). */
  private readonly given = new Map<ContentDetectorId, { context: readonly string[]; negative: readonly string[] }>();

  constructor(detectors: readonly WordSource[], extra: Partial<Record<ContentDetectorId, ExtraWords>> = {}) {
    for (const d of detectors) {
      const context = d.words.context.slice();
      const moreTerms: string[] = [];
      const more = extra[d.id];
      if (more) {
        // For detectors that read words, the admin's context words are more of their words.
        for (const w of more.contextWords) {
          if (d.gate === 'numbers') context.push(w);
          else moreTerms.push(w);
        }
      }
      this.lists.push({ detector: d.id, terms: d.words.terms, keywords: more ? more.keywords : [], moreTerms });
      this.given.set(d.id, { context, negative: d.words.negative });
    }
  }

  /**
   * Gate words: normalized word -> the detectors it matters to, and how ('term' or 'keyword'). Made
   * on first use (the full scanner, a short text with a word the word-by-word reading cannot find).
   */
  get roles(): Map<string, Array<{ detector: ContentDetectorId; role: WordRole }>> {
    if (!this.rolesMap) {
      this.rolesMap = new Map();
      for (const l of this.lists) {
        for (const w of l.terms) this.add(w, l.detector, 'term');
        for (const w of l.keywords) this.add(w, l.detector, 'keyword');
        for (const w of l.moreTerms) this.add(w, l.detector, 'term');
      }
    }
    return this.rolesMap;
  }

  /** What roles.get(word) says, without making the map when it does not exist yet. */
  rolesOf(word: string): Array<{ detector: ContentDetectorId; role: WordRole }> | undefined {
    if (this.rolesMap || !this.gateText) return this.roles.get(word);
    return this.gateText.rolesOf(word);
  }

  /** The gate words, for the one pass over the text. */
  get scanner(): Scanner {
    if (!this.fullScanner) this.fullScanner = new Scanner(Array.from(this.roles.keys()));
    return this.fullScanner;
  }

  /**
   * The one pass over a text. Before the full scanner exists a short text is read word by word, or,
   * when a word that reading cannot find may occur in it, by a scanner over its own words.
   */
  scan(text: string): ScanResult {
    if (this.fullScanner || text.length > SHORT_TEXT) return this.scanner.scan(text);
    if (!this.rolesMap) {
      if (!this.gateText) this.gateText = new GateWordText(this.lists);
      if (wordsThatMayOccur(this.gateText.notPlain, text).length === 0) return scanByWords(text, this.gateText);
    }
    return new Scanner(wordsThatMayOccur(Array.from(this.roles.keys()), text)).scan(text);
  }

  private add(word: string, detector: ContentDetectorId, role: WordRole): void {
    const key = normalizeWord(word);
    if (!key) return;
    const roles = this.rolesMap as Map<string, Array<{ detector: ContentDetectorId; role: WordRole }>>;
    let list = roles.get(key);
    if (!list) roles.set(key, (list = []));
    if (!list.some((r) => r.detector === detector && r.role === role)) list.push({ detector, role });
  }

  private localOf(detector: ContentDetectorId) {
    let l = this.local.get(detector);
    const given = this.given.get(detector);
    if (!l && given) {
      l = { context: given.context.map(normalizeWord).filter(Boolean), negative: given.negative.map(normalizeWord).filter(Boolean) };
      this.local.set(detector, l);
    }
    return l;
  }

  /** A detector's context or negative words, normalized (for short strings such as header cells). */
  wordsOf(detector: ContentDetectorId, role: 'context' | 'negative'): string[] {
    const l = this.localOf(detector);
    return l ? l[role] : [];
  }

  /**
   * A finder for a detector's context and negative words, and the role of each word (context
   * first, when a word is on both lists).
   */
  localWords(detector: ContentDetectorId): { finder: WordFinder; roles: Map<string, WordRole> } | undefined {
    const l = this.localOf(detector);
    if (!l || l.context.length + l.negative.length === 0) return undefined;
    if (!l.finder) {
      const roles = new Map<string, WordRole>();
      for (const w of l.negative) roles.set(w, 'negative');
      for (const w of l.context) roles.set(w, 'context');
      l.finder = { finder: new WordFinder(Array.from(roles.keys())), roles };
    }
    return l.finder;
  }
}
