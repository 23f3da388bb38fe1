/**
 * What each policy field does, for admins (English): docs/policy.md's policy reference, the JSON
 * Schema for editors and the policy tools show these texts. Kept out of the schema (schema.ts) so
 * the on-send handler, which validates a policy but never shows these texts, does not carry them.
 */

/** By the field's path from the policy's root ('' is the whole policy); `detectors.*` is every check. */
const FIELD_DOCS: Record<string, string> = {
  '': 'The Send Guard policy.',
  name: 'A name for this policy; the task pane shows which policy is in force.',
  language: "Language of the alert and task pane when Outlook's display language is neither Dutch nor English.",
  detectors: 'One entry per check, by its stable id.',
  'detectors.*.enabled': 'Whether the check runs at all.',
  'detectors.*.minConfidence': 'The lowest confidence that is reported; weaker matches are ignored.',
  'detectors.*.action':
    '`info`: shown in the task pane only, the send goes on. `warn`: the send stops and the user may fix it or send anyway. `block`: the send stops and cannot be overridden.',
  'detectors.*.keywords':
    'Extra words or phrases that by themselves point at this kind of data (content checks). Matched as whole words, case-insensitive, as plain text (never as a regular expression).',
  'detectors.*.contextWords': 'Extra context words that raise confidence when they stand near a candidate (content checks). Plain text, whole words.',
  'detectors.*.offerMask':
    'Offer "mask in the message": the task pane replaces each value found in the subject, body or a text attachment by its masked form (`****.**.782`). Only for checks whose findings are values in the text (`bsn`, `iban`, `payment-card`, `id-document`, `credential`); ignored for the others. Off: the value stays and the user must secure the channel, remove the attachment or send anyway.',
  recipients: 'Who counts as internal and when recipients are a finding.',
  'recipients.internalDomains': "Domains of your own organisation (subdomains included). Empty: the sender's own domain.",
  'recipients.trustedDomains': 'External domains you trust (payroll provider, accountant): not counted as external, and protected against look-alikes.',
  'recipients.visibleThreshold': '`visible-recipients`: this many external addresses visible in To/Cc is a finding.',
  'recipients.webmailThreshold': '`visible-recipients`: more personal webmail addresses (gmail.com, hotmail.com, ...) than this in To/Cc is a finding.',
  'recipients.mailingThreshold': '`missing-unsubscribe`: a message to this many external recipients (any field, Bcc included) counts as a mailing.',
  'recipients.firstTimeDomainCheck':
    'Remember (hashed, per user, in Outlook roaming settings) the external domains that already received sensitive content, and note a new one.',
  secureSend: 'What "Send securely" in the task pane does.',
  'secureSend.mechanism':
    '`sensitivity-label`: apply a Purview sensitivity label (Mailbox 1.13). `subject-tag`: put a tag in front of the subject that your mail gateway encrypts on. `header`: set an internet header that your gateway encrypts on. `secure-channel`: open your secure-mail service (Zivver-style). `none`: no secure-send button.',
  'secureSend.sensitivityLabelId': 'The label GUID, for `sensitivity-label`.',
  'secureSend.subjectTag': 'The subject tag, for `subject-tag`, e.g. `[secure]`.',
  'secureSend.headerName': 'The header name, for `header`, e.g. `X-Encrypt`. Must start with `X-`.',
  'secureSend.headerValue': 'The header value, for `header`.',
  'secureSend.secureChannelUrl': 'The https link of your secure channel, for `secure-channel`.',
  'secureSend.secureChannelLabel': 'The button label for the secure channel, e.g. `Send with Zivver`.',
  sendAnyway: '"Send anyway" in the task pane.',
  'sendAnyway.requireReason': 'Ask the user for a reason; it is written into the `X-Send-Guard` header for audit.',
  encryptAttachment:
    '"Encrypt this attachment" in the task pane (and `send-guard encrypt`): the attachment is replaced by an encrypted copy (PDF: AES-256; Word, Excel, PowerPoint: Office password encryption; anything else: an AES-256 zip) that opens with a generated password the user gives by phone or text message.',
  'encryptAttachment.enabled': 'Offer the action on flagged attachments.',
  'encryptAttachment.minPasswordLength':
    'Length of the generated password, in characters (dashes between groups of four not counted); `send-guard encrypt --password-stdin` refuses a shorter one.',
  'encryptAttachment.satisfiesFinding':
    'When every flagged attachment was replaced by its encrypted copy, the next send passes (and the `X-Send-Guard` header names the encrypted attachments and their method). Off: the encrypted copies are checked like any password-protected attachment, under the `encrypted-attachment` check.',
  onError: 'What an error or time-out in the check does: `allow` lets the message go, `block` stops it (the draft is kept either way).',
  limits: 'Caps that keep a check fast on large or hostile attachments; what is cut short is reported as `unscannable-attachment`.',
  'limits.attachmentBytes': 'Largest attachment that is read, in bytes.',
  'limits.totalBytes': 'Most bytes read from all attachments of one message together.',
  'limits.archiveDepth': 'How deep archives and attached messages are opened (a zip in a zip is depth 2).',
  'limits.archiveEntries': 'Most entries read from one archive.',
  'limits.expansionRatio': 'Largest ratio of unpacked to packed bytes, measured while unpacking (zip bombs).',
  'limits.extractedChars':
    'Memory cap: most characters of text kept from one attachment. A long text is read to its end while the time budget lasts; what this cap or the budget cuts is reported.',
  'limits.timeBudgetMs': 'Time budget for one check, in milliseconds. Outlook says "taking longer than expected" after 5 seconds.',
};

/**
 * The text for the field at `path` ([] is the whole policy, ['detectors', 'bsn', 'action'] a
 * check's field). Throws for a field without a text, so a new field cannot go undocumented.
 */
export function fieldDoc(path: readonly string[]): string {
  if (path.length === 2 && path[0] === 'detectors') return `The \`${path[1]}\` check.`;
  const key = path[0] === 'detectors' && path.length > 2 ? ['detectors', '*'].concat(path.slice(2)).join('.') : path.join('.');
  const doc = FIELD_DOCS[key];
  if (doc === undefined) throw new Error(`policy field "${path.join('.')}" has no text in schema-docs.ts`);
  return doc;
}
