/** PDF -> text. PLACEHOLDER until the PDF work lands. */
import type { ExtractContext, ExtractResult } from './types';

export function extractPdf(bytes: Uint8Array, ctx: ExtractContext): ExtractResult {
  void bytes;
  return { texts: [], problems: [{ detector: 'unscannable-attachment', path: ctx.path, reason: 'unknown-format' }] };
}
