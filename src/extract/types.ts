import type { LimitsPolicy } from '../policy/types';

/** One piece of text taken from an attachment. `path` is the inner path ('' for the attachment itself). */
export interface ExtractedText {
  path: string;
  text: string;
  /**
   * Text the file holds but does not show as its own content (a slide master's prompts, a PDF
   * layer that is switched off): scanned, but no sign that the file holds readable text.
   */
  hidden?: boolean;
}

/** Something in an attachment that could not be read. Becomes an attachment finding in the scan. */
export interface ExtractProblem {
  detector: 'unscannable-attachment' | 'encrypted-attachment';
  /** Inner path ('' for the attachment itself). */
  path: string;
  /** Stable reason code: too-large, too-deep, too-many-entries, expansion-ratio, time-out, corrupt, partly-read, unknown-format, no-text, encrypted. */
  reason: string;
}

export interface ExtractResult {
  texts: ExtractedText[];
  problems: ExtractProblem[];
}

/**
 * Shared by every extractor of one message: the caps and the clock. Extractors check `deadline`
 * in their loops (via `now()`) and count what they inflate against `limits`.
 */
export interface ExtractBudget {
  limits: LimitsPolicy;
  /** Absolute time (in `now()` units, ms) after which extraction stops with reason `time-out`. */
  deadline: number;
  now: () => number;
  /**
   * Running total of bytes read for this message (attachments plus what was inflated from them),
   * kept by the dispatcher against `limits.totalBytes`. Optional: a fresh budget starts at 0.
   */
  usedBytes?: number;
}

/** What an extractor gets besides the bytes: the budget, where it is, and a way to extract what it contains. */
export interface ExtractContext {
  budget: ExtractBudget;
  /** Inner path of the file being extracted ('' for the attachment itself; 'a.zip/b.docx' below it). */
  path: string;
  /** Container depth: 0 for the attachment itself. */
  depth: number;
  /** Extracts a nested file (zip entry, attachment inside a .msg/.eml, embedded object) through the dispatcher, one level deeper. */
  nested(name: string, bytes: Uint8Array): ExtractResult;
}
