/** The message as Send Guard sees it, wherever it came from: the ground floor's shape of a mail. */

export interface Recipient {
  /** Display name, if any. */
  name?: string;
  address: string;
}

/** An attachment as the host hands it over (Office.js getAttachmentsAsync + getAttachmentContentAsync, or a MIME part). */
export interface AttachmentInput {
  name: string;
  contentType?: string;
  /** Declared size in bytes (Office.js AttachmentDetails.size). */
  size?: number;
  /** file: bytes of the file; item: an attached message as EML bytes; cloud: a link, not scanned. */
  kind: 'file' | 'item' | 'cloud';
  /** Inline images in an HTML body; skipped. */
  inline?: boolean;
  bytes?: Uint8Array;
  /** Set when the content could not be read from the host; reported as unscannable-attachment. */
  error?: string;
}

/** A whole message to check, independent of where it came from (Outlook item, .eml, .msg). */
export interface MessageInput {
  from?: Recipient;
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
  subject: string;
  bodyText?: string;
  bodyHtml?: string;
  attachments: AttachmentInput[];
}
