/**
 * external-recipients: sensitive content (a content detector's finding) going to at least one
 * recipient outside the internal and trusted domains. External recipients alone are normal mail.
 */
import { CONFIDENCE_RANK, CONTENT_DETECTORS, type Confidence, type ContentDetectorId, type Finding, type Language } from '../../model/finding';
import { RECIPIENT_EVIDENCE, type ExternalProps } from '../evidence';
import type { Policy } from '../../policy/types';
import { maskedList, type NormalisedRecipient } from '../domains/address';
import type { DomainClassifier } from '../domains/domains';

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

/** Recipients in any field (Bcc receives the content too) outside the internal and trusted domains. */
export function externalRecipients(recipients: NormalisedRecipient[], classifier: DomainClassifier): NormalisedRecipient[] {
  return recipients.filter((r) => classifier.isExternal(r.domain));
}

/**
 * The finding, or null when nothing sensitive goes outside. `note` is appended to the evidence
 * (the first-time check's "first sensitive mail to ...").
 */
export function checkExternalRecipients(sensitive: Finding[], external: NormalisedRecipient[], firstTime?: ExternalProps['firstTime'], lang: Language = 'en'): Finding | null {
  if (sensitive.length === 0 || external.length === 0) return null;
  let confidence: Confidence = 'low';
  const kinds: string[] = [];
  for (const finding of sensitive) {
    if (CONFIDENCE_RANK[finding.confidence] > CONFIDENCE_RANK[confidence]) confidence = finding.confidence;
    if (kinds.indexOf(finding.detector) < 0) kinds.push(finding.detector);
  }
  const addresses = external.map((r) => r.address);
  return {
    detector: 'external-recipients',
    confidence,
    severity: 'warn',
    location: { part: 'recipients' },
    evidence: RECIPIENT_EVIDENCE[lang].external({ count: addresses.length, addresses: maskedList(addresses), content: kinds.join(', '), firstTime }),
    count: addresses.length,
    recipients: addresses,
  };
}
