/** Shared by the legacy-format tests: fixtures, a context, and a plain check for planted numbers. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { isCompoundFile } from '../../../src/extract/office/cfb';
import { extractCompoundFile } from '../../../src/extract/office/compound';
import { sniffAndDecode } from '../../../src/codec/bytes';
import type { ExtractContext, ExtractResult } from '../../../src/extract/types';
import { defaultPolicy } from '../../../src/policy/defaults';

export const FIXTURES = join(__dirname, 'fixtures');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

/**
 * A context like the dispatcher's: nested compound files are read by extractCompoundFile, anything
 * else is taken as text, paths are joined with '/'. `names` records what was handed on.
 */
export function context(options: { deadline?: number; attachmentBytes?: number; path?: string; names?: string[] } = {}): ExtractContext {
  const limits = { ...defaultPolicy().limits };
  if (options.attachmentBytes !== undefined) limits.attachmentBytes = options.attachmentBytes;
  const make = (path: string, depth: number): ExtractContext => ({
    budget: { limits, deadline: options.deadline !== undefined ? options.deadline : 60000, now: () => 0 },
    path,
    depth,
    nested(name: string, bytes: Uint8Array): ExtractResult {
      if (options.names) options.names.push(name);
      const inner = make(path ? `${path}/${name}` : name, depth + 1);
      if (isCompoundFile(bytes)) return extractCompoundFile(bytes, inner);
      return { texts: [{ path: inner.path, text: sniffAndDecode(bytes) }], problems: [] };
    },
  });
  return make(options.path || '', 0);
}

export function allText(result: ExtractResult): string {
  return result.texts.map((t) => t.text).join('\n');
}

/** Nine digits (or eight, a dropped leading zero) passing the elfproef. */
export function elfproefNumbers(text: string): string[] {
  const found: string[] = [];
  const re = /\d+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length !== 8 && m[0].length !== 9) continue;
    const d = (m[0].length === 8 ? `0${m[0]}` : m[0]).split('').map(Number);
    const sum = d.slice(0, 8).reduce((s, v, i) => s + v * (9 - i), 0) - d[8];
    if (sum % 11 === 0 && /[1-9]/.test(m[0])) found.push(m[0]);
  }
  return found;
}

/** IBAN-shaped strings (two letters, two digits, 10-30 more), spaces allowed in groups of four. */
export function ibanLike(text: string): string[] {
  return text.match(/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g) || [];
}
