/**
 * Outlook .msg files (MS-OXMSG): a compound file whose streams are MAPI properties
 * (`__substg1.0_IIIITTTT`: property id, property type), with one storage per recipient and per
 * attachment, and attached messages as nested storages.
 */
import { bytesToLatin1, decodeText, decodeUtf16, encodeBase64, encodeUtf8 } from '../../codec/bytes';
import { rtfToText } from '../text/rtf';
import { openCompoundFile } from '../office/cfb';
import type { CompoundFile, CompoundFileEntry } from '../office/cfb';
import { decompressRtf } from './lzfu';
import type { AttachmentInput, MessageInput, Recipient } from '../../model/message';
import { u32 } from '../binary';

const PT_LONG = 0x0003;
const PT_BOOLEAN = 0x000b;

const PR_SUBJECT = 0x0037;
const PR_SENT_REPRESENTING_NAME = 0x0042;
const PR_SENT_REPRESENTING_EMAIL = 0x0065;
const PR_RECIPIENT_TYPE = 0x0c15;
const PR_SENDER_NAME = 0x0c1a;
const PR_SENDER_EMAIL = 0x0c1f;
const PR_BODY = 0x1000;
const PR_RTF_COMPRESSED = 0x1009;
const PR_HTML = 0x1013;
const PR_DISPLAY_NAME = 0x3001;
const PR_EMAIL_ADDRESS = 0x3003;
const PR_ATTACH_DATA = 0x3701;
const PR_ATTACH_FILENAME = 0x3704;
const PR_ATTACH_METHOD = 0x3705;
const PR_ATTACH_LONG_FILENAME = 0x3707;
const PR_ATTACH_MIME_TAG = 0x370e;
const PR_SMTP_ADDRESS = 0x39fe;
const PR_INTERNET_CPID = 0x3fde;
const PR_MESSAGE_CODEPAGE = 0x3ffd;
const PR_SENDER_SMTP = 0x5d01;
const PR_SENT_REPRESENTING_SMTP = 0x5d02;
const PR_ATTACHMENT_HIDDEN = 0x7ffe;

const ATTACH_EMBEDDED_MESSAGE = 5;
const ATTACH_OLE = 6;
const ATTACH_BY_WEB_REFERENCE = 7;

/** Why an attachment has no bytes (AttachmentInput.error), and the problem reason each becomes. */
export const ATTACHMENT_ERRORS: Record<string, string> = {
  'attached messages nested too deep': 'too-deep',
  'embedded OLE object': 'unknown-format',
  'attachment without data': 'corrupt',
};

/** Attached messages inside attached messages: deeper than this is reported, not read. */
const MAX_MESSAGE_DEPTH = 8;

/** Windows code pages a .msg names for its 8-bit strings, as charset labels for decodeText. */
const CODE_PAGES: Record<number, string> = {
  1200: 'utf-16le',
  1252: 'windows-1252',
  20127: 'us-ascii',
  28591: 'iso-8859-1',
  28605: 'iso-8859-15',
  65001: 'utf-8',
};

export interface MsgOptions {
  maxStreamBytes: number;
  deadline: number;
  now: () => number;
}

function hex4(value: number): string {
  const text = value.toString(16).toUpperCase();
  return '0000'.slice(text.length) + text;
}

/** Reads the MAPI properties of one storage: the message itself, a recipient or an attachment. */
class PropertyBag {
  private fixed: Record<number, number> | undefined;

  constructor(private readonly file: CompoundFile, private readonly storage: string, private readonly headerSize: number) {}

  private stream(id: number, type: number): Uint8Array | undefined {
    const entry = this.file.find(this.join(`__substg1.0_${hex4(id)}${hex4(type)}`));
    return entry && entry.kind === 'stream' ? this.file.read(entry) : undefined;
  }

  join(name: string): string {
    return this.storage ? `${this.storage}/${name}` : name;
  }

  /** Fixed-size values (integers, booleans) from `__properties_version1.0`. */
  number(id: number): number | undefined {
    if (!this.fixed) {
      this.fixed = {};
      const entry = this.file.find(this.join('__properties_version1.0'));
      const bytes = entry && entry.kind === 'stream' ? this.file.read(entry) : new Uint8Array(0);
      for (let at = this.headerSize; at + 16 <= bytes.length; at += 16) {
        const tag = u32(bytes, at);
        const type = tag & 0xffff;
        if (type === PT_LONG || type === PT_BOOLEAN) this.fixed[tag >>> 16] = u32(bytes, at + 8);
      }
    }
    return this.fixed[id];
  }

  /** A 32-bit field of the property stream's header (a message's recipient and attachment counts). */
  header(offset: number): number {
    const entry = this.file.find(this.join('__properties_version1.0'));
    const bytes = entry && entry.kind === 'stream' ? this.file.read(entry) : new Uint8Array(0);
    return offset + 4 <= Math.min(bytes.length, this.headerSize) ? u32(bytes, offset) : 0;
  }

  /** A string property: UTF-16 (PT_UNICODE) or 8-bit in the message's code page (PT_STRING8). */
  text(id: number, codePage?: number): string | undefined {
    const unicode = this.stream(id, 0x001f);
    if (unicode) return trimNul(decodeUtf16(unicode, true));
    const ansi = this.stream(id, 0x001e);
    if (ansi) return trimNul(decodeText(ansi, codePage !== undefined ? CODE_PAGES[codePage] : undefined));
    return undefined;
  }

  binary(id: number): Uint8Array | undefined {
    return this.stream(id, 0x0102);
  }

  /** A nested storage holding an object (an attached message or OLE object). */
  objectStorage(id: number): CompoundFileEntry | undefined {
    const entry = this.file.find(this.join(`__substg1.0_${hex4(id)}000D`));
    return entry && entry.kind === 'storage' ? entry : undefined;
  }
}

function trimNul(text: string): string {
  const end = text.indexOf('\u0000');
  return end >= 0 ? text.slice(0, end) : text;
}

/** True when the compound file looks like a message (property streams at the top). */
export function looksLikeMessage(file: CompoundFile): boolean {
  return file.children('').some((e) => e.name === '__properties_version1.0' || e.name.indexOf('__substg1.0_') === 0);
}

/**
 * Reads a .msg file into the same shape as an .eml. Attached messages become `kind: 'item'`
 * attachments holding EML bytes (as Office.js hands them over). Throws only when the bytes are
 * not a compound file holding a message at all.
 */
export function parseMsg(bytes: Uint8Array): MessageInput {
  return parseMsgChecked(bytes).message;
}

/** parseMsg, and whether its directory lost entries (attachments or body may be missing). */
export function parseMsgChecked(bytes: Uint8Array): { message: MessageInput; damaged: boolean } {
  const file = openCompoundFile(bytes, { maxStreamBytes: bytes.length, deadline: Infinity, now: () => 0 });
  if (!looksLikeMessage(file)) throw new Error('not an Outlook .msg file');
  // Compressed RTF may expand; ten times the file is far more than any real body.
  return { message: messageFromStorage(file, '', 0, bytes.length * 10), damaged: file.lost > 0 };
}

/** Where the property stream's header keeps the attachment count (the same for top-level and attached messages). */
const ATTACHMENT_COUNT_OFFSET = 20;
/** A damaged count is not believed beyond this many missing attachments (one problem each). */
const MAX_MISSING_ATTACHMENTS = 10;

/** Reads the message stored at `storage` ('' for the top). `depth` counts attached-message levels. */
export function messageFromStorage(file: CompoundFile, storage: string, depth: number, maxBodyBytes: number): MessageInput {
  const props = new PropertyBag(file, storage, storage ? 24 : 32);
  const codePage = props.number(PR_MESSAGE_CODEPAGE) || props.number(PR_INTERNET_CPID);
  const message: MessageInput = { to: [], cc: [], bcc: [], subject: props.text(PR_SUBJECT, codePage) || '', attachments: [] };

  const senderName = props.text(PR_SENDER_NAME, codePage) || props.text(PR_SENT_REPRESENTING_NAME, codePage);
  const senderAddress = firstAddress(
    props.text(PR_SENDER_SMTP, codePage),
    props.text(PR_SENT_REPRESENTING_SMTP, codePage),
    props.text(PR_SENDER_EMAIL, codePage),
    props.text(PR_SENT_REPRESENTING_EMAIL, codePage),
  );
  if (senderName || senderAddress) message.from = recipient(senderName, senderAddress);

  const body = props.text(PR_BODY, codePage);
  if (body) message.bodyText = body;
  const html = props.binary(PR_HTML);
  if (html && html.length > 0) message.bodyHtml = decodeText(html, CODE_PAGES[props.number(PR_INTERNET_CPID) || 0]);
  if (!message.bodyText && !message.bodyHtml) {
    const rtf = props.binary(PR_RTF_COMPRESSED);
    const raw = rtf ? decompressRtf(rtf, maxBodyBytes) : undefined;
    if (raw) {
      const rtfText = bytesToLatin1(raw);
      // The \fromhtml1 control word is in the RTF header.
      const html = rtfText.startsWith('{\\rtf1') && rtfText.slice(0, 1024).indexOf('\\fromhtml1') >= 0;
      const text = rtfBodyText(rtfText, html);
      if (html) message.bodyHtml = text;
      else message.bodyText = text;
    }
  }

  for (const entry of file.children(storage)) {
    if (entry.kind !== 'storage') continue;
    if (entry.name.indexOf('__recip_version1.0_') === 0) readRecipient(file, entry.path, codePage, message);
    else if (entry.name.indexOf('__attach_version1.0_') === 0) message.attachments.push(readAttachment(file, entry.path, codePage, depth, maxBodyBytes));
  }
  // The header counts the attachments: one whose storage is damaged or gone is reported, not dropped.
  const declared = Math.min(props.header(ATTACHMENT_COUNT_OFFSET), MAX_MISSING_ATTACHMENTS + message.attachments.length);
  for (let i = message.attachments.length; i < declared; i++) message.attachments.push({ name: 'attachment ' + (i + 1), kind: 'file', error: 'attachment without data' });
  return message;
}

function recipient(name: string | undefined, address: string | undefined): Recipient {
  return name && name !== address ? { name, address: address || '' } : { address: address || name || '' };
}

/** The first value that is an SMTP address; else the first value at all (an Exchange X.500 address). */
function firstAddress(...values: Array<string | undefined>): string | undefined {
  for (const value of values) if (value && value.indexOf('@') > 0) return value;
  for (const value of values) if (value) return value;
  return undefined;
}

function readRecipient(file: CompoundFile, storage: string, codePage: number | undefined, message: MessageInput): void {
  const props = new PropertyBag(file, storage, 8);
  const name = props.text(PR_DISPLAY_NAME, codePage);
  const address = firstAddress(props.text(PR_SMTP_ADDRESS, codePage), props.text(PR_EMAIL_ADDRESS, codePage));
  if (!name && !address) return;
  const type = props.number(PR_RECIPIENT_TYPE);
  const list = type === 2 ? message.cc : type === 3 ? message.bcc : message.to;
  list.push(recipient(name, address));
}

function readAttachment(file: CompoundFile, storage: string, codePage: number | undefined, depth: number, maxBodyBytes: number): AttachmentInput {
  const props = new PropertyBag(file, storage, 8);
  const method = props.number(PR_ATTACH_METHOD);
  const name = props.text(PR_ATTACH_LONG_FILENAME, codePage) || props.text(PR_ATTACH_FILENAME, codePage) || props.text(PR_DISPLAY_NAME, codePage) || 'attachment';
  const attachment: AttachmentInput = { name, kind: 'file' };
  const contentType = props.text(PR_ATTACH_MIME_TAG, codePage);
  if (contentType) attachment.contentType = contentType;
  if (props.number(PR_ATTACHMENT_HIDDEN)) attachment.inline = true;
  if (method === ATTACH_BY_WEB_REFERENCE) {
    attachment.kind = 'cloud';
    return attachment;
  }
  const embedded = props.objectStorage(PR_ATTACH_DATA);
  if (embedded && (method === ATTACH_EMBEDDED_MESSAGE || method === undefined)) {
    attachment.kind = 'item';
    attachment.contentType = 'message/rfc822';
    if (depth + 1 > MAX_MESSAGE_DEPTH) {
      attachment.error = 'attached messages nested too deep';
      return attachment;
    }
    attachment.bytes = messageToEml(messageFromStorage(file, embedded.path, depth + 1, maxBodyBytes));
    attachment.size = attachment.bytes.length;
    return attachment;
  }
  if (embedded || method === ATTACH_OLE) {
    attachment.error = 'embedded OLE object';
    return attachment;
  }
  const data = props.binary(PR_ATTACH_DATA);
  if (data) {
    attachment.bytes = data;
    attachment.size = data.length;
  } else {
    attachment.error = 'attachment without data';
  }
  return attachment;
}

/** A body that Outlook kept only as RTF, read by the same RTF reader as an .rtf attachment. */
export function rtfBodyText(rtf: string, html: boolean): string {
  let text = '';
  rtfToText(rtf, { add: (piece) => (text += piece) }, () => false, html);
  return text;
}

/** A message as MIME text, so an attached message reaches the scanner the way Office.js hands one over. */
export function messageToEml(message: MessageInput, level = 0): Uint8Array {
  const boundary = `----=_send-guard_part_${level}`;
  const lines: string[] = [];
  const header = (name: string, value: string): void => {
    if (value) lines.push(`${name}: ${encodeWord(value)}`);
  };
  const list = (recipients: Recipient[]): string => recipients.map(formatAddress).join(', ');
  if (message.from) header('From', formatAddress(message.from));
  header('To', list(message.to));
  header('Cc', list(message.cc));
  header('Bcc', list(message.bcc));
  header('Subject', message.subject);
  lines.push('MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${boundary}"`, '');
  const part = (headers: string[], body: string): void => {
    lines.push(`--${boundary}`, ...headers, '', body);
  };
  if (message.bodyText !== undefined) part(['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64'], wrap(encodeBase64(encodeUtf8(message.bodyText))));
  if (message.bodyHtml !== undefined) part(['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64'], wrap(encodeBase64(encodeUtf8(message.bodyHtml))));
  for (const attachment of message.attachments) {
    if (!attachment.bytes) continue;
    const name = encodeWord(attachment.name).replace(/"/g, "'");
    const type = attachment.kind === 'item' ? 'message/rfc822' : attachment.contentType || 'application/octet-stream';
    part(
      [`Content-Type: ${type}; name="${name}"`, `Content-Disposition: attachment; filename="${name}"`, 'Content-Transfer-Encoding: base64'],
      wrap(encodeBase64(attachment.bytes)),
    );
  }
  lines.push(`--${boundary}--`, '');
  return encodeUtf8(lines.join('\r\n'));
}

function formatAddress(r: Recipient): string {
  return r.name ? `"${r.name.replace(/["\\]/g, '')}" <${r.address}>` : r.address;
}

/** RFC 2047 encoded word for anything that is not plain ASCII (or has line breaks). */
function encodeWord(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${encodeBase64(encodeUtf8(value))}?=`;
}

function wrap(base64: string): string {
  const lines: string[] = [];
  for (let i = 0; i < base64.length; i += 76) lines.push(base64.slice(i, i + 76));
  return lines.join('\r\n');
}
