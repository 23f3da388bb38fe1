/** The true and false examples of detectors/personal-list.ts: run by its table test, kept out of the handler bundle. */
import type { DetectorExample } from '../detector';

export const examples: readonly DetectorExample[] = [
    {
      text:
        'Naam\tE-mail\tGeboortedatum\n' +
        'Jan de Vries\tjan@example.nl\t12-03-1985\n' +
        'Fatima El Amrani\tfatima@example.nl\t01-07-1990\n' +
        'Piet Jansen\tpiet@example.nl\t23-11-1978\n' +
        'Anna Bakker\tanna@example.nl\t05-05-2001\n' +
        'Kees Visser\tkees@example.nl\t30-09-1969\n',
      hits: [{ confidence: 'high', evidence: '5 × (e-mail, geb.datum)' }],
    },
    {
      text: 'Jan de Vries - 06-12345678\nPiet Jansen - 06-23456789\nAnna Bakker - 06-34567890\nKees Visser - 06-45678901\nEva Smit - 06-56789012\n',
      hits: [{ confidence: 'low', evidence: '5 × (tel)' }],
      why: 'names with phone numbers only: a contact list',
    },
    {
      text: 'Naam\tToestel\tGSM\nJan de Vries\t201\t612345610\nPiet Jansen\t202\t0623456789\nAnna Bakker\t203\t634567809\nKees Visser\t204\t0645678901\nEva Smit\t205\t656789013\n',
      hits: [{ confidence: 'low', evidence: '5 × (tel)' }],
      why: 'mobile numbers whose leading zero a spreadsheet dropped pass the elfproef, but all start with 6',
    },
    {
      text: 'Jan de Vries - 06-12345678\nPiet Jansen - 06-23456789\nAnna Bakker - 06-34567890\nKees Visser - 06-45678901\n',
      hits: [],
      why: 'four rows are below the default of five',
    },
    {
      text:
        'Kind\tGeboortedatum\tAllergie\n' +
        'Sem de Bruin\t04-02-2022\tnotenallergie\n' +
        'Lina Peeters\t19-08-2023\tgeen\n' +
        'Ravi Jagroep\t02-11-2021\tastma\n' +
        'Zoë van Vliet\t30-06-2022\tgeen\n' +
        'Mats Hoogland\t12-12-2023\tlactose\n',
      hits: [{ confidence: 'high', evidence: '5 × (geb.datum, gezondheid)' }],
      why: "recent dates of birth under their header, children's conditions",
    },
    {
      text:
        'Nr Naam\tIBAN\tBedrag\n' +
        '11 Sem de Bruin\tNL91ABNA04\t€ 12,00\n\t17164300\n' +
        '12 Mats\tNL91ABNA04\t€ 8,50\nHoogland\t17164300\n' +
        '13 Lina Peeters\tNL91ABNA04\t€ 12,00\n\t17164300\n' +
        '14 Ravi Jagroep\tNL91ABNA04\t€ 3,00\n\t17164300\n' +
        '15 Zoë van Vliet\tNL91ABNA04\t€ 12,00\n\t17164300\n',
      hits: [{ confidence: 'high', evidence: '5 × (IBAN)' }],
      why: 'a PDF table: member numbers before the names, a name and the IBANs wrapped onto the next line',
    },
    {
      text: 'Rooster\tDatum\tDienst\nJan de Vries\t03-02-2025\tvroeg\nPiet Jansen\t04-02-2025\tlaat\nAnna Bakker\t05-02-2025\tvroeg\nKees Visser\t06-02-2025\tnacht\nEva Smit\t07-02-2025\tvroeg\n',
      hits: [],
      why: 'a roster: recent dates under a date header are not dates of birth',
    },
    {
      text: 'Vergaderingen:\n12-03-2025 overleg\n13-03-2025 overleg\n14-03-2025 overleg\n15-03-2025 overleg\n16-03-2025 overleg\n',
      hits: [],
      why: 'dates without names',
    },
  ];
