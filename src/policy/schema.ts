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

const confidence = ['low', 'medium', 'high'] as const;
const action = ['info', 'warn', 'block'] as const;

const detectorSpec: FieldSpec = {
  kind: 'object',
  fields: {
    enabled: { kind: 'boolean' },
    minConfidence: {
      kind: 'enum',
      values: confidence,
    },
    action: {
      kind: 'enum',
      values: action,
    },
    keywords: {
      kind: 'list',
      item: 'word',
      maxItems: 200,
    },
    contextWords: {
      kind: 'list',
      item: 'word',
      maxItems: 200,
    },
    offerMask: { kind: 'boolean' },
  },
};

const detectorFields: Record<string, FieldSpec> = {};
for (const id of DETECTOR_IDS) detectorFields[id] = detectorSpec;

export const POLICY_SCHEMA: FieldSpec & { kind: 'object' } = {
  kind: 'object',
  fields: {
    name: { kind: 'string', format: 'text', maxLength: 100 },
    language: {
      kind: 'enum',
      values: ['nl', 'en'],
    },
    detectors: { kind: 'object', fields: detectorFields },
    recipients: {
      kind: 'object',
      fields: {
        internalDomains: {
          kind: 'list',
          item: 'domain',
          maxItems: 500,
        },
        trustedDomains: {
          kind: 'list',
          item: 'domain',
          maxItems: 2000,
        },
        visibleThreshold: { kind: 'integer', min: 2, max: 10000 },
        webmailThreshold: {
          kind: 'integer',
          min: 0,
          max: 10000,
        },
        mailingThreshold: {
          kind: 'integer',
          min: 2,
          max: 100000,
        },
        firstTimeDomainCheck: {
          kind: 'boolean',
        },
      },
    },
    secureSend: {
      kind: 'object',
      fields: {
        mechanism: {
          kind: 'enum',
          values: ['none', 'sensitivity-label', 'subject-tag', 'header', 'secure-channel'],
        },
        sensitivityLabelId: { kind: 'string', format: 'guid', maxLength: 36 },
        subjectTag: { kind: 'string', format: 'text', maxLength: 40 },
        headerName: { kind: 'string', format: 'header-name', maxLength: 64 },
        headerValue: { kind: 'string', format: 'header-value', maxLength: 200 },
        secureChannelUrl: { kind: 'string', format: 'https-url', maxLength: 2000 },
        secureChannelLabel: { kind: 'string', format: 'text', maxLength: 40 },
      },
    },
    sendAnyway: {
      kind: 'object',
      fields: {
        requireReason: { kind: 'boolean' },
      },
    },
    encryptAttachment: {
      kind: 'object',
      fields: {
        enabled: { kind: 'boolean' },
        minPasswordLength: {
          kind: 'integer',
          min: 12,
          max: 64,
        },
        satisfiesFinding: {
          kind: 'boolean',
        },
      },
    },
    onError: {
      kind: 'enum',
      values: ['allow', 'block'],
    },
    limits: {
      kind: 'object',
      fields: {
        attachmentBytes: { kind: 'integer', min: 1024, max: 150 * 1024 * 1024 },
        totalBytes: { kind: 'integer', min: 1024, max: 500 * 1024 * 1024 },
        archiveDepth: { kind: 'integer', min: 0, max: 10 },
        archiveEntries: { kind: 'integer', min: 1, max: 100000 },
        expansionRatio: { kind: 'integer', min: 2, max: 100000 },
        extractedChars: { kind: 'integer', min: 1000, max: 100 * 1024 * 1024 },
        timeBudgetMs: {
          kind: 'integer',
          min: 100,
          max: 60000,
        },
      },
    },
  },
};
