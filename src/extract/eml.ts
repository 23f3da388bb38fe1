/** RFC 5322 / MIME message -> MessageInput. PLACEHOLDER until the scan/CLI work lands. */
import type { MessageInput } from '../scan/types';
import { decodeText } from './bytes';

export function parseEml(bytes: Uint8Array): MessageInput {
  const text = decodeText(bytes, 'utf-8');
  const split = text.indexOf('\r\n\r\n') >= 0 ? text.indexOf('\r\n\r\n') : text.indexOf('\n\n');
  const head = split >= 0 ? text.slice(0, split) : text;
  const subject = /^subject:\s*(.*)$/im.exec(head);
  return { subject: subject ? subject[1] : '', bodyText: split >= 0 ? text.slice(split) : '', to: [], cc: [], bcc: [], attachments: [] };
}
