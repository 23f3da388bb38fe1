/**
 * Every content detector's true and false examples, by id, one file per detector named like it
 * (`examples/bsn.ts` for `detectors/bsn.ts`). Run by the table test; only tests import this folder,
 * so the examples stay out of the handler bundle.
 */
import type { ContentDetectorId } from '../../model/finding';
import type { DetectorExample } from '../detector';
import { examples as bsn } from './bsn';
import { examples as iban } from './iban';
import { examples as payslip } from './payslip';
import { examples as credential } from './credential';
import { examples as health } from './health';
import { examples as idDocument } from './id-document';
import { examples as paymentCard } from './payment-card';
import { examples as personalList } from './personal-list';
import { examples as employmentContract } from './employment-contract';

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
