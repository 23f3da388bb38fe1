/**
 * visible-recipients: many external addresses that every recipient can see (To and Cc). Showing
 * people's addresses to each other, above all private ones, counts as a data breach in Dutch
 * practice; Bcc hides them and does not count.
 */
import type { Finding } from '../../model/finding';
import type { RecipientPolicy } from '../../policy/types';
import type { RecipientCheck } from '../check';
import { maskedList, type NormalisedRecipient } from '../domains/address';
import { isPersonalMailDomain, registrableDomain, type DomainClassifier } from '../domains/domains';

export interface VisibleProps {
  count: number;
  domains: number;
  personal: number;
  personalDomains: string;
  addresses: string;
}

function findVisible(
  recipients: NormalisedRecipient[],
  classifier: DomainClassifier,
  policy: Pick<RecipientPolicy, 'visibleThreshold' | 'webmailThreshold'>,
  evidence: (props: VisibleProps) => string,
): Finding | null {
  const visible = recipients.filter((r) => r.field !== 'bcc' && classifier.isExternal(r.domain));
  // It takes two to see each other, whatever the policy's thresholds say.
  if (visible.length < 2) return null;
  const domains = new Set<string>();
  const personal: string[] = [];
  const personalDomains = new Set<string>();
  for (const r of visible) {
    const registrable = registrableDomain(r.domain);
    domains.add(registrable);
    if (isPersonalMailDomain(registrable)) {
      personal.push(r.address);
      personalDomains.add(registrable);
    }
  }
  const visibleThreshold = Math.max(2, Number(policy.visibleThreshold) || 0);
  const webmailThreshold = Math.max(0, Number(policy.webmailThreshold) || 0);
  // One partner organisation's people seeing each other is ordinary business; a crowd from several is not.
  const crowd = visible.length >= visibleThreshold && domains.size > 1;
  const privatePeople = personal.length > webmailThreshold;
  if (!crowd && !privatePeople) return null;
  const addresses = visible.map((r) => r.address);
  const confidence = privatePeople || visible.length >= 2 * visibleThreshold ? 'high' : 'medium';
  const names: string[] = [];
  personalDomains.forEach((d) => names.push(d));
  return {
    detector: 'visible-recipients',
    confidence,
    severity: 'warn',
    location: { part: 'recipients' },
    evidence: evidence({
      count: addresses.length,
      domains: domains.size,
      personal: personal.length,
      personalDomains: names.slice(0, 3).join(', ') + (names.length > 3 ? ', ...' : ''),
      addresses: maskedList(addresses),
    }),
    count: addresses.length,
    recipients: addresses,
  };
}

export const visibleRecipients: RecipientCheck<VisibleProps> = {
  id: 'visible-recipients',
  texts: {
    nl: { name: 'Zichtbare ontvangers' },
    en: { name: 'Visible recipients' },
  },
  evidence: {
    nl: (p) =>
      p.count +
      ' externe adressen zichtbaar in Aan/Cc, van ' +
      p.domains +
      (p.domains === 1 ? ' domein' : ' domeinen') +
      (p.personal > 0 ? ', ' + p.personal + ' privé (' + p.personalDomains + ')' : '') +
      ': ' +
      p.addresses,
    en: (p) =>
      p.count +
      ' external addresses in To/Cc from ' +
      p.domains +
      (p.domains === 1 ? ' domain' : ' domains') +
      (p.personal > 0 ? ', ' + p.personal + ' personal (' + p.personalDomains + ')' : '') +
      ': ' +
      p.addresses,
  },
  check(context) {
    const finding = findVisible(context.recipients, context.classifier, context.policy, visibleRecipients.evidence[context.lang]);
    return finding ? [finding] : [];
  },
};
