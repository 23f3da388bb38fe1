/**
 * A table whose rows a PDF or narrow document layout broke over several lines each: a row's cells
 * no longer share a line, so the rows cannot be read one by one. What stays is the header (a name
 * column beside the columns it lists) and, in the block under it, one value per person: an IBAN, a
 * BSN, a condition (street addresses are shown beside them). Counting distinct values under such a header counts people.
 */
import { isValidBsn } from '../checks/checksums';
import { eachIban } from '../checks/iban-countries';
import type { PreparedText } from './prepared';
import { isSpace } from './words';

export interface RecordBlock {
  start: number;
  end: number;
  /** The most values of one kind in the block: about one per person. */
  rows: number;
  details: string[];
}

/** Header cells that name the person each row is about. */
const NAME_HEADER = /^(?:naam|name|volledige naam|full name|achternaam|surname|leerling|pupil|cliënt|client|lid|member|bewoner|medewerker|employee)$/;
const IBAN_HEADER = /iban|rekening|account/;
const IBAN_START = /(?:^|[^A-Za-z0-9])([A-Z]{2}[0-9]{2} ?[A-Z]{4} ?[0-9]{4})/g;
/** A cell holding a person's name: two capitalised words, maybe with an infix. */
const PERSON_CELL = /(?:^|\t)[ ]*[A-ZÀ-Þ][a-zà-ÿ'-]+ (?:[a-z']+ ){0,3}[A-ZÀ-Þ][a-zà-ÿ'-]+[ ]*(?:\t|$)/;
/** Lines read under a header, and headers looked at: a list of a few dozen people. */
const MAX_LINES = 400;
const MAX_HEADERS = 50;
const BSN_SHAPE = /(?:^|[^0-9.-])([0-9]{9}|[0-9]{2,4}(?:[ .-][0-9]{2,4}){1,3})(?![0-9]|[ .-][0-9])/g;
/** A street and house number as Dutch addresses write them ("Wilgenweg 41", "Van Woustraat 12a"). */
const STREET =
  /(?:^|[^A-Za-zÀ-ÿ])[A-ZÀ-Þ][a-zà-ÿ]+(?:straat|weg|laan|kade|plein|dijk|singel|gracht|hof|pad|dreef|steeg|park|markt|erf|ring|baan)[ \t]+[1-9][0-9]{0,3}[a-z]?(?![0-9])/g;

/**
 * Record blocks: tab-separated header lines with a name column and at least two other columns, and
 * the lines under each up to a blank line. `healthAt`: positions of health terms (text order).
 * `wrappedAt`: starts of values a narrow cell wrapped (text order), each a person's IBAN or BSN.
 * `covered`: spans the caller reports already; such a block counts 0 rows and is not read.
 */
export function recordBlocks(
  text: PreparedText,
  healthAt: readonly number[],
  wrappedAt: ReadonlyArray<{ start: number; value: string }>,
  minRows: number,
  covered: (start: number, end: number) => boolean = () => false,
): RecordBlock[] {
  const t = text.text;
  const out: RecordBlock[] = [];
  let headers = 0;
  let lineEnd = -1;
  const seen = new Map<string, number>();
  // Each line holding a tab once, found from the tabs and line breaks the shared pass recorded.
  for (let k = 0; k < text.tabs.length && headers < MAX_HEADERS; k++) {
    const tab = text.tabs.at(k);
    if (tab < lineEnd) continue;
    const line = text.line(tab);
    const lineStart = line.start;
    lineEnd = line.end;
    // A header of three or more columns without figures or a person's name: "Naam | Jan de Vries" is
    // one person's record, not the head of a list. Most tab lines are data rows with figures: they are
    // passed over before anything is split or lower-cased (this runs over every tab line of a text).
    if (lineEnd - lineStart > 200 || hasDigit(t, lineStart, lineEnd)) continue;
    const row = t.slice(lineStart, lineEnd);
    // Tables repeat their header lines ("Artikel | Aantal | Prijs"): each distinct line is judged once.
    let kind = seen.get(row);
    if (kind === undefined) {
      kind = headerKind(row);
      if (seen.size < MAX_SEEN) seen.set(row, kind);
    }
    if (kind !== NOT_A_HEADER) {
      headers++;
      const block = readBlock(t, lineEnd, healthAt, wrappedAt, kind === HEADER_WITH_IBAN, minRows, covered);
      if (block && block.rows >= minRows) out.push(block);
      if (block) lineEnd = block.end;
    }
  }
  return out;
}

const NOT_A_HEADER = 0;
const HEADER = 1;
const HEADER_WITH_IBAN = 2;
/** Distinct tab lines remembered: enough for the tables of a long mail, bounded for a hostile one. */
const MAX_SEEN = 1000;

/** Is this tab line (without figures) the header of a list of people, and does it have an IBAN column? */
function headerKind(row: string): number {
  const cells = !PERSON_CELL.test(row) ? row.toLowerCase().split('\t').map((c) => c.trim()) : [];
  if (cells.length < 3 || !cells.some((c) => NAME_HEADER.test(c))) return NOT_A_HEADER;
  return cells.some((c) => IBAN_HEADER.test(c)) ? HEADER_WITH_IBAN : HEADER;
}

function hasDigit(t: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function blank(t: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(t.charCodeAt(i))) return false;
  return true;
}

function readBlock(
  text: string,
  from: number,
  healthAt: readonly number[],
  wrappedAt: ReadonlyArray<{ start: number; value: string }>,
  ibanColumn: boolean,
  minRows: number,
  covered: (start: number, end: number) => boolean,
): RecordBlock | null {
  let end = from;
  for (let lines = 0; lines < MAX_LINES && end < text.length; lines++) {
    let next = text.indexOf('\n', end + 1);
    if (next < 0) next = text.length;
    if (blank(text, end + 1, next)) break;
    end = next;
  }
  if (end === from) return null;
  // A block the caller has already reported (its rows were read as a list) is not read again.
  if (covered(from + 1, end)) return { start: from + 1, end, rows: 0, details: [] };
  const body = text.slice(from, end);
  const ibans: string[] = [];
  const bsns: string[] = [];
  const add = (list: string[], v: string) => {
    if (list.indexOf(v) < 0) list.push(v);
  };
  let m: RegExpExecArray | null;
  eachIban(body, (iban) => add(ibans, iban));
  BSN_SHAPE.lastIndex = 0;
  while ((m = BSN_SHAPE.exec(body)) !== null) {
    // Fewer than 9 characters cannot hold 9 digits: most numbers in a text are dates, amounts and times.
    if (m[1].length < 9) continue;
    const digits = m[1].replace(/[ .-]/g, '');
    if (digits.length === 9 && isValidBsn(digits)) add(bsns, digits);
  }
  // Mobile numbers whose leading zero a spreadsheet dropped pass the elfproef one time in eleven,
  // and all start with a 6 (BSNs start with any digit): then they are the phone column.
  if (bsns.length >= 2 && bsns.every((b) => b.charAt(0) === '6')) bsns.length = 0;
  for (const w of wrappedAt) if (w.start >= from && w.start < end) add(/^[A-Z]/.test(w.value) ? ibans : bsns, w.value);
  // Under an IBAN column an account's start (country, check digits, bank, first digits) names a
  // person's account even where the layout cut its tail off to another line.
  if (ibanColumn) {
    IBAN_START.lastIndex = 0;
    while ((m = IBAN_START.exec(body)) !== null) {
      const start = m[1].replace(/ /g, '').toUpperCase();
      if (!ibans.some((iban) => iban.indexOf(start) === 0)) add(ibans, start);
    }
  }
  let health = 0;
  for (const h of healthAt) if (h >= from && h < end) health++;
  // Addresses alone may be a company's branches: they only support the count of another kind.
  const rows = Math.max(bsns.length, ibans.length, health);
  // A block too short to be a list ends here: only its end is used.
  if (rows < minRows) return { start: from + 1, end, rows, details: [] };
  const streets: string[] = [];
  STREET.lastIndex = 0;
  while ((m = STREET.exec(body)) !== null) add(streets, m[0].replace(/^[^A-Za-zÀ-ÿ]/, '').replace(/[ \t]+/, ' '));
  const counts: Array<[string, number]> = [['adres', streets.length], ['BSN', bsns.length], ['IBAN', ibans.length], ['gezondheid', health]];
  const details = counts.filter((c) => c[1] > 0).map((c) => c[0]);
  return { start: from + 1, end, rows, details };
}
