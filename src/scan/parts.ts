/**
 * Walks a message the way the scanner reads it: subject, body, then each attachment (its name and
 * the texts the dispatcher takes out of it), under one time and size budget. The scan and the CLI's
 * `extract` command both use this walk, so `extract` shows exactly what the scan sees.
 */
import type { AttachmentDetectorId, Location } from '../model/finding';
import { extractAttachment } from '../extract';
import { htmlToText } from '../extract/text/html';
import type { ExtractBudget } from '../extract/types';
import type { AttachmentInput, MessageInput } from '../model/message';

export interface MessageVisitor {
  /** A piece of text to scan, and where it is. */
  text(location: Location, text: string): void;
  /** An attachment's own file name (names such as loonstrook_maart.pdf are evidence too). */
  attachmentName(location: Location, name: string): void;
  /** Something that could not be read. */
  problem(location: Location, detector: AttachmentDetectorId, reason: string): void;
}

export interface WalkResult {
  /** The time budget ran out before everything was read. */
  timedOut: boolean;
}

/** The body as the reader sees it: the HTML body when there is one, else the text body. */
export function bodyText(message: MessageInput): string {
  if (message.bodyHtml) {
    const text = htmlToText(message.bodyHtml);
    if (text.trim() !== '' || !message.bodyText) return text;
  }
  return message.bodyText || '';
}

/** The name an attachment goes to the dispatcher under: attached messages are EML. */
function dispatchName(attachment: AttachmentInput): string {
  if (attachment.kind === 'item' && !/\.eml$/i.test(attachment.name)) return (attachment.name || 'message') + '.eml';
  return attachment.name;
}

/** `body` may be given when the caller already converted it (a 10 MB HTML body is converted once). */
export function walkMessage(message: MessageInput, budget: ExtractBudget, visitor: MessageVisitor, body = bodyText(message)): WalkResult {
  let timedOut = false;
  if (message.subject) visitor.text({ part: 'subject' }, message.subject);
  if (body) visitor.text({ part: 'body' }, body);

  let totalBytes = 0;
  for (const attachment of message.attachments) {
    if (attachment.inline) continue;
    const name = attachment.name || 'attachment';
    const here: Location = { part: 'attachment', attachment: name };
    visitor.attachmentName(here, name);
    if (attachment.kind === 'cloud') {
      visitor.problem(here, 'unscannable-attachment', 'cloud');
      continue;
    }
    if (attachment.error) {
      // A message file the CLI found damaged says so; anything else is the host failing to hand it over.
      visitor.problem(here, 'unscannable-attachment', attachment.error === 'damaged-mail' ? 'damaged-mail' : 'read-error');
      continue;
    }
    if (!attachment.bytes) {
      visitor.problem(here, 'unscannable-attachment', 'no-content');
      continue;
    }
    if (budget.now() >= budget.deadline) {
      timedOut = true;
      visitor.problem(here, 'unscannable-attachment', 'time-out');
      continue;
    }
    totalBytes += attachment.bytes.length;
    if (totalBytes > budget.limits.totalBytes) {
      visitor.problem(here, 'unscannable-attachment', 'too-large');
      continue;
    }
    let result;
    try {
      result = extractAttachment(dispatchName(attachment), attachment.bytes, budget);
    } catch {
      // The dispatcher should never throw; if it does, the attachment is unreadable, not the scan.
      visitor.problem(here, 'unscannable-attachment', 'corrupt');
      continue;
    }
    for (const piece of result.texts) {
      const location: Location = piece.path ? { part: 'attachment', attachment: name, path: piece.path } : here;
      if (piece.text) visitor.text(location, piece.text);
    }
    for (const problem of result.problems) {
      if (problem.reason === 'time-out') timedOut = true;
      const location: Location = problem.path ? { part: 'attachment', attachment: name, path: problem.path } : here;
      visitor.problem(location, problem.detector, problem.reason);
    }
  }
  return { timedOut };
}
