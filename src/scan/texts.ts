/**
 * The one place that names every detector id, so the alert, the task pane and the CLI say the same
 * thing. Content detectors own their names (detection registry), recipient checks theirs
 * (recipients), and the attachment findings are named in strings/attachments.ts. The summaries and
 * reasons the task pane shows are in descriptions.ts, which the send handler does not bundle.
 */
import { DETECTOR_REGISTRY } from '../detection/registry';
import {
  CONTENT_DETECTORS,
  RECIPIENT_DETECTORS,
  type AttachmentDetectorId,
  type ContentDetectorId,
  type DetectorId,
  type DetectorNames,
  type RecipientDetectorId,
} from '../model/finding';
import { RECIPIENT_REGISTRY } from '../recipients/registry';
import { ATTACHMENT_NAMES } from '../strings/attachments';

export { reasonText } from '../strings/attachments';

/** The name of a detector id, in both languages. */
export function detectorTexts(id: DetectorId): DetectorNames {
  if ((RECIPIENT_DETECTORS as readonly string[]).indexOf(id) >= 0) return RECIPIENT_REGISTRY[id as RecipientDetectorId].texts;
  if ((CONTENT_DETECTORS as readonly string[]).indexOf(id) >= 0) return DETECTOR_REGISTRY[id as ContentDetectorId].texts;
  return ATTACHMENT_NAMES[id as AttachmentDetectorId];
}
