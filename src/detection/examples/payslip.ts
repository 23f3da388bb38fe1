/** The true and false examples of detectors/payslip.ts: run by its table test, kept out of the handler bundle. */
import type { DetectorExample } from '../detector';

export const examples: readonly DetectorExample[] = [
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
      text: 'Nr\tMedewerker\tBruto\tLoonheffing\tNetto\n101\tSaskia de Graaf\t3.410,00\t702,15\t2.707,85\n102\tOmar Haddou\t2.980,50\t540,10\t2.440,40',
      hits: [{ confidence: 'high', evidence: 'bruto, loonheffing, netto' }],
      why: 'a salary run: names and amounts under wage headers, no payslip word',
    },
    {
      text: 'Employee\tGross\tTax\tNet\nMark Ellis\t4100.00\t980.40\t3119.60\nPriya Shah\t3650.00\t812.00\t2838.00',
      hits: [{ confidence: 'high', evidence: 'gross, tax, net' }],
      why: 'the same in English',
    },
    {
      text: 'Overzicht juni\nNr   Naam              Bruto      Netto\n12   Saskia de Graaf   3.410,00   2.707,85\n14   Omar Haddou       2.980,50   2.440,40\n',
      hits: [{ confidence: 'high', evidence: 'bruto, netto' }],
      why: 'a salary run as aligned text',
    },
    {
      text: 'Afdeling\tBruto\tNetto\nFinanciën\t41.200,00\t30.100,00\nZorg\t88.410,00\t61.950,00',
      hits: [],
      why: 'salary costs per department: no person in a row',
    },
    {
      text: 'Het kabinet verlaagt volgend jaar de loonheffing. Door de hogere heffingskorting houden werknemers netto meer over, zegt het CPB; werkgevers betalen minder premie.',
      hits: [{ confidence: 'low' }],
      why: 'economic news: terms but no amounts on a form, below the default threshold',
    },
  ];
