/**
 * What the Smart Alert hands to the task pane as `contextData` (read there with
 * getInitializationContextAsync). A summary only: detector, where, how many. No evidence, no
 * addresses, no message text: the task pane re-checks the message itself for the details.
 */
import type { Confidence, DetectorId, Location, Severity } from '../model/finding';
import type { Verdict } from '../model/finding';

export const CONTEXT_VERSION = 1;

export interface ContextFinding {
  detector: DetectorId;
  severity: Severity;
  confidence: Confidence;
  location: Location;
  count: number;
  /** unscannable/encrypted attachments: the reason code. */
  reason?: string;
}

export interface SendGuardContext {
  v: typeof CONTEXT_VERSION;
  /** Why the send was stopped: findings, or the check itself failing (policy onError = block). */
  cause: 'findings' | 'error';
  verdict: Verdict;
  /** Fingerprint of the content that was checked (decision memory). */
  fingerprint: string;
  findings: ContextFinding[];
  /** Findings left out to keep contextData small. */
  omitted: number;
  timedOut: boolean;
}

/** Most findings carried in contextData; the task pane re-checks for the full list anyway. */
export const CONTEXT_MAX_FINDINGS = 40;

/** Parses contextData as the task pane receives it: a JSON string, or an object on newer clients. */
export function parseContext(raw: unknown): SendGuardContext | undefined {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    if (raw === '') return undefined;
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  if (!value || typeof value !== 'object') return undefined;
  const c = value as Partial<SendGuardContext>;
  if (c.v !== CONTEXT_VERSION || !Array.isArray(c.findings) || typeof c.fingerprint !== 'string') return undefined;
  return c as SendGuardContext;
}
