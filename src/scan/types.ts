import type { Finding, Language } from '../detection/types';
import type { Policy } from '../policy/types';
import type { SensitiveDomainStore } from '../recipients';

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

export type Verdict = 'allow' | 'warn' | 'block';

export interface ScanOptions {
  policy: Policy;
  /** The user's own address (Outlook) or the message's From (CLI): gives the internal domain by default. */
  senderAddress?: string;
  /** Clock in milliseconds; Date.now by default. Tests pass a fake one. */
  now?: () => number;
  lang?: Language;
  /**
   * The first-time check's store of external domains that already received sensitive content
   * (policy.recipients.firstTimeDomainCheck; Outlook keeps it in roaming settings). Absent: the check is skipped.
   */
  sensitiveDomainStore?: SensitiveDomainStore | string;
}

export interface Report {
  verdict: Verdict;
  /** Findings the policy reports (enabled, at or above its minimum confidence), most severe first. */
  findings: Finding[];
  elapsedMs: number;
  /** The time budget ran out; what was not reached is an unscannable-attachment finding. */
  timedOut: boolean;
}
