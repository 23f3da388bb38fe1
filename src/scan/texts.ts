/**
 * The one place that gives people-facing texts for every detector id, so the alert, the task pane
 * and the CLI say the same thing. Content detectors own their texts (detection registry), recipient
 * checks theirs (recipients), and the attachment findings are described here.
 */
import { detectorTexts as contentDetectorTexts } from '../detection/registry';
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
import { RECIPIENT_TEXTS } from '../recipients/registry';
import { ATTACHMENT_TEXTS } from '../strings/attachments';

export { reasonText } from '../strings/attachments';

/** Texts for a detector id, in both languages. */
export function detectorTexts(id: DetectorId): DetectorTexts {
  if ((RECIPIENT_DETECTORS as readonly string[]).indexOf(id) >= 0) return RECIPIENT_TEXTS[id as RecipientDetectorId];
  if ((CONTENT_DETECTORS as readonly string[]).indexOf(id) >= 0) return contentDetectorTexts(id as ContentDetectorId);
  return ATTACHMENT_TEXTS[id as AttachmentDetectorId];
}

/** Every detector's texts, for listings (the docs, policy tools). */
export function allDetectorTexts(): Record<DetectorId, DetectorTexts> {
  const out = {} as Record<DetectorId, DetectorTexts>;
  for (const id of DETECTOR_IDS) out[id] = detectorTexts(id);
  return out;
}
