/** BSN (burgerservicenummer): 9 digits passing the elfproef, weighed by context. */
import type { Detector, Hit } from '../detector';
import type { DigitGroup, PreparedText } from '../prepared';
import { isValidBsn } from '../checksums';
import { glued, headerSays, weighContext } from '../confidence';

const ID = 'bsn' as const;

/** Is groups[i..i+count) a whole notation, not a slice of a longer grouped number? */
function standsAlone(groups: DigitGroup[], i: number, count: number, sep: string): boolean {
  const before = groups[i - 1];
  const after = groups[i + count];
  // "123 456 782 123" is a longer number grouped the same way; a different separator ends the notation.
  if (before && (groups[i].sepBefore === sep || groups[i].sepBefore !== ' ')) return false;
  if (after && (after.sepBefore === sep || after.sepBefore !== ' ')) return false;
  return true;
}

function lengths(groups: DigitGroup[], i: number, want: number[]): boolean {
  for (let k = 0; k < want.length; k++) {
    const g = groups[i + k];
    if (!g || g.digits.length !== want[k]) return false;
  }
  return true;
}

function find(text: PreparedText): Hit[] {
  const hits: Hit[] = [];
  const t = text.text;
  for (const token of text.numbers) {
    if (token.end - token.start > 200) continue; // a long digit run is a code or a table dump, not a BSN
    const groups = text.groups(token);
    // "+31 612345678", "0031 6 ...": an international phone number, whatever its digits.
    if (t.charAt(token.start - 1) === '+' || groups[0].digits === '0031') continue;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      let start = -1;
      let end = -1;
      let digits = '';
      if (g.digits.length === 9 && standsAlone(groups, i, 1, '')) {
        start = g.start;
        end = g.end;
        digits = g.digits;
      } else if (g.digits.length === 8 && groups.length === 1) {
        // A numeric spreadsheet cell drops the leading zero; only a BSN column header makes it one.
        digits = '0' + g.digits;
        if (!isValidBsn(digits) || glued(t, g.start, g.end) || headerSays(text, ID, g.start) !== 'context') continue;
        hits.push({ start: g.start, end: g.end, confidence: 'high', evidence: { kind: 'bsn', digits } });
        continue;
      } else if (lengths(groups, i, [4, 2, 3]) && groups[i + 1].sepBefore === '.' && groups[i + 2].sepBefore === '.' && standsAlone(groups, i, 3, '.')) {
        start = g.start;
        end = groups[i + 2].end;
        digits = g.digits + groups[i + 1].digits + groups[i + 2].digits;
      } else if (lengths(groups, i, [3, 3, 3])) {
        const sep = groups[i + 1].sepBefore;
        // 123.456.782 is how amounts are written; a BSN in groups of three uses spaces (or hyphens).
        if (sep !== groups[i + 2].sepBefore || (sep !== ' ' && sep !== '-') || !standsAlone(groups, i, 3, sep)) continue;
        start = g.start;
        end = groups[i + 2].end;
        digits = g.digits + groups[i + 1].digits + groups[i + 2].digits;
      } else {
        continue;
      }
      if (!isValidBsn(digits) || glued(t, start, end)) continue;
      const confidence = weighContext(text, ID, start, end, headerSays(text, ID, start));
      if (confidence) hits.push({ start, end, confidence, evidence: { kind: 'bsn', digits } });
    }
  }
  return hits;
}

export const bsn: Detector = {
  id: ID,
  gate: 'numbers',
  texts: {
    nl: {
      name: 'BSN (burgerservicenummer)',
      summary: ({ count }) => (count === 1 ? '1 BSN gevonden' : count + " BSN's gevonden"),
      why: 'Een BSN mag alleen gebruikt worden waar een wet dat toestaat. Een BSN naar de verkeerde ontvanger is een datalek dat u mogelijk moet melden.',
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
