/**
 * Attachments of the message being composed: list them, fetch their content, and turn them into
 * the scanner's AttachmentInput. A failure on one attachment marks that attachment, not the send.
 */
import { decodeBase64, encodeBase64, encodeUtf8 } from '../codec/bytes';
import type { AttachmentInput } from '../model/message';
import { type CallOptions, officeCall, OfficeCallError } from './office-call';
import { composeItem } from './item';

/** One attachment as listed by getAttachmentsAsync, in our words. `id` is what removeAttachment takes. */
export interface AttachmentInfo {
  id: string;
  name: string;
  size: number;
  kind: 'file' | 'item' | 'cloud';
  inline: boolean;
}

export function listAttachments(options?: CallOptions): Promise<AttachmentInfo[]> {
  return officeCall<Office.AttachmentDetailsCompose[]>('getAttachmentsAsync', (cb) => composeItem().getAttachmentsAsync(cb), options).then((list) =>
    (list || []).map((a) => ({
      id: a.id,
      name: a.name || '',
      size: typeof a.size === 'number' ? a.size : 0,
      kind: a.attachmentType === 'item' ? 'item' : a.attachmentType === 'cloud' ? 'cloud' : 'file',
      inline: !!a.isInline,
    })),
  );
}

export function getAttachmentContent(id: string, options?: CallOptions): Promise<Office.AttachmentContent> {
  return officeCall<Office.AttachmentContent>('getAttachmentContentAsync', (cb) => composeItem().getAttachmentContentAsync(id, cb), options);
}

export interface ReadAttachmentsOptions extends CallOptions {
  /** Declared sizes above this are not fetched (reported as too-large). */
  attachmentBytes: number;
  /** Once this many bytes were fetched, the rest is not (too-large). */
  totalBytes: number;
  /** Absolute time (in now() ms) after which no more content is fetched (time-out). */
  deadline?: number;
  now?: () => number;
  /** Read only these (as listAttachments gave them) instead of listing the item's attachments. */
  list?: AttachmentInfo[];
}

/** The bytes of one attachment's content, by the format Office returned it in. */
export function contentBytes(content: Office.AttachmentContent): { bytes?: Uint8Array; kind?: 'file' | 'item' | 'cloud'; calendar?: boolean } {
  switch (content.format) {
    case 'base64':
      return { bytes: decodeBase64(content.content || '') };
    case 'eml':
      // An attached message as .eml text: bytes again so the scanner parses it like any .eml.
      return { bytes: encodeUtf8(content.content || ''), kind: 'item' };
    case 'iCalendar':
      return { bytes: encodeUtf8(content.content || ''), kind: 'file', calendar: true };
    case 'url':
      return { kind: 'cloud' };
    default:
      return {};
  }
}

/**
 * Lists the attachments and reads each one's content within the limits. Inline images are listed
 * (for the fingerprint) but not fetched; cloud attachments are links and are not scanned.
 */
export async function readAttachments(options: ReadAttachmentsOptions): Promise<AttachmentInput[]> {
  const now = options.now || Date.now;
  const list = options.list || (await listAttachments(options));
  const inputs: AttachmentInput[] = [];
  let fetched = 0;
  for (const a of list) {
    const input: AttachmentInput = { name: a.name, size: a.size, kind: a.kind };
    inputs.push(input);
    if (a.inline) {
      input.inline = true;
      continue;
    }
    if (a.kind === 'cloud') continue;
    if (a.size > options.attachmentBytes || fetched + a.size > options.totalBytes) {
      input.error = 'too-large';
      continue;
    }
    if (options.deadline !== undefined && now() >= options.deadline) {
      input.error = 'time-out';
      continue;
    }
    try {
      const content = await getAttachmentContent(a.id, options);
      const read = contentBytes(content);
      if (read.kind) input.kind = read.kind;
      if (read.calendar && !/\.ics$/i.test(input.name)) input.name = input.name + '.ics';
      if (read.bytes) {
        input.bytes = read.bytes;
        fetched += read.bytes.length;
      } else if (input.kind !== 'cloud') {
        input.error = 'unknown-format';
      }
    } catch (e) {
      input.error = e instanceof OfficeCallError && e.code === 'timeout' ? 'time-out' : 'read-failed';
    }
  }
  return inputs;
}

/**
 * Office's limit for addFileAttachmentFromBase64Async: 34,865,152 Base64 characters (25 MB before
 * encoding); a larger file fails with AttachmentSizeExceeded.
 */
export const MAX_ADDED_ATTACHMENT_BASE64 = 34865152;

/** Attaches a file (a non-inline attachment) to the item being composed; resolves to its id. */
export function addFileAttachment(name: string, bytes: Uint8Array, options?: CallOptions): Promise<string> {
  const base64 = encodeBase64(bytes);
  return officeCall<string>('addFileAttachmentFromBase64Async', (cb) => composeItem().addFileAttachmentFromBase64Async(base64, name, { isInline: false }, cb), options);
}
