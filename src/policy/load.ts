/**
 * Runtime policy: `policy.json` next to the add-in's files, read with a short time-out and kept
 * between sends. Missing or invalid: the built-in default, and the caller can say so. Pure: the
 * host passes in how to fetch text.
 */
import { defaultPolicy } from './defaults';
import type { Policy } from './types';
import { checkPolicyText, type PolicyProblem } from './check';

/** Resolves with the body, or null when there is no policy file (404); rejects on network errors. */
export type FetchText = (url: string, timeoutMs: number) => Promise<string | null>;

export interface LoadedPolicy {
  policy: Policy;
  /** file: policy.json was read and is valid; default: the built-in default is in force. */
  origin: 'file' | 'default';
  /** Why the default is in force: missing, unreachable, or the validation errors. */
  problem?: 'missing' | 'unreachable' | 'invalid';
  /** invalid: what is wrong, by path and kind (validate.ts puts problems in words where people read them). */
  errors: PolicyProblem[];
  url: string;
}

export interface PolicyLoaderOptions {
  url: string;
  fetchText: FetchText;
  timeoutMs?: number;
  /** How long a read policy is kept before it is read again. */
  ttlMs?: number;
  /** How long a failure is remembered, so every send does not wait for the same time-out. */
  failureTtlMs?: number;
  now?: () => number;
}

/** The URL of policy.json under the add-in's base URL (which ends in a slash, or gets one). */
export function policyUrl(baseUrl: string): string {
  return baseUrl.replace(/\/?$/, '/') + 'policy.json';
}

export function createPolicyLoader(options: PolicyLoaderOptions): () => Promise<LoadedPolicy> {
  const timeoutMs = options.timeoutMs ?? 1500;
  const ttlMs = options.ttlMs ?? 5 * 60 * 1000;
  const failureTtlMs = options.failureTtlMs ?? 60 * 1000;
  const now = options.now ?? (() => Date.now());
  let cached: { value: LoadedPolicy; until: number } | null = null;
  let pending: Promise<LoadedPolicy> | null = null;

  const fallback = (problem: LoadedPolicy['problem'], errors: PolicyProblem[] = []): LoadedPolicy => ({
    policy: defaultPolicy(),
    origin: 'default',
    problem,
    errors,
    url: options.url,
  });

  const read = async (): Promise<LoadedPolicy> => {
    let text: string | null;
    try {
      text = await options.fetchText(options.url, timeoutMs);
    } catch {
      return fallback('unreachable');
    }
    if (text === null) return fallback('missing');
    const result = checkPolicyText(text);
    return result.policy ? { policy: result.policy, origin: 'file', errors: [], url: options.url } : fallback('invalid', result.problems);
  };

  return () => {
    if (cached && now() < cached.until) return Promise.resolve(cached.value);
    if (!pending) {
      pending = read().then((value) => {
        cached = { value, until: now() + (value.problem === 'unreachable' ? failureTtlMs : ttlMs) };
        pending = null;
        return value;
      });
    }
    return pending;
  };
}
