/**
 * Punycode (RFC 3492) decoding, our own: the handler's runtime has neither `URL` nor Node's
 * `punycode` module, and international domains arrive as `xn--` labels.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_CODE_POINT = 0x10ffff;
/** Labels are at most 63 characters; a longer input is not a domain label and is refused. */
const MAX_INPUT = 256;

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
    delta = Math.floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

/** a-z/A-Z -> 0..25, 0-9 -> 26..35, anything else -> -1. */
function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  return -1;
}

/**
 * Decodes one Punycode string (the part after `xn--`) to Unicode, or returns null when it is not
 * valid Punycode (bad digit, overflow, non-ASCII basic code points).
 *
 * @example decodePunycode('80ak6aa92e') // 'аррӏе' (Cyrillic letters that look like "apple")
 */
export function decodePunycode(input: string): string | null {
  if (input.length > MAX_INPUT) return null;
  const output: number[] = [];
  const lastDelimiter = input.lastIndexOf('-');
  const basicEnd = lastDelimiter > 0 ? lastDelimiter : 0;
  for (let j = 0; j < basicEnd; j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) return null;
    output.push(code);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  let pos = lastDelimiter > 0 ? lastDelimiter + 1 : 0;
  while (pos < input.length) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) return null;
      const digit = digitValue(input.charCodeAt(pos++));
      if (digit < 0) return null;
      i += digit * w;
      if (i > MAX_CODE_POINT * (output.length + 1) * 2) return null;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (w > Number.MAX_SAFE_INTEGER / BASE) return null;
    }
    const count = output.length + 1;
    bias = adapt(i - oldI, count, oldI === 0);
    n += Math.floor(i / count);
    i %= count;
    if (n > MAX_CODE_POINT || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i, 0, n);
    i++;
  }
  let text = '';
  for (const code of output) text += String.fromCodePoint(code);
  return text;
}

/**
 * A domain with its `xn--` labels decoded. A label that fails to decode is kept as it was, so a
 * broken label still compares as text and never throws.
 */
export function domainToUnicode(domain: string): string {
  if (domain.indexOf('xn--') < 0) return domain;
  return domain
    .split('.')
    .map((label) => {
      if (label.slice(0, 4) !== 'xn--') return label;
      const decoded = decodePunycode(label.slice(4));
      return decoded === null ? label : decoded.toLowerCase();
    })
    .join('.');
}
