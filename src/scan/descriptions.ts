/**
 * Every detector id's full texts (name, summary, why) for the task pane, the CLI and the docs, so
 * they all say the same thing. The send handler only names findings (texts.ts) and does not bundle
 * this module or the descriptions it gathers.
 */
import { detectorTexts as contentDetectorTexts } from '../detection/descriptions';
import {
  CONTENT_DETECTORS,
  DETECTOR_IDS,
  RECIPIENT_DETECTORS,
  type AttachmentDetectorId,
  type ContentDetectorId,
  type DetectorId,
  type DetectorTexts,
  type RecipientDetectorId,
} from '../model/finding';
import { RECIPIENT_TEXTS } from '../recipients/descriptions';
import { ATTACHMENT_DESCRIPTIONS } from '../strings/attachment-descriptions';
import { ATTACHMENT_NAMES } from '../strings/attachments';

export { reasonText } from '../strings/attachments';

/** Texts for a detector id, in both languages. */
export function detectorTexts(id: DetectorId): DetectorTexts {
  if ((RECIPIENT_DETECTORS as readonly string[]).indexOf(id) >= 0) return RECIPIENT_TEXTS[id as RecipientDetectorId];
  if ((CONTENT_DETECTORS as readonly string[]).indexOf(id) >= 0) return contentDetectorTexts(id as ContentDetectorId);
  const names = ATTACHMENT_NAMES[id as AttachmentDetectorId];
  const more = ATTACHMENT_DESCRIPTIONS[id as AttachmentDetectorId];
  return { nl: { ...names.nl, ...more.nl }, en: { ...names.en, ...more.en } };
}

/** Every detector's texts, for listings (the docs, policy tools). */
export function allDetectorTexts(): Record<DetectorId, DetectorTexts> {
  const out = {} as Record<DetectorId, DetectorTexts>;
  for (const id of DETECTOR_IDS) out[id] = detectorTexts(id);
  return out;
}
