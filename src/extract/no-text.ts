/**
 * The one "read but empty" rule for every document format (PDF, Word, Excel, PowerPoint, their
 * OOXML and OpenDocument forms, RTF): a file that should hold text, was read without a problem and
 * gave none (a scan, a picture of a table, slides of photos) is reported, never passed as clean.
 * Hidden text (a slide master's prompts, a layer switched off) does not count as text of the file's own.
 */
import { unscannable } from './guard';
import type { ExtractResult } from './types';

export function hasOwnText(result: ExtractResult): boolean {
  for (const t of result.texts) if (!t.hidden && /\S/.test(t.text)) return true;
  return false;
}

/** Adds a `no-text` problem at `path` when the document gave no text of its own and no other problem explains why. */
export function reportIfNoText(result: ExtractResult, path: string): ExtractResult {
  if (result.problems.length === 0 && !hasOwnText(result)) result.problems.push(unscannable(path, 'no-text'));
  return result;
}
