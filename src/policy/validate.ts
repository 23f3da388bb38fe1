/**
 * Policy validation: every error at once, each with its path and what was expected, for the CLI
 * and the policy studio. The checks themselves are in check.ts (which the send handler uses
 * alone); this module puts each problem in words.
 */
import { checkPolicy, checkPolicyText, type PolicyCheck, type PolicyProblem } from './check';
import { walkJson } from './json-walk';
import type { FieldSpec } from './schema';
import type { Policy } from './types';

export interface PolicyError {
  /** Path of the offending value, e.g. `detectors.bsn.minConfidence` or `recipients.trustedDomains[2]`. */
  path: string;
  message: string;
}

export interface PolicyResult {
  /** The policy to use: null when there were errors. */
  policy: Policy | null;
  errors: PolicyError[];
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Damerau-free edit distance, small and only for "did you mean" hints. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

function suggestion(key: string, known: string[]): string {
  let best = '';
  let bestDistance = 3;
  for (const candidate of known) {
    const d = candidate.toLowerCase() === key.toLowerCase() ? 0 : distance(key, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

type StringSpec = FieldSpec & { kind: 'string' };

/** What each kind of value must be, as the type problem says it. */
function expected(spec: FieldSpec): string {
  switch (spec.kind) {
    case 'boolean':
      return 'true or false';
    case 'integer':
      return `a whole number from ${spec.min} to ${spec.max}`;
    case 'enum':
      return `one of ${spec.values.join(', ')}`;
    case 'string':
      return 'text';
    case 'list':
      return `a list of ${spec.item === 'domain' ? 'domain names' : 'words'}`;
    case 'object':
      return 'an object';
  }
}

function message(problem: PolicyProblem): string {
  const { spec, value } = problem;
  const got = `got ${describe(value)}`;
  switch (problem.kind) {
    case 'type':
      return `expected ${expected(spec as FieldSpec)}, ${got}`;
    case 'too-long':
      if (spec && spec.kind === 'list') return `expected at most ${spec.maxItems} entries, got ${(value as unknown[]).length}`;
      return `expected at most ${(spec as StringSpec).maxLength} characters, got ${(value as string).length}`;
    case 'control':
      return 'expected text without control characters';
    case 'format': {
      if (spec && spec.kind === 'list') return spec.item === 'domain' ? `expected a domain name like example.nl, ${got}` : 'expected a word or phrase of 1 to 100 characters';
      const format = (spec as StringSpec).format;
      if (format === 'guid') return `expected a label GUID like 00000000-0000-0000-0000-000000000000, ${got}`;
      if (format === 'header-name') return `expected a header name starting with X- (letters, digits, hyphens), ${got}`;
      return `expected an https:// URL, ${got}`;
    }
    case 'item-type':
      return `expected text, ${got}`;
    case 'unknown-key':
      return `unknown key${suggestion(String(value), spec && spec.kind === 'object' ? Object.keys(spec.fields) : [])}`;
    case 'required':
      return `required when secureSend.mechanism is "${String(value)}"`;
    case 'below-attachment-bytes':
      return `expected at least limits.attachmentBytes (${String(value)})`;
    case 'already-internal':
      return `"${String(value)}" is already an internal domain`;
    case 'json': {
      const source = String(value);
      const offset = syntaxErrorOffset(source);
      const before = source.slice(0, Math.max(0, offset));
      const where = offset >= 0 ? ` at line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}` : '';
      return `not valid JSON${where}`;
    }
  }
}

function inWords(result: PolicyCheck): PolicyResult {
  return { policy: result.policy, errors: result.problems.map((p) => ({ path: p.path, message: message(p) })) };
}

/** Validates a parsed policy document. Missing keys take the built-in default. */
export function validatePolicy(value: unknown): PolicyResult {
  return inWords(checkPolicy(value));
}

/** Offset of the first JSON syntax error (JSON.parse does not always say where), or -1. */
function syntaxErrorOffset(text: string): number {
  try {
    walkJson(text);
    return -1;
  } catch (offset) {
    return typeof offset === 'number' ? offset : -1;
  }
}

/** Parses and validates policy text; a JSON syntax error is reported with its line and column. */
export function parsePolicy(text: string): PolicyResult {
  return inWords(checkPolicyText(text));
}
