/**
 * Health data about a person: a health term (diagnose, ziekmelding, bedrijfsarts, medicatie, …) tied
 * to someone: a role word (patiënt, medewerker), a title (dhr., mevrouw), a name or a pronoun.
 * Health news names conditions but no one in particular.
 */
import type { Confidence } from '../../model/finding';
import type { Detector, Hit } from '../detector';
import type { PreparedText } from '../text/prepared';
import { clusterHits, distinctWords } from '../text/clusters';
import { lower, NEAR } from '../confidence';

const ID = 'health' as const;
const GAP = 300;
/** A person reference this close to a term ties the term to that person. */
const TIE = 100;

const TERMS = [
  'diagnose', 'gediagnosticeerd', 'ziekmelding', 'ziek gemeld', 'ziekgemeld', 'ziekteverzuim', 'verzuimdossier', 'bedrijfsarts', 'arbo-arts',
  'arboarts', 'medicatie', 'medicijnen', 'behandelplan', 'behandeling', 'behandelaar', 'huisarts', 'psycholoog', 'psychiater',
  'ziekenhuisopname', 'opgenomen', 'burn-out', 'burnout', 'depressie', 'chemotherapie', 'chemo', 'zwangerschap', 'zwanger', 'operatie',
  're-integratie', 'reintegratie', 'arbeidsongeschikt', 'hersteld gemeld', 'herstelmelding', 'fysiotherapie', 'diabetes', 'kanker',
  'hartinfarct', 'medisch dossier', 'medische gegevens', 'indicatie', 'zorgplan', 'diagnosis', 'diagnosed', 'sick leave', 'medication',
  'treatment plan', 'occupational physician', 'medical record', 'zwangerschapsverlof', 'koorts', 'griep', 'migraine', 'hernia',
];
/** Person references that tie health data to someone specific. */
const ROLES = [
  'patiënt', 'patient', 'cliënt', 'client', 'medewerker', 'werknemer', 'collega', 'leerling', 'dhr', 'dhr.', 'mevr', 'mevr.', 'mevrouw',
  'meneer', 'de heer', 'geboortedatum', 'bsn', 'employee', 'mr', 'mrs',
];
const PRONOUNS = ['hij', 'haar', 'hem', 'ik', 'mijn', 'me', 'mij', 'he', 'she', 'his', 'her', 'him', 'my'];
/** Words of news and research: conditions in general, about no one. */
const NEWS = ['onderzoek', 'onderzoekers', 'studie', 'rivm', 'ggd', 'cbs', 'nieuws', 'landelijk', 'wereldwijd', 'procent', 'aantal', 'steeds meer', 'research', 'study'];

/** "Jan de Vries", "Fatima El Amrani": two capitalised words, optionally with a Dutch infix. */
const NAME = /(?:^|[^A-Za-zÀ-ÿ])([A-Z][a-zà-ÿ]+)(?: (?:van der|van den|van de|van|de|der|den|ter|ten|te|el|in 't))? [A-Z][a-zà-ÿ]+/g;
const NOT_FIRST_NAMES = ['De', 'Het', 'Een', 'Dit', 'Deze', 'Die', 'Dat', 'Wij', 'We', 'Ik', 'Zij', 'Hij', 'Onze', 'Uw', 'Beste', 'Geachte', 'Met', 'Voor', 'Van', 'In', 'Op', 'Bij', 'Na', 'Nieuwe', 'Volgens', 'The', 'Dear', 'Hi', 'Hallo', 'Goedemorgen', 'Vriendelijke', 'Graag', 'Ook', 'Als', 'Maar', 'En'];

function hasName(t: string, start: number, end: number): boolean {
  const slice = t.slice(Math.max(0, start), Math.min(t.length, end));
  NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME.exec(slice)) !== null) {
    if (NOT_FIRST_NAMES.indexOf(m[1]) < 0) return true;
  }
  return false;
}

function find(text: PreparedText): Hit[] {
  const hits: Hit[] = [];
  const t = text.text;
  for (const cluster of clusterHits(text.hits(ID, 'term'), GAP)) {
    const start = cluster[0].start;
    const end = cluster[cluster.length - 1].end;
    let role = false;
    let pronoun = false;
    for (const p of text.wordsNear(ID, start, end, TIE)) {
      if (p.role !== 'context') continue;
      if (ROLES.indexOf(p.word) >= 0) role = true;
      else pronoun = true;
    }
    const name = !role && hasName(t, start - TIE, end + TIE);
    const words = distinctWords(cluster);
    let confidence: Confidence | null = null;
    if (role) confidence = 'high';
    else if (name || pronoun) confidence = words.length >= 2 ? 'high' : 'medium';
    if (confidence && text.nearby(ID, start, end, NEAR).negative <= NEAR) confidence = lower(confidence);
    if (confidence) hits.push({ start, end, confidence, evidence: { kind: 'terms', terms: words.slice(0, 5) } });
  }
  return hits;
}

export const health: Detector = {
  id: ID,
  gate: 'terms',
  texts: {
    nl: {
      name: 'Gezondheidsgegevens',
      summary: ({ count }) => (count === 1 ? 'Gezondheidsgegevens over een persoon gevonden' : count + ' keer gezondheidsgegevens over personen gevonden'),
      why: 'Gegevens over iemands gezondheid zijn bijzondere persoonsgegevens (AVG artikel 9): ze mogen alleen met een wettelijke grondslag gedeeld worden.',
    },
    en: {
      name: 'Health data',
      summary: ({ count }) => (count === 1 ? 'Health data about a person found' : count + ' passages with health data about people found'),
      why: "Data about someone's health is a special category of personal data (GDPR article 9): it may only be shared with a legal basis.",
    },
  },
  words: { terms: TERMS, context: ROLES.concat(PRONOUNS), negative: NEWS },
  find,
  examples: [
    { text: 'Medewerker P. Jansen heeft zich ziek gemeld; de bedrijfsarts ziet hem volgende week.', hits: [{ confidence: 'high', evidence: 'ziek gemeld, bedrijfsarts' }] },
    { text: 'Patiënt: mevr. de Boer. Diagnose: diabetes type 2, medicatie aangepast.', hits: [{ confidence: 'high' }] },
    { text: 'Hij gebruikt sinds maart nieuwe medicatie.', hits: [{ confidence: 'medium', evidence: 'medicatie' }] },
    { text: 'Het RIVM meldt dat het aantal ziekmeldingen door griep landelijk stijgt.', hits: [], why: 'news about no one (plural, no person)' },
    { text: 'Nieuwe medicatie tegen migraine: onderzoekers zien goede resultaten.', hits: [], why: 'health news' },
    { text: 'De kantine is dicht wegens een operatie aan de leidingen.', hits: [], why: 'a term about no one' },
  ],
};
