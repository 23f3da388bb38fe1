/** Policy validation. PLACEHOLDER until the policy work lands: no checks yet, defaults filled in shallowly. */
import { defaultPolicy } from './defaults';
import type { Policy } from './types';

export interface PolicyError {
  /** JSON path of the offending value, e.g. `detectors.bsn.minConfidence`. */
  path: string;
  message: string;
}

export interface PolicyResult {
  /** The policy to use: null when there were errors. */
  policy: Policy | null;
  errors: PolicyError[];
}

export function validatePolicy(value: unknown): PolicyResult {
  const policy = defaultPolicy();
  if (value && typeof value === 'object') Object.assign(policy, value);
  return { policy, errors: [] };
}
