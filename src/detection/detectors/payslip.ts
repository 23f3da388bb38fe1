/**
 * Payslips and salary specifications: several payslip terms together, with amounts written next to
 * them as on a form ("Brutoloon  € 3.250,00"). One word in passing, a job ad or economic news is not one.
 */
import type { Confidence } from '../../model/finding';
import type { Detector, Hit } from '../detector';
import type { PreparedText, WordHit } from '../text/prepared';
import { clusterHits, distinctWords } from '../text/clusters';
import { salaryRuns } from '../text/salary-table';
import { wordList } from '../word-list';

const ID = 'payslip' as const;
/** Terms of one payslip lie within this many characters of each other. */
const GAP = 600;

/** Terms that (nearly) only occur on a payslip or annual statement. */
const STRONG = wordList(
  'loonstrook|salarisstrook|salarisspecificatie|loonspecificatie|jaaropgaaf|jaaropgave|brutoloon|bruto loon|nettoloon|' +
  'netto loon|loonheffing|heffingskorting|loonheffingskorting|netto uit te betalen|uit te betalen|sv-loon|' +
  'loon voor de loonheffing|payslip|pay slip|gross pay|net pay|wage tax|salary slip|bijzonder tarief|tabelloon|' +
  'werknemersverzekeringen|' +
  // What payroll software calls its run over all employees (loonjournaal: the Belastingdienst's
  // name for the payroll record an employer keeps per period).
  'loonjournaal|salarisjournaal|salarisrun|loonrun|payroll register|payroll journal',
);
const WEAK = wordList(
  'werkgever|werknemer|personeelsnummer|periode|loonperiode|pensioenpremie|pensioen|vakantiegeld|vakantietoeslag|uurloon|' +
  'salaris|bruto|netto|zvw|employer|employee|employee number|pay period|pension contribution|holiday pay|income tax|gross|' +
  'gross salary|net salary|payroll tax|salary',
);

/** An amount right after the term, as on a form: "Brutoloon: € 3.250,00", "Loonheffing\t-512,00". */
const LABELLED_AMOUNT = /^[ \t:=]*(?:€|EUR|eur)?[ \t]*-?[0-9][0-9.]*(?:,[0-9]{2})?/;

function labelled(text: PreparedText, h: WordHit): boolean {
  return LABELLED_AMOUNT.test(text.text.substr(h.end, 24));
}

/** A person's name in a line: two capitalised words, with a Dutch infix between them. */
const NAME_IN_ROW = /(?:^|[^A-Za-zÀ-ÿ])[A-Z][a-zà-ÿ'-]+ (?:(?:van der|van den|van de|van|de|der|den|ter|ten|te|el) )?[A-ZÀ-Þ][a-zà-ÿ'-]+/;
/** Amounts with cents: 3.250,00 (Dutch) or 3,250.00 (English), or without thousands separator (3250,00, 3250.00). */
const AMOUNTS = /(?:^|[^0-9.,])-?(?:[0-9]{1,3}(?:\.[0-9]{3})*,[0-9]{2}|[0-9]{1,3}(?:,[0-9]{3})*\.[0-9]{2}|[0-9]{4,6}[.,][0-9]{2})(?![0-9])/g;

/**
 * A salary run laid out as aligned text or a PDF table (no tabs to read columns by): a line with
 * two or more payslip terms (its header), then rows that each hold a name and two or more amounts.
 */
function alignedSalaryRun(text: PreparedText, cluster: WordHit[]): boolean {
  const t = text.text;
  for (let i = 0; i + 1 < cluster.length; i++) {
    const { end } = text.line(cluster[i].start);
    // A header line: another term on the same line.
    if (cluster[i + 1].start >= end || cluster[i + 1].word === cluster[i].word) continue;
    let rows = 0;
    let pos = end;
    for (let n = 0; n < 16 && pos < t.length && rows < 2; n++) {
      let next = t.indexOf('\n', pos + 1);
      if (next < 0) next = t.length;
      const row = t.slice(pos + 1, Math.min(next, pos + 1 + 1024));
      const amounts = row.match(AMOUNTS);
      if (amounts && amounts.length >= 2 && NAME_IN_ROW.test(row)) rows++;
      pos = next;
    }
    if (rows >= 2) return true;
    // The rest of this line's terms belong to the same header.
    while (i + 1 < cluster.length && cluster[i + 1].start < end) i++;
  }
  return false;
}

function find(text: PreparedText): Hit[] {
  const hits: Hit[] = [];
  // A salary run (a row per person, amounts under wage headers) is a payslip per row: evidence by
  // its structure, with or without payslip words around it.
  const terms = text.hits(ID, 'term');
  const runs = salaryRuns(text, terms);
  for (const run of runs) {
    hits.push({ start: run.start, end: run.end, confidence: 'high', evidence: { kind: 'terms', terms: run.headers.slice(0, 5) } });
  }
  for (const cluster of clusterHits(terms, GAP)) {
    // The header words of a salary run found above.
    if (runs.some((r) => cluster[0].start >= r.start && cluster[0].start < r.end)) continue;
    const words = distinctWords(cluster);
    if (words.length >= 2 && alignedSalaryRun(text, cluster)) {
      hits.push({ start: cluster[0].start, end: cluster[cluster.length - 1].end, confidence: 'high', evidence: { kind: 'terms', terms: words.slice(0, 5) } });
      continue;
    }
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
    nl: { name: 'Loonstrook of salarisgegevens' },
    en: { name: 'Payslip or salary details' },
  },
  words: { terms: STRONG.concat(WEAK), context: [], negative: [] },
  find,
};
