/** How each detector describes itself (name, one-line summary, why it matters), in the user's language: the one place for every id (src/scan/texts.ts). */
import type { DetectorId, DetectorMessages, Language } from '../model/finding';
import { detectorTexts, reasonText } from '../scan/texts';

export function detectorMessages(detector: DetectorId, lang: Language): DetectorMessages {
  return detectorTexts(detector)[lang];
}

/** The words for an unscannable or encrypted attachment's reason code. */
export function reasonWords(reason: string, lang: Language): string {
  return reasonText(reason, lang);
}
