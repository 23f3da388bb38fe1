/**
 * The decision memory, pure part: what the task pane records when the user has dealt with the
 * findings, and the audit header that travels with the message. No personal data in either.
 */
import type { DetectorId } from '../model/finding';
import { DETECTOR_IDS } from '../model/finding';

export const DECISION_KEY = 'sendGuardDecision';
export const AUDIT_HEADER = 'X-Send-Guard';
const DECISION_VERSION = 1;
/** Longest override reason kept in the header, after cleaning. */
export const MAX_REASON = 120;

/** What the user did in the task pane. */
export type DecisionAction = 'secure-send' | 'attachment-removed' | 'attachment-encrypted' | 'recipients-moved' | 'send-anyway' | 'values-masked';
const ACTIONS: readonly DecisionAction[] = ['secure-send', 'attachment-removed', 'attachment-encrypted', 'recipients-moved', 'send-anyway', 'values-masked'];

export interface Decision {
  v: typeof DECISION_VERSION;
  /** fingerprintMessage() of the content the decision was made for. */
  fingerprint: string;
  action: DecisionAction;
  /** send-anyway: the user's reason, already cleaned by cleanReason. */
  reason?: string;
  /** The detectors the decision covered. */
  detectors: DetectorId[];
  /** When (ms since epoch). */
  at: number;
}

export function serializeDecision(d: Decision): string {
  return JSON.stringify(d);
}

/** The stored decision, or undefined when absent or not ours. */
export function parseDecision(raw: string | undefined): Decision | undefined {
  if (!raw) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const d = value as Partial<Decision>;
  if (d.v !== DECISION_VERSION || typeof d.fingerprint !== 'string' || ACTIONS.indexOf(d.action as DecisionAction) < 0) return undefined;
  const detectors = Array.isArray(d.detectors) ? d.detectors.filter((x) => DETECTOR_IDS.indexOf(x) >= 0) : [];
  const decision: Decision = { v: DECISION_VERSION, fingerprint: d.fingerprint, action: d.action as DecisionAction, detectors, at: typeof d.at === 'number' ? d.at : 0 };
  if (typeof d.reason === 'string') decision.reason = cleanReason(d.reason);
  return decision;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Accents off where the runtime can (normalize needs Unicode data some runtimes lack). */
function foldAccents(text: string): string {
  try {
    return typeof text.normalize === 'function' ? text.normalize('NFD').replace(COMBINING_MARKS, '') : text;
  } catch {
    return text;
  }
}

/**
 * The override reason as it may go into a header: printable ASCII, one line, no addresses, every
 * digit masked (numbers in a reason are the likeliest personal data), short.
 */
export function cleanReason(reason: string): string {
  let text = foldAccents(reason.slice(0, 4 * MAX_REASON));
  text = text
    .split(/\s+/)
    .map((word) => (word.indexOf('@') >= 0 ? '[e-mail]' : word))
    .join(' ');
  text = text.replace(/[0-9]/g, '#');
  text = text.replace(/["\\;]/g, "'");
  text = text.replace(/[^\x20-\x7e]+/g, ' ');
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > MAX_REASON ? text.slice(0, MAX_REASON - 3) + '...' : text;
}

/** How a send went, for the audit header. */
export type AuditResult = 'clean' | 'warned' | 'blocked' | 'decided' | 'unchecked';

export interface AuditEntry {
  result: AuditResult;
  detectors?: DetectorId[];
  action?: DecisionAction;
  reason?: string;
  /** Attachments the task pane replaced by encrypted copies (names cleaned, never a password). */
  encrypted?: EncryptedAttachmentRecord[];
}

/** Session-data key of the attachments encrypted in the task pane (for the audit header). */
export const ENCRYPTED_KEY = 'sendGuardEncrypted';

export interface EncryptedAttachmentRecord {
  /** The encrypted copy's name, cleaned like a reason (digits masked, printable ASCII). */
  name: string;
  /** pdf-aes256, office-agile or zip-aes256. */
  method: string;
}

/** The stored list, or [] when absent or not ours. */
export function parseEncrypted(raw: string | undefined): EncryptedAttachmentRecord[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value
      .filter((r) => r && typeof r.name === 'string' && typeof r.method === 'string' && /^[a-z0-9-]{1,20}$/.test(r.method))
      .map((r) => ({ name: cleanReason(r.name), method: r.method }));
  } catch {
    return [];
  }
}

/** `result=decided; action=send-anyway; findings=bsn,iban; reason="..."` */
export function auditHeaderValue(entry: AuditEntry): string {
  const parts = ['v=1', 'result=' + entry.result];
  if (entry.action) parts.push('action=' + entry.action);
  if (entry.detectors && entry.detectors.length > 0) {
    const unique = entry.detectors.filter((d, i, all) => all.indexOf(d) === i && DETECTOR_IDS.indexOf(d) >= 0);
    parts.push('findings=' + unique.join(','));
  }
  if (entry.reason) {
    const reason = cleanReason(entry.reason);
    if (reason) parts.push('reason="' + reason + '"');
  }
  if (entry.encrypted && entry.encrypted.length > 0) {
    parts.push('encrypted="' + entry.encrypted.map((r) => cleanReason(r.name) + ' (' + r.method + ')').join(', ') + '"');
  }
  return parts.join('; ');
}
