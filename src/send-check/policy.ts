/** The policy in force for a send. */
import { defaultPolicy } from '../policy/defaults';
import type { Policy } from '../policy/types';

/**
 * The built-in default for now. The policy work replaces this with reading policy.json from the
 * add-in's own origin (short time-out, cached between sends, default on any failure); it must keep
 * resolving, never rejecting.
 */
export function loadPolicy(): Promise<Policy> {
  return Promise.resolve(defaultPolicy());
}
