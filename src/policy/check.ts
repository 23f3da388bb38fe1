/**
 * The policy checks, without their words: every problem at once, by path and kind. Unknown keys
 * are problems (a typo must not silently disable a check). Missing keys take the built-in default,
 * so a policy file only needs to say what it changes. validate.ts puts each problem in words for
 * the CLI and the policy studio; the send handler reads policy.json through this module alone
 * (load.ts), since it only needs to know whether the file holds a valid policy.
 */
import { defaultPolicy } from './defaults';
import { POLICY_SCHEMA, type FieldSpec } from './schema';
import type { Policy } from './types';

/**
 * What is wrong, to be worded with the field's spec and the value: `type` a value of the wrong
 * type or out of range, `too-long` too many characters or entries, `control` control characters,
 * `format` text not in the field's format (for a list: an item), `item-type` a list item that is
 * no text, `unknown-key`, and the rules that tie fields together: `required`,
 * `below-attachment-bytes`, `already-internal`. `json`: the text is no JSON (value: the text).
 */
export type ProblemKind = 'type' | 'too-long' | 'control' | 'format' | 'item-type' | 'unknown-key' | 'required' | 'below-attachment-bytes' | 'already-internal' | 'json';

export interface PolicyProblem {
  /** Path of the offending value, e.g. `detectors.bsn.minConfidence` or `recipients.trustedDomains[2]`. */
  path: string;
  kind: ProblemKind;
  /** The field's spec (for unknown-key: the object's). */
  spec?: FieldSpec;
  /** The offending value: for a list item the item, for unknown-key the key. */
  value?: unknown;
}

export interface PolicyCheck {
  /** The policy to use: null when there were problems. */
  policy: Policy | null;
  problems: PolicyProblem[];
}

/** Keys an editor may add for tooling; ignored. */
const TOOLING_KEYS = ['$schema', '$comment'];

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEADER_NAME = /^X-[A-Za-z0-9-]{1,62}$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function checkString(spec: FieldSpec & { kind: 'string' }, value: string, path: string, problems: PolicyProblem[]): string {
  if (value === '') return value; // empty always means "not set"
  const format = spec.format;
  if (CONTROL.test(value)) problems.push({ path, kind: 'control' });
  else if (
    (format === 'https-url' && !/^https:\/\/[^\s/]+(\/\S*)?$/i.test(value)) ||
    (format === 'guid' && !GUID.test(value)) ||
    (format === 'header-name' && !HEADER_NAME.test(value))
  ) {
    problems.push({ path, kind: 'format', spec, value });
  }
  return value;
}

/** Checks `value` against `spec`, filling what is missing from `fallback`. Returns the merged value. */
function check(spec: FieldSpec, value: unknown, fallback: unknown, path: string, problems: PolicyProblem[]): unknown {
  if (value === undefined) return fallback;
  const wrongType = () => problems.push({ path, kind: 'type', spec, value });
  switch (spec.kind) {
    case 'boolean':
      if (typeof value !== 'boolean') wrongType();
      return value;
    case 'integer':
      if (typeof value !== 'number' || !isFinite(value) || Math.floor(value) !== value || value < spec.min || value > spec.max) wrongType();
      return value;
    case 'enum':
      if (typeof value !== 'string' || spec.values.indexOf(value) < 0) wrongType();
      return value;
    case 'string':
      if (typeof value !== 'string') {
        wrongType();
        return value;
      }
      if (value.length > spec.maxLength) {
        problems.push({ path, kind: 'too-long', spec, value });
        return value;
      }
      return checkString(spec, value, path, problems);
    case 'list': {
      if (!Array.isArray(value)) {
        wrongType();
        return value;
      }
      if (value.length > spec.maxItems) problems.push({ path, kind: 'too-long', spec, value });
      return value.map((item, i) => {
        const itemPath = `${path}[${i}]`;
        if (typeof item !== 'string') {
          problems.push({ path: itemPath, kind: 'item-type', spec, value: item });
          return item;
        }
        const text = spec.item === 'domain' ? item.trim().toLowerCase().replace(/\.$/, '') : item.trim();
        if (spec.item === 'domain' ? !DOMAIN.test(text) : text.length === 0 || text.length > 100 || CONTROL.test(text)) {
          problems.push({ path: itemPath, kind: 'format', spec, value: item });
        }
        return text;
      });
    }
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        problems.push({ path: path || '(root)', kind: 'type', spec, value });
        return fallback;
      }
      const known = Object.keys(spec.fields);
      const source = value as Record<string, unknown>;
      const base = (fallback || {}) as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(source)) {
        if (known.indexOf(key) < 0 && TOOLING_KEYS.indexOf(key) < 0) problems.push({ path: join(path, key), kind: 'unknown-key', spec, value: key });
      }
      for (const key of known) out[key] = check(spec.fields[key], source[key], base[key], join(path, key), problems);
      return out;
    }
  }
}

/** Rules that tie fields together; each looks only at values that passed their own check. */
function checkCombinations(policy: Policy, problems: PolicyProblem[]): void {
  const failed = (path: string) => problems.some((e) => e.path === path || e.path.indexOf(path + '.') === 0 || e.path.indexOf(path + '[') === 0);
  const secure = policy.secureSend;
  const needs: Record<string, Array<keyof typeof secure>> = {
    'sensitivity-label': ['sensitivityLabelId'],
    'subject-tag': ['subjectTag'],
    header: ['headerName', 'headerValue'],
    'secure-channel': ['secureChannelUrl', 'secureChannelLabel'],
  };
  if (!failed('secureSend.mechanism')) {
    for (const field of needs[secure.mechanism] || []) {
      if (!secure[field] && !failed(`secureSend.${field}`)) problems.push({ path: `secureSend.${field}`, kind: 'required', value: secure.mechanism });
    }
  }
  if (!failed('limits') && policy.limits.totalBytes < policy.limits.attachmentBytes) {
    problems.push({ path: 'limits.totalBytes', kind: 'below-attachment-bytes', value: policy.limits.attachmentBytes });
  }
  if (!failed('recipients')) {
    const internal = policy.recipients.internalDomains;
    policy.recipients.trustedDomains.forEach((domain, i) => {
      if (internal.indexOf(domain) >= 0) problems.push({ path: `recipients.trustedDomains[${i}]`, kind: 'already-internal', value: domain });
    });
  }
}

/** Checks a parsed policy document. Missing keys take the built-in default. */
export function checkPolicy(value: unknown): PolicyCheck {
  const problems: PolicyProblem[] = [];
  const merged = check(POLICY_SCHEMA, value, defaultPolicy(), '', problems) as Policy;
  if (merged && typeof merged === 'object') checkCombinations(merged, problems);
  return problems.length ? { policy: null, problems } : { policy: merged, problems };
}

/** Parses and checks policy text (a byte order mark is ignored). */
export function checkPolicyText(text: string): PolicyCheck {
  const source = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return { policy: null, problems: [{ path: '(root)', kind: 'json', value: source }] };
  }
  return checkPolicy(value);
}
