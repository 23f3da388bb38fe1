/** Compound files (OLE2: .doc, .xls, .msg, encrypted OOXML). PLACEHOLDER until the legacy-formats work lands. */
import type { ExtractContext, ExtractResult } from './types';

export function extractCompoundFile(bytes: Uint8Array, ctx: ExtractContext): ExtractResult {
  void bytes;
  return { texts: [], problems: [{ detector: 'unscannable-attachment', path: ctx.path, reason: 'unknown-format' }] };
}
