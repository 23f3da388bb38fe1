/**
 * The fingerprint of a message's content, for the decision memory: the same recipients, subject,
 * body and attachments give the same fingerprint, any change gives another. Pure; SHA-256 so the
 * stored value says nothing about the content.
 */
import { Sha256 } from '../crypto/sha256';
import type { AttachmentInput, MessageInput, Recipient } from '../model/message';

/** White space differences (CRLF versus LF, trailing spaces Outlook adds) are not changes. */
function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function addresses(list: Recipient[]): string {
  const seen: { [a: string]: boolean } = {};
  const out: string[] = [];
  for (const r of list) {
    const a = r.address.trim().toLowerCase();
    if (a && !seen[a]) {
      seen[a] = true;
      out.push(a);
    }
  }
  return out.sort().join(',');
}

/**
 * One attachment's part: what every runtime always knows about it, never its bytes. The handler may
 * skip reading an attachment when its time budget runs out while the task pane reads it, and the
 * two must still agree. Attached Outlook items contribute their name only: Office documents that
 * their size may differ between calls from a send handler.
 */
function attachmentKey(a: AttachmentInput): string {
  if (a.kind === 'item') return 'item:' + a.name;
  return a.kind + ':' + (a.inline ? 'inline:' : '') + a.name + ':' + (a.size !== undefined ? a.size : '-');
}

export function fingerprintMessage(message: MessageInput): string {
  const hash = new Sha256();
  const field = (label: string, value: string): void => {
    // Label and length first, so no two different messages can run together into the same bytes.
    hash.update(label + ':' + value.length + ':');
    hash.update(value);
    hash.update('\n');
  };
  field('to', addresses(message.to));
  field('cc', addresses(message.cc));
  field('bcc', addresses(message.bcc));
  field('subject', normaliseText(message.subject || ''));
  // The text body is steadier than the HTML, which Outlook rewrites between reads.
  field('body', normaliseText(message.bodyText !== undefined ? message.bodyText : message.bodyHtml || ''));
  const keys = message.attachments.map(attachmentKey).sort();
  field('attachments', String(keys.length));
  for (const k of keys) field('attachment', k);
  return hash.hex();
}
