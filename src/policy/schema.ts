/**
 * The policy's schema, written once: validation, `send-guard policy init`, the JSON Schema for
 * editors and the policy reference in docs/policy.md all come from this table.
 */
import { DETECTOR_IDS } from '../model/finding';

interface Described {
  /** One or two sentences for admins (English; docs/policy.md and the JSON Schema show it). */
  doc: string;
}

export type FieldSpec =
  | (Described & { kind: 'boolean' })
  | (Described & { kind: 'integer'; min: number; max: number })
  | (Described & { kind: 'enum'; values: readonly string[] })
  | (Described & { kind: 'string'; format: StringFormat; maxLength: number })
  | (Described & { kind: 'list'; item: 'word' | 'domain'; maxItems: number })
  | (Described & { kind: 'object'; fields: Record<string, FieldSpec> });

/** Text formats a string may have to follow. `text` is free text; the empty string always means "not set". */
export type StringFormat = 'text' | 'https-url' | 'guid' | 'header-name' | 'header-value';

const confidence = ['low', 'medium', 'high'] as const;
const action = ['info', 'warn', 'block'] as const;

const detectorSpec: FieldSpec = {
  kind: 'object',
  doc: 'What this check does.',
  fields: {
    enabled: { kind: 'boolean', doc: 'Whether the check runs at all.' },
    minConfidence: {
      kind: 'enum',
      values: confidence,
      doc: 'The lowest confidence that is reported; weaker matches are ignored.',
    },
    action: {
      kind: 'enum',
      values: action,
      doc: '`info`: shown in the task pane only, the send goes on. `warn`: the send stops and the user may fix it or send anyway. `block`: the send stops and cannot be overridden.',
    },
    keywords: {
      kind: 'list',
      item: 'word',
      maxItems: 200,
      doc: 'Extra words or phrases that by themselves point at this kind of data (content checks). Matched as whole words, case-insensitive, as plain text (never as a regular expression).',
    },
    contextWords: {
      kind: 'list',
      item: 'word',
      maxItems: 200,
      doc: 'Extra context words that raise confidence when they stand near a candidate (content checks). Plain text, whole words.',
    },
    offerMask: {
      kind: 'boolean',
      doc: 'Offer "mask in the message": the task pane replaces each value found in the subject, body or a text attachment by its masked form (`****.**.782`). Only for checks whose findings are values in the text (`bsn`, `iban`, `payment-card`, `id-document`, `credential`); ignored for the others. Off: the value stays and the user must secure the channel, remove the attachment or send anyway.',
    },
  },
};

const detectorFields: Record<string, FieldSpec> = {};
for (const id of DETECTOR_IDS) detectorFields[id] = { ...detectorSpec, doc: `The \`${id}\` check.` };

export const POLICY_SCHEMA: FieldSpec & { kind: 'object' } = {
  kind: 'object',
  doc: 'The Send Guard policy.',
  fields: {
    name: { kind: 'string', format: 'text', maxLength: 100, doc: 'A name for this policy; the task pane shows which policy is in force.' },
    language: {
      kind: 'enum',
      values: ['nl', 'en'],
      doc: "Language of the alert and task pane when Outlook's display language is neither Dutch nor English.",
    },
    detectors: { kind: 'object', doc: 'One entry per check, by its stable id.', fields: detectorFields },
    recipients: {
      kind: 'object',
      doc: 'Who counts as internal and when recipients are a finding.',
      fields: {
        internalDomains: {
          kind: 'list',
          item: 'domain',
          maxItems: 500,
          doc: "Domains of your own organisation (subdomains included). Empty: the sender's own domain.",
        },
        trustedDomains: {
          kind: 'list',
          item: 'domain',
          maxItems: 2000,
          doc: 'External domains you trust (payroll provider, accountant): not counted as external, and protected against look-alikes.',
        },
        visibleThreshold: { kind: 'integer', min: 2, max: 10000, doc: '`visible-recipients`: this many external addresses visible in To/Cc is a finding.' },
        webmailThreshold: {
          kind: 'integer',
          min: 0,
          max: 10000,
          doc: '`visible-recipients`: more personal webmail addresses (gmail.com, hotmail.com, ...) than this in To/Cc is a finding.',
        },
        mailingThreshold: {
          kind: 'integer',
          min: 2,
          max: 100000,
          doc: '`missing-unsubscribe`: a message to this many external recipients (any field, Bcc included) counts as a mailing.',
        },
        firstTimeDomainCheck: {
          kind: 'boolean',
          doc: 'Remember (hashed, per user, in Outlook roaming settings) the external domains that already received sensitive content, and note a new one.',
        },
      },
    },
    secureSend: {
      kind: 'object',
      doc: 'What "Send securely" in the task pane does.',
      fields: {
        mechanism: {
          kind: 'enum',
          values: ['none', 'sensitivity-label', 'subject-tag', 'header', 'secure-channel'],
          doc: '`sensitivity-label`: apply a Purview sensitivity label (Mailbox 1.13). `subject-tag`: put a tag in front of the subject that your mail gateway encrypts on. `header`: set an internet header that your gateway encrypts on. `secure-channel`: open your secure-mail service (Zivver-style). `none`: no secure-send button.',
        },
        sensitivityLabelId: { kind: 'string', format: 'guid', maxLength: 36, doc: 'The label GUID, for `sensitivity-label`.' },
        subjectTag: { kind: 'string', format: 'text', maxLength: 40, doc: 'The subject tag, for `subject-tag`, e.g. `[secure]`.' },
        headerName: { kind: 'string', format: 'header-name', maxLength: 64, doc: 'The header name, for `header`, e.g. `X-Encrypt`. Must start with `X-`.' },
        headerValue: { kind: 'string', format: 'header-value', maxLength: 200, doc: 'The header value, for `header`.' },
        secureChannelUrl: { kind: 'string', format: 'https-url', maxLength: 2000, doc: 'The https link of your secure channel, for `secure-channel`.' },
        secureChannelLabel: { kind: 'string', format: 'text', maxLength: 40, doc: 'The button label for the secure channel, e.g. `Send with Zivver`.' },
      },
    },
    sendAnyway: {
      kind: 'object',
      doc: '"Send anyway" in the task pane.',
      fields: {
        requireReason: { kind: 'boolean', doc: 'Ask the user for a reason; it is written into the `X-Send-Guard` header for audit.' },
      },
    },
    encryptAttachment: {
      kind: 'object',
      doc: '"Encrypt this attachment" in the task pane (and `send-guard encrypt`): the attachment is replaced by an encrypted copy (PDF: AES-256; Word, Excel, PowerPoint: Office password encryption; anything else: an AES-256 zip) that opens with a generated password the user gives by phone or text message.',
      fields: {
        enabled: { kind: 'boolean', doc: 'Offer the action on flagged attachments.' },
        minPasswordLength: {
          kind: 'integer',
          min: 12,
          max: 64,
          doc: 'Length of the generated password, in characters (dashes between groups of four not counted); `send-guard encrypt --password-stdin` refuses a shorter one.',
        },
        satisfiesFinding: {
          kind: 'boolean',
          doc: 'When every flagged attachment was replaced by its encrypted copy, the next send passes (and the `X-Send-Guard` header names the encrypted attachments and their method). Off: the encrypted copies are checked like any password-protected attachment, under the `encrypted-attachment` check.',
        },
      },
    },
    onError: {
      kind: 'enum',
      values: ['allow', 'block'],
      doc: 'What an error or time-out in the check does: `allow` lets the message go, `block` stops it (the draft is kept either way).',
    },
    limits: {
      kind: 'object',
      doc: 'Caps that keep a check fast on large or hostile attachments; what is cut short is reported as `unscannable-attachment`.',
      fields: {
        attachmentBytes: { kind: 'integer', min: 1024, max: 150 * 1024 * 1024, doc: 'Largest attachment that is read, in bytes.' },
        totalBytes: { kind: 'integer', min: 1024, max: 500 * 1024 * 1024, doc: 'Most bytes read from all attachments of one message together.' },
        archiveDepth: { kind: 'integer', min: 0, max: 10, doc: 'How deep archives and attached messages are opened (a zip in a zip is depth 2).' },
        archiveEntries: { kind: 'integer', min: 1, max: 100000, doc: 'Most entries read from one archive.' },
        expansionRatio: { kind: 'integer', min: 2, max: 100000, doc: 'Largest ratio of unpacked to packed bytes, measured while unpacking (zip bombs).' },
        extractedChars: { kind: 'integer', min: 1000, max: 100 * 1024 * 1024, doc: 'Memory cap: most characters of text kept from one attachment. A long text is read to its end while the time budget lasts; what this cap or the budget cuts is reported.' },
        timeBudgetMs: {
          kind: 'integer',
          min: 100,
          max: 60000,
          doc: 'Time budget for one check, in milliseconds. Outlook says "taking longer than expected" after 5 seconds.',
        },
      },
    },
  },
};
