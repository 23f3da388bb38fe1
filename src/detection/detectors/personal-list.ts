/**
 * Lists about several people: a table or list whose rows each hold a name and a personal detail
 * (e-mail, phone, date of birth, postcode, BSN, IBAN). Default: 5 or more such rows together.
 */
import type { Confidence } from '../types';
import type { Detector, Hit } from '../detector';
import type { PreparedText } from '../prepared';
import { isValidBsn } from '../checksums';
import { ibanAround } from './iban';
import { isWordChar } from '../words';

const ID = 'personal-list' as const;
/** Rows longer than this are prose, not list rows. */
const MAX_ROW = 400;

type DetailKind = 'e-mail' | 'tel' | 'geb.datum' | 'postcode' | 'BSN' | 'IBAN';
const ORDER: DetailKind[] = ['e-mail', 'tel', 'geb.datum', 'postcode', 'BSN', 'IBAN'];
/** Kinds that make a list sensitive by themselves (a list of birth dates or BSNs). */
const SENSITIVE: DetailKind[] = ['geb.datum', 'BSN', 'IBAN'];

interface Detail {
  pos: number;
  kind: DetailKind;
}

const NAME = /(?:^|[^A-Za-zÀ-ÿ])([A-Z][a-zà-ÿ'-]+)(?: (?:van der|van den|van de|van|de|der|den|ter|ten|te|el|in 't))? [A-Z][a-zà-ÿ'-]+/;
const CELL_NAME = /^(?:[A-Z][a-zà-ÿ'-]+|[A-Z]\.)(?: (?:[a-z']+|[A-Z][a-zà-ÿ'-]+|[A-Z]\.)){0,4}$/;
const NOT_NAMES = ['De', 'Het', 'Een', 'Dit', 'Deze', 'Wij', 'Ik', 'Onze', 'Uw', 'Beste', 'Geachte', 'Met', 'Voor', 'In', 'Op', 'Bij', 'Tel', 'Telefoon', 'Email', 'Adres', 'Naam', 'Name', 'The', 'Dear', 'Hallo'];

/** Does this row name a person: a capitalised name in prose, or a name-like cell in a table? */
function rowHasName(row: string): boolean {
  if (row.indexOf('\t') >= 0) {
    for (const cell of row.split('\t')) {
      const c = cell.trim();
      if (c.length >= 2 && c.length <= 60 && CELL_NAME.test(c) && NOT_NAMES.indexOf(c) < 0) return true;
    }
    return false;
  }
  const m = NAME.exec(row);
  return !!m && NOT_NAMES.indexOf(m[1]) < 0;
}

function dateKind(digitsGroups: string[], seps: string[]): DetailKind | null {
  if (digitsGroups.length !== 3 || seps[1] !== seps[2] || '-./'.indexOf(seps[1]) < 0) return null;
  const [a, b, c] = digitsGroups;
  let year = -1;
  if (c.length === 4 && a.length <= 2 && b.length <= 2 && +a >= 1 && +a <= 31 && +b >= 1 && +b <= 12) year = +c;
  else if (a.length === 4 && b.length <= 2 && c.length <= 2 && +b >= 1 && +b <= 12 && +c >= 1 && +c <= 31) year = +a;
  // Birth dates, not meeting dates: a year from 1900 until 15 years before now is a date of birth.
  return year >= 1900 && year <= new Date().getFullYear() - 15 ? 'geb.datum' : null;
}

function collectDetails(text: PreparedText): Detail[] {
  const t = text.text;
  const details: Detail[] = [];
  for (const at of text.atPositions()) {
    // name@domain.tld: a word character before, a dot in the domain after.
    if (at > 0 && isWordChar(t.charCodeAt(at - 1)) && /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/.test(t.substr(at + 1, 80))) {
      details.push({ pos: at, kind: 'e-mail' });
    }
  }
  for (const token of text.numbers) {
    const groups = text.groups(token);
    const digits = groups.map((g) => g.digits).join('');
    const plus = token.start > 0 && t.charAt(token.start - 1) === '+';
    let kind: DetailKind | null = null;
    if ((digits.length === 10 && digits.charAt(0) === '0') || (plus && digits.length === 11 && digits.slice(0, 2) === '31') || (digits.length === 13 && digits.slice(0, 4) === '0031')) kind = 'tel';
    else if (groups.length === 1 && digits.length === 9 && isValidBsn(digits)) kind = 'BSN';
    else kind = dateKind(groups.map((g) => g.digits), groups.map((g) => g.sepBefore));
    if (!kind && digits.length >= 8 && ibanAround(text, token)) kind = 'IBAN';
    if (kind) details.push({ pos: token.start, kind });
  }
  for (const pos of text.postcodes) details.push({ pos, kind: 'postcode' });
  return details.sort((a, b) => a.pos - b.pos);
}

interface Row {
  start: number;
  end: number;
  kinds: DetailKind[];
}

function find(text: PreparedText, options: { minRows: number }): Hit[] {
  const details = collectDetails(text);
  if (details.length < options.minRows) return [];
  const t = text.text;
  // Group details by line, keeping rows that also hold a name.
  const rows: Row[] = [];
  let current: Row | null = null;
  for (const d of details) {
    const line = text.line(d.pos);
    if (current && current.start === line.start) {
      if (current.kinds.indexOf(d.kind) < 0) current.kinds.push(d.kind);
      continue;
    }
    current = { start: line.start, end: line.end, kinds: [d.kind] };
    if (line.end - line.start <= MAX_ROW && rowHasName(t.slice(line.start, line.end))) rows.push(current);
  }
  // Rows belong to one list when at most one other line stands between them.
  const hits: Hit[] = [];
  let list: Row[] = [];
  const flush = () => {
    if (list.length >= options.minRows) {
      const kinds = ORDER.filter((k) => list.some((r) => r.kinds.indexOf(k) >= 0));
      const confidence: Confidence = kinds.length >= 2 || kinds.some((k) => SENSITIVE.indexOf(k) >= 0) ? 'high' : 'medium';
      hits.push({ start: list[0].start, end: list[list.length - 1].end, confidence, evidence: { kind: 'list', rows: list.length, details: kinds } });
    }
    list = [];
  };
  for (const row of rows) {
    if (list.length > 0) {
      const gap = t.slice(list[list.length - 1].end, row.start);
      if (gap.length > MAX_ROW || (gap.match(/\n/g) || []).length > 2) flush();
    }
    list.push(row);
  }
  flush();
  return hits;
}

export const personalList: Detector = {
  id: ID,
  gate: 'details',
  texts: {
    nl: {
      name: 'Lijst met persoonsgegevens',
      summary: ({ count }) => (count === 1 ? 'Een lijst met gegevens van meerdere personen gevonden' : count + ' lijsten met gegevens van meerdere personen gevonden'),
      why: 'Een lijst met namen en contact- of persoonsgegevens van meerdere mensen maakt een vergissing meteen een datalek voor al die mensen.',
    },
    en: {
      name: 'List of personal data',
      summary: ({ count }) => (count === 1 ? 'A list with data about several people found' : count + ' lists with data about several people found'),
      why: 'A list of names with contact or personal details of several people turns one mistake into a data breach for all of them.',
    },
  },
  words: { terms: [], context: [], negative: [] },
  find,
  examples: [
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
      hits: [{ confidence: 'medium', evidence: '5 × (tel)' }],
    },
    {
      text: 'Jan de Vries - 06-12345678\nPiet Jansen - 06-23456789\nAnna Bakker - 06-34567890\nKees Visser - 06-45678901\n',
      hits: [],
      why: 'four rows are below the default of five',
    },
    {
      text: 'Vergaderingen:\n12-03-2025 overleg\n13-03-2025 overleg\n14-03-2025 overleg\n15-03-2025 overleg\n16-03-2025 overleg\n',
      hits: [],
      why: 'dates without names',
    },
  ],
};
