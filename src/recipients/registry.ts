/** Every recipient check, by id. Others read `texts` from here (task pane, alerts, CLI). */
import type { DetectorTexts, RecipientDetectorId } from '../model/finding';
import type { RecipientCheck } from './check';
import { externalRecipients } from './checks/external';
import { lookalikeDomain } from './checks/lookalike';
import { missingUnsubscribe } from './checks/unsubscribe';
import { visibleRecipients } from './checks/visible';

/** In the order of RECIPIENT_DETECTORS. */
export const RECIPIENT_CHECKS: readonly RecipientCheck[] = [externalRecipients, visibleRecipients, lookalikeDomain, missingUnsubscribe];

export const RECIPIENT_REGISTRY: Readonly<Record<RecipientDetectorId, RecipientCheck>> = {
  'external-recipients': externalRecipients,
  'visible-recipients': visibleRecipients,
  'lookalike-domain': lookalikeDomain,
  'missing-unsubscribe': missingUnsubscribe,
};

/** The nl and en texts of every recipient check, by id. */
export const RECIPIENT_TEXTS: Readonly<Record<RecipientDetectorId, DetectorTexts>> = {
  'external-recipients': externalRecipients.texts,
  'visible-recipients': visibleRecipients.texts,
  'lookalike-domain': lookalikeDomain.texts,
  'missing-unsubscribe': missingUnsubscribe.texts,
};

/** The nl and en texts of a recipient check. */
export function recipientTexts(id: RecipientDetectorId): DetectorTexts {
  return RECIPIENT_REGISTRY[id].texts;
}
