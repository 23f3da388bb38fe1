/**
 * A zip package (.docx, .xlsx) rewritten part by part: read under the policy's caps with the
 * extractor's own zip reader, each part given to `rewrite`, and written again with the same parts
 * in the same order. Anything that cannot be read whole (a damaged, encrypted or cut package)
 * gives null: no copy is better than one that silently lost a part.
 */
import { zipSync, type Zippable } from 'fflate';
import { readZipDirectory, readZipEntry } from '../extract/container/zip';
import type { ExtractContext, ExtractResult } from '../extract/types';
import type { Policy } from '../policy/types';

/**
 * `rewrite` returns the part's new bytes, the same bytes when it keeps the part, or null when the
 * part cannot be rewritten safely (then there is no copy). Unchanged packages come back as given.
 */
export function rewritePackage(bytes: Uint8Array, policy: Policy, rewrite: (name: string, data: Uint8Array) => Uint8Array | null): Uint8Array | null {
  const directory = readZipDirectory(bytes, policy.limits.archiveEntries, '');
  if (directory.broken || directory.damaged || directory.problems.length > 0) return null;
  const empty: ExtractResult = { texts: [], problems: [] };
  const ctx: ExtractContext = { budget: { limits: policy.limits, deadline: Infinity, now: () => 0 }, path: '', depth: 0, nested: () => empty };
  const files: Zippable = {};
  let changed = false;
  for (const entry of directory.entries) {
    if (entry.encrypted || (entry.method !== 0 && entry.method !== 8)) return null;
    const read = readZipEntry(bytes, entry, ctx);
    if (read.cut) return null;
    const data = rewrite(entry.name, read.bytes);
    if (data === null || Object.prototype.hasOwnProperty.call(files, entry.name)) return null;
    if (data !== read.bytes) changed = true;
    files[entry.name] = [data, { level: entry.method === 0 ? 0 : 6 }];
  }
  return changed ? zipSync(files) : bytes;
}
