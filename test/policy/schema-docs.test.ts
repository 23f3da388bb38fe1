/** Every policy field has its text for admins (schema-docs.ts), and a field without one is caught. */
import { POLICY_SCHEMA, type FieldSpec } from '../../src/policy/schema';
import { fieldDoc } from '../../src/policy/schema-docs';

function paths(spec: FieldSpec, path: string[], out: string[][]): string[][] {
  out.push(path);
  if (spec.kind === 'object') for (const key of Object.keys(spec.fields)) paths(spec.fields[key], path.concat(key), out);
  return out;
}

describe('fieldDoc', () => {
  it('gives a sentence for every field of the schema, each check included', () => {
    const all = paths(POLICY_SCHEMA, [], []);
    expect(all).toContainEqual(['detectors', 'payslip', 'keywords']);
    for (const path of all) expect(fieldDoc(path)).toMatch(/\S.*\./);
    expect(fieldDoc(['detectors', 'iban'])).toBe('The `iban` check.');
    expect(fieldDoc(['limits', 'timeBudgetMs'])).toContain('milliseconds');
  });

  it('throws for a field that has no text', () => {
    expect(() => fieldDoc(['limits', 'noSuchCap'])).toThrow(/limits\.noSuchCap/);
    expect(() => fieldDoc(['detectors', 'bsn', 'noSuchSetting'])).toThrow(/no text/);
  });
});
