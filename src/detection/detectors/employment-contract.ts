/**
 * Agreements between an employer and a named employee (arbeids-, oproep-, uitzend-, payroll-,
 * stage- and vaststellingsovereenkomst, addendum, studiekosten- and concurrentiebeding; employment
 * and settlement agreements), recognised as a document kind: the agreement's title or its parties,
 * a named person, and several clauses that only such an agreement has. A blank template, an
 * agreement between two companies, a job ad or cao news uses the words but names no employee.
 */
import type { Confidence } from '../../model/finding';
import type { Detector, Hit } from '../detector';
import type { PreparedText, WordHit } from '../text/prepared';
import { wordList } from '../word-list';

const ID = 'employment-contract' as const;

/**
 * Compounds as people also write them: "oproep-overeenkomst", "oproep overeenkomst"; and words
 * with a diaeresis without it ("beeindigingsovereenkomst").
 */
function variants(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const m = /^([a-z0-9-]{3,}?)(overeenkomst|contract|beding)$/.exec(w);
    const forms = m && m[1].charAt(m[1].length - 1) !== '-' ? [w, m[1] + '-' + m[2], m[1] + ' ' + m[2]] : [w];
    for (const f of forms) {
      out.push(f);
      if (f.indexOf('ë') >= 0) out.push(f.replace(/ë/g, 'e'));
    }
  }
  return out;
}

/**
 * Names of the agreement, as people write them (with and without hyphen or space, abbreviated).
 * Kinds: BW 7:610 (arbeidsovereenkomst), 7:628a (oproep/nulurenovereenkomst), 7:690 and 7:692
 * (uitzend- and payrollovereenkomst), 7:900 (vaststellingsovereenkomst), 7:653 (concurrentie- en
 * relatiebeding); cao-rijk.nl bijlage 4 (model-arbeidsovereenkomsten and addendum); English: the
 * employment contract and the settlement agreement (employmentlawyer.london, kervinandbarnes.co.uk).
 */
const TITLES = variants(
  wordList(
    'arbeidsovereenkomst|arbeidsovk|aok|arbeidscontract|oproepovereenkomst|oproepcontract|' +
    'nulurenovereenkomst|nulurencontract|nul-urencontract|0-urencontract|min-maxcontract|' +
    'min-maxovereenkomst|uitzendovereenkomst|uitzendcontract|payrollovereenkomst|stageovereenkomst|' +
    'stagecontract|vaststellingsovereenkomst|vso|beëindigingsovereenkomst|addendum|studiekostenbeding|' +
    'studiekostenovereenkomst|studieovereenkomst|concurrentiebeding|non-concurrentiebeding|' +
    'relatiebeding|aanstellingsbrief|arbeidsvoorwaardenbrief|wijziging arbeidsvoorwaarden|' +
    'employment agreement|employment contract|contract of employment|' +
    'statement of employment particulars|statement of main terms|terms and conditions of employment|' +
    'offer of employment|settlement agreement|compromise agreement|fixed-term contract|' +
    'zero hours contract|zero-hours contract|internship agreement',
  ),
);

/** The parties as the agreement names them (7:610: werkgever and werknemer; the model's "hierna te noemen"). */
const EMPLOYER = wordList('werkgever|werkgeefster|employer|uitzendonderneming|payrollwerkgever|stageverlener|stagegever');
const EMPLOYEE = wordList('werknemer|werkneemster|employee|uitzendkracht|oproepkracht|stagiair|stagiaire|payrollwerknemer');
const INTRO = wordList(
  'ondergetekenden|ondergetekende|hierna te noemen|hierna genoemd|the undersigned|partijen|komen overeen|' +
  'zijn overeengekomen|the parties|hereinafter|made between',
);

/**
 * Clauses of such an agreement, by group (a group counts once). The employment groups follow what
 * the employer must put in writing (BW 7:655 lid 1: function, start, duration, holiday, notice,
 * salary, working hours, pension, cao; wetboek-online.nl/wet/Burgerlijk Wetboek Boek 7/655) and the
 * Rijk's list of what a contract holds (p-direkt.nl, "Inhoud arbeidsovereenkomst": proeftijd,
 * pensioenregeling, cao), plus the proeftijd (7:652) and the study-cost and non-compete clauses.
 */
const EMPLOYMENT_GROUPS: Record<string, readonly string[]> = {
  function: wordList('functie|functieomschrijving|job title|employed as|aangesteld als|werkzaam als|in dienst als'),
  probation: wordList('proeftijd|proeftijdbeding|probationary|probation|trial period'),
  hours: wordList('arbeidsduur|uur per week|uren per week|werkweek|werktijden|fte|hours per week|working hours|hours of work|oproepbasis'),
  salary: wordList('maandsalaris|brutosalaris|salaris|salarisschaal|schaal|trede|uurloon|loon|salary|remuneration|per annum'),
  holiday: wordList(
    'vakantiedagen|vakantie-uren|vakantieuren|verlofuren|verlofdagen|vakantietoeslag|vakantiegeld|' +
    'vakantiebijslag|eindejaarsuitkering|holiday entitlement|annual leave|holiday pay|days holiday|paid holiday',
  ),
  cao: wordList('cao|collectieve arbeidsovereenkomst|personeelsreglement|collective agreement|collective labour agreement'),
  pension: wordList('pensioenregeling|pensioenfonds|pensioenreglement|pensioen|pension'),
  noncompete: wordList('concurrentiebeding|non-concurrentiebeding|relatiebeding|non-compete|non-solicitation|restrictive covenants'),
  /** The internship agreement's own clauses (hoorayhr.io and vbw.nu on what a stageovereenkomst holds). */
  internship: wordList('stagevergoeding|stagebegeleider|praktijkbegeleider|stageperiode|stageplan|loopt stage|stage lopen|leerdoelen'),
  study: wordList('studiekosten|studiekostenbeding|terugbetalingsregeling|opleidingskosten|study costs|training costs'),
  /**
   * Ending employment by mutual consent (7:900 and 7:670b): honoreadvocaten.nl and
   * ontslagadvocaat.nl list the usual clauses (einddatum, vrijstelling van werk, transitievergoeding,
   * getuigschrift, finale kwijting); the English settlement agreement (employmentlawyer.london).
   */
  settlement: variants(
    wordList(
      'transitievergoeding|finale kwijting|vrijstelling|vrijgesteld|wederzijds goedvinden|einde dienstverband|' +
        'einde van het dienstverband|beëindigingsdatum|ontslagvergoeding|getuigschrift|eindafrekening|bedenktermijn|' +
        'ww-uitkering|termination date|mutual consent|transition payment|released from work|garden leave|' +
        'final discharge|termination of employment|employment ends|payment in lieu|waiver|waives|full and final|' +
        'independent adviser|independent legal advice|relevant claims|severance|termination payment|agreed reference',
    ),
  ),
};
/** Clauses that other agreements have too (dates, notice, signatures): they support, they do not decide. */
const GENERIC_GROUPS: Record<string, readonly string[]> = {
  start: wordList('ingangsdatum|indiensttreding|in dienst|met ingang van|aanvangsdatum|commencement|commence|start date'),
  duration: wordList('bepaalde tijd|onbepaalde tijd|einddatum|van rechtswege|fixed term|indefinite period'),
  notice: wordList('opzegtermijn|opzegging|notice'),
  place: wordList('standplaats|plaats van tewerkstelling|werkplek|place of work|work location'),
  signature: wordList('in tweevoud|ondertekend|aldus overeengekomen|voor akkoord|handtekening|ondertekening|getekend|in duplicate|signed|signature'),
  confidentiality: wordList('geheimhouding|geheimhoudingsbeding|geheimhoudingsplicht|confidentiality'),
};

/** Agreements between companies and with freelancers: their parties are not employer and employee. */
const BUSINESS = wordList(
  'leverancier|afnemer|verwerker|verwerkersovereenkomst|verwerkingsverantwoordelijke|huurder|verhuurder|huurovereenkomst|' +
    'dienstverleningsovereenkomst|raamovereenkomst|geheimhoudingsovereenkomst|samenwerkingsovereenkomst|supplier|' +
    'processor|service provider|licensee|non-disclosure|service agreement',
);
const FREELANCE = wordList(
  'opdrachtnemer|opdrachtgever|overeenkomst van opdracht|opdrachtovereenkomst|freelanceovereenkomst|freelance|zzp|' +
    'uurtarief|modelovereenkomst|contractor|consultancy agreement',
);
/** Job ads and news use the clause words about no one in particular. */
const ABOUT_NO_ONE = wordList(
  'vacature|solliciteer|sollicitatie|solliciteren|wij bieden|wat bieden wij|wij vragen|vakbond|fnv|cnv|cao-akkoord|' +
    'onderhandelingen|loonsverhoging|procent|kabinet|minister|wetsvoorstel|vacancy|apply now|we offer|trade union|pay rise',
);

/**
 * A payslip or salary specification names werkgever, werknemer, functie and salary too, but it
 * reports one period's pay: without the agreement's own words it is no agreement.
 */
const PAY_STATEMENT = wordList(
  'loonstrook|salarisstrook|salarisspecificatie|loonspecificatie|jaaropgaaf|jaaropgave|loonheffing|nettoloon|' +
    'netto loon|netto salaris|uit te betalen|payslip|pay slip|wage tax|net pay|income tax|pay period',
);
/** Clause groups only an agreement has (a payslip shows salary, holiday pay and pension premium too). */
const AGREEMENT_ONLY = wordList('probation|noncompete|study|settlement|internship|duration|notice|signature');

/** Employees in general: a policy or news speaks of them in the plural, an agreement of one. */
const PLURALS = wordList('werknemers|medewerkers|arbeidsovereenkomsten|werkgevers|employees|employment contracts');

/** Words for one's employment that are no agreement's title: only with a letter to the person they concern. */
const WEAK_TITLES = wordList('contract|dienstverband|aanstelling|verlenging|your employment|je contract|uw contract');

const GROUP_OF = new Map<string, { group: string; specific: boolean }>();
for (const g of Object.keys(EMPLOYMENT_GROUPS)) for (const w of EMPLOYMENT_GROUPS[g]) GROUP_OF.set(w, { group: g, specific: true });
for (const g of Object.keys(GENERIC_GROUPS)) for (const w of GENERIC_GROUPS[g]) if (!GROUP_OF.has(w)) GROUP_OF.set(w, { group: g, specific: false });

/**
 * The words that open the gate, in the single pass over every text: the agreement's names and its
 * parties (rare words). The clause words are common ("functie", "loon", "notice"): they are read
 * only in a text whose gate opened, so they cost nothing on the rest.
 */
const GATE = TITLES.concat(EMPLOYER, EMPLOYEE, INTRO, FREELANCE, WEAK_TITLES);
const CLAUSE_WORDS = Array.from(GROUP_OF.keys())
  .concat(BUSINESS, ABOUT_NO_ONE, PLURALS, PAY_STATEMENT)
  .filter((w) => GATE.indexOf(w) < 0);

/** What each word is, as bits, so a hit costs one lookup. */
const IS_TITLE = 1;
const IS_EMPLOYER = 2;
const IS_EMPLOYEE = 4;
const IS_INTRO = 8;
const IS_BUSINESS = 16;
const IS_FREELANCE = 32;
const IS_ABOUT_NO_ONE = 64;
const IS_PLURAL = 128;
const IS_WEAK_TITLE = 256;
const IS_PAY_STATEMENT = 512;
const ROLE = new Map<string, number>();
const roles: Array<[readonly string[], number]> = [
  [TITLES, IS_TITLE], [EMPLOYER, IS_EMPLOYER], [EMPLOYEE, IS_EMPLOYEE], [INTRO, IS_INTRO], [BUSINESS, IS_BUSINESS],
  [FREELANCE, IS_FREELANCE], [ABOUT_NO_ONE, IS_ABOUT_NO_ONE], [PLURALS, IS_PLURAL], [WEAK_TITLES, IS_WEAK_TITLE],
  [PAY_STATEMENT, IS_PAY_STATEMENT],
];
for (const [words, bit] of roles) for (const w of words) ROLE.set(w, (ROLE.get(w) || 0) | bit);
/** An agreement has a few hundred of these words; a longer text is judged on its first ones. */
const MAX_HITS = 20000;
const MAX_ANCHORS = 200;

/**
 * A person as a party clause records one: born on a date, living at a place, a BSN. Only people
 * have these, and a template leaves them blank ("geboren op [datum]").
 */
const PERSON_FACT =
  /(?:[Gg]eboren\s{1,9}(?:op|te)[ \t]{0,9}:?\s{0,9}[0-9A-Z]|[Gg]eboortedatum[ \t]{0,9}:?\s{0,9}[0-9]|[Ww]onende(?:\s{1,9}te)?[ \t]{0,9}:?\s{0,9}[0-9A-Z]|[Ww]oonachtig\s{1,9}(?:te|aan)[ \t]{0,9}:?\s{0,9}[A-Z]|[Dd]ate of [Bb]irth[ \t]{0,9}:?\s{0,9}[0-9]|[Bb]orn\s{1,9}(?:on\s{1,9})?[0-9]|[Rr]esiding at[ \t]{0,9}:?\s{0,9}[0-9A-Z]|[A-Za-z] of [0-9]+[a-z]? [A-Z][a-z]+ (?:Street|Road|Lane|Avenue|Close|Way|Drive|Place|Court|Gardens)\b|\bBSN[ \t]{0,9}:?\s{0,9}[0-9]|[Bb]urgerservicenummer[ \t]{0,9}:?\s{0,9}[0-9])/;
/** A letter to the employee by name: "Beste Sanne,", "Dear Mr Evans,". */
const SALUTATION = /(?:^|\n)[ \t]*(?:Beste|Geachte|Hoi|Hallo|Dear|Hi)\s{1,9}(?:(?:heer|mevrouw|Mr|Mrs|Ms)\.?\s{1,9})?[A-Z][a-zà-ÿ'-]+/;
/** A first name (or initials) and a surname, after an optional title ("de heer J. de Vries", "Ms Grace Okafor"). */
const NAME =
  /(?:^|[^A-Za-zÀ-ÿ.[<{«])((?:(?:de heer|De heer|heer|[Mm]evrouw|[Dd]hr\.?|[Mm]evr\.?|[Mm]w\.?|Mr\.?|Mrs\.?|Ms\.?|Miss) +)?)((?:[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f'-]+|(?:[A-Z]\. ?){1,4}))(?: \([A-Z][a-zà-ÿ]+\))? ?(?:(?:van der|van den|van de|van|de|der|den|ter|ten|te|el|in 't|Van|De|El) )?([A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f'-]+)(?![A-Za-zÀ-ÿ]*[\]>}»])/g;
/** Capitalised words that are not names in these documents. */
const NOT_NAMES = wordList(
  'de|het|een|dit|deze|die|dat|wij|ik|onze|uw|beste|geachte|met|voor|in|op|bij|na|naam|name|adres|address|' +
  'woonplaats|datum|date|plaats|artikel|article|the|this|agreement|overeenkomst|gemeente|stichting|school|' +
  'groep|group|and|en|of|van|to|te|bijlage|schedule|straat|street|road|postcode|limited|ltd|bv|nv|afdeling',
);
/** A company, not a person: "Acme B.V.", "Brightwater Ltd". */
const COMPANY_AFTER = /^[ ,]*(?:B\.? ?V\.?|N\.? ?V\.?|V\.O\.F|C\.V\.|Ltd|Limited|LLP|plc|PLC|Inc|GmbH|BV|NV)(?![A-Za-z])/;
/** The employer's representative signs for the company: that name is not the employee. */
const REPRESENTATIVE = /(?:vertegenwoordigd door|namens|represented by|on behalf of|behalf|directeur|director|manager|bestuurder)/i;

/**
 * A party defined in the agreement, as the model contracts write it: "hierna te noemen
 * 'werknemer'", "hierna: medewerker", '("the Employee")', 'hereinafter "the Company"'.
 */
const DEFINED_PARTY =
  /(?:hierna(?:\s{1,9}te\s{1,9}noemen|\s{1,9}genoemd)?|hereinafter(?:\s{1,9}referred\s{1,9}to\s{1,9}as|\s{1,9}called)?|\()[\s:,]{0,9}(?:de |het |the )?['"‘’“”]*(?:de |the )?(werkgever|werkgeefster|werknemer|werkneemster|medewerker|medewerkster|stagiair|stagiaire|uitzendkracht|oproepkracht|employer|employee|company|worker|executive)\b/gi;
const EMPLOYER_SIDE = wordList('werkgever|werkgeefster|employer|company');

/**
 * Blank spots of a template: "[naam werknemer]", "<functie>", "{{salaris}}", "«naam»", "€ ....",
 * a label followed by a line to fill in, "dd-mm-jjjj", "N.N.", "XXX".
 */
const PLACEHOLDER =
  /\[[^\]\n0-9][^\]\n]{0,60}\]|<(?![^>\n]*[@/:])[A-Za-zÀ-ÿ][^<>\n]{1,40}>|\{\{[^}\n]{0,40}\}\}|\$\{[^}\n]{0,40}\}|«[^»\n]{1,40}»|(?:naam|name|geboren|geboortedatum|date of birth|adres|address|woonplaats|wonende te|residing at|functie|job title|salaris|salary|bsn|ingangsdatum|start date)[^\n_.…]{0,20}(?:_{3,}|\.{3,}|…)|€ ?(?:\.{3,}|…|_{3,}|[xX]{3,})|\b(?:dd|DD)[-/.](?:mm|MM)[-/.](?:jjjj|JJJJ|yyyy|YYYY)\b|\bN\.N\.|\bX{3,}\b/g;

/** How far before and after a party word a name still names that party. */
const BEFORE_PARTY = 300;
const AFTER_PARTY = 150;
/** The most placeholders a filled-in agreement keeps (a date left open); more make it a template. */
const TEMPLATE_PLACEHOLDERS = 2;
/** Texts longer than this are read for names and placeholders in their first part only. */
const READ_LIMIT = 200000;

function isNameLike(title: string, first: string, last: string, t: string, start: number, end: number): boolean {
  const f = first.toLowerCase().replace(/[. ]+$/, '');
  if (NOT_NAMES.indexOf(f) >= 0 || NOT_NAMES.indexOf(last.toLowerCase()) >= 0) return false;
  // Words of the agreement itself ("Functie Werknemer", "Proeftijd Salaris") are not names either.
  const known = (x: string) => ROLE.has(x) || GROUP_OF.has(x);
  if (known(last.toLowerCase()) || (!title && known(f))) return false;
  if (COMPANY_AFTER.test(t.substr(end, 12))) return false;
  // The employer's representative ("vertegenwoordigd door de heer P. Smit, directeur") is not the employee.
  return !REPRESENTATIVE.test(t.slice(Math.max(0, start - 40), start)) && !REPRESENTATIVE.test(t.substr(end, 30));
}

/** A name within reach of an employee party word ("werknemer", "the Employee", "hierna: medewerker"). */
function nameNearParty(t: string, anchors: readonly number[]): boolean {
  let looked = 0;
  for (const at of anchors) {
    if (at > READ_LIMIT || ++looked > 40) break;
    const from = Math.max(0, at - BEFORE_PARTY);
    const slice = t.slice(from, Math.min(t.length, at + AFTER_PARTY));
    NAME.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NAME.exec(slice)) !== null) {
      const start = from + m.index + Math.max(0, m[0].indexOf(m[1] + m[2]));
      const end = from + m.index + m[0].length;
      if (isNameLike(m[1], m[2], m[3], t, start, end)) return true;
      NAME.lastIndex = m.index + 1;
    }
  }
  return false;
}

function countPlaceholders(t: string): number {
  PLACEHOLDER.lastIndex = 0;
  let n = 0;
  while (PLACEHOLDER.exec(t) !== null) if (++n > TEMPLATE_PLACEHOLDERS) break;
  return n;
}

/** What the finding shows: the agreement's name first, then one word per clause, then its parties. */
function evidenceWords(distinct: readonly string[]): string[] {
  const groups: string[] = [];
  const words: string[][] = [[], [], [], []];
  for (const w of distinct) {
    const g = GROUP_OF.get(w);
    const rank = (ROLE.get(w) || 0) & IS_TITLE ? 0 : g && g.specific ? 1 : g ? 3 : 2;
    if (g && groups.indexOf(g.group) >= 0) continue;
    if (g) groups.push(g.group);
    words[rank].push(w);
  }
  return words[0].concat(words[1], words[2], words[3]).slice(0, 6);
}

function find(text: PreparedText): Hit[] {
  // This detector's gate words (an admin's keyword is none of ours and is skipped below), then its
  // clause words in the part of the text that is read, in text order.
  const gate = text.hits(ID);
  if (gate.length === 0) return [];
  const limit = Math.min(text.text.length, READ_LIMIT);
  const all = gate.length > MAX_HITS ? gate.slice(0, MAX_HITS) : gate.slice();
  for (const w of text.wordsNear(ID, 0, limit, 0)) if (all.length < 2 * MAX_HITS) all.push(w);
  all.sort((a, b) => a.start - b.start);
  const anchors: number[] = [];
  let type = false;
  let weakType = false;
  let employer = false;
  let employee = false;
  let intro = false;
  let plural = 0;
  const payStatement: string[] = [];
  const business: string[] = [];
  const freelance: string[] = [];
  const freelanceAt: number[] = [];
  const aboutNoOne: string[] = [];
  const specific: string[] = [];
  const generic: string[] = [];
  const found: WordHit[] = [];
  const distinct: string[] = [];
  const add = (list: string[], w: string) => {
    if (list.indexOf(w) < 0) list.push(w);
  };
  const seen = new Map<string, boolean>();
  for (let k = 0; k < all.length; k++) {
    const h = all[k];
    const w = h.word;
    const role = ROLE.get(w) || 0;
    const g = GROUP_OF.get(w);
    if (role & IS_TITLE) type = true;
    if (role & IS_WEAK_TITLE) weakType = true;
    if (role & IS_EMPLOYER) employer = true;
    if (role & (IS_EMPLOYEE | IS_INTRO) && anchors.length < MAX_ANCHORS) anchors.push(h.start);
    if (role & IS_EMPLOYEE) employee = true;
    if (role & IS_INTRO) intro = true;
    if (g) add(g.specific ? specific : generic, g.group);
    if (role & IS_BUSINESS) add(business, w);
    if (role & IS_FREELANCE) {
      add(freelance, w);
      if (freelanceAt.length < MAX_ANCHORS) freelanceAt.push(h.start);
    }
    if (role & IS_ABOUT_NO_ONE) add(aboutNoOne, w);
    if (role & IS_PLURAL) plural++;
    if (role & IS_PAY_STATEMENT) add(payStatement, w);
    if (!(g || role & (IS_TITLE | IS_WEAK_TITLE | IS_EMPLOYER | IS_EMPLOYEE | IS_INTRO | IS_FREELANCE))) continue;
    found.push(h);
    if (!seen.has(w)) {
      seen.set(w, true);
      distinct.push(w);
    }
  }
  if (found.length === 0) return [];
  const t = text.text.length > READ_LIMIT ? text.text.slice(0, READ_LIMIT) : text.text;
  // Parties as the agreement defines them ("hierna te noemen 'medewerker'", '("the Company")').
  DEFINED_PARTY.lastIndex = 0;
  let d: RegExpExecArray | null;
  let defined = 0;
  while ((d = DEFINED_PARTY.exec(t)) !== null && defined < 20) {
    defined++;
    if (EMPLOYER_SIDE.indexOf(d[1].toLowerCase()) >= 0) employer = true;
    else {
      employee = true;
      anchors.push(d.index);
    }
    intro = true;
  }
  // A payslip: its parties and pay, but no agreement's name, party clause or clause of its own.
  if (payStatement.length >= 2 && !type && !intro && !specific.concat(generic).some((g) => AGREEMENT_ONLY.indexOf(g) >= 0)) return [];
  const parties = (employer && employee) || (intro && (employer || employee));
  // Ending employment by mutual consent is one clause group told in several clauses: each counts (up to three).
  let settlementWords = 0;
  for (const w of distinct) if (EMPLOYMENT_GROUPS.settlement.indexOf(w) >= 0) settlementWords++;
  const specificCount = specific.length + Math.min(2, Math.max(0, settlementWords - 1));
  const clauses = specificCount + generic.length;
  // A letter to one person setting out the terms of their contract (an offer, a renewal).
  const letter = (type || weakType) && specificCount >= 3 && SALUTATION.test(t);
  if (!(type || parties || letter)) {
    // An assignment for a freelancer who is a natural person: a person's agreement, but not employment.
    const assignment = freelance.length >= 2 && generic.length >= 2 && business.length < 2;
    return assignment && (PERSON_FACT.test(t) || nameNearParty(t, freelanceAt)) ? [hit(found, distinct, 'low')] : [];
  }
  // Cheap decision first: without some clauses of employment there is nothing more to read.
  if (specificCount === 0 || clauses < 2) return [];
  // Between companies (supplier, lease, processing, NDA): no employer and no agreement of employment.
  if (business.length >= 2 && !type && !employer) return [];

  anchors.sort((a, b) => a - b);
  const fact = PERSON_FACT.test(t);
  const person = employee && (fact || nameNearParty(t, anchors));
  // The employee named as a party, in an agreement that says what it is or who the other party is.
  const named = person && (type || employer || intro);
  if (aboutNoOne.length >= 2 && !named) return [];

  let confidence: Confidence | null = null;
  if (named) confidence = (type || parties) && specificCount >= 2 && clauses >= 3 ? 'high' : 'medium';
  // A letter that sets out one person's terms (an offer, a renewal): the agreement by another name.
  else if (letter) confidence = 'medium';
  else if (freelance.length >= 2 && (fact || nameNearParty(t, anchors))) confidence = 'low'; // an assignment for a freelancer
  else if (parties || (type && clauses >= 3)) confidence = 'low'; // the agreement with no one named: a policy, an explanation
  if (!confidence) return [];
  // A template (its blanks in the party clause), a job ad, news, a policy about employees in
  // general, a freelance assignment or a text between companies: at most a doubtful finding.
  if (!fact && countPlaceholders(t) > TEMPLATE_PLACEHOLDERS) confidence = 'low';
  if (aboutNoOne.length >= 2 || (business.length >= 2 && !type)) confidence = 'low';
  if (!fact && plural >= 3 && plural > anchors.length) confidence = 'low';
  if (freelance.length >= 2 && !(employer && employee)) confidence = 'low';

  return [hit(found, distinct, confidence)];
}

function hit(found: readonly WordHit[], distinct: readonly string[], confidence: Confidence): Hit {
  return { start: found[0].start, end: found[found.length - 1].end, confidence, evidence: { kind: 'terms', terms: evidenceWords(distinct) } };
}

export const employmentContract: Detector = {
  id: ID,
  gate: 'terms',
  texts: {
    nl: { name: 'Arbeidsovereenkomst of vaststellingsovereenkomst' },
    en: { name: 'Employment or settlement agreement' },
  },
  words: { terms: GATE, context: CLAUSE_WORDS, negative: [] },
  find,
};
