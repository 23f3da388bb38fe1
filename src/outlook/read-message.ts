/** Reads the whole compose item into the scanner's MessageInput: what the handler and task pane check. */
import type { LimitsPolicy } from '../policy/types';
import type { MessageInput } from '../model/message';
import { type AttachmentInfo, readAttachments } from './attachments';
import { getBody, getFrom, getRecipients, getSubject } from './item';

export interface ReadMessageOptions {
  limits: LimitsPolicy;
  /** Time-out for each Office call. */
  callTimeoutMs?: number;
  /** Absolute time (now() ms) after which attachment content is no longer fetched. */
  deadline?: number;
  now?: () => number;
  /**
   * The attachments to read (some of listAttachments' list); all of the item's when absent. A
   * promise of the list lets the other fields be read meanwhile (one round trip to Outlook less).
   */
  attachmentList?: AttachmentInfo[] | Promise<AttachmentInfo[]>;
}

/**
 * Recipients, sender, subject and both bodies are read together; any of those failing rejects
 * (the caller applies policy.onError). Attachment content failures only mark that attachment.
 */
export async function readMessage(options: ReadMessageOptions): Promise<MessageInput> {
  const call = options.callTimeoutMs !== undefined ? { timeoutMs: options.callTimeoutMs } : {};
  const [to, cc, bcc, from, subject, bodyHtml, bodyText, list] = await Promise.all([
    getRecipients('to', call),
    getRecipients('cc', call),
    getRecipients('bcc', call),
    getFrom(call),
    getSubject(call),
    getBody('html', call),
    getBody('text', call),
    options.attachmentList,
  ]);
  const attachments = await readAttachments({
    timeoutMs: options.callTimeoutMs,
    attachmentBytes: options.limits.attachmentBytes,
    totalBytes: options.limits.totalBytes,
    deadline: options.deadline,
    now: options.now,
    list,
  });
  const message: MessageInput = { to, cc, bcc, subject, bodyHtml, bodyText, attachments };
  if (from) message.from = from;
  return message;
}
