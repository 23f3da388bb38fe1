/**
 * What the compose-time check learnt about each attachment, kept in the item's session data so
 * Send does not read and scan it again. Pure: the format, its limits and the matching rules.
 * An entry is only trusted for the same attachment (Office's id, name and size as listed), under
 * the same policy and language; anything else is read again at Send.
 */
import { Sha256 } from '../crypto/sha256';
import type { Finding, Language } from '../model/finding';
import type { Policy } from '../policy/types';

export const PRESCAN_KEY = 'sendGuardPrescan';
const PRESCAN_VERSION = 1;
/** Session data holds 50,000 characters for all keys together; the decision memory needs some too. */
export const MAX_STORED_CHARS = 30000;

export interface PrescanEntry {
  name: string;
  size: number;
  /** SHA-256 of the name and the content: the same file attached again is not scanned again. */
  hash: string;
  /** The attachment's findings as the policy reports them (evidence already masked). */
  findings: Finding[];
}

export interface PrescanStore {
  v: typeof PRESCAN_VERSION;
  /** policyKey() of the policy and language the findings were made under. */
  policy: string;
  /** By Office's attachment id. */
  attachments: { [id: string]: PrescanEntry };
}

/** The attachment as getAttachmentsAsync lists it. */
export interface ListedAttachment {
  id: string;
  name: string;
  size: number;
}

/** Findings depend on the policy (detectors, confidence, actions) and on the language of their texts. */
export function policyKey(policy: Policy, lang: Language): string {
  return new Sha256().update(lang + '\n' + JSON.stringify(policy)).hex();
}

export function contentHash(name: string, bytes: Uint8Array): string {
  return new Sha256().update(name.length + ':' + name + '\n').update(bytes).hex();
}

export function emptyStore(policy: string): PrescanStore {
  return { v: PRESCAN_VERSION, policy, attachments: {} };
}

function isEntry(value: unknown): value is PrescanEntry {
  const e = value as PrescanEntry;
  return !!e && typeof e === 'object' && typeof e.name === 'string' && typeof e.size === 'number' && typeof e.hash === 'string' && Array.isArray(e.findings);
}

/** The stored results, or an empty store when there are none, they are not ours, or another policy made them. */
export function parseStore(raw: string | undefined, policy: string): PrescanStore {
  if (!raw) return emptyStore(policy);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return emptyStore(policy);
  }
  const s = value as Partial<PrescanStore>;
  if (!s || typeof s !== 'object' || s.v !== PRESCAN_VERSION || s.policy !== policy || !s.attachments || typeof s.attachments !== 'object') return emptyStore(policy);
  const store = emptyStore(policy);
  for (const id of Object.keys(s.attachments)) {
    const entry = (s.attachments as { [id: string]: unknown })[id];
    if (isEntry(entry)) store.attachments[id] = entry;
  }
  return store;
}

/** The store as text within MAX_STORED_CHARS: entries with the most findings go first (Send reads those again). */
export function serializeStore(store: PrescanStore): string {
  const copy: PrescanStore = { v: store.v, policy: store.policy, attachments: { ...store.attachments } };
  let text = JSON.stringify(copy);
  while (text.length > MAX_STORED_CHARS) {
    const ids = Object.keys(copy.attachments);
    if (ids.length === 0) break;
    ids.sort((a, b) => JSON.stringify(copy.attachments[b]).length - JSON.stringify(copy.attachments[a]).length);
    delete copy.attachments[ids[0]];
    text = JSON.stringify(copy);
  }
  return text;
}

/** The stored result for this attachment, only when id, name and size all match. */
export function knownResult(store: PrescanStore, attachment: ListedAttachment): PrescanEntry | undefined {
  const entry = Object.prototype.hasOwnProperty.call(store.attachments, attachment.id) ? store.attachments[attachment.id] : undefined;
  return entry && entry.name === attachment.name && entry.size === attachment.size ? entry : undefined;
}

/** A stored result for the same content under another id (attached twice, or re-added). */
export function resultByHash(store: PrescanStore, hash: string): PrescanEntry | undefined {
  for (const id of Object.keys(store.attachments)) if (store.attachments[id].hash === hash) return store.attachments[id];
  return undefined;
}

/** Drops the entries of attachments no longer on the message. True when something was dropped. */
export function forgetRemoved(store: PrescanStore, listed: ListedAttachment[]): boolean {
  let dropped = false;
  for (const id of Object.keys(store.attachments)) {
    const still = listed.some((a) => a.id === id && knownResult(store, a) !== undefined);
    if (!still) {
      delete store.attachments[id];
      dropped = true;
    }
  }
  return dropped;
}
