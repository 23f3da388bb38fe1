/** What a content detector is: a small module that describes itself (secretlint/gitleaks-style). */
import type { Confidence, ContentDetectorId, DetectorNames } from '../model/finding';
import type { PreparedText } from './text/prepared';
import type { DetectorWords, Gate } from './text/vocabulary';

export type { DetectorWords, Gate };

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

/** One row of a detector's own table test: a text and the hits expected in it (none for a false example). */
export interface DetectorExample {
  text: string;
  /** Expected hits in text order: confidence and (optionally) the masked evidence. */
  hits: ReadonlyArray<{ confidence: Confidence; evidence?: string }>;
  why?: string;
}

export interface Detector {
  id: ContentDetectorId;
  /** Its name per language; the summary and why are in descriptions.ts (not in the handler's bundle). */
  texts: DetectorNames;
  words: DetectorWords;
  gate: Gate;
  find(text: PreparedText, options: FindOptions): Hit[];
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
