/** Every content detector, by id. Others read their names from here; summaries and reasons from descriptions.ts. */
import type { ContentDetectorId } from '../model/finding';
import type { Detector } from './detector';
import { bsn } from './detectors/bsn';
import { iban } from './detectors/iban';
import { payslip } from './detectors/payslip';
import { credential } from './detectors/credential';
import { health } from './detectors/health';
import { idDocument } from './detectors/id-document';
import { paymentCard } from './detectors/payment-card';
import { personalList } from './detectors/personal-list';
import { employmentContract } from './detectors/employment-contract';

/** In the order of CONTENT_DETECTORS. */
export const DETECTORS: readonly Detector[] = [bsn, iban, payslip, credential, health, idDocument, paymentCard, personalList, employmentContract];

export const DETECTOR_REGISTRY: Readonly<Record<ContentDetectorId, Detector>> = {
  bsn,
  iban,
  payslip,
  credential,
  health,
  'id-document': idDocument,
  'payment-card': paymentCard,
  'personal-list': personalList,
  'employment-contract': employmentContract,
};
