/** Shared vocabulary of the engine. Pure: no Office, no DOM, no Node. */

export type Confidence = 'low' | 'medium' | 'high';
export type Severity = 'info' | 'warn' | 'block';
export type Language = 'nl' | 'en';

export const CONTENT_DETECTORS = [
  'bsn',
  'iban',
  'payslip',
  'credential',
  'health',
  'id-document',
  'payment-card',
  'personal-list',
  'employment-contract',
] as const;
export const RECIPIENT_DETECTORS = [
  'external-recipients',
  'visible-recipients',
  'lookalike-domain',
  'missing-unsubscribe',
] as const;
export const ATTACHMENT_DETECTORS = ['unscannable-attachment', 'encrypted-attachment'] as const;

export type ContentDetectorId = (typeof CONTENT_DETECTORS)[number];
export type RecipientDetectorId = (typeof RECIPIENT_DETECTORS)[number];
export type AttachmentDetectorId = (typeof ATTACHMENT_DETECTORS)[number];
export type DetectorId = ContentDetectorId | RecipientDetectorId | AttachmentDetectorId;
export const DETECTOR_IDS: readonly DetectorId[] = [...CONTENT_DETECTORS, ...RECIPIENT_DETECTORS, ...ATTACHMENT_DETECTORS];

export const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };

/** Where in the message a finding was made. `path` is the inner path inside an attachment (zip entry, sheet). */
export interface Location {
  part: 'body' | 'subject' | 'recipients' | 'attachment';
  attachment?: string;
  path?: string;
}

/**
 * One hit of a content detector in one text. `start`/`end` index the text that was scanned.
 * `evidence` is already masked (see mask.ts); raw values never leave the detector.
 */
export interface Match {
  detector: ContentDetectorId;
  confidence: Confidence;
  start: number;
  end: number;
  evidence: string;
}

/** A finding as reported to users, the CLI JSON and the task pane (DESIGN.md "Findings and the CLI"). */
export interface Finding {
  detector: DetectorId;
  confidence: Confidence;
  severity: Severity;
  location: Location;
  /** Masked. For recipient and attachment findings a short description (masked addresses, the reason). */
  evidence: string;
  count: number;
  /** Recipient findings: the addresses concerned (the task pane moves these to Bcc). Not printed by the CLI. */
  recipients?: string[];
  /** lookalike-domain: the trusted domain that the recipient's domain resembles. */
  resembles?: string;
  /** unscannable/encrypted attachments: a stable reason code (too-large, corrupt, unknown-format, time-out, ...). */
  reason?: string;
}

/** What a message text needs to say about a finding. One props type for every language. */
export interface MessageProps {
  count: number;
}

/** How a detector describes itself to people, per language (secretlint-style: the rule owns its texts). */
export interface DetectorMessages {
  /** Short noun phrase: "BSN (burgerservicenummer)". */
  name: string;
  /** One line for the alert and the finding title: "2 BSN's gevonden". */
  summary: (props: MessageProps) => string;
  /** One or two sentences: why this matters (with the Dutch data-protection reason where it helps). */
  why: string;
}

export type DetectorTexts = Record<Language, DetectorMessages>;
/** What the send handler needs of a detector's texts: its name (the alert names what it found). */
export type DetectorNames = Record<Language, Pick<DetectorMessages, 'name'>>;
/** The rest, for the task pane, CLI and docs: kept apart so the handler's bundle does not carry it. */
export type DetectorDescriptions = Record<Language, Omit<DetectorMessages, 'name'>>;

export type Verdict = 'allow' | 'warn' | 'block';

export interface Report {
  verdict: Verdict;
  /** Findings the policy reports (enabled, at or above its minimum confidence), most severe first. */
  findings: Finding[];
  elapsedMs: number;
  /** The time budget ran out; what was not reached is an unscannable-attachment finding. */
  timedOut: boolean;
}
