/** The true and false examples of detectors/bsn.ts: run by its table test, kept out of the handler bundle. */
import type { DetectorExample } from '../detector';

export const examples: readonly DetectorExample[] = [
    { text: 'BSN: 111222333', hits: [{ confidence: 'high', evidence: 'BSN ****.**.333' }] },
    { text: 'Het burgerservicenummer van mevrouw is 1234.56.782.', hits: [{ confidence: 'high', evidence: 'BSN ****.**.782' }] },
    { text: 'sofinummer 123 456 782', hits: [{ confidence: 'high', evidence: 'BSN ****.**.782' }] },
    { text: 'Naam\tBSN\tPlaats\nJan\t111222333\tUtrecht\nPiet\t12345672\tBreda', hits: [{ confidence: 'high' }, { confidence: 'high', evidence: 'BSN ****.**.672' }], why: 'column header; 8-digit cell with its zero dropped' },
    { text: 'Zie nummer 111222333 in het overzicht.', hits: [{ confidence: 'low' }], why: 'a bare valid number is weak evidence' },
    { text: 'Burgerservicenummer 123.456.782', hits: [{ confidence: 'high', evidence: 'BSN ****.**.782' }], why: 'groups of three with dots' },
    { text: 'bsn 12 34 56 782 (moeder)', hits: [{ confidence: 'high', evidence: 'BSN ****.**.782' }], why: 'pairs, then three' },
    { text: 'BSN-nr: 123-45-6782', hits: [{ confidence: 'high', evidence: 'BSN ****.**.782' }], why: 'split 3-2-4 with hyphens' },
    { text: 'Sofi-nr. 123456782', hits: [{ confidence: 'high' }], why: 'the older name, abbreviated' },
    { text: 'Burgerservicenr: 1234.56.782', hits: [{ confidence: 'high' }], why: 'abbreviated with nr' },
    { text: "Employee's citizen service no. 123 456 782", hits: [{ confidence: 'high' }] },
    {
      text: 'Overzicht medewerkers (BSN)\n' + 'x'.repeat(300) + '\nRik Smit 3674182 NL12\n53\nLoes Baas 2094941 NL34\n77\nTom Vos 7629845 NL56\n94\n',
      hits: [{ confidence: 'medium' }, { confidence: 'medium' }, { confidence: 'medium' }],
      why: 'a narrow PDF cell wrapped each BSN over two lines; three passing together is evidence by itself',
    },
    {
      text: 'Overzicht medewerkers (BSN)\n' + 'x'.repeat(300) + '\nRik Smit 3674182 NL12\n53\n',
      hits: [{ confidence: 'low' }],
      why: 'one wrapped number far from its label is weak evidence',
    },
    {
      text: 'naam;nummer;plaats\nRik Smit;3674.18.253;Ede\nLoes Baas;2094.94.177;Epe\nTom Vos;7629.84.594;Ede\n',
      hits: [{ confidence: 'medium' }, { confidence: 'medium' }, { confidence: 'medium' }],
      why: 'a column of numbers that all pass the elfproef, under a header that names nothing',
    },
    {
      text: 'Rik Smit 367418253\nLoes Baas 209494178\nTom Vos 762984594\n',
      hits: [{ confidence: 'low' }, { confidence: 'low' }],
      why: 'a failing number in the list: not a column of BSNs',
    },
    { text: 'Totaal € 123.456.782 begroot', hits: [], why: 'an amount, not a number of a person' },
    { text: 'BSN: 111222334', hits: [], why: 'fails the elfproef' },
    { text: 'Uw ordernummer is 111222333.', hits: [], why: 'names another kind of number' },
    { text: 'Klantnummer\tNaam\n111222333\tJansen', hits: [], why: 'column header names another number' },
    { text: 'BSN 12345672 (zonder nul)', hits: [], why: '8 digits need a BSN column header' },
    { text: 'Factuur 2024-111222333-01', hits: [], why: 'part of a longer code' },
    { text: 'BSN: 000000000', hits: [], why: 'all zeros' },
  ];
