/**
 * Policy validation: every error at once, each with its path and what was expected. Unknown keys
 * are errors (a typo must not silently disable a check). Missing keys take the built-in default,
 * so a policy file only needs to say what it changes.
 */
import { defaultPolicy } from './defaults';
import { walkJson } from './json-walk';
import { POLICY_SCHEMA, type FieldSpec, type StringFormat } from './schema';
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

/** Keys an editor may add for tooling; ignored. */
const TOOLING_KEYS = ['$schema', '$comment'];

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEADER_NAME = /^X-[A-Za-z0-9-]{1,62}$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
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

function checkString(value: string, format: StringFormat, path: string, errors: PolicyError[]): string {
  if (value === '') return value; // empty always means "not set"
  if (CONTROL.test(value)) errors.push({ path, message: 'expected text without control characters' });
  else if (format === 'https-url' && !/^https:\/\/[^\s/]+(\/\S*)?$/i.test(value)) errors.push({ path, message: `expected an https:// URL, got ${describe(value)}` });
  else if (format === 'guid' && !GUID.test(value)) errors.push({ path, message: `expected a label GUID like 00000000-0000-0000-0000-000000000000, got ${describe(value)}` });
  else if (format === 'header-name' && !HEADER_NAME.test(value)) errors.push({ path, message: `expected a header name starting with X- (letters, digits, hyphens), got ${describe(value)}` });
  return value;
}

/** Checks `value` against `spec`, filling what is missing from `fallback`. Returns the merged value. */
function check(spec: FieldSpec, value: unknown, fallback: unknown, path: string, errors: PolicyError[]): unknown {
  if (value === undefined) return fallback;
  switch (spec.kind) {
    case 'boolean':
      if (typeof value !== 'boolean') errors.push({ path, message: `expected true or false, got ${describe(value)}` });
      return value;
    case 'integer':
      if (typeof value !== 'number' || !isFinite(value) || Math.floor(value) !== value) {
        errors.push({ path, message: `expected a whole number from ${spec.min} to ${spec.max}, got ${describe(value)}` });
      } else if (value < spec.min || value > spec.max) {
        errors.push({ path, message: `expected a whole number from ${spec.min} to ${spec.max}, got ${value}` });
      }
      return value;
    case 'enum':
      if (typeof value !== 'string' || spec.values.indexOf(value) < 0) {
        errors.push({ path, message: `expected one of ${spec.values.join(', ')}, got ${describe(value)}` });
      }
      return value;
    case 'string':
      if (typeof value !== 'string') {
        errors.push({ path, message: `expected text, got ${describe(value)}` });
        return value;
      }
      if (value.length > spec.maxLength) {
        errors.push({ path, message: `expected at most ${spec.maxLength} characters, got ${value.length}` });
        return value;
      }
      return checkString(value, spec.format, path, errors);
    case 'list': {
      if (!Array.isArray(value)) {
        errors.push({ path, message: `expected a list of ${spec.item === 'domain' ? 'domain names' : 'words'}, got ${describe(value)}` });
        return value;
      }
      if (value.length > spec.maxItems) errors.push({ path, message: `expected at most ${spec.maxItems} entries, got ${value.length}` });
      return value.map((item, i) => {
        const itemPath = `${path}[${i}]`;
        if (typeof item !== 'string') {
          errors.push({ path: itemPath, message: `expected text, got ${describe(item)}` });
          return item;
        }
        const text = spec.item === 'domain' ? item.trim().toLowerCase().replace(/\.$/, '') : item.trim();
        if (spec.item === 'domain' && !DOMAIN.test(text)) {
          errors.push({ path: itemPath, message: `expected a domain name like example.nl, got ${describe(item)}` });
        } else if (spec.item === 'word' && (text.length === 0 || text.length > 100 || CONTROL.test(text))) {
          errors.push({ path: itemPath, message: 'expected a word or phrase of 1 to 100 characters' });
        }
        return text;
      });
    }
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        errors.push({ path: path || '(root)', message: `expected an object, got ${describe(value)}` });
        return fallback;
      }
      const known = Object.keys(spec.fields);
      const source = value as Record<string, unknown>;
      const base = (fallback || {}) as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(source)) {
        if (known.indexOf(key) < 0 && TOOLING_KEYS.indexOf(key) < 0) {
          errors.push({ path: join(path, key), message: `unknown key${suggestion(key, known)}` });
        }
      }
      for (const key of known) out[key] = check(spec.fields[key], source[key], base[key], join(path, key), errors);
      return out;
    }
  }
}

/** Rules that tie fields together; each looks only at values that passed their own check. */
function checkCombinations(policy: Policy, errors: PolicyError[]): void {
  const failed = (path: string) => errors.some((e) => e.path === path || e.path.indexOf(path + '.') === 0 || e.path.indexOf(path + '[') === 0);
  const secure = policy.secureSend;
  const needs: Record<string, Array<keyof typeof secure>> = {
    'sensitivity-label': ['sensitivityLabelId'],
    'subject-tag': ['subjectTag'],
    header: ['headerName', 'headerValue'],
    'secure-channel': ['secureChannelUrl', 'secureChannelLabel'],
  };
  if (!failed('secureSend.mechanism')) {
    for (const field of needs[secure.mechanism] || []) {
      if (!secure[field] && !failed(`secureSend.${field}`)) errors.push({ path: `secureSend.${field}`, message: `required when secureSend.mechanism is "${secure.mechanism}"` });
    }
  }
  if (!failed('limits') && policy.limits.totalBytes < policy.limits.attachmentBytes) {
    errors.push({ path: 'limits.totalBytes', message: `expected at least limits.attachmentBytes (${policy.limits.attachmentBytes})` });
  }
  if (!failed('recipients')) {
    const internal = policy.recipients.internalDomains;
    policy.recipients.trustedDomains.forEach((domain, i) => {
      if (internal.indexOf(domain) >= 0) errors.push({ path: `recipients.trustedDomains[${i}]`, message: `"${domain}" is already an internal domain` });
    });
  }
}

/** Validates a parsed policy document. Missing keys take the built-in default. */
export function validatePolicy(value: unknown): PolicyResult {
  const errors: PolicyError[] = [];
  const merged = check(POLICY_SCHEMA, value, defaultPolicy(), '', errors) as Policy;
  if (merged && typeof merged === 'object') checkCombinations(merged, errors);
  return errors.length ? { policy: null, errors } : { policy: merged, errors };
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
  const source = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    const offset = syntaxErrorOffset(source);
    const before = source.slice(0, Math.max(0, offset));
    const where = offset >= 0 ? ` at line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}` : '';
    return { policy: null, errors: [{ path: '(root)', message: `not valid JSON${where}` }] };
  }
  return validatePolicy(value);
}
