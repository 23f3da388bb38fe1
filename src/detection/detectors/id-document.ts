/**
 * Dutch passport and identity-card numbers (2 letters, 6 letters or digits, 1 digit; never the
 * letter O) and driver's licence numbers (10 digits), only near words that name the document.
 */
import type { Confidence } from '../../model/finding';
import type { Detector, FindOptions, Hit } from '../detector';
import type { PreparedText, WordHit } from '../text/prepared';
import { glued, NEAR } from '../confidence';
import { wordList } from '../word-list';

const ID = 'id-document' as const;
/** How far from the document word a number may stand. */
const WINDOW = 150;

const DOCUMENT_NUMBER = /(?:^|[^A-Za-z0-9])([A-NP-Za-np-z]{2}[A-NP-Za-np-z0-9]{6}[0-9])(?![A-Za-z0-9])/g;

const LICENCE_WORDS = wordList(
  "rijbewijs|rijbewijsnummer|rijbewijs nummer|driving licence|driving license|driver's license|driver's licence|" +
  'drivers license|drivers licence|driver license|driver licence|' +
  // Microsoft Purview, "Netherlands driver's license number" keywords (learn.microsoft.com/purview/sit-defn-netherlands-drivers-license-number),
  // and how people abbreviate them.
  'rijbewijzen|rijbewijsnummers|rijbewijsnr|rijbewijs nr|driving permit|driver permit|dl#|dlno#|driving licence number|' +
  'driving license number',
);
const DOCUMENT_WORDS = wordList(
  'paspoort|paspoortnummer|reisdocument|reisdocumentnummer|identiteitskaart|identiteitsbewijs|id-kaart|idkaart|id kaart|' +
  'id-bewijs|legitimatiebewijs|legitimatie|documentnummer|document nummer|passport|passport number|identity card|id card|' +
  'id-card|document number|nationale identiteitskaart|' +
  // Microsoft Purview, "Netherlands passport number": Keywords_eu_passport_number and
  // Keywords_netherlands_eu_passport_number (learn.microsoft.com/purview/sit-defn-netherlands-passport-number).
  'passport#|passport #|passportid|passports|passportno|passport no|passportnumber|passport numbers|passportnumbers|' +
  'paspoort nummer|paspoortnummers|paspoort nr|paspoortnr|paspoort-nr|documentnr|document nr|idnummer|id-nummer|' +
  'identiteitskaartnummer|travel document|travel document number',
);

function confidenceFor(distance: number): Confidence {
  return distance <= NEAR ? 'high' : 'medium';
}

function distanceBetween(h: WordHit, start: number, end: number): number {
  return h.end <= start ? start - h.end : h.start >= end ? h.start - end : 0;
}

function find(text: PreparedText, options: FindOptions): Hit[] {
  const t = text.text;
  const terms = text.hits(ID, 'term');
  const found = new Map<number, Hit>();
  const keep = (hit: Hit) => {
    const old = found.get(hit.start);
    if (!old || (old.confidence !== 'high' && hit.confidence === 'high')) found.set(hit.start, hit);
  };
  // Passport / ID-card numbers: look around each document word.
  for (const h of terms) {
    if (found.size >= options.limit) break;
    if (LICENCE_WORDS.indexOf(h.word) >= 0) continue;
    const from = Math.max(0, h.start - WINDOW);
    const slice = t.slice(from, Math.min(t.length, h.end + WINDOW));
    DOCUMENT_NUMBER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DOCUMENT_NUMBER.exec(slice)) !== null) {
      const value = m[1];
      const start = from + m.index + m[0].length - value.length;
      const end = start + value.length;
      // At least two digits: keeps words like "PASSPORT1" or "DOCUMENT2" out.
      if ((value.match(/[0-9]/g) || []).length < 2) continue;
      keep({ start, end, confidence: confidenceFor(distanceBetween(h, start, end)), evidence: { kind: 'document', label: h.word, value } });
    }
  }
  // Driver's licence numbers: 10-digit runs near a licence word. A leading 0 is a phone number.
  const licence = terms.filter((h) => LICENCE_WORDS.indexOf(h.word) >= 0);
  if (licence.length > 0) {
    for (let k = 0; k < text.count; k++) {
      const token = { start: text.starts[k], end: text.ends[k] };
      if (token.end - token.start !== 10 || t.charCodeAt(token.start) === 48 || text.shape(token.start, token.end) !== 1 || glued(t, token.start, token.end)) continue;
      let best = Infinity;
      let word = '';
      for (const h of licence) {
        const d = distanceBetween(h, token.start, token.end);
        if (d < best) {
          best = d;
          word = h.word;
        }
      }
      if (best > WINDOW) continue;
      const near = text.nearby(ID, token.start, token.end, NEAR);
      if (near.negative < best) continue;
      keep({ start: token.start, end: token.end, confidence: confidenceFor(best), evidence: { kind: 'document', label: word, value: t.slice(token.start, token.end) } });
    }
  }
  const hits: Hit[] = [];
  found.forEach((hit) => hits.push(hit));
  return hits.sort((a, b) => a.start - b.start);
}

export const idDocument: Detector = {
  id: ID,
  gate: 'terms',
  texts: {
    nl: { name: 'Nummer van een identiteitsbewijs' },
    en: { name: 'Identity document number' },
  },
  words: {
    terms: DOCUMENT_WORDS.concat(LICENCE_WORDS),
    context: [],
    negative: wordList('telefoon|telefoonnummer|tel|mobiel|klantnummer|ordernummer|factuurnummer|kvk|phone'),
  },
  find,
};
