/** What the recipient checks look at, computed once per message (see RecipientContext). */
import { CONFIDENCE_RANK, CONTENT_DETECTORS, type ContentDetectorId, type Finding, type Language } from '../model/finding';
import type { MessageInput } from '../model/message';
import { defaultPolicy } from '../policy/defaults';
import type { Policy } from '../policy/types';
import type { RecipientContext } from './check';
import { collectRecipients } from './domains/address';
import { DomainClassifier } from './domains/domains';
import { parseStore, type SensitiveDomainStore } from './domains/first-time';

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

const CONTENT_IDS: readonly string[] = CONTENT_DETECTORS;

/**
 * The content findings that make a message sensitive: from a content detector, enabled in the policy
 * and at or above its minimum confidence (the same filter the scan applies before reporting them).
 */
export function sensitiveFindings(findings: Finding[], policy: Policy): Finding[] {
  return findings.filter((finding) => {
    if (!finding || CONTENT_IDS.indexOf(finding.detector) < 0) return false;
    const rule = policy.detectors && policy.detectors[finding.detector as ContentDetectorId];
    if (!rule) return true;
    return rule.enabled && CONFIDENCE_RANK[finding.confidence] >= CONFIDENCE_RANK[rule.minConfidence];
  });
}

/** The context of a message, or null when it has no recipients (then no check has anything to say). */
export function recipientContext(input: RecipientCheckInput): RecipientContext | null {
  const policy = input.policy || defaultPolicy();
  const recipientPolicy = policy.recipients || defaultPolicy().recipients;
  const message = input.message || { to: [], cc: [], bcc: [] };
  const recipients = collectRecipients(message);
  if (recipients.length === 0) return null;
  return {
    recipients,
    classifier: new DomainClassifier(recipientPolicy, input.senderAddress || (message.from && message.from.address)),
    policy: recipientPolicy,
    sensitive: sensitiveFindings(input.contentFindings || [], policy),
    text: input.text || '',
    firstTimeStore: recipientPolicy.firstTimeDomainCheck && input.sensitiveDomainStore !== undefined ? parseStore(input.sensitiveDomainStore) : undefined,
    lang: input.lang || 'en',
  };
}
