import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { policyJsonSchema, policyReference } from '../../src/policy/reference';
import { defaultPolicy } from '../../src/policy/defaults';
import { POLICY_SCHEMA } from '../../src/policy/schema';
import { runPolicyCommand } from '../../src/cli/policy';
import { validatePolicy } from '../../src/policy/validate';

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = runPolicyCommand(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

describe('policy reference and commands', () => {
  it('documents every field of the default policy', () => {
    const reference = policyReference();
    const walk = (value: Record<string, unknown>, path: string[]) => {
      for (const key of Object.keys(value)) {
        if (path.length === 0 && key === 'detectors') continue;
        const v = value[key];
        if (v && typeof v === 'object' && !Array.isArray(v)) walk(v as Record<string, unknown>, path.concat(key));
        else expect(reference).toContain(`\`${path.concat(key).join('.')}\``);
      }
    };
    walk(defaultPolicy() as unknown as Record<string, unknown>, []);
    for (const id of Object.keys(defaultPolicy().detectors)) expect(reference).toContain(`| \`${id}\` |`);
  });

  it('keeps the policy reference in docs/policy.md in step with the schema', () => {
    // The generated table sits between two markers; regenerate it with `send-guard policy docs`.
    const docs = readFileSync(join(__dirname, '..', '..', 'docs', 'policy.md'), 'utf8');
    const between = /<!-- policy-reference:start[^>]*-->\n([\s\S]*?)<!-- policy-reference:end -->/.exec(docs);
    expect(between).not.toBeNull();
    expect(between![1]).toBe(policyReference());
  });

  it('emits a JSON Schema that forbids unknown keys like the validator does', () => {
    const schema = policyJsonSchema() as { properties: Record<string, { additionalProperties?: boolean }>; additionalProperties: boolean };
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(Object.keys(POLICY_SCHEMA.fields)));
    expect(schema.properties.limits.additionalProperties).toBe(false);
  });

  it('`policy init` prints a complete policy that `policy check` accepts', () => {
    const init = run(['init']);
    expect(init.code).toBe(0);
    const parsed = JSON.parse(init.out);
    expect(validatePolicy(parsed)).toEqual({ policy: defaultPolicy(), errors: [] });
  });

  it('`policy check` lists every error with its path and exits 1; bad usage exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-policy-'));
    const bad = join(dir, 'policy.json');
    writeFileSync(bad, JSON.stringify({ onError: 'nope', detectors: { bsn: { action: 'stop' } }, limits: { archiveDepth: 99 } }));
    const good = join(dir, 'good.json');
    writeFileSync(good, '{"detectors": {"iban": {"enabled": false}}}');
    const result = run(['check', bad, good]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`${bad}: 3 errors`);
    expect(result.out).toContain('  onError: expected one of allow, block, got "nope"');
    expect(result.out).toContain('  detectors.bsn.action: expected one of info, warn, block, got "stop"');
    expect(result.out).toContain('  limits.archiveDepth: expected a whole number from 0 to 10, got 99');
    expect(result.out).toContain(`${good}: valid`);
    expect(run(['check']).code).toBe(2);
    expect(run(['check', join(dir, 'missing.json')]).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
  });
});
