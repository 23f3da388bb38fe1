/** Sample messages that load in one click. Attachment files are copied into dist/samples/ by webpack. */

export interface SampleMessage {
  id: string;
  title: string;
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  /** File names under samples/ (see src/preview/samples/make-samples.mjs). */
  attachments: { file: string; contentType: string }[];
}

/** The user the preview pretends to be: gives the internal domain. */
export const PREVIEW_USER = { name: 'Jolien Bakker', address: 'j.bakker@gemeente-voorbeeld.nl' };

const parents = [
  'fam.jansen', 'r.dekker76', 'sanne.visser', 'mo.elamrani', 'p.vandijk', 'lisa.smit', 'bram.mulder',
  'de.boer.thuis', 'y.yilmaz', 'k.peters', 'anouk.hendriks', 'tim.vos', 'e.bos', 'n.meijer', 'j.degroot',
].map((name, i) => `${name}@${['gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl', 'kpnmail.nl'][i % 5]}`);

export const SAMPLES: SampleMessage[] = [
  {
    id: 'payslip',
    title: 'Payslip PDF',
    to: ['a.devries@gmail.com'],
    cc: [],
    subject: 'Je loonstrook van maart',
    body: 'Hoi Anna,\n\nHierbij je loonstrook van maart.\n\nGroet,\nJolien\nSalarisadministratie',
    attachments: [{ file: 'loonstrook-maart-2026.pdf', contentType: 'application/pdf' }],
  },
  {
    id: 'bsn-list',
    title: 'BSN list (CSV)',
    to: ['administratie@salarisbureau-extern.nl'],
    cc: [],
    subject: 'Medewerkerslijst voor de loonadministratie',
    body: 'Goedemorgen,\n\nIn de bijlage de lijst met nieuwe medewerkers en hun BSN voor de aanmelding.\n\nMet vriendelijke groet,\nJolien Bakker',
    attachments: [{ file: 'medewerkers-bsn.csv', contentType: 'text/csv' }],
  },
  {
    id: 'parents',
    title: "Parents' mailing in Cc",
    to: [PREVIEW_USER.address],
    cc: parents,
    subject: 'Informatieavond groep 7 op 12 maart',
    body: 'Beste ouders en verzorgers,\n\nOp donderdag 12 maart is de informatieavond van groep 7, om 19.30 uur in het speellokaal.\n\nHartelijke groet,\nJolien Bakker',
    attachments: [],
  },
  {
    id: 'clean',
    title: 'Clean note',
    to: ['m.devries@gemeente-voorbeeld.nl'],
    cc: [],
    subject: 'Lunch vrijdag',
    body: 'Hoi Marieke,\n\nZullen we vrijdag om half één samen lunchen?\n\nJolien',
    attachments: [],
  },
];
