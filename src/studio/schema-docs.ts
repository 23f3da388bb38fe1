/**
 * The admin-facing explanation of a policy field. Read through this one accessor so the studio does
 * not care where the schema keeps its texts (they may move out of the handler's modules).
 */
import { POLICY_SCHEMA, type FieldSpec } from '../policy/schema';

/** The doc text of the field at `path` (keys from the root), or '' when there is no such field. */
export function fieldDoc(path: string[]): string {
  let spec: FieldSpec = POLICY_SCHEMA;
  for (const key of path) {
    if (spec.kind !== 'object' || !Object.prototype.hasOwnProperty.call(spec.fields, key)) return '';
    spec = spec.fields[key];
  }
  return spec.doc;
}
