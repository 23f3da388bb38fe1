/** How context turns a validated candidate into a confidence (shared by the number detectors). */
import type { Confidence, ContentDetectorId } from '../model/finding';
import type { PreparedText } from './text/prepared';

/** Context words this close (in characters, either side) count fully. */
export const NEAR = 60;
/** Context words this close still help a little (Purview's proximity window is 300 characters). */
export const FAR = 300;

export type HeaderSays = 'context' | 'negative' | undefined;

/** What the column header above pos says for this detector, if pos sits in a table. */
export function headerSays(text: PreparedText, detector: ContentDetectorId, pos: number): HeaderSays {
  const cell = text.columnHeader(pos);
  if (!cell) return undefined;
  if (text.headerSays(cell, text.vocabulary.wordsOf(detector, 'context'))) return 'context';
  if (text.headerSays(cell, text.vocabulary.wordsOf(detector, 'negative'))) return 'negative';
  return undefined;
}

/**
 * high: a context word within NEAR (or a matching column header); medium: one within FAR;
 * low: no context. null: a nearer word names another kind of number, so this is not one of ours.
 */
export function weighContext(text: PreparedText, detector: ContentDetectorId, start: number, end: number, header: HeaderSays): Confidence | null {
  if (header === 'negative') return null;
  if (header === 'context') return 'high';
  // The near window decides most candidates (a label or another number's name right there); only
  // when it holds neither kind of word is the far window read, for a context word alone.
  const near = text.nearby(detector, start, end, NEAR);
  if (near.negative <= NEAR && near.negative < near.context) return null;
  if (near.context <= NEAR) return 'high';
  return text.nearby(detector, start, end, FAR).context <= FAR ? 'medium' : 'low';
}

export function lower(confidence: Confidence): Confidence | null {
  return confidence === 'high' ? 'medium' : confidence === 'medium' ? 'low' : null;
}

/** True when the character before start or after end glues the candidate to a word ("AB123456782"). */
export function glued(text: string, start: number, end: number): boolean {
  const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (start > 0 && isAlnum(text.charCodeAt(start - 1))) || (end < text.length && isAlnum(text.charCodeAt(end)));
}
