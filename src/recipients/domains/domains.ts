/**
 * Which side of the organisation's border a domain is on: internal, trusted external, or external.
 */
import type { RecipientPolicy } from '../../policy/types';
import { normaliseAddress } from './address';
import { KNOWN_ORGANISATION_DOMAINS, PERSONAL_MAIL_DOMAINS } from './domain-lists';

export type DomainClass = 'internal' | 'trusted' | 'external';

const PERSONAL_MAIL = new Set(PERSONAL_MAIL_DOMAINS);
const KNOWN_DOMAINS = new Set([...PERSONAL_MAIL_DOMAINS, ...KNOWN_ORGANISATION_DOMAINS]);

/**
 * Second-level suffixes under which organisations register their name (example.co.uk). Without a full
 * public-suffix list we know the common ones; anything else is taken as a one-label suffix.
 */
const TWO_LABEL_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'nhs.uk', 'ltd.uk', 'plc.uk', 'me.uk', 'com.au', 'net.au', 'org.au', 'edu.au',
  'gov.au', 'co.nz', 'co.za', 'com.br', 'co.jp', 'ne.jp', 'or.jp', 'com.cn', 'com.tr', 'co.in', 'com.mx', 'co.il',
  'com.sg', 'com.hk', 'co.kr', 'com.ar', 'com.pl', 'co.at', 'or.at',
]);

/** `mail.student.hva.nl` -> `{ name: 'hva', suffix: 'nl', registrable: 'hva.nl' }`. */
export function splitDomain(domain: string): { name: string; suffix: string; registrable: string } {
  // Called for every recipient: walk back over the dots instead of splitting the whole domain.
  const last = domain.lastIndexOf('.');
  if (last <= 0 || last === domain.length - 1 || domain.indexOf('..') >= 0) return splitLabels(domain);
  let suffixStart = last + 1;
  let nameEnd = last;
  const previous = domain.lastIndexOf('.', last - 1);
  if (previous > 0 && TWO_LABEL_SUFFIXES.has(domain.slice(previous + 1))) {
    suffixStart = previous + 1;
    nameEnd = previous;
  }
  const nameStart = domain.lastIndexOf('.', nameEnd - 1) + 1;
  const name = domain.slice(nameStart, nameEnd);
  const suffix = domain.slice(suffixStart);
  return { name, suffix, registrable: nameStart === 0 ? domain : name + '.' + suffix };
}

/** The slow path for odd input (empty labels, leading or trailing dots). */
function splitLabels(domain: string): { name: string; suffix: string; registrable: string } {
  const labels = domain.split('.').filter((label) => label.length > 0);
  if (labels.length < 2) return { name: labels[0] || '', suffix: '', registrable: labels[0] || '' };
  const lastTwo = labels.slice(-2).join('.');
  const suffixLabels = labels.length >= 3 && TWO_LABEL_SUFFIXES.has(lastTwo) ? 2 : 1;
  const suffix = labels.slice(-suffixLabels).join('.');
  const name = labels[labels.length - suffixLabels - 1];
  return { name, suffix, registrable: name + '.' + suffix };
}

export function registrableDomain(domain: string): string {
  return splitDomain(domain).registrable;
}

/** The domain itself or one of its subdomains (`hr.acme.nl` is within `acme.nl`; `notacme.nl` is not). */
export function isWithin(domain: string, base: string): boolean {
  return domain === base || (domain.length > base.length && domain.charCodeAt(domain.length - base.length - 1) === 46 && domain.slice(-base.length) === base);
}

/** A personal mail provider's domain or one of its subdomains (registrable part compared). */
export function isPersonalMailDomain(domain: string): boolean {
  return PERSONAL_MAIL.has(domain) || PERSONAL_MAIL.has(registrableDomain(domain));
}

/** A real domain from our lists (providers and Dutch organisations): never reported as a look-alike. */
export function isKnownDomain(domain: string): boolean {
  return KNOWN_DOMAINS.has(domain) || KNOWN_DOMAINS.has(registrableDomain(domain));
}

function cleanDomainList(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  const out: string[] = [];
  for (const item of list) {
    if (typeof item !== 'string') continue;
    // Admins write "@acme.nl", "*.acme.nl" or "ACME.nl."; all mean the domain acme.nl and its subdomains.
    const d = item.trim().toLowerCase().replace(/^[*@.]+/, '').replace(/\.+$/, '');
    if (d && d.indexOf('.') > 0) out.push(d);
  }
  return out;
}

/**
 * Classifies recipient domains against the policy. Internal: the policy's internal domains, or when
 * it lists none, the sender's own domain, unless that is a personal mail provider (a gmail.com user's
 * "organisation" is not all of gmail.com). Subdomains count with their parent.
 */
export class DomainClassifier {
  readonly internalDomains: string[];
  readonly trustedDomains: string[];
  private readonly cache = new Map<string, DomainClass>();

  constructor(policy: Pick<RecipientPolicy, 'internalDomains' | 'trustedDomains'>, senderAddress?: string) {
    let internal = cleanDomainList(policy.internalDomains);
    if (internal.length === 0 && typeof senderAddress === 'string') {
      const sender = normaliseAddress(senderAddress);
      if (sender && !isPersonalMailDomain(sender.domain)) internal = [sender.domain];
    }
    this.internalDomains = internal;
    this.trustedDomains = cleanDomainList(policy.trustedDomains);
  }

  classify(domain: string): DomainClass {
    let result = this.cache.get(domain);
    if (result === undefined) {
      result = 'external';
      if (this.internalDomains.some((base) => isWithin(domain, base))) result = 'internal';
      else if (this.trustedDomains.some((base) => isWithin(domain, base))) result = 'trusted';
      this.cache.set(domain, result);
    }
    return result;
  }

  /** Outside the internal and the trusted domains. */
  isExternal(domain: string): boolean {
    return this.classify(domain) === 'external';
  }
}
