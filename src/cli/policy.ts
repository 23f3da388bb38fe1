/**
 * `send-guard policy check FILE...`, `policy init`, `policy schema`, `policy docs`.
 * Exit codes: 0 valid, 1 invalid policy, 2 bad usage or unreadable file.
 */
import { readFileSync } from 'fs';
import { defaultPolicy } from '../policy/defaults';
import { policyJsonSchema, policyReference } from '../policy/reference';
import { parsePolicy } from '../policy/validate';

const USAGE = `Usage:
  send-guard policy check FILE...   validate policy files; every error with its path
  send-guard policy init            print the built-in default policy (a complete, valid policy.json)
  send-guard policy schema          print the JSON Schema (for editors: "$schema": "./policy.schema.json")
  send-guard policy docs            print the policy reference (Markdown)
`;

export function runPolicyCommand(args: string[], out: (s: string) => void, err: (s: string) => void): number {
  const [command, ...rest] = args;
  switch (command) {
    case 'init':
      out(JSON.stringify({ $schema: './policy.schema.json', ...defaultPolicy() }, null, 2) + '\n');
      return 0;
    case 'schema':
      out(JSON.stringify(policyJsonSchema(), null, 2) + '\n');
      return 0;
    case 'docs':
      out(policyReference());
      return 0;
    case 'check': {
      if (rest.length === 0) {
        err(USAGE);
        return 2;
      }
      let worst = 0;
      for (const file of rest) {
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch (error) {
          err(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code || String(error)}\n`);
          worst = 2;
          continue;
        }
        const { errors } = parsePolicy(text);
        if (errors.length === 0) {
          out(`${file}: valid\n`);
          continue;
        }
        out(`${file}: ${errors.length} error${errors.length === 1 ? '' : 's'}\n`);
        for (const e of errors) out(`  ${e.path}: ${e.message}\n`);
        worst = Math.max(worst, 1);
      }
      return worst;
    }
    default:
      err(USAGE);
      return command === '--help' || command === '-h' ? 0 : 2;
  }
}
