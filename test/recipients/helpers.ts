import type { Confidence, DetectorId, Finding } from '../../src/model/finding';
import { defaultPolicy } from '../../src/policy/defaults';
import type { Policy } from '../../src/policy/types';
import type { MessageInput } from '../../src/model/message';

export function message(to: string[], cc: string[] = [], bcc: string[] = []): MessageInput {
  const r = (address: string) => ({ address });
  return { to: to.map(r), cc: cc.map(r), bcc: bcc.map(r), subject: '', attachments: [] };
}

export function policyWith(change: (policy: Policy) => void = () => undefined): Policy {
  const policy = defaultPolicy();
  change(policy);
  return policy;
}

export function contentFinding(detector: DetectorId, confidence: Confidence = 'high'): Finding {
  return { detector, confidence, severity: 'warn', location: { part: 'body' }, evidence: 'masked', count: 1 };
}

/** n addresses at the given domains, round robin: people(3, ['a.nl','b.nl']) -> p0@a.nl, p1@b.nl, p2@a.nl. */
export function people(n: number, domains: string[], prefix = 'p'): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(prefix + i + '@' + domains[i % domains.length]);
  return out;
}
