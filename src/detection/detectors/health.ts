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
import { wordList } from '../word-list';

const ID = 'health' as const;
const GAP = 300;
/** A person reference this close to a term ties the term to that person. */
const TIE = 100;

const TERMS = wordList(
  'diagnose|gediagnosticeerd|ziekmelding|ziek gemeld|ziekgemeld|ziekteverzuim|verzuimdossier|bedrijfsarts|arbo-arts|' +
  'arboarts|medicatie|medicijnen|behandelplan|behandeling|behandelaar|huisarts|psycholoog|psychiater|ziekenhuisopname|' +
  'opgenomen|burn-out|burnout|depressie|chemotherapie|chemo|zwangerschap|zwanger|operatie|re-integratie|reintegratie|' +
  'arbeidsongeschikt|hersteld gemeld|herstelmelding|fysiotherapie|diabetes|kanker|hartinfarct|medisch dossier|' +
  'medische gegevens|indicatie|zorgplan|diagnosis|diagnosed|sick leave|medication|treatment plan|occupational physician|' +
  'medical record|zwangerschapsverlof|koorts|griep|migraine|hernia|' +
  // Conditions as care and school records name them (titles of the NHG-standaarden for GPs, DSM-5 classes
  // in their Dutch names, and the school and sports-club kinds: dyslexie, astma, allergie). Dutch glues
  // words together, so the common compounds are listed as they are written.
  'stoornis|angststoornis|eetstoornis|persoonlijkheidsstoornis|alcoholgebruiksstoornis|middelengebruiksstoornis|' +
  'gebruiksstoornis|depressieve stoornis|bipolaire stoornis|stressstoornis|posttraumatische stressstoornis|ptss|psychose|' +
  'schizofrenie|verslaving|alcoholverslaving|angstklachten|paniekaanvallen|suïcidaal|suicidaal|zelfbeschadiging|anorexia|' +
  'boulimia|adhd|autisme|autismespectrumstoornis|dyslexie|dyscalculie|faalangst|epilepsie|epileptisch|astma|copd|cva|tia|' +
  'herseninfarct|hersenbloeding|beroerte|hemiparese|dementie|alzheimer|parkinson|multiple sclerose|hiv|hepatitis|reuma|' +
  'artrose|allergie|allergisch|notenallergie|pinda-allergie|pinda allergie|insuline|hartfalen|borstkanker|longkanker|' +
  'darmkanker|tumor|leukemie|fractuur|kruisband|miskraam|zwangerschapsdiabetes|medicatieoverzicht|herhaalrecept|' +
  'verwijsbrief|labuitslag|bloeduitslag|anamnese|voorgeschiedenis|ontslagbrief|revalidatie|ggz-behandeling|asthma|epilepsy|' +
  'seizure|seizures|diabetic|depression|anxiety disorder|cancer|stroke|dementia|autism|dyslexia|allergy|allergic|surgery|' +
  'hospitalised|hospitalized|pregnant|pregnancy|blood results|lab results|prescription|prescribed|sick note|fit note|' +
  'torn acl|fracture|rehabilitation|mental health|burnout',
);
/** Professions: alone on a line (a signature, "GZ-psycholoog") they name the writer's job, not anyone's health. */
const PROFESSIONS = wordList('psycholoog|psychiater|huisarts|bedrijfsarts|arbo-arts|arboarts|behandelaar|occupational physician');
/** Person references that tie health data to someone specific. */
const ROLES = wordList(
  'patiënt|patient|cliënt|client|medewerker|werknemer|collega|leerling|dhr|dhr.|mevr|mevr.|mevrouw|meneer|de heer|' +
  'geboortedatum|bsn|employee|mr|mrs|' +
  // The person a municipality's or a housing file is about.
  'aanvrager|aanvraagster|bewoner|bewoonster|applicant|resident',
);
const PRONOUNS = wordList('hij|haar|hem|ik|mijn|me|mij|he|she|his|her|him|my');
/**
 * "je", "your": general advice ("heb je koorts, ...") unless the mail is written to one named person
 * ("Beste Wilma," ... "je medicatie").
 */
const SECOND_PERSON = ['je', 'jij', 'jouw', 'you', 'your'];
const SALUTATION = /(?:^|\n)[ \t>]*(?:[Bb]este|[Hh]oi|[Hh]allo|[Hh]ai|[Dd]ag|[Ll]ieve|[Gg]eachte|[Dd]ear|[Hh]i|[Hh]ello)[ \t]+(?:[Mm]evrouw |[Mm]eneer |[Hh]eer |[Mm]w\.? |[Dd]hr\.? |M[rs]s?\.? )?[A-Z][a-zà-ÿ]+[ \t]*[,\n]/;
/** Words of news and research: conditions in general, about no one. */
const NEWS = wordList('onderzoek|onderzoekers|studie|rivm|ggd|cbs|nieuws|landelijk|wereldwijd|procent|aantal|steeds meer|research|study');

/** "Jan de Vries", "Fatima El Amrani": two capitalised words, optionally with a Dutch infix. */
const NAME = /(?:^|[^A-Za-zÀ-ÿ])([A-Z][a-zà-ÿ]+)(?: (?:van der|van den|van de|van|de|der|den|ter|ten|te|el|in 't))? [A-Z][a-zà-ÿ]+/g;
const NOT_FIRST_NAMES = wordList(
  'De|Het|Een|Dit|Deze|Die|Dat|Wij|We|Ik|Zij|Hij|Onze|Uw|Beste|Geachte|Met|Voor|Van|In|Op|Bij|Na|Nieuwe|Volgens|The|Dear|' +
  'Hi|Hallo|Goedemorgen|Vriendelijke|Graag|Ook|Als|Maar|En',
);

function hasName(t: string, start: number, end: number): boolean {
  const slice = t.slice(Math.max(0, start), Math.min(t.length, end));
  NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME.exec(slice)) !== null) {
    if (NOT_FIRST_NAMES.indexOf(m[1]) < 0) return true;
  }
  return false;
}

/**
 * Term hits that do not speak of anyone's health: "in behandeling" (an application being dealt with)
 * and a profession alone on its line (the writer's title in a signature).
 */
function aboutHealth(text: PreparedText, h: { start: number; end: number; word: string }): boolean {
  const t = text.text;
  if (h.word === 'behandeling' && /(?:^|[^a-z])in\s+$/i.test(t.slice(Math.max(0, h.start - 4), h.start))) return false;
  if (PROFESSIONS.indexOf(h.word) >= 0) {
    const { start, end } = text.line(h.start);
    const line = t.slice(start, end).trim();
    if (line.length <= 40 && !/[:\t]/.test(line) && line.split(/\s+/).length <= 3) return false;
  }
  return true;
}

/** A closing line ("Groet,", "Met vriendelijke groet", "Kind regards"): below it stands the writer, not the person written about. */
const CLOSING =
  /\n[ \t>]*(?:met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|groet(?:en|jes)?|mvg|m\.v\.g\.|gr\.|kind regards|best regards|regards|best wishes)[ \t]*[,.!]?[ \t]*\r?\n/gi;

/** Where the text about the term ends: the next closing line, or the normal reach. */
function tieEnd(t: string, end: number): number {
  CLOSING.lastIndex = 0;
  const m = CLOSING.exec(t.slice(end, end + TIE + 40));
  return m && m.index < TIE ? end + m.index : end + TIE;
}

function find(text: PreparedText): Hit[] {
  const hits: Hit[] = [];
  const t = text.text;
  const terms = text.hits(ID, 'term').filter((h) => aboutHealth(text, h));
  for (const cluster of clusterHits(terms, GAP)) {
    const start = cluster[0].start;
    const end = cluster[cluster.length - 1].end;
    let role = false;
    let pronoun = false;
    // The signature below a closing line names the writer: their name and job tie nothing to anyone.
    const reach = tieEnd(t, end);
    for (const p of text.wordsNear(ID, start, end, TIE)) {
      if (p.role !== 'context' || p.start >= reach) continue;
      if (ROLES.indexOf(p.word) >= 0) role = true;
      else if (SECOND_PERSON.indexOf(p.word) < 0) pronoun = true;
      else if (!pronoun) pronoun = SALUTATION.test(t.slice(Math.max(0, start - 1500), start));
    }
    const name = !role && hasName(t, start - TIE, reach);
    const words = distinctWords(cluster);
    let confidence: Confidence | null = null;
    if (role) confidence = 'high';
    else if (name || pronoun) confidence = words.length >= 2 ? 'high' : 'medium';
    // Fields of a record ("Diagnose: …", "Medicatie: …") are about the person the record is of,
    // also when the name stands elsewhere (another slide, the page before).
    else if (words.length >= 2 && cluster.filter((h) => /^[ \t]*:[ \t]*[^\s]/.test(t.substr(h.end, 6))).length >= 2) confidence = 'medium';
    if (confidence && text.nearby(ID, start, end, NEAR).negative <= NEAR) confidence = lower(confidence);
    if (confidence) hits.push({ start, end, confidence, evidence: { kind: 'terms', terms: words.slice(0, 5) } });
  }
  return hits;
}

export const health: Detector = {
  id: ID,
  gate: 'terms',
  texts: {
    nl: { name: 'Gezondheidsgegevens' },
    en: { name: 'Health data' },
  },
  words: { terms: TERMS, context: ROLES.concat(PRONOUNS, SECOND_PERSON), negative: NEWS },
  find,
};
