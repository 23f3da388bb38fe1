/**
 * Every content detector's true and false examples, by id. They sit beside each detector
 * (`detectors/<id>.examples.ts`) and are run by its table test; only tests and docs import this
 * file, so the examples stay out of the handler bundle.
 */
import type { ContentDetectorId } from '../model/finding';
import type { DetectorExample } from './detector';
import { examples as bsn } from './detectors/bsn.examples';
import { examples as iban } from './detectors/iban.examples';
import { examples as payslip } from './detectors/payslip.examples';
import { examples as credential } from './detectors/credential.examples';
import { examples as health } from './detectors/health.examples';
import { examples as idDocument } from './detectors/id-document.examples';
import { examples as paymentCard } from './detectors/payment-card.examples';
import { examples as personalList } from './detectors/personal-list.examples';
import { examples as employmentContract } from './detectors/employment-contract.examples';

export const DETECTOR_EXAMPLES: Readonly<Record<ContentDetectorId, readonly DetectorExample[]>> = {
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
