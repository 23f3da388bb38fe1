/**
 * Every recipient check's true and false examples, by id. They sit beside each check
 * (`checks/<name>.examples.ts`) and are run by the table test; only tests import this file, so the
 * examples stay out of the handler bundle.
 */
import type { RecipientDetectorId } from '../model/finding';
import type { RecipientExample } from './check';
import { examples as external } from './checks/external.examples';
import { examples as visible } from './checks/visible.examples';
import { examples as lookalike } from './checks/lookalike.examples';
import { examples as unsubscribe } from './checks/unsubscribe.examples';

export const RECIPIENT_EXAMPLES: Readonly<Record<RecipientDetectorId, readonly RecipientExample[]>> = {
  'external-recipients': external,
  'visible-recipients': visible,
  'lookalike-domain': lookalike,
  'missing-unsubscribe': unsubscribe,
};
