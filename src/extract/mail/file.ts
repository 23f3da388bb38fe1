/**
 * One file to the message Send Guard checks, the same for the CLI (bytes from disk) and the policy
 * studio (bytes from a dropped file): .eml and .msg as the messages they are, any other file as a
 * message with that one attachment, so its format comes from the dispatcher.
 */
import { parseEmlChecked } from './eml';
import { parseMsgChecked } from './msg';
import type { MessageInput } from '../../model/message';

/** A message file that cannot be read as a message; `message` is one line. */
export class MessageFileError extends Error {}

/** The file as a message with only this attachment (how a single file is scanned). */
export function fileAsAttachment(name: string, bytes: Uint8Array): MessageInput {
  return { subject: '', to: [], cc: [], bcc: [], attachments: [{ name, kind: 'file', size: bytes.length, bytes }] };
}

/** Reads one file as a message by its name. Throws MessageFileError for a .msg that cannot be parsed. */
export function messageFromFile(name: string, bytes: Uint8Array): MessageInput {
  const lower = name.toLowerCase();
  let read: { message: MessageInput; damaged: boolean };
  if (lower.endsWith('.eml')) {
    read = parseEmlChecked(bytes);
  } else if (lower.endsWith('.msg')) {
    try {
      read = parseMsgChecked(bytes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new MessageFileError(`cannot read this .msg file (${reason.split('\n')[0]})`);
    }
  } else {
    return fileAsAttachment(name, bytes);
  }
  // A damaged MIME structure or .msg directory may have hidden a part: the file itself is reported as not wholly read.
  const { message, damaged } = read;
  if (damaged) message.attachments = (message.attachments || []).concat([{ name, kind: 'file', error: 'damaged-mail' }]);
  return message;
}
