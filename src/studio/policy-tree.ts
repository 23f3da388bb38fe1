/**
 * The policy as the studio edits it: the raw JSON document (what the admin will download), read and
 * changed at a path of keys, and compared with the built-in default field by field of the schema.
 */
import { POLICY_SCHEMA, type FieldSpec } from '../policy/schema';
import type { Policy } from '../policy/types';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface Leaf {
  path: string[];
  spec: FieldSpec;
}

/** One field that differs from the built-in default. */
export interface Difference {
  /** Dotted path, as validation errors name it: `detectors.bsn.action`. */
  path: string;
  from: unknown;
  to: unknown;
}

const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path`, or undefined when the document does not say it. */
export function valueAt(root: unknown, path: string[]): unknown {
  let here: unknown = root;
  for (const key of path) {
    if (!isObject(here) || !has(here, key)) return undefined;
    here = here[key];
  }
  return here;
}

/**
 * A copy of `root` with `value` at `path`; objects on the way are created, and whatever stood there
 * that is not an object is replaced. The rest of the document, unknown keys included, is kept.
 */
export function withValue(root: unknown, path: string[], value: Json): JsonObject {
  const base: JsonObject = isObject(root) ? { ...root } : {};
  if (path.length === 0) return base;
  const [key, ...rest] = path;
  base[key] = rest.length === 0 ? value : withValue(base[key], rest, value);
  return base;
}

/** Every field the schema knows that is not an object, in schema order. */
export function leaves(spec: FieldSpec = POLICY_SCHEMA, path: string[] = []): Leaf[] {
  if (spec.kind !== 'object') return [{ path, spec }];
  const out: Leaf[] = [];
  for (const key of Object.keys(spec.fields)) out.push(...leaves(spec.fields[key], path.concat(key)));
  return out;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields the document sets to something else than the default, in schema order. */
export function differences(document: unknown, defaults: Policy): Difference[] {
  const out: Difference[] = [];
  for (const leaf of leaves()) {
    const to = valueAt(document, leaf.path);
    if (to === undefined) continue;
    const from = valueAt(defaults, leaf.path);
    if (!same(from, to)) out.push({ path: leaf.path.join('.'), from, to });
  }
  return out;
}

/** A value as it reads in JSON (lists on one line). */
export function showValue(value: unknown): string {
  return value === undefined ? '—' : JSON.stringify(value);
}
