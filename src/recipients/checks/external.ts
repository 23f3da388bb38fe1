/**
 * external-recipients: sensitive content (a content detector's finding) going to at least one
 * recipient outside the internal and trusted domains. External recipients alone are normal mail.
 * With the policy's first-time check, the evidence also names the domains that never received
 * sensitive content before.
 */
import { CONFIDENCE_RANK, type Confidence, type Finding } from '../../model/finding';
import type { RecipientCheck } from '../check';
import { maskedList, type NormalisedRecipient } from '../domains/address';
import type { DomainClassifier } from '../domains/domains';
import { domainsOfAddresses, newSensitiveDomains } from '../domains/first-time';

export interface ExternalProps {
  count: number;
  addresses: string;
  content: string;
  firstTime?: { domains: string[]; more: number };
}


const more = (p: ExternalProps, word: string): string =>
  p.firstTime ? p.firstTime.domains.join(', ') + (p.firstTime.more > 0 ? ' +' + p.firstTime.more + ' ' + word : '') : '';

/** Recipients in any field (Bcc receives the content too) outside the internal and trusted domains. */
function outside(recipients: NormalisedRecipient[], classifier: DomainClassifier): NormalisedRecipient[] {
  return recipients.filter((r) => classifier.isExternal(r.domain));
}

export const externalRecipients: RecipientCheck<ExternalProps> = {
  id: 'external-recipients',
  texts: {
    nl: { name: 'Externe ontvangers' },
    en: { name: 'External recipients' },
  },
  evidence: {
    nl: (p) =>
      (p.count === 1 ? '1 externe ontvanger: ' : p.count + ' externe ontvangers: ') +
      p.addresses +
      '; inhoud: ' +
      p.content +
      (p.firstTime ? '; eerste gevoelige mail aan ' + more(p, 'meer') : ''),
    en: (p) =>
      (p.count === 1 ? '1 external recipient: ' : p.count + ' external recipients: ') +
      p.addresses +
      '; content: ' +
      p.content +
      (p.firstTime ? '; first sensitive mail to ' + more(p, 'more') : ''),
  },
  check(context) {
    const sensitive = context.sensitive;
    if (sensitive.length === 0) return [];
    const external = outside(context.recipients, context.classifier);
    if (external.length === 0) return [];
    let firstTime: ExternalProps['firstTime'];
    if (context.firstTimeStore) {
      const fresh = newSensitiveDomains(context.firstTimeStore, domainsOfAddresses(external.map((r) => r.address)));
      if (fresh.length > 0) firstTime = { domains: fresh.slice(0, 3), more: Math.max(0, fresh.length - 3) };
    }
    let confidence: Confidence = 'low';
    const kinds: string[] = [];
    for (const finding of sensitive) {
      if (CONFIDENCE_RANK[finding.confidence] > CONFIDENCE_RANK[confidence]) confidence = finding.confidence;
      if (kinds.indexOf(finding.detector) < 0) kinds.push(finding.detector);
    }
    const addresses = external.map((r) => r.address);
    const finding: Finding = {
      detector: 'external-recipients',
      confidence,
      severity: 'warn',
      location: { part: 'recipients' },
      evidence: externalRecipients.evidence[context.lang]({ count: addresses.length, addresses: maskedList(addresses), content: kinds.join(', '), firstTime }),
      count: addresses.length,
      recipients: addresses,
    };
    return [finding];
  },
};
