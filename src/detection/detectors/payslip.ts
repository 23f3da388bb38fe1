/**
 * Payslips and salary specifications: several payslip terms together, with amounts written next to
 * them as on a form ("Brutoloon  € 3.250,00"). One word in passing, a job ad or economic news is not one.
 */
import type { Confidence } from '../../model/finding';
import type { Detector, Hit } from '../detector';
import type { PreparedText, WordHit } from '../text/prepared';
import { clusterHits, distinctWords } from '../text/clusters';

const ID = 'payslip' as const;
/** Terms of one payslip lie within this many characters of each other. */
const GAP = 600;

/** Terms that (nearly) only occur on a payslip or annual statement. */
const STRONG = [
  'loonstrook', 'salarisstrook', 'salarisspecificatie', 'loonspecificatie', 'jaaropgaaf', 'jaaropgave', 'brutoloon', 'bruto loon',
  'nettoloon', 'netto loon', 'loonheffing', 'heffingskorting', 'loonheffingskorting', 'netto uit te betalen', 'uit te betalen',
  'sv-loon', 'loon voor de loonheffing', 'payslip', 'pay slip', 'gross pay', 'net pay', 'wage tax', 'salary slip', 'bijzonder tarief',
  'tabelloon', 'werknemersverzekeringen',
];
const WEAK = [
  'werkgever', 'werknemer', 'personeelsnummer', 'periode', 'loonperiode', 'pensioenpremie', 'pensioen', 'vakantiegeld', 'vakantietoeslag',
  'uurloon', 'salaris', 'bruto', 'netto', 'zvw', 'employer', 'employee', 'employee number', 'pay period', 'pension contribution',
  'holiday pay', 'income tax',
];

/** An amount right after the term, as on a form: "Brutoloon: € 3.250,00", "Loonheffing\t-512,00". */
const LABELLED_AMOUNT = /^[ \t:=]*(?:€|EUR|eur)?[ \t]*-?[0-9][0-9.]*(?:,[0-9]{2})?/;

function labelled(text: PreparedText, h: WordHit): boolean {
  return LABELLED_AMOUNT.test(text.text.substr(h.end, 24));
}

function find(text: PreparedText): Hit[] {
  const hits: Hit[] = [];
  for (const cluster of clusterHits(text.hits(ID, 'term'), GAP)) {
    const words = distinctWords(cluster);
    if (words.length < 3) continue;
    const strong = words.filter((w) => STRONG.indexOf(w) >= 0).length;
    let amounts = 0;
    for (const h of cluster) if (labelled(text, h)) amounts++;
    let confidence: Confidence | null = null;
    if (strong >= 1 && words.length >= 4 && amounts >= 2) confidence = 'high';
    else if (strong >= 1 && amounts >= 1) confidence = 'medium';
    else if (strong >= 2) confidence = 'low';
    if (!confidence) continue;
    hits.push({ start: cluster[0].start, end: cluster[cluster.length - 1].end, confidence, evidence: { kind: 'terms', terms: words.slice(0, 5) } });
  }
  return hits;
}

export const payslip: Detector = {
  id: ID,
  gate: 'terms',
  texts: {
    nl: {
      name: 'Loonstrook of salarisgegevens',
      summary: ({ count }) => (count === 1 ? 'Een loonstrook of salarisspecificatie gevonden' : count + ' loonstroken of salarisspecificaties gevonden'),
      why: 'Een loonstrook bevat inkomen, BSN en rekeningnummer van een werknemer: gevoelige financiële gegevens die alleen de werknemer en de salarisadministratie horen te zien.',
    },
    en: {
      name: 'Payslip or salary details',
      summary: ({ count }) => (count === 1 ? 'A payslip or salary specification found' : count + ' payslips or salary specifications found'),
      why: "A payslip holds an employee's income, BSN and bank account: sensitive financial data meant only for the employee and payroll.",
    },
  },
  words: { terms: STRONG.concat(WEAK), context: [], negative: [] },
  find,
  examples: [
    {
      text: 'Salarisspecificatie maart 2024\nWerknemer: J. de Vries\tPersoneelsnummer: 10234\nBrutoloon\t€ 3.250,00\nLoonheffing\t-612,40\nPensioenpremie\t-145,20\nNettoloon\t€ 2.492,40',
      hits: [{ confidence: 'high', evidence: 'salarisspecificatie, werknemer, personeelsnummer, brutoloon, loonheffing' }],
    },
    { text: 'Loonstrook: brutoloon € 2.100,00, werkgever Acme BV.', hits: [{ confidence: 'medium', evidence: 'loonstrook, brutoloon, werkgever' }] },
    { text: 'Bijgaand je loonstrook van maart.', hits: [], why: 'one word in passing' },
    {
      text: 'Vacature: administratief medewerker. Wij bieden een brutoloon tussen € 2.800 en € 3.400, een goede pensioenregeling en een werkgever die in je investeert.',
      hits: [],
      why: 'a job ad',
    },
    {
      text: 'Het kabinet verlaagt volgend jaar de loonheffing. Door de hogere heffingskorting houden werknemers netto meer over, zegt het CPB; werkgevers betalen minder premie.',
      hits: [{ confidence: 'low' }],
      why: 'economic news: terms but no amounts on a form, below the default threshold',
    },
  ],
};
