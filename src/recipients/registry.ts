/** Every recipient check, by id. Others read their names from here; summaries and reasons from descriptions.ts. */
import type { RecipientDetectorId } from '../model/finding';
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
