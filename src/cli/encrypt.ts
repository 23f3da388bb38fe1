/**
 * `send-guard encrypt IN --out OUT [--password-stdin] [--policy FILE] [--lang nl|en]`: the task
 * pane's "Encrypt this attachment" on a file on disk. Exit 0, or 2 with a clear message.
 */
import * as fs from 'fs';
import * as path from 'path';
import { encryptAttachment, EncryptError, generatePassword } from '../encrypt';
import type { Language } from '../model/finding';
import { defaultPolicy } from '../policy/defaults';
import { parsePolicy } from '../policy/validate';
import { ENCRYPT_WORDS } from '../strings/encrypt';
import { describeError } from './inputs';

export interface EncryptIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** All of standard input, read only with --password-stdin. */
  readStdin: () => Promise<string>;
}

export const ENCRYPT_USAGE = `  send-guard encrypt IN --out OUT [--password-stdin] [--policy FILE] [--lang nl|en]
      Write an encrypted copy of IN to OUT: a PDF as an AES-256 PDF, docx/xlsx/pptx with Office's
      password encryption, anything else as an AES-256 zip. The password comes from standard
      input with --password-stdin (its first line); otherwise a new one is printed on standard
      output. Exit 0, or 2 for a file that cannot be encrypted (already encrypted, damaged).
`;

interface EncryptFlags {
  input?: string;
  output?: string;
  passwordStdin: boolean;
  policyFile?: string;
  lang?: Language;
}

function parse(args: string[]): EncryptFlags | string {
  const flags: EncryptFlags = { passwordStdin: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => (eq > 0 ? arg.slice(eq + 1) : args[++i]);
    if (name === '--out' || name === '-o') flags.output = value();
    else if (name === '--password-stdin') flags.passwordStdin = true;
    else if (name === '--policy') flags.policyFile = value();
    else if (name === '--lang') {
      const lang = value();
      if (lang !== 'nl' && lang !== 'en') return `--lang must be nl or en, not "${lang}"`;
      flags.lang = lang;
    } else if (name.startsWith('-') && name !== '-') return `unknown option ${arg}`;
    else if (flags.input === undefined) flags.input = arg;
    else return 'encrypt takes one input file';
  }
  if (!flags.input) return 'encrypt needs an input file';
  if (!flags.output) return 'encrypt needs --out OUT';
  if (path.resolve(flags.output) === path.resolve(flags.input)) return '--out must not be the input file';
  return flags;
}

export async function runEncryptCommand(args: string[], io: EncryptIo): Promise<number> {
  const flags = parse(args);
  if (typeof flags === 'string') {
    io.err(`send-guard: ${flags}\n\nUsage:\n${ENCRYPT_USAGE}`);
    return 2;
  }
  let policy = defaultPolicy();
  if (flags.policyFile) {
    let parsed;
    try {
      parsed = parsePolicy(fs.readFileSync(flags.policyFile, 'utf8'));
    } catch (error) {
      io.err(`send-guard: policy ${flags.policyFile}: ${describeError(error)}\n`);
      return 2;
    }
    if (!parsed.policy) {
      io.err(`send-guard: policy ${flags.policyFile} is not valid:\n`);
      for (const e of parsed.errors) io.err(`  ${e.path || '(root)'}: ${e.message}\n`);
      return 2;
    }
    policy = parsed.policy;
  }
  const words = ENCRYPT_WORDS[flags.lang || policy.language || 'nl'];
  const input = flags.input as string;
  const output = flags.output as string;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(input));
  } catch (error) {
    io.err(`send-guard: ${input}: ${describeError(error)}\n`);
    return 2;
  }
  const minimumLength = policy.encryptAttachment.minPasswordLength;
  let password: string;
  if (flags.passwordStdin) {
    password = (await io.readStdin()).split(/\r?\n/)[0];
    if (!password) {
      io.err('send-guard: --password-stdin: standard input holds no password\n');
      return 2;
    }
  } else {
    password = generatePassword(minimumLength);
  }
  try {
    const result = await encryptAttachment(path.basename(input), bytes, password, { minimumPasswordLength: minimumLength });
    fs.writeFileSync(output, result.bytes);
    if (!flags.passwordStdin) io.out(password + '\n');
    io.err(`send-guard: ${output} (${result.method}). ${words.opensWith[result.method]}\n`);
    return 0;
  } catch (error) {
    if (error instanceof EncryptError) {
      io.err(`send-guard: ${input}: ${words.problem[error.problem]}${error.problem === 'password-too-short' ? ` (${minimumLength})` : ''}\n`);
      return 2;
    }
    io.err(`send-guard: ${input}: ${describeError(error)}\n`);
    return 2;
  }
}
