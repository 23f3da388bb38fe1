/** What a content detector is: a small module that describes itself (secretlint/gitleaks-style). */
import type { Confidence, ContentDetectorId, DetectorTexts } from './types';
import type { PreparedText } from './prepared';

/**
 * What a hit shows, before masking. Detectors hand over the parts; mask.ts alone turns them into
 * the evidence string, so no detector formats (or leaks) a raw value.
 */
export type Evidence =
  | { kind: 'bsn'; digits: string }
  | { kind: 'iban'; iban: string }
  | { kind: 'card'; digits: string }
  | { kind: 'secret'; label: string }
  | { kind: 'document'; label: string; value: string }
  | { kind: 'terms'; terms: string[] }
  | { kind: 'list'; rows: number; details: string[] }
  | { kind: 'keyword'; word: string };

export interface Hit {
  start: number;
  end: number;
  confidence: Confidence;
  evidence: Evidence;
}

/** Words from the vocabulary, by the part they play for one detector. */
export interface DetectorWords {
  /** Words the detector looks for itself (payslip terms, "wachtwoord", "paspoort"): they open its gate. */
  terms: readonly string[];
  /** Words that raise confidence when near a candidate. */
  context: readonly string[];
  /** Words that name another kind of number or a harmless use: they lower confidence. */
  negative: readonly string[];
}

/** One row of a detector's own table test: a text and the hits expected in it (none for a false example). */
export interface DetectorExample {
  text: string;
  /** Expected hits in text order: confidence and (optionally) the masked evidence. */
  hits: ReadonlyArray<{ confidence: Confidence; evidence?: string }>;
  why?: string;
}

/** How the engine decides whether a detector does any work on a text (the cheap gate). */
export type Gate = 'numbers' | 'terms' | 'details';

export interface Detector {
  id: ContentDetectorId;
  texts: DetectorTexts;
  words: DetectorWords;
  gate: Gate;
  find(text: PreparedText, options: FindOptions): Hit[];
  examples: readonly DetectorExample[];
}

export interface FindOptions {
  /** personal-list: fewest rows that make a list about several people. */
  minRows: number;
  /**
   * Stop after this many hits: a text with thousands of BSNs is reported as such without reading
   * every one (keeps hostile and huge inputs inside the time budget).
   */
  limit: number;
}
