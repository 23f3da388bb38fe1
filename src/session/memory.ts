/**
 * The decision memory, Office part: the task pane records a decision against the current content;
 * the handler reads it back at the next Send. Both store through the item's session data.
 */
import type { DetectorId } from '../model/finding';
import type { Policy } from '../policy/types';
import { type CallOptions, readMessage, readSessionValue, setInternetHeaders, writeSessionValue } from '../outlook';
import {
  AUDIT_HEADER,
  type AuditEntry,
  auditHeaderValue,
  cleanReason,
  DECISION_KEY,
  type Decision,
  type DecisionAction,
  ENCRYPTED_KEY,
  type EncryptedAttachmentRecord,
  parseDecision,
  parseEncrypted,
  serializeDecision,
} from './decision';
import { fingerprintMessage } from './fingerprint';
import { loadPolicy } from './policy';

export interface RecordDecisionInput {
  action: DecisionAction;
  /** send-anyway: why (cleaned before it is stored or sent). */
  reason?: string;
  /** The detectors whose findings the user dealt with. */
  detectors: DetectorId[];
}

export interface RecordDecisionOptions {
  policy?: Policy;
  callTimeoutMs?: number;
  now?: () => number;
}

/**
 * For the task pane, after the user has dealt with every finding (and after any change it made,
 * such as a subject tag or a removed attachment): fingerprints the message as it is now, stores the
 * decision in the item's session data and sets the audit header. The next Send of exactly this
 * content passes; any other change is checked again.
 */
export async function recordDecision(input: RecordDecisionInput, options: RecordDecisionOptions = {}): Promise<Decision> {
  const policy = options.policy || (await loadPolicy());
  const now = options.now || Date.now;
  const message = await readMessage({ limits: policy.limits, callTimeoutMs: options.callTimeoutMs, now });
  const decision: Decision = { v: 1, fingerprint: fingerprintMessage(message), action: input.action, detectors: input.detectors.slice(), at: now() };
  if (input.reason) decision.reason = cleanReason(input.reason);
  const call = options.callTimeoutMs !== undefined ? { timeoutMs: options.callTimeoutMs } : {};
  await writeSessionValue(DECISION_KEY, serializeDecision(decision), call);
  await writeAudit({ result: 'decided', action: decision.action, detectors: decision.detectors, reason: decision.reason }, call);
  return decision;
}

/** The stored decision, or undefined (none, unreadable, or storage failing: then we simply check). */
export async function loadDecision(options?: CallOptions): Promise<Decision | undefined> {
  try {
    return parseDecision(await readSessionValue(DECISION_KEY, options));
  } catch {
    return undefined;
  }
}

/** Sets the X-Send-Guard header. */
export function writeAudit(entry: AuditEntry, options?: CallOptions): Promise<void> {
  const headers: { [name: string]: string } = {};
  headers[AUDIT_HEADER] = auditHeaderValue(entry);
  return setInternetHeaders(headers, options);
}

/** The attachments encrypted in the task pane for this item ([] when none or unreadable). */
export async function loadEncrypted(options?: CallOptions): Promise<EncryptedAttachmentRecord[]> {
  try {
    return parseEncrypted(await readSessionValue(ENCRYPTED_KEY, options));
  } catch {
    return [];
  }
}

/** Adds encrypted copies to the item's list: names (cleaned) and methods only, never a password. */
export async function recordEncrypted(records: EncryptedAttachmentRecord[], options?: CallOptions): Promise<void> {
  const list = (await loadEncrypted(options)).concat(records.map((r) => ({ name: cleanReason(r.name), method: r.method })));
  await writeSessionValue(ENCRYPTED_KEY, JSON.stringify(list), options);
}
