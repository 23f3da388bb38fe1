/** How each detector describes itself (name, one-line summary, why it matters), in the user's language. */
import type { DetectorId, DetectorMessages, Language } from '../detection/types';

/** Until the scan engine's texts are on main: the detector id as its name, no explanation. */
export function detectorMessages(detector: DetectorId, lang: Language): DetectorMessages {
  void lang;
  return { name: detector, summary: ({ count }) => `${detector} (${count})`, why: '' };
}

/** The words for an unscannable or encrypted attachment's reason code. */
export function reasonWords(reason: string, lang: Language): string {
  void lang;
  return reason;
}
