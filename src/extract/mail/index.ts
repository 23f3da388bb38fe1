/**
 * An attached message (.eml, or an Outlook item attachment, which Office.js hands over as EML):
 * its subject and body as one text, its attachments through the dispatcher one level deeper.
 */
import { parseEmlChecked } from './eml';
import { emptyResult, mergeInto, TextSink, unscannable } from '../guard';
import { damagedReason } from '../kind';
import { htmlToText } from '../text/html';
import type { MessageInput } from '../../model/message';
import type { ExtractContext, ExtractResult } from '../types';

export function extractEml(bytes: Uint8Array, ctx: ExtractContext): ExtractResult {
  const { message, damaged } = parseEmlChecked(bytes);
  const result = extractMessage(message, ctx);
  // Cut short or its structure damaged: parts (an attachment, the HTML body) may be missing.
  if (damaged) result.problems.push(unscannable(ctx.path, damagedReason('mail')));
  return result;
}

/** Subject + body, then each attachment (not cloud links or inline images) via ctx.nested. */
export function extractMessage(message: MessageInput, ctx: ExtractContext): ExtractResult {
  const result = emptyResult();
  const sink = new TextSink(ctx);
  if (message.subject) sink.add('Subject: ' + message.subject + '\n\n');
  if (message.bodyText && message.bodyText.trim()) sink.add(message.bodyText);
  else if (message.bodyHtml) sink.add(htmlToText(message.bodyHtml));
  sink.finish(result, ctx.path);
  let n = 0;
  for (const attachment of message.attachments || []) {
    n++;
    if (attachment.kind === 'cloud' || attachment.inline) continue;
    const name = attachment.name || 'attachment ' + n;
    if (!attachment.bytes) {
      if (attachment.error) result.problems.push(unscannable(ctx.path ? ctx.path + '/' + name : name, 'corrupt'));
      continue;
    }
    mergeInto(result, ctx.nested(name, attachment.bytes));
  }
  return result;
}

/** True when the bytes start like an RFC 822 message: a header block with at least two known fields. */
export function looksLikeMail(head: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9-]{0,60}:/.test(head)) return false;
  const end = head.search(/\r?\n\r?\n/);
  const block = end >= 0 ? head.slice(0, end) : head;
  const known = block.match(/^(from|to|cc|subject|date|message-id|mime-version|received|return-path|content-type|x-mailer|reply-to|delivered-to):/gim);
  return !!known && known.length >= 2;
}
