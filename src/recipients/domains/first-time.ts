/**
 * The optional first-time check (policy.recipients.firstTimeDomainCheck): per user, remember the
 * external domains that already received sensitive content, and say which domains in this message
 * are new. Pure: the Outlook code reads and writes the store through Office's roaming settings.
 *
 * Stored: a random salt and the first 16 hex digits of SHA-256(salt + "\n" + domain) per domain,
 * oldest first. Never an address, never a domain in clear. Domains are few and guessable, so the
 * hashes keep them from being read at a glance, not from someone who tries candidate domains.
 */
import { sha256Hex } from '../../crypto/sha256';
import { registrableDomain } from './domains';

/** The roaming-settings key the Outlook code stores the serialized store under. */
export const SENSITIVE_DOMAINS_SETTING = 'sendGuardSensitiveDomains';
/** Roaming settings hold 32 KB for all of an add-in's settings; ours stays far below. */
export const MAX_STORE_CHARS = 8 * 1024;
export const MAX_DOMAINS = 300;
const HASH_CHARS = 16;
const HASH_PATTERN = /^[0-9a-f]{16}$/;
const SALT_PATTERN = /^[0-9a-f]{16,64}$/;

export interface SensitiveDomainStore {
  v: 1;
  /** Hex, random per user. */
  salt: string;
  /** Truncated salted hashes of registrable domains, oldest first. */
  domains: string[];
}

/** A fresh salt: 32 hex digits from the given random source (the Outlook code passes crypto.getRandomValues when present). */
export function newSalt(random: () => number = Math.random): string {
  let salt = '';
  for (let i = 0; i < 32; i++) salt += Math.floor(random() * 16).toString(16);
  return salt;
}

export function emptyStore(salt: string = newSalt()): SensitiveDomainStore {
  return { v: 1, salt, domains: [] };
}

/** The hash we keep for a domain (its registrable part: mail.acme.nl and acme.nl are one organisation). */
export function hashDomain(salt: string, domain: string): string {
  return sha256Hex(salt + '\n' + registrableDomain(domain.toLowerCase())).slice(0, HASH_CHARS);
}

/**
 * Reads a stored value defensively: a string of JSON or an already parsed object. Anything broken
 * (not JSON, wrong version, bad salt) gives a fresh empty store; bad entries are dropped.
 */
export function parseStore(value: unknown, makeSalt: () => string = newSalt): SensitiveDomainStore {
  let data: unknown = value;
  if (typeof value === 'string') {
    if (value.length > 4 * MAX_STORE_CHARS) return emptyStore(makeSalt());
    try {
      data = JSON.parse(value);
    } catch {
      return emptyStore(makeSalt());
    }
  }
  if (!data || typeof data !== 'object') return emptyStore(makeSalt());
  const record = data as { v?: unknown; salt?: unknown; domains?: unknown };
  if (record.v !== 1 || typeof record.salt !== 'string' || !SALT_PATTERN.test(record.salt)) return emptyStore(makeSalt());
  const domains: string[] = [];
  const seen = new Set<string>();
  if (Array.isArray(record.domains)) {
    for (const hash of record.domains) {
      if (typeof hash === 'string' && HASH_PATTERN.test(hash) && !seen.has(hash)) {
        seen.add(hash);
        domains.push(hash);
      }
    }
  }
  return { v: 1, salt: record.salt, domains: domains.slice(-MAX_DOMAINS) };
}

/** JSON for the roaming setting, oldest entries dropped until it fits MAX_STORE_CHARS. */
export function serializeStore(store: SensitiveDomainStore): string {
  let domains = store.domains.slice(-MAX_DOMAINS);
  let json = JSON.stringify({ v: 1, salt: store.salt, domains });
  while (json.length > MAX_STORE_CHARS && domains.length > 0) {
    const excess = Math.ceil((json.length - MAX_STORE_CHARS) / (HASH_CHARS + 3));
    domains = domains.slice(Math.max(1, excess));
    json = JSON.stringify({ v: 1, salt: store.salt, domains });
  }
  return json;
}

/** The domains (registrable, deduplicated, in order) that have not received sensitive content before. */
export function newSensitiveDomains(store: SensitiveDomainStore, domains: string[]): string[] {
  const known = new Set(store.domains);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const domain of domains) {
    const registrable = registrableDomain(domain.toLowerCase());
    if (seen.has(registrable)) continue;
    seen.add(registrable);
    if (!known.has(hashDomain(store.salt, registrable))) out.push(registrable);
  }
  return out;
}

/** A new store with these domains remembered as most recent (call after the user sent sensitive content to them). */
export function rememberSensitiveDomains(store: SensitiveDomainStore, domains: string[]): SensitiveDomainStore {
  // Re-sent domains move to the newest end; eviction takes the oldest.
  const fresh = new Set<string>();
  for (const domain of domains) fresh.add(hashDomain(store.salt, domain));
  const hashes = store.domains.filter((hash) => !fresh.has(hash));
  fresh.forEach((hash) => hashes.push(hash));
  return { v: 1, salt: store.salt, domains: hashes.slice(-MAX_DOMAINS) };
}

/** The domains of a finding's recipients, for rememberSensitiveDomains after the send went through. */
export function domainsOfAddresses(addresses: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const address of addresses) {
    const at = address.lastIndexOf('@');
    if (at < 0) continue;
    const domain = registrableDomain(address.slice(at + 1).toLowerCase());
    if (!seen.has(domain)) {
      seen.add(domain);
      out.push(domain);
    }
  }
  return out;
}
