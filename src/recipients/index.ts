/**
 * Recipient checks: who receives the message, next to what it contains.
 * Pure: runs in the handler's ES2016 runtime, the task pane and the CLI alike.
 */
import type { Finding, Language, RecipientDetectorId } from '../model/finding';
import type { ExternalProps } from './evidence';
import { defaultPolicy } from '../policy/defaults';
import type { Policy } from '../policy/types';
import type { MessageInput } from '../model/message';
import { collectRecipients } from './domains/address';
import { DomainClassifier } from './domains/domains';
import { checkExternalRecipients, externalRecipients, sensitiveFindings } from './checks/external';
import { domainsOfAddresses, newSensitiveDomains, parseStore, type SensitiveDomainStore } from './domains/first-time';
import { findLookalikeDomains } from './checks/lookalike';
import { checkMissingUnsubscribe } from './checks/unsubscribe';
import { checkVisibleRecipients } from './checks/visible';

export { RECIPIENT_TEXTS } from './texts';
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

export interface RecipientCheckInput {
  message: MessageInput;
  policy: Policy;
  /** Content and attachment findings already made (external-recipients only matters with sensitive content). */
  contentFindings: Finding[];
  /** The user's own address (Outlook) or the message's From (CLI). */
  senderAddress?: string;
  /** The message's text (subject + bodies), for missing-unsubscribe. */
  text: string;
  /**
   * The first-time check's store (policy.recipients.firstTimeDomainCheck), parsed or as the raw
   * roaming-setting string. Absent: the first-time check is skipped (the CLI has no user store).
   */
  sensitiveDomainStore?: SensitiveDomainStore | string;
  /** Language of the evidence lines (default en). */
  lang?: Language;
}

function enabled(policy: Policy, id: RecipientDetectorId): boolean {
  const rule = policy.detectors && policy.detectors[id];
  return !rule || rule.enabled !== false;
}

/**
 * Findings about the recipients, each with the checker's own confidence and severity 'warn' as a
 * placeholder: the scan applies the policy's minimum confidence and action.
 */
export function checkRecipients(input: RecipientCheckInput): Finding[] {
  const policy = input.policy || defaultPolicy();
  const recipientPolicy = policy.recipients || defaultPolicy().recipients;
  const message = input.message || { to: [], cc: [], bcc: [] };
  const recipients = collectRecipients(message);
  if (recipients.length === 0) return [];
  const classifier = new DomainClassifier(recipientPolicy, input.senderAddress || (message.from && message.from.address));
  const findings: Finding[] = [];
  const lang: Language = input.lang || 'en';

  if (enabled(policy, 'lookalike-domain')) findings.push(...findLookalikeDomains(recipients, classifier, lang));

  if (enabled(policy, 'external-recipients')) {
    const sensitive = sensitiveFindings(input.contentFindings || [], policy);
    if (sensitive.length > 0) {
      const external = externalRecipients(recipients, classifier);
      let firstTime: ExternalProps['firstTime'];
      if (recipientPolicy.firstTimeDomainCheck && input.sensitiveDomainStore !== undefined && external.length > 0) {
        const fresh = newSensitiveDomains(parseStore(input.sensitiveDomainStore), domainsOfAddresses(external.map((r) => r.address)));
        if (fresh.length > 0) firstTime = { domains: fresh.slice(0, 3), more: Math.max(0, fresh.length - 3) };
      }
      const finding = checkExternalRecipients(sensitive, external, firstTime, lang);
      if (finding) findings.push(finding);
    }
  }

  if (enabled(policy, 'visible-recipients')) {
    const finding = checkVisibleRecipients(recipients, classifier, recipientPolicy, lang);
    if (finding) findings.push(finding);
  }

  if (enabled(policy, 'missing-unsubscribe')) {
    const finding = checkMissingUnsubscribe(recipients, classifier, input.text || '', recipientPolicy, lang);
    if (finding) findings.push(finding);
  }
  return findings;
}
