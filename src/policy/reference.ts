/** The policy reference for admins and the JSON Schema for editors, both generated from POLICY_SCHEMA. */
import { defaultPolicy } from './defaults';
import { POLICY_SCHEMA, type FieldSpec } from './schema';
import { fieldDoc } from './schema-docs';

function expected(spec: FieldSpec): string {
  switch (spec.kind) {
    case 'boolean':
      return '`true` or `false`';
    case 'integer':
      return `whole number, ${spec.min} to ${spec.max}`;
    case 'enum':
      return spec.values.map((v) => `\`${v}\``).join(', ');
    case 'string':
      return spec.format === 'text' ? `text (at most ${spec.maxLength})` : `${spec.format} (empty: not set)`;
    case 'list':
      return `list of ${spec.item === 'domain' ? 'domain names' : 'words'} (at most ${spec.maxItems})`;
    case 'object':
      return 'object';
  }
}

function lookup(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);
}

/** Markdown table rows for every field. Per-detector fields are listed once, under `detectors.<id>`. */
export function policyReference(): string {
  const defaults = defaultPolicy();
  const rows: string[] = ['| Field | Expected | Default | What it does |', '| --- | --- | --- | --- |'];
  const walk = (spec: FieldSpec & { kind: 'object' }, path: string[]): void => {
    for (const key of Object.keys(spec.fields)) {
      const field = spec.fields[key];
      if (path.length === 0 && key === 'detectors') {
        const one = field.kind === 'object' ? field.fields.bsn : undefined;
        if (one && one.kind === 'object') {
          for (const sub of Object.keys(one.fields)) {
            const f = one.fields[sub];
            rows.push(`| \`detectors.<id>.${sub}\` | ${expected(f)} | see below | ${fieldDoc(['detectors', 'bsn', sub])} |`);
          }
        }
        continue;
      }
      if (field.kind === 'object') {
        walk(field, path.concat(key));
        continue;
      }
      const value = lookup(defaults, path.concat(key));
      rows.push(`| \`${path.concat(key).join('.')}\` | ${expected(field)} | \`${JSON.stringify(value)}\` | ${fieldDoc(path.concat(key))} |`);
    }
  };
  walk(POLICY_SCHEMA, []);
  const detectorRows = ['', '| Check (`<id>`) | enabled | minConfidence | action | offerMask |', '| --- | --- | --- | --- | --- |'];
  for (const id of Object.keys(defaults.detectors) as Array<keyof typeof defaults.detectors>) {
    const d = defaults.detectors[id];
    detectorRows.push(`| \`${id}\` | ${d.enabled} | ${d.minConfidence} | ${d.action} | ${d.offerMask} |`);
  }
  return rows.concat(detectorRows).join('\n') + '\n';
}

type JsonSchema = Record<string, unknown>;

function toJsonSchema(spec: FieldSpec, path: string[]): JsonSchema {
  const base: JsonSchema = { description: fieldDoc(path) };
  switch (spec.kind) {
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'integer':
      return { ...base, type: 'integer', minimum: spec.min, maximum: spec.max };
    case 'enum':
      return { ...base, enum: spec.values };
    case 'string':
      return { ...base, type: 'string', maxLength: spec.maxLength };
    case 'list':
      return { ...base, type: 'array', maxItems: spec.maxItems, items: { type: 'string' } };
    case 'object': {
      const properties: Record<string, JsonSchema> = {};
      for (const key of Object.keys(spec.fields)) properties[key] = toJsonSchema(spec.fields[key], path.concat(key));
      return { ...base, type: 'object', properties, additionalProperties: false };
    }
  }
}

/** A JSON Schema (draft 2020-12) for editors; Send Guard itself validates with validatePolicy. */
export function policyJsonSchema(): JsonSchema {
  const schema = toJsonSchema(POLICY_SCHEMA, []);
  const properties = schema.properties as Record<string, JsonSchema>;
  properties.$schema = { type: 'string' };
  properties.$comment = { type: 'string' };
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Send Guard policy', ...schema };
}
