/**
 * Recipient checks: who receives the message, next to what it contains.
 * Pure: runs in the handler's ES2016 runtime, the task pane and the CLI alike.
 */
import type { Finding, RecipientDetectorId } from '../model/finding';
import type { Policy } from '../policy/types';
import { defaultPolicy } from '../policy/defaults';
import { recipientContext, type RecipientCheckInput } from './context';
import { RECIPIENT_CHECKS } from './registry';

export type { RecipientCheck, RecipientContext, RecipientExample } from './check';
export type { RecipientCheckInput } from './context';
export { RECIPIENT_CHECKS, RECIPIENT_REGISTRY } from './registry';
export { collectRecipients, maskAddress, normaliseAddress } from './domains/address';
export {
  SENSITIVE_DOMAINS_SETTING,
  domainsOfAddresses,
  emptyStore,
  newSensitiveDomains,
  parseStore,
  rememberSensitiveDomains,
  serializeStore,
  type SensitiveDomainStore,
} from './domains/first-time';

function enabled(policy: Policy, id: RecipientDetectorId): boolean {
  const rule = policy.detectors && policy.detectors[id];
  return !rule || rule.enabled !== false;
}

/**
 * Findings about the recipients, each with the checker's own confidence and severity 'warn' as a
 * placeholder: the scan applies the policy's minimum confidence and action.
 */
export function checkRecipients(input: RecipientCheckInput): Finding[] {
  const context = recipientContext(input);
  if (!context) return [];
  const policy = input.policy || defaultPolicy();
  const findings: Finding[] = [];
  for (const check of RECIPIENT_CHECKS) {
    if (enabled(policy, check.id)) findings.push(...check.check(context));
  }
  return findings;
}
