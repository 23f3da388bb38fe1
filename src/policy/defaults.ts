import { DETECTOR_IDS, type DetectorId } from '../model/finding';
import type { DetectorPolicy, Policy } from './types';

const detector = (minConfidence: DetectorPolicy['minConfidence'], action: DetectorPolicy['action'], offerMask = false): DetectorPolicy => ({
  enabled: true,
  minConfidence,
  action,
  keywords: [],
  contextWords: [],
  offerMask,
});

const DETECTOR_DEFAULTS: Record<DetectorId, DetectorPolicy> = {
  bsn: detector('medium', 'warn', true),
  iban: detector('medium', 'warn', true),
  payslip: detector('medium', 'warn'),
  credential: detector('medium', 'warn', true),
  health: detector('medium', 'warn'),
  'id-document': detector('medium', 'warn', true),
  'payment-card': detector('medium', 'warn', true),
  'personal-list': detector('medium', 'warn'),
  'employment-contract': detector('medium', 'warn'),
  'external-recipients': detector('low', 'warn'),
  'visible-recipients': detector('low', 'warn'),
  'lookalike-domain': detector('low', 'warn'),
  'missing-unsubscribe': detector('low', 'warn'),
  'unscannable-attachment': detector('medium', 'warn'),
  'encrypted-attachment': detector('low', 'info'),
};

/** The built-in policy: works with no policy file. Returns a fresh copy each call. */
export function defaultPolicy(): Policy {
  const detectors = {} as Record<DetectorId, DetectorPolicy>;
  for (const id of DETECTOR_IDS) {
    const d = DETECTOR_DEFAULTS[id];
    detectors[id] = { ...d, keywords: [...d.keywords], contextWords: [...d.contextWords] };
  }
  return {
    name: 'Send Guard default',
    language: 'nl',
    detectors,
    recipients: {
      internalDomains: [],
      trustedDomains: [],
      visibleThreshold: 10,
      webmailThreshold: 3,
      mailingThreshold: 20,
      firstTimeDomainCheck: false,
    },
    secureSend: {
      mechanism: 'none',
      sensitivityLabelId: '',
      subjectTag: '',
      headerName: '',
      headerValue: '',
      secureChannelUrl: '',
      secureChannelLabel: '',
    },
    sendAnyway: { requireReason: true },
    encryptAttachment: { enabled: true, minPasswordLength: 16, satisfiesFinding: true },
    onError: 'allow',
    limits: {
      attachmentBytes: 25 * 1024 * 1024,
      totalBytes: 50 * 1024 * 1024,
      archiveDepth: 3,
      archiveEntries: 1000,
      expansionRatio: 100,
      extractedChars: 32 * 1024 * 1024,
      timeBudgetMs: 3000,
    },
  };
}
