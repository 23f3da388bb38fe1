import type { Confidence, DetectorId, Severity } from '../model/finding';

/** What one detector does under this policy. */
export interface DetectorPolicy {
  enabled: boolean;
  /** Matches below this confidence are not reported. */
  minConfidence: Confidence;
  /** What a reported finding does to the send: info (note only), warn (stop, user may override), block. */
  action: Severity;
  /** Extra words that by themselves point at this kind of data (treated as text, never as regex). */
  keywords: string[];
  /** Extra context words that raise confidence when near a candidate (treated as text, never as regex). */
  contextWords: string[];
  /** Offer "mask in the message" for this check's values (only checks whose findings are values in the text). */
  offerMask: boolean;
}

export type SecureSendMechanism = 'none' | 'sensitivity-label' | 'subject-tag' | 'header' | 'secure-channel';

export interface SecureSendPolicy {
  mechanism: SecureSendMechanism;
  /** sensitivity-label: the Purview label GUID applied with item.sensitivityLabel.setAsync (Mailbox 1.13). */
  sensitivityLabelId: string;
  /** subject-tag: text put in front of the subject, e.g. "[secure]", that the gateway encrypts on. */
  subjectTag: string;
  /** header: an internet header that the gateway encrypts on. */
  headerName: string;
  headerValue: string;
  /** secure-channel: the admin's link (Zivver-style) and its button label. */
  secureChannelUrl: string;
  secureChannelLabel: string;
}

export interface RecipientPolicy {
  /** Domains that count as internal. Empty: the sender's own domain. */
  internalDomains: string[];
  /** External domains that are trusted (not "external", and protected against look-alikes). */
  trustedDomains: string[];
  /** visible-recipients: this many external addresses in To/Cc is a finding. */
  visibleThreshold: number;
  /** visible-recipients: more personal webmail addresses than this in To/Cc is a finding. */
  webmailThreshold: number;
  /** missing-unsubscribe: this many external recipients (any field) makes a message a mailing. */
  mailingThreshold: number;
  /** Remember (hashed) external domains that already received sensitive content; note new ones. */
  firstTimeDomainCheck: boolean;
}

export interface LimitsPolicy {
  attachmentBytes: number;
  totalBytes: number;
  archiveDepth: number;
  archiveEntries: number;
  /** Largest ratio of inflated to compressed bytes, measured while inflating. */
  expansionRatio: number;
  /** Most characters of text taken from one attachment. */
  extractedChars: number;
  /** Budget for one whole scan, in milliseconds. */
  timeBudgetMs: number;
}

/** "Encrypt this attachment": whether it is offered, the password length, and whether it settles the findings. */
export interface EncryptAttachmentPolicy {
  enabled: boolean;
  minPasswordLength: number;
  satisfiesFinding: boolean;
}

export interface Policy {
  /** A name shown in the task pane ("which policy is in force"). */
  name: string;
  /** Language of alerts and the task pane when Outlook's display language is neither nl nor en. */
  language: 'nl' | 'en';
  detectors: Record<DetectorId, DetectorPolicy>;
  recipients: RecipientPolicy;
  secureSend: SecureSendPolicy;
  sendAnyway: { requireReason: boolean };
  encryptAttachment: EncryptAttachmentPolicy;
  /** What an error or time-out in the check does to the send. */
  onError: 'allow' | 'block';
  limits: LimitsPolicy;
}
