/** The true and false examples of detectors/payment-card.ts: run by its table test, kept out of the handler bundle. */
import type { DetectorExample } from '../detector';

export const examples: readonly DetectorExample[] = [
    { text: 'Creditcard: 4111 1111 1111 1111', hits: [{ confidence: 'high', evidence: '**** **** **** 1111' }] },
    { text: 'kaart 5500-0000-0000-0004 geldig tot 09/27', hits: [{ confidence: 'high', evidence: '**** **** **** 0004' }], why: 'expiry date' },
    { text: 'Nummer 378282246310005 staat hier los.', hits: [{ confidence: 'low' }], why: 'Amex-shaped, no context' },
    { text: 'Visa 4111 1111 1111 1112', hits: [], why: 'fails Luhn' },
    { text: 'Uw trackingnummer: 4111111111111111', hits: [], why: 'names another kind of number' },
    { text: 'EAN 8712345678906', hits: [], why: 'a barcode' },
  ];
