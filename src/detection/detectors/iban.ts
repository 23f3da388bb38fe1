/** IBAN: ISO 13616, every registry country, with the country's length and the mod-97 check. */
import type { Detector, FindOptions, Hit } from '../detector';
import type { PreparedText } from '../text/prepared';
import { IBAN_LENGTHS } from '../checks/iban-countries';
import { ibanMod97 } from '../checks/checksums';
import { headerSays, NEAR, weighContext } from '../confidence';
import { isWordChar } from '../text/words';
import { MAY_BE_IBAN } from '../text/run-flags';
import { wordList } from '../word-list';

const ID = 'iban' as const;
/** The longest IBAN (34) with spaces between groups of four. */
const LOOK_BACK = 44;

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Read an IBAN starting at q: letters, digits and single spaces, exactly the country's length. */
function readIban(t: string, q: number): { end: number; iban: string } | null {
  const cc = t.substr(q, 2).toUpperCase();
  const length = IBAN_LENGTHS[cc];
  if (length === undefined) return null;
  let out = '';
  let i = q;
  while (i < t.length && out.length < length) {
    const c = t.charCodeAt(i);
    if (isLetter(c) || isDigit(c)) {
      out += t.charAt(i);
      i++;
    } else if (c === 32 && out.length > 0 && i + 1 < t.length && (isLetter(t.charCodeAt(i + 1)) || isDigit(t.charCodeAt(i + 1)))) {
      i++;
    } else {
      break;
    }
  }
  if (out.length !== length || (i < t.length && isWordChar(t.charCodeAt(i)))) return null;
  const iban = out.toUpperCase();
  return ibanMod97(iban) === 1 ? { end: i, iban } : null;
}

const isAlnum = (c: number) => isLetter(c) || isDigit(c);

/**
 * The IBAN that a digit run belongs to, if any. Every IBAN holds a run of 10+ digits (its account
 * number), so the digit runs found in the shared pass are the anchors; we look back for "LLdd" at
 * a word start, over letters, digits and single spaces only.
 */
export function ibanAround(text: PreparedText, tokenStart: number, tokenEnd: number): { start: number; end: number; iban: string } | null {
  if (tokenEnd - tokenStart < 10) return null;
  const t = text.text;
  // An IBAN is grouped with spaces only: "06-12345678" or "12.345.678.901" is something else.
  for (let i = tokenStart; i < tokenEnd; i++) {
    const c = t.charCodeAt(i);
    if (c !== 32 && !isDigit(c)) return null;
  }
  const from = Math.max(0, tokenStart - LOOK_BACK);
  for (let q = tokenStart - 1; q >= from; q--) {
    const c = t.charCodeAt(q);
    if (c === 32) {
      if (q === 0 || !isAlnum(t.charCodeAt(q - 1))) return null; // two spaces or punctuation: no IBAN spans it
      continue;
    }
    if (!isAlnum(c)) return null;
    if (q > 0 && isAlnum(t.charCodeAt(q - 1))) continue; // not a word start
    if (q + 3 >= t.length || !isLetter(c) || !isLetter(t.charCodeAt(q + 1)) || !isDigit(t.charCodeAt(q + 2)) || !isDigit(t.charCodeAt(q + 3))) continue;
    const found = readIban(t, q);
    if (found && found.end >= tokenStart) return { start: q, end: found.end, iban: found.iban };
  }
  return null;
}

/** A valid IBAN at start..end, weighed by its context. */
function ibanHit(text: PreparedText, start: number, end: number, value: string): Hit | null {
  let confidence = weighContext(text, ID, start, end, headerSays(text, ID, start));
  // A bare valid IBAN is still specific (country, length, checksum): medium rather than low.
  if (confidence === 'low') confidence = 'medium';
  // Next to a KvK or VAT number it is an organisation's own account (an invoice, a signature).
  if (text.nearby(ID, start, end, NEAR, true).negative <= NEAR) confidence = 'low';
  return confidence ? { start, end, confidence, evidence: { kind: 'iban', iban: value } } : null;
}

function find(text: PreparedText, options: FindOptions): Hit[] {
  const hits: Hit[] = [];
  let lastEnd = -1;
  for (let k = 0; k < text.count && hits.length < options.limit; k++) {
    if (text.starts[k] < lastEnd || !(text.flags[k] & MAY_BE_IBAN)) continue;
    const found = ibanAround(text, text.starts[k], text.ends[k]);
    if (!found) continue;
    lastEnd = found.end;
    const hit = ibanHit(text, found.start, found.end, found.iban);
    if (hit) hits.push(hit);
  }
  // Wrapped over two lines by a narrow table cell: joined, and checked like any other.
  for (const w of text.wrapped()) {
    if (w.kind !== 'iban' || hits.length >= options.limit) continue;
    const hit = ibanHit(text, w.start, w.end, w.value);
    if (hit) hits.push(hit);
  }
  return hits.sort((a, b) => a.start - b.start);
}

export const iban: Detector = {
  id: ID,
  gate: 'numbers',
  texts: {
    nl: { name: 'IBAN (bankrekeningnummer)' },
    en: { name: 'IBAN (bank account number)' },
  },
  words: {
    // Labels under which wrapped table cells are read (wrapped.ts).
    terms: ['iban', 'rekeningnummer', 'bankrekeningnummer', 'bankrekening', 'rekening', 'account number', 'bank account'],
    context: wordList(
      'iban|rekeningnummer|rekening|bankrekening|bankrekeningnummer|rekeningnr|rekeningnr.|bankrekeningnr|tnv|t.n.v.|' +
      'ten name van|salaris|overmaken|account|account number|bank account',
    ),
    negative: wordList('kvk|kvk-nummer|kvknummer|kvk nr|btw|btw-nummer|btw nr|btw-nr|vat|vat number|handelsregister'),
  },
  find,
};
