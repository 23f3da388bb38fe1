/** The true and false examples of detectors/iban.ts: run by its table test, kept out of the handler bundle. */
import type { DetectorExample } from '../detector';

export const examples: readonly DetectorExample[] = [
    {
      text: 'Naam\tIBAN\tBedrag\nJan de Vries\tNL91ABNA04\t€ 12,00\nUtrecht\t17164300\t\n',
      hits: [{ confidence: 'high', evidence: 'IBAN NL** **** **** **** 00' }],
      why: 'a table cell wrapped the IBAN over two lines',
    },
    {
      text: 'Naam          IBAN           Bedrag\nKees Visser   nl91 abna 04   12,00\n              17 1643 00\n',
      hits: [{ confidence: 'high' }],
      why: 'the same in a fixed-width export, in lower case',
    },
    {
      text: 'Naam\tIBAN\nJan de Vries\tNL91ABNA04\nUtrecht\t17164301\n',
      hits: [],
      why: 'joined, the checksum fails',
    },
    { text: 'Mijn IBAN is NL91 ABNA 0417 1643 00.', hits: [{ confidence: 'high', evidence: 'IBAN NL** **** **** **** 00' }] },
    { text: 'rekeningnummer: nl91abna0417164300', hits: [{ confidence: 'high' }], why: 'lower case, no spaces' },
    { text: 'Graag naar DE89 3704 0044 0532 0130 00 overmaken', hits: [{ confidence: 'high', evidence: 'IBAN DE** **** **** **** **** 00' }] },
    { text: 'Zie GB82WEST12345698765432 hieronder.', hits: [{ confidence: 'medium' }], why: 'valid but no context' },
    { text: 'BE68 5390 0754 7034', hits: [{ confidence: 'medium' }] },
    { text: 'Acme BV | KvK 12345678 | IBAN NL91 ABNA 0417 1643 00', hits: [{ confidence: 'low' }], why: "an organisation's own account" },
    { text: 'IBAN: NL91 ABNA 0417 1643 01', hits: [], why: 'wrong checksum' },
    { text: 'IBAN: NL91 ABNA 0417 1643 001', hits: [], why: 'wrong length for NL' },
    { text: 'Code XX91 ABNA 0417 1643 00', hits: [], why: 'no such country' },
  ];
