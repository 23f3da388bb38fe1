/**
 * The policy in force for a send: policy.json next to the add-in's files (1.5 s time-out, kept
 * between sends), else the built-in default. Never rejects: the send must always be decided.
 */
import { createFetchText } from '../outlook/fetch-text';
import { defaultPolicy } from '../policy/defaults';
import { createPolicyLoader, policyUrl, type LoadedPolicy } from '../policy/load';
import type { Policy } from '../policy/types';

/**
 * Where the add-in's files are. A page (task pane, commands.html, the preview) knows its own
 * address; classic Outlook's JavaScript-only runtime has no location, so it uses the build's.
 */
function baseUrl(): string {
  const page = typeof location !== 'undefined' && /^https?:/.test(String(location.href)) ? String(location.href) : '';
  if (page) return page.split(/[?#]/)[0].replace(/[^/]*$/, '');
  return typeof SEND_GUARD_BASE_URL === 'string' ? SEND_GUARD_BASE_URL : '';
}

let loader: (() => Promise<LoadedPolicy>) | null = null;

/** The policy and where it came from (the task pane says which policy is in force). */
export function loadPolicyInForce(): Promise<LoadedPolicy> {
  const base = baseUrl();
  if (!base) return Promise.resolve({ policy: defaultPolicy(), origin: 'default', problem: 'missing', errors: [], url: '' });
  const fallback = (): LoadedPolicy => ({ policy: defaultPolicy(), origin: 'default', problem: 'unreachable', errors: [], url: policyUrl(base) });
  try {
    if (!loader) loader = createPolicyLoader({ url: policyUrl(base), fetchText: createFetchText() });
    return loader().catch(fallback);
  } catch {
    // Whatever this runtime lacks, the send is still checked, under the built-in default.
    return Promise.resolve(fallback());
  }
}

export function loadPolicy(): Promise<Policy> {
  return loadPolicyInForce().then((loaded) => loaded.policy);
}

/** Forgets the policy read so far, so the next send reads policy.json again (the preview switches policies). */
export function forgetPolicy(): void {
  loader = null;
}
