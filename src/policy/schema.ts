/**
 * The policy's schema, written once: validation, `send-guard policy init`, the JSON Schema for
 * editors and the policy reference in docs/policy.md all come from this table (each field's text
 * for admins is in schema-docs.ts, which the on-send handler does not bundle).
 */
import { DETECTOR_IDS } from '../model/finding';

export type FieldSpec =
  | { kind: 'boolean' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'string'; format: StringFormat; maxLength: number }
  | { kind: 'list'; item: 'word' | 'domain'; maxItems: number }
  | { kind: 'object'; fields: Record<string, FieldSpec> };

/** Text formats a string may have to follow. `text` is free text; the empty string always means "not set". */
export type StringFormat = 'text' | 'https-url' | 'guid' | 'header-name' | 'header-value';

// Shorthands for the table below: the policy's shape reads as one table, and each kind is spelled once.
const boolean: FieldSpec = { kind: 'boolean' };
const integer = (min: number, max: number): FieldSpec => ({ kind: 'integer', min, max });
const oneOf = (...values: string[]): FieldSpec => ({ kind: 'enum', values });
const text = (format: StringFormat, maxLength: number): FieldSpec => ({ kind: 'string', format, maxLength });
const list = (item: 'word' | 'domain', maxItems: number): FieldSpec => ({ kind: 'list', item, maxItems });
const object = (fields: Record<string, FieldSpec>): FieldSpec & { kind: 'object' } => ({ kind: 'object', fields });

const detectorSpec = object({
  enabled: boolean,
  minConfidence: oneOf('low', 'medium', 'high'),
  action: oneOf('info', 'warn', 'block'),
  keywords: list('word', 200),
  contextWords: list('word', 200),
  offerMask: boolean,
});

const detectorFields: Record<string, FieldSpec> = {};
for (const id of DETECTOR_IDS) detectorFields[id] = detectorSpec;

export const POLICY_SCHEMA = object({
  name: text('text', 100),
  language: oneOf('nl', 'en'),
  detectors: object(detectorFields),
  recipients: object({
    internalDomains: list('domain', 500),
    trustedDomains: list('domain', 2000),
    visibleThreshold: integer(2, 10000),
    webmailThreshold: integer(0, 10000),
    mailingThreshold: integer(2, 100000),
    firstTimeDomainCheck: boolean,
  }),
  secureSend: object({
    mechanism: oneOf('none', 'sensitivity-label', 'subject-tag', 'header', 'secure-channel'),
    sensitivityLabelId: text('guid', 36),
    subjectTag: text('text', 40),
    headerName: text('header-name', 64),
    headerValue: text('header-value', 200),
    secureChannelUrl: text('https-url', 2000),
    secureChannelLabel: text('text', 40),
  }),
  sendAnyway: object({ requireReason: boolean }),
  encryptAttachment: object({
    enabled: boolean,
    minPasswordLength: integer(12, 64),
    satisfiesFinding: boolean,
  }),
  onError: oneOf('allow', 'block'),
  limits: object({
    attachmentBytes: integer(1024, 150 * 1024 * 1024),
    totalBytes: integer(1024, 500 * 1024 * 1024),
    archiveDepth: integer(0, 10),
    archiveEntries: integer(1, 100000),
    expansionRatio: integer(2, 100000),
    extractedChars: integer(1000, 100 * 1024 * 1024),
    timeBudgetMs: integer(100, 60000),
  }),
});
