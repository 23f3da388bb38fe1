/**
 * Secrets that say what they are by their shape: the token formats that secret scanners document.
 * Facts taken from the vendors' own token documentation and the open rule sets of gitleaks
 * (config/gitleaks.toml) and GitHub secret scanning ("Supported secret scanning patterns"); the
 * patterns here are our own. A token is looked for only near a word that opens the credential
 * detector (its label, or the token's own prefix), so the whole text is never searched for them.
 */

export interface TokenFormat {
  /** Shown as the evidence label ("AWS access key: ********"). */
  name: string;
  pattern: RegExp;
}

export const TOKEN_FORMATS: readonly TokenFormat[] = [
  // AWS: access key ids start with AKIA (long-term) or ASIA (temporary), 20 upper-case characters.
  { name: 'AWS access key', pattern: /(?:^|[^A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}(?![A-Za-z0-9])/ },
  // GitHub: ghp_ (personal), gho_ (OAuth), ghu_/ghs_ (app), ghr_ (refresh) + 36; fine-grained github_pat_.
  { name: 'GitHub token', pattern: /(?:^|[^A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,})/ },
  // Stripe: secret and restricted keys, live and test.
  { name: 'Stripe key', pattern: /(?:^|[^A-Za-z0-9])[sr]k_(?:live|test|prod)_[A-Za-z0-9]{10,}/ },
  // Slack: bot, user, app-level and legacy tokens.
  { name: 'Slack token', pattern: /(?:^|[^A-Za-z0-9])(?:xox[abposr]|xapp)-[A-Za-z0-9-]{10,}/ },
  // Google API keys: AIza + 35.
  { name: 'Google API key', pattern: /(?:^|[^A-Za-z0-9])AIza[0-9A-Za-z_-]{35}/ },
  // PEM and OpenSSH private keys (RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP ... PRIVATE KEY).
  { name: 'private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/ },
  // JSON Web Tokens: three base64url parts, the first two JSON objects ("eyJ" is '{"').
  { name: 'JWT', pattern: /(?:^|[^A-Za-z0-9])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
  // A connection URL with a password in it: scheme://user:password@host.
  { name: 'connection string', pattern: /[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:@/]{1,64}:(?![$<{%*])[^\s@/]{3,64}@[^\s]/i },
];

/**
 * Words that open the credential detector because a token usually comes with them: its label
 * ("API key", "token") or its own prefix, which stands as a word before "_" or "-" ("ghp_…").
 */
export const TOKEN_LABELS: readonly string[] = [
  'token', 'api key', 'api-key', 'apikey', 'api_key', 'api-sleutel', 'api sleutel', 'secret', 'client secret', 'client_secret',
  'secret key', 'secret_key', 'access key', 'access_key', 'aws_access_key_id', 'aws_secret_access_key', 'private key', 'bearer',
  'jwt', 'aws', 'connection string', 'connectionstring', 'connectiestring', 'accountkey', 'sas-token',
  'ghp', 'gho', 'ghu', 'ghs', 'ghr', 'github_pat', 'sk_live', 'rk_live', 'sk_test', 'xoxb', 'xoxp', 'xoxa', 'xoxr', 'xoxs', 'xapp',
  'postgres', 'postgresql', 'mysql', 'mongodb', 'mongodb+srv', 'redis', 'amqp', 'amqps', 'sftp', 'ftp', 'mssql', 'jdbc',
];

/** Characters read around a label for a token: a token follows its label closely, or precedes it on the line. */
export const TOKEN_BEFORE = 80;
export const TOKEN_AFTER = 240;

/** The first documented token format in text[from, to), or null. */
export function tokenIn(text: string, from: number, to: number): { start: number; end: number; name: string } | null {
  const window = text.slice(from, to);
  let best: { start: number; end: number; name: string } | null = null;
  for (const format of TOKEN_FORMATS) {
    const m = format.pattern.exec(window);
    if (!m) continue;
    // The patterns may take one leading separator to stand for a word start; the token follows it.
    const lead = /^[A-Za-z0-9-]/.test(m[0]) ? 0 : 1;
    const start = from + m.index + lead;
    if (!best || start < best.start) best = { start, end: from + m.index + m[0].length, name: format.name };
  }
  return best;
}
