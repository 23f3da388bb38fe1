/**
 * The attachment dispatcher: bytes + name -> text parts and problems.
 * PLACEHOLDER until the attachments work lands: plain text formats only, the rest unscannable.
 */
import { sniffAndDecode } from './bytes';
import type { ExtractBudget, ExtractResult } from './types';

const TEXT_NAME = /\.(txt|csv|tsv)$/i;

export function extractAttachment(name: string, bytes: Uint8Array, budget: ExtractBudget): ExtractResult {
  if (bytes.length > budget.limits.attachmentBytes) {
    return { texts: [], problems: [{ detector: 'unscannable-attachment', path: '', reason: 'too-large' }] };
  }
  if (TEXT_NAME.test(name)) return { texts: [{ path: '', text: sniffAndDecode(bytes) }], problems: [] };
  return { texts: [], problems: [{ detector: 'unscannable-attachment', path: '', reason: 'unknown-format' }] };
}
