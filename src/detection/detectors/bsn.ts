/** BSN (burgerservicenummer): 9 digits passing the elfproef, weighed by context. */
import type { Detector, FindOptions, Hit } from '../detector';
import type { PreparedText } from '../text/prepared';
import { isValidBsn, isValidBsnAt } from '../checks/checksums';
import { glued, headerSays, weighContext } from '../confidence';
import { MAY_BE_BSN } from '../text/run-flags';

const ID = 'bsn' as const;

const SPACE = 32;
const DOT = 46;
const HYPHEN = 45;

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
      if (len === 9 && standsAlone(text, groups, i, 1, 0)) {
        add(start, start + 9);
      } else if (len === 4 && i + 2 < groups && text.lens[i + 1] === 2 && text.lens[i + 2] === 3 && text.seps[i + 1] === DOT && text.seps[i + 2] === DOT && standsAlone(text, groups, i, 3, DOT)) {
        add(start, start + 11);
      } else if (len === 3 && i + 2 < groups && text.lens[i + 1] === 3 && text.lens[i + 2] === 3) {
        // 123.456.782 is how amounts are written; a BSN in groups of three uses spaces (or hyphens).
        const sep = text.seps[i + 1];
        if (sep === text.seps[i + 2] && (sep === SPACE || sep === HYPHEN) && standsAlone(text, groups, i, 3, sep)) add(start, start + 11);
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
  return hits.sort((a, b) => a.start - b.start);
}

export const bsn: Detector = {
  id: ID,
  gate: 'numbers',
  texts: {
    nl: {
      name: 'BSN (burgerservicenummer)',
      summary: ({ count }) => (count === 1 ? '1 BSN gevonden' : count + " BSN's gevonden"),
      why: 'Een BSN mag alleen gebruikt worden waar een wet dat toestaat. Een BSN naar de verkeerde ontvanger is een datalek dat je organisatie mogelijk moet melden.',
    },
    en: {
      name: 'BSN (Dutch citizen service number)',
      summary: ({ count }) => (count === 1 ? '1 BSN found' : count + ' BSNs found'),
      why: 'A BSN may only be used where a law allows it. A BSN sent to the wrong recipient is a data breach you may have to report.',
    },
  },
  words: {
    terms: [],
    context: [
      'bsn', 'bsn-nummer', 'bsnnummer', 'bsn nummer', 'bsn nr', 'burgerservicenummer', 'burger service nummer', 'burgerservice nummer',
      'sofinummer', 'sofi-nummer', 'sofi nummer', 'citizen service number', 'persoonsnummer', 'persoonlijk nummer',
      'fiscaal nummer', 'fiscaalnummer', 'social security number',
    ],
    negative: [
      'ordernummer', 'order', 'ordernr', 'bestelnummer', 'bestelling', 'factuurnummer', 'factuur', 'factuurnr', 'klantnummer', 'klantnr',
      'debiteurnummer', 'relatienummer', 'lidnummer', 'polisnummer', 'dossiernummer', 'zaaknummer', 'kenmerk', 'referentie', 'referentienummer',
      'ref', 'artikelnummer', 'artikel', 'art.nr', 'telefoon', 'telefoonnummer', 'tel', 'mobiel', 'fax', 'kvk', 'kvk-nummer', 'kvknummer',
      'btw', 'btw-nummer', 'trackingnummer', 'track', 'tracking', 'zendingnummer', 'pakket', 'ean', 'isbn', 'invoice', 'customer', 'phone',
      'rekeningnummer', 'iban', 'tracking number', 'order number', 'invoice number',
    ],
  },
  find,
  examples: [
    { text: 'BSN: 111222333', hits: [{ confidence: 'high', evidence: 'BSN ****.**.333' }] },
    { text: 'Het burgerservicenummer van mevrouw is 1234.56.782.', hits: [{ confidence: 'high', evidence: 'BSN ****.**.782' }] },
    { text: 'sofinummer 123 456 782', hits: [{ confidence: 'high', evidence: 'BSN ****.**.782' }] },
    { text: 'Naam\tBSN\tPlaats\nJan\t111222333\tUtrecht\nPiet\t12345672\tBreda', hits: [{ confidence: 'high' }, { confidence: 'high', evidence: 'BSN ****.**.672' }], why: 'column header; 8-digit cell with its zero dropped' },
    { text: 'Zie nummer 111222333 in het overzicht.', hits: [{ confidence: 'low' }], why: 'a bare valid number is weak evidence' },
    { text: 'BSN: 111222334', hits: [], why: 'fails the elfproef' },
    { text: 'Uw ordernummer is 111222333.', hits: [], why: 'names another kind of number' },
    { text: 'Klantnummer\tNaam\n111222333\tJansen', hits: [], why: 'column header names another number' },
    { text: 'BSN 12345672 (zonder nul)', hits: [], why: '8 digits need a BSN column header' },
    { text: 'Factuur 2024-111222333-01', hits: [], why: 'part of a longer code' },
    { text: 'BSN: 000000000', hits: [], why: 'all zeros' },
  ],
};
