/** BSN (burgerservicenummer): 9 digits passing the elfproef, weighed by context. */
import type { Detector, FindOptions, Hit } from '../detector';
import type { PreparedText } from '../text/prepared';
import { isValidBsn, isValidBsnAt } from '../checks/checksums';
import { glued, headerSays, weighContext } from '../confidence';
import { MAY_BE_BSN } from '../text/run-flags';
import { wordList } from '../word-list';

const ID = 'bsn' as const;

const SPACE = 32;
const DOT = 46;

/**
 * Is groups [i, i+count) of the last shape() a whole notation, not a slice of a longer grouped
 * number ("123 456 782 123")? Only a space may stand between it and a neighbouring group, and not
 * the separator the notation itself uses.
 */
function standsAlone(text: PreparedText, groups: number, i: number, count: number, sep: number): boolean {
  if (i > 0 && (text.seps[i] !== SPACE || text.seps[i] === sep)) return false;
  if (i + count < groups && (text.seps[i + count] !== SPACE || text.seps[i + count] === sep)) return false;
  return true;
}

/**
 * How many groups, from group i of the last shape(), make a BSN notation (0: none). The grammar
 * (the same as run-flags.ts): one group of 9, or 2 to 5 groups of 2 to 4 digits adding up to 9
 * with one separator throughout: 123456782, 123 456 782, 1234.56.782, 12-34-56-782, 123-45-6782.
 */
function notationAt(text: PreparedText, groups: number, i: number): number {
  if (text.lens[i] === 9) return 1;
  let sum = 0;
  for (let j = i; j < groups && j < i + 5; j++) {
    const len = text.lens[j];
    if (len < 2 || len > 4) return 0;
    if (j > i + 1 && text.seps[j] !== text.seps[i + 1]) return 0;
    sum += len;
    if (sum === 9) return j > i ? j - i + 1 : 0;
    if (sum > 9) return 0;
  }
  return 0;
}

function notationLength(text: PreparedText, i: number, count: number): number {
  let n = count - 1;
  for (let j = i; j < i + count; j++) n += text.lens[j];
  return n;
}

/** "€ 123.456.782", "123.456.782,00": an amount written with thousands dots, not a number of a person. */
function isAmount(t: string, start: number, end: number): boolean {
  if (t.charCodeAt(start + 3) !== DOT) return false;
  if (t.charCodeAt(end) === 44 && t.charCodeAt(end + 1) >= 48 && t.charCodeAt(end + 1) <= 57) return true;
  const before = t.slice(Math.max(0, start - 5), start);
  return /(?:€|eur|euro)\s*$/i.test(before) || /^\s*(?:euro|eur|mln|miljoen)(?![a-z])/i.test(t.substr(end, 10));
}

function find(text: PreparedText, options: FindOptions): Hit[] {
  const hits: Hit[] = [];
  const t = text.text;
  const add = (start: number, end: number) => {
    if (!isValidBsnAt(t, start, end) || glued(t, start, end)) return;
    const confidence = weighContext(text, ID, start, end, headerSays(text, ID, start));
    if (confidence) hits.push({ start, end, confidence, evidence: { kind: 'bsn', digits: text.digits(start, end) } });
  };
  for (let k = 0; k < text.count && hits.length < options.limit; k++) {
    if (!(text.flags[k] & MAY_BE_BSN)) continue;
    const tokenStart = text.starts[k];
    const tokenEnd = text.ends[k];
    // "+31 612345678", "0031 6 ...": an international phone number, whatever its digits.
    if (t.charCodeAt(tokenStart - 1) === 43 || (t.charCodeAt(tokenStart) === 48 && t.charCodeAt(tokenStart + 1) === 48 && t.charCodeAt(tokenStart + 2) === 51 && t.charCodeAt(tokenStart + 3) === 49)) continue;
    const groups = text.shape(tokenStart, tokenEnd);
    if (groups < 0) continue;
    let pos = tokenStart;
    for (let i = 0; i < groups; i++) {
      const start = pos;
      const len = text.lens[i];
      const count = notationAt(text, groups, i);
      if (count > 0 && standsAlone(text, groups, i, count, count > 1 ? text.seps[i + 1] : 0) && !isAmount(t, start, start + notationLength(text, i, count))) {
        add(start, start + notationLength(text, i, count));
      }
      pos += len + 1;
    }
  }
  // A numeric spreadsheet cell drops the leading zero: 8 digits count only under a BSN column header.
  const words = text.vocabulary.wordsOf(ID, 'context');
  const local = text.vocabulary.localWords(ID);
  // Cheap first: does the header row name a BSN at all? Remembered per header text: a long text
  // often repeats one kind of table.
  const named = new Map<string, boolean>();
  for (const table of text.tables()) {
    if (hits.length >= options.limit || !local) break;
    const header = t.slice(table.start, text.rowStart(table, 0) - 1);
    let says = named.get(header);
    if (says === undefined) {
      says = local.finder.wordsIn(header, 0, header.length).some((w) => local.roles.get(w.word) === 'context');
      named.set(header, says);
    }
    if (!says) continue;
    const cells = text.headerCells(table.start);
    for (let column = 0; column < cells.length; column++) {
      if (!text.headerSays(cells[column], words)) continue;
      for (let r = 0; r < table.rowCount; r++) {
        const cell = text.cell(table, r, column);
        if (!cell || cell.end - cell.start !== 8 || !/^[0-9]{8}$/.test(t.slice(cell.start, cell.end))) continue;
        const digits = '0' + t.slice(cell.start, cell.end);
        if (isValidBsn(digits)) hits.push({ start: cell.start, end: cell.end, confidence: 'high', evidence: { kind: 'bsn', digits } });
      }
    }
  }
  // Wrapped over two lines by a narrow cell (several together are raised below, as a column).
  for (const w of text.wrapped()) {
    if (w.kind !== 'bsn' || hits.length >= options.limit) continue;
    const confidence = weighContext(text, ID, w.start, w.end, headerSays(text, ID, w.start));
    if (confidence) hits.push({ start: w.start, end: w.end, confidence, evidence: { kind: 'bsn', digits: w.value } });
  }
  hits.sort((a, b) => a.start - b.start);
  columnsOfValidNumbers(text, hits);
  return hits;
}

/**
 * A column or list of numbers that all pass the elfproef is evidence by itself: one random 9-digit
 * number passes one time in eleven, three on consecutive lines one time in 1,331 (a list of order
 * numbers has failing ones among them, which break the run). Raises such runs of bare numbers from
 * low to medium. Mobile numbers whose 0 a spreadsheet dropped all start with 6: not raised.
 */
function columnsOfValidNumbers(text: PreparedText, hits: Hit[]): void {
  let run: Hit[] = [];
  let lastLineEnd = -2;
  const close = () => {
    if (run.length >= 3 && run.some((h) => h.evidence.kind === 'bsn' && h.evidence.digits.charAt(0) !== '6')) {
      for (const h of run) if (h.confidence === 'low') h.confidence = 'medium';
    }
    run = [];
  };
  for (const h of hits) {
    const { start, end } = text.line(h.start);
    if (start <= lastLineEnd) continue; // one number per line counts
    // The next line, or the one after a short wrapped remnant.
    const gap = start - lastLineEnd - 1;
    const adjacent = gap === 0 || (gap > 0 && gap <= 64 && text.text.indexOf('\n', lastLineEnd + 1) === start - 1);
    if (!adjacent) close();
    run.push(h);
    lastLineEnd = end;
  }
  close();
}

export const bsn: Detector = {
  id: ID,
  gate: 'numbers',
  texts: {
    nl: { name: 'BSN (burgerservicenummer)' },
    en: { name: 'BSN (Dutch citizen service number)' },
  },
  words: {
    // Labels under which wrapped table cells are read (wrapped.ts).
    terms: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer', 'bsn-nummer', 'citizen service number'],
    context: wordList(
      'bsn|bsn-nummer|bsnnummer|bsn nummer|bsn nr|burgerservicenummer|burger service nummer|burgerservice nummer|' +
      'sofinummer|sofi-nummer|sofi nummer|citizen service number|persoonsnummer|persoonlijk nummer|fiscaal nummer|' +
      'fiscaalnummer|social security number|' +
      // Microsoft Purview, "Netherlands citizen's service (BSN) number", Keywords_netherlands_eu_national_id_card
      // (learn.microsoft.com/purview/sit-defn-netherlands-citizens-service-number).
      'bsn#|person number|personal number|personal numeric code|person-related number|persoonlijke numerieke code|' +
      'persoonsgebonden nummer|sociaal-fiscaal nummer|sociaal fiscaal nummer|social-fiscal number|sofi|' +
      "uniek identificatienummer|uniek persoonsnummer|citizen's service number|citizens service number|" +
      // How people abbreviate and misspell the same (a dot or hyphen after a word ends it, so "BSN-nr." is "bsn" already).
      'burgerservicenr|burgerservicenrs|burgerservicenummers|burgerservice nr|burger service nr|burger-servicenummer|' +
      'burgerservicenumer|burgerservicennummer|burgersevicenummer|burgerserivcenummer|sofinr|sofi nr|bsnnr|bsn-nummers|' +
      'citizen service no|citizen service nr|service number',
    ),
    negative: wordList(
      'ordernummer|order|ordernr|bestelnummer|bestelling|factuurnummer|factuur|factuurnr|klantnummer|klantnr|' +
      'debiteurnummer|relatienummer|lidnummer|polisnummer|dossiernummer|zaaknummer|kenmerk|referentie|referentienummer|ref|' +
      'artikelnummer|artikel|art.nr|telefoon|telefoonnummer|tel|mobiel|fax|kvk|kvk-nummer|kvknummer|btw|btw-nummer|' +
      'trackingnummer|track|tracking|zendingnummer|pakket|ean|isbn|invoice|customer|phone|rekeningnummer|iban|' +
      'tracking number|order number|invoice number',
    ),
  },
  find,
};
