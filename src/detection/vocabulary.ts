/**
 * Every word the detectors listen for, built into one regex so a single pass over the text finds
 * them all (the gitleaks-style keyword prefilter), together with the digit runs the number
 * detectors need. Policy words join the same table, escaped.
 */
import type { ContentDetectorId } from './types';
import type { Detector } from './detector';
import { normalizeWord, wordPattern } from './words';

export type WordRole = 'term' | 'context' | 'negative' | 'keyword';

export interface ExtraWords {
  keywords: readonly string[];
  contextWords: readonly string[];
}

export class Vocabulary {
  /** normalized word -> the detectors it matters to, and how. */
  readonly roles = new Map<string, Array<{ detector: ContentDetectorId; role: WordRole }>>();
  /** The one combined pattern: digit runs (8+ digits), postcodes, then every word. */
  readonly source: string;
  private readonly byRole = new Map<string, string[]>();

  constructor(detectors: readonly Detector[], extra: Partial<Record<ContentDetectorId, ExtraWords>> = {}) {
    for (const d of detectors) {
      for (const w of d.words.terms) this.add(w, d.id, 'term');
      for (const w of d.words.context) this.add(w, d.id, 'context');
      for (const w of d.words.negative) this.add(w, d.id, 'negative');
      const more = extra[d.id];
      if (more) {
        for (const w of more.keywords) this.add(w, d.id, 'keyword');
        // For detectors that work from words, the admin's context words are more of their words.
        for (const w of more.contextWords) this.add(w, d.id, d.gate === 'numbers' ? 'context' : 'term');
      }
    }
    // Longest first, so "bruto loon" is tried before "bruto" and "pincode" before "pin".
    const words = Array.from(this.roles.keys()).sort((a, b) => b.length - a.length);
    const alternatives = words.map((w) => (/^[a-z0-9]/.test(w) ? '\\b' : '') + wordPattern(w));
    this.source =
      '(\\d(?:[ .\\/-]?\\d){7,})' + // group 1: a digit run of 8+ digits with single separators
      '|(\\d{4} ?[A-Z]{2}(?![A-Za-z]))' + // group 2: a Dutch postcode
      (alternatives.length ? '|' + alternatives.join('|') : '');
  }

  private add(word: string, detector: ContentDetectorId, role: WordRole): void {
    const key = normalizeWord(word);
    if (!key) return;
    let list = this.roles.get(key);
    if (!list) {
      list = [];
      this.roles.set(key, list);
    }
    if (!list.some((r) => r.detector === detector && r.role === role)) list.push({ detector, role });
  }

  /** The normalized words one detector has in one role (for short strings such as header cells). */
  wordsOf(detector: ContentDetectorId, role: WordRole): string[] {
    const key = detector + '/' + role;
    const cached = this.byRole.get(key);
    if (cached) return cached;
    const out: string[] = [];
    this.roles.forEach((list, word) => {
      if (list.some((r) => r.detector === detector && r.role === role)) out.push(word);
    });
    this.byRole.set(key, out);
    return out;
  }
}
