/**
 * Lists about several people: a table or list whose rows each hold a name and a personal detail
 * (e-mail, phone, date of birth, postcode, BSN, IBAN). Default: 5 or more such rows together.
 * Rows are table rows, or other lines that hold an e-mail address or a long digit run.
 */
import type { Confidence } from '../../model/finding';
import type { Detector, FindOptions, Hit } from '../detector';
import type { PreparedText } from '../text/prepared';
import { isValidBsn } from '../checks/checksums';
import { eachIban } from '../checks/iban-countries';
import { salaryRuns } from '../text/salary-table';
import { recordBlocks } from '../text/record-block';
import { wordList } from '../word-list';

const ID = 'personal-list' as const;
/** Rows longer than this are prose, not list rows. */
const MAX_ROW = 400;
const MAX_ROWS_READ = 2000;

type DetailKind = 'e-mail' | 'tel' | 'geb.datum' | 'postcode' | 'BSN' | 'IBAN' | 'gezondheid';
const ORDER: DetailKind[] = ['e-mail', 'tel', 'geb.datum', 'postcode', 'BSN', 'IBAN', 'gezondheid'];
/** Kinds that make a list sensitive by themselves (a list of birth dates, BSNs or diagnoses). */
const SENSITIVE: DetailKind[] = ['geb.datum', 'BSN', 'IBAN', 'gezondheid'];

const EMAIL = /[A-Za-z0-9._%+-]@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const PHONE = /(?:^|[^0-9])(?:0[1-9](?:[ -]?[0-9]){8}|(?:\+|00)31[ -]?(?:\(0\)[ -]?)?[1-9](?:[ -]?[0-9]){7,8})(?![0-9])/;
/** A date that can be a date of birth (1900-2019): meeting dates in this year are not. */
const BIRTH_DATE = /(?:^|[^0-9])(?:[0-3]?[0-9][-./][01]?[0-9][-./](?:19[0-9]|20[01])[0-9]|(?:19[0-9]|20[01])[0-9]-[01][0-9]-[0-3][0-9])(?![0-9])/;
/** A recent date: a date of birth only in a column that says so (children in a day-care list). */
const RECENT_DATE = /(?:^|[^0-9])[0-3]?[0-9][-./][01]?[0-9][-./]20[2-3][0-9](?![0-9])/;
/** A header that names a date of birth, also when a narrow cell cut it ("Geboorted"). */
const BIRTH_HEADER = /^geb|birth|\bdob\b|geboren|born/;
const POSTCODE = /(?:^|[^0-9])[1-9][0-9]{3} ?[A-Z]{2}(?![A-Za-z])/;
const NINE_DIGITS = /(?:^|[^0-9])([0-9]{9})(?![0-9])/g;
/** A number written in groups ("123.456.782", "1234 56 782", "12-34-56-782"): a BSN when its 9 digits pass the elfproef. */
const GROUPED_DIGITS = /(?:^|[^0-9.-])([0-9]{2,4}(?:[ .-][0-9]{2,4}){1,3})(?![0-9]|[ .-][0-9])/g;
/** 8 digits: a BSN whose leading zero a spreadsheet dropped, believed only under a BSN column header. */
const EIGHT_DIGITS = /(?:^|[^0-9])([0-9]{8})(?![0-9])/;
const BSN_HEADER = /bsn|sofi|burgerservice|service ?number/;

/** A first name and a surname. Starts at a capital, so the regex engine can skip to the capitals. */
const NAME = /([A-ZÀ-ÖØ-Þ][a-zà-ÿ'-]+)(?: (?:van der|van den|van de|van|de|der|den|ter|ten|te|el|in 't))? [A-ZÀ-ÖØ-Þ][a-zà-ÿ'-]+/g;
/** Names may start with a capital outside ASCII (Öztürk, Çelik) and hold Latin Extended letters (Aydın, Çiğdem). */
const CELL_NAME = /^(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ\u0100-\u017f'-]+|[A-Z]\.)(?: (?:[a-z']+|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ\u0100-\u017f'-]+|[A-Z]\.)){0,4}$/;
const NOT_NAMES = wordList(
  'De|Het|Een|Dit|Deze|Wij|Ik|Onze|Uw|Beste|Geachte|Met|Voor|In|Op|Bij|Tel|Telefoon|Email|Adres|Naam|Name|The|Dear|Hallo',
);

/**
 * Whose phone numbers a list holds, when they are not work numbers: parents', emergency contacts',
 * home or private numbers (said in the header above the rows or beside each number).
 */
const PRIVATE_PHONES = /(?:^|[^a-zà-ÿ])(?:ouders?|verzorgers?|nood[a-z]*|in geval van nood|ice|thuis[a-z]*|priv[eé][a-z]*|emergency|next of kin|parents?|guardians?|moeder|vader)(?![a-zà-ÿ])/;

/** Does this row name a person: a capitalised name in prose, or a name-like cell in a table? */
function rowHasName(row: string): boolean {
  if (row.indexOf('\t') >= 0) {
    // Cheap first: some cell must start with a capital.
    let capital = false;
    for (let i = 0; ; ) {
      if (capitalAtCell(row, i, row.length)) {
        capital = true;
        break;
      }
      const tab = row.indexOf('\t', i);
      if (tab < 0) break;
      i = tab + 1;
    }
    if (!capital) return false;
    for (const cell of row.split('\t')) {
      const c = cell.trim();
      if (c.length >= 2 && c.length <= 60 && CELL_NAME.test(c) && NOT_NAMES.indexOf(c) < 0) return true;
      // A PDF table can run a name into the next cell ("Jan de Vries 12-03-1985"): a name of two
      // words or more, then a number.
      // Or a member or personnel number first ("2849 Jan de Vries ...").
      // A name that wrapped onto the next line leaves its first word: after a number, one word will do.
      const lead = isDigit(c.charCodeAt(0)) || / [0-9]/.test(c) ? /^([0-9]{1,8} +)?([^0-9\t]{3,60}?)(?: +[0-9]|$)/.exec(c) : null;
      if (lead && (lead[2].indexOf(' ') > 0 || lead[1]) && CELL_NAME.test(lead[2]) && NOT_NAMES.indexOf(lead[2].split(' ')[0]) < 0) return true;
    }
    return false;
  }
  // The first name that does not follow a letter (the name must start a word).
  NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME.exec(row)) !== null) {
    if (m.index === 0 || !isLetter(row.charCodeAt(m.index - 1))) return NOT_NAMES.indexOf(m[1]) < 0;
    NAME.lastIndex = m.index + 1;
  }
  return false;
}

/** [A-Za-zÀ-ÿ] */
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0xff);
}

/**
 * Cheap test on the text itself, before a row is copied out: a name needs a capital letter, and in
 * a table row (product tables are common) it must start a cell. Cells are found from the tabs the
 * shared pass recorded, so a row costs a look at each cell's first character. firstTab: the index
 * of the first tab at or after start.
 */
function mayHoldName(text: PreparedText, start: number, end: number, firstTab: number): boolean {
  const t = text.text;
  const tabs = text.tabs;
  let k = firstTab;
  if (k >= tabs.length || tabs.at(k) >= end) {
    for (let i = start; i < end; i++) if (isCapital(t.charCodeAt(i))) return true;
    return false;
  }
  if (capitalAtCell(t, start, end)) return true;
  for (; k < tabs.length && tabs.at(k) < end; k++) {
    if (tabs.at(k) + 1 < end && capitalAtCell(t, tabs.at(k) + 1, end)) return true;
  }
  return false;
}

/** A capital at the start of the cell at i, or after a leading number ("2849 Jan de Vries"). */
function capitalAtCell(t: string, i: number, end: number): boolean {
  let j = i;
  while (j < end && j - i < 8 && t.charCodeAt(j) >= 48 && t.charCodeAt(j) <= 57) j++;
  if (j > i && t.charCodeAt(j) === 32) j++;
  return j < end && isCapital(t.charCodeAt(j));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** The personal details a row holds. */
function detailsOf(row: string): DetailKind[] {
  const kinds: DetailKind[] = [];
  if (row.indexOf('@') >= 0 && EMAIL.test(row)) kinds.push('e-mail');
  if (PHONE.test(row)) kinds.push('tel');
  if (BIRTH_DATE.test(row)) kinds.push('geb.datum');
  if (POSTCODE.test(row)) kinds.push('postcode');
  let m: RegExpExecArray | null;
  NINE_DIGITS.lastIndex = 0;
  while ((m = NINE_DIGITS.exec(row)) !== null) {
    if (isValidBsn(m[1])) {
      kinds.push('BSN');
      break;
    }
  }
  GROUPED_DIGITS.lastIndex = 0;
  while (kinds.indexOf('BSN') < 0 && (m = GROUPED_DIGITS.exec(row)) !== null) {
    // Not the tail of a longer grouped number ("0417 1643 00" in an IBAN).
    const before = m.index + m[0].length - m[1].length - 1;
    if (before >= 1 && isDigit(row.charCodeAt(before - 1))) continue;
    const digits = m[1].replace(/[ .-]/g, '');
    if (digits.length === 9 && isValidBsn(digits)) kinds.push('BSN');
  }
  eachIban(row, () => {
    kinds.push('IBAN');
    return true;
  });
  return kinds;
}

interface Row {
  start: number;
  end: number;
  kinds: DetailKind[];
  /** The first digit of each 9-digit number that passed the elfproef. */
  bsnLead?: string;
}

/**
 * A spreadsheet drops the leading zero of a mobile number, and one in eleven of the 9 digits left
 * ("6xxxxxxxx") passes the elfproef. When every such number of a list starts with a 6 (BSNs start
 * with any digit), they are the phone column, not BSNs.
 */
function mobilesWithoutZero(list: Row[]): void {
  const leads = list.filter((r) => r.bsnLead !== undefined);
  if (leads.length < 2 || leads.some((r) => r.bsnLead !== '6')) return;
  for (const r of leads) {
    r.kinds = r.kinds.filter((k) => k !== 'BSN');
    if (r.kinds.indexOf('tel') < 0) r.kinds.push('tel');
  }
}

function onlyBlank(t: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = t.charCodeAt(i);
    if (c !== 10 && c !== 13 && c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * One short line between two rows: what a narrow table cell wrapped onto the next line ("f",
 * "(anafylaxie)", "Leeuwen") in a PDF or document table. The rows around it still make one list.
 */
function wrapRemnant(t: string, end: number, start: number): boolean {
  if (t.charCodeAt(end) === 13) end++;
  // end is the previous row's line break: exactly one line may stand between.
  if (start - end > MAX_ROW || t.charCodeAt(end) !== 10 || t.indexOf('\n', end + 1) !== start - 1) return false;
  // Remnants of cells: indented to their column, split by tabs, or one short word ("f", "Leeuwen").
  // A line of prose is none of these.
  const from = end + 1;
  const to = start - 1;
  const indented = t.charCodeAt(from) === 32 || t.charCodeAt(from) === 9;
  let content = 0;
  let tab = false;
  let space = false;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === 9) tab = true;
    else if (c === 32) space = space || content > 0;
    else if (c !== 13 && ++content > 60) return false;
  }
  return indented || tab || (!space && content <= 30);
}

/**
 * Lines worth reading as rows (lines with an '@' or a 9+ digit run from the shared pass, and the
 * rows of tab-separated tables), kept only where they stand in a run of at least minRows such
 * lines (at most one blank line between) and could hold a name. Streamed: a big text has a candidate line for nearly
 * every phone number, and almost all stand alone, so only lines in long runs are ever stored.
 */
function linesInRuns(text: PreparedText, minRows: number): Array<{ start: number; end: number }> {
  const t = text.text;
  const ats = text.atPositions();
  const out: Array<{ start: number; end: number }> = [];

  // The current run: its first MAX_ROWS_READ lines, its length and where its last line ends. The
  // arrays are reused from run to run (emptying them would reallocate for every lone line).
  const runStarts: number[] = [];
  const runEnds: number[] = [];
  let runLength = 0;
  let runEnd = -1;
  let tab = 0;
  const closeRun = () => {
    // Reading a few thousand rows of one block is enough to know it is a list; a 100,000-row
    // sheet is not read to the end.
    if (runLength < minRows) {
      runLength = 0;
      return;
    }
    // Only lines that could name someone are handed on (product tables are long runs of rows).
    for (let r = 0; r < Math.min(runLength, MAX_ROWS_READ); r++) {
      // Rows come in text order: the tab cursor only moves on.
      while (tab < text.tabs.length && text.tabs.at(tab) < runStarts[r]) tab++;
      if (mayHoldName(text, runStarts[r], runEnds[r], tab)) out.push({ start: runStarts[r], end: runEnds[r] });
    }
    runLength = 0;
  };
  const addLine = (start: number, end: number) => {
    if (runLength > 0 && !(start - runEnd <= 3 && onlyBlank(t, runEnd, start)) && !wrapRemnant(t, runEnd, start)) closeRun();
    if (runLength < MAX_ROWS_READ) {
      runStarts[runLength] = start;
      runEnds[runLength] = end;
    }
    runLength++;
    runEnd = end;
  };

  // Lines holding a mark, in text order, each once: walk the '@' signs and the digit runs together.
  let a = 0;
  let k = 0;
  let lastMarkEnd = -1;
  let markStart = -1;
  let markEnd = -1;
  const nextMark = () => {
    markStart = -1;
    while (a < ats.length || k < text.count) {
      const pos = k >= text.count || (a < ats.length && ats[a] < text.starts[k]) ? ats[a++] : text.starts[k++];
      if (pos <= lastMarkEnd) continue; // on the line of the last mark
      const line = text.line(pos);
      lastMarkEnd = line.end;
      if (line.end - line.start <= MAX_ROW) {
        markStart = line.start;
        markEnd = line.end;
        return;
      }
    }
  };

  // Merge them with the table rows (both in text order), each line once.
  nextMark();
  for (const table of text.tables()) {
    for (let r = 0; r < table.rowCount; r++) {
      const start = text.rowStart(table, r);
      while (markStart >= 0 && markStart < start) {
        addLine(markStart, markEnd);
        nextMark();
      }
      if (markStart === start) nextMark();
      addLine(start, text.rowEnd(table, r));
    }
  }
  while (markStart >= 0) {
    addLine(markStart, markEnd);
    nextMark();
  }
  closeRun();
  return out;
}

function find(text: PreparedText, options: FindOptions): Hit[] {
  const t = text.text;
  const rows: Row[] = [];
  // Health terms found by the shared pass: a row holding one names someone's condition.
  const healthTerms = text.hits('health', 'term');
  let h = 0;
  const wrapped = text.wrapped();
  let w = 0;
  // Only lines that stand in a block of at least minRows lines can form a list: prose lines that
  // happen to hold a phone number are dropped here before any row is read.
  for (const line of linesInRuns(text, options.minRows)) {
    const row = t.slice(line.start, line.end);
    if (!rowHasName(row)) continue;
    const kinds = detailsOf(row);
    // An IBAN or BSN that the row's cell wrapped onto the next line (wrapped.ts).
    while (w < wrapped.length && wrapped[w].start < line.start) w++;
    for (let v = w; v < wrapped.length && wrapped[v].start < line.end; v++) {
      const kind: DetailKind = wrapped[v].kind === 'iban' ? 'IBAN' : 'BSN';
      if (kinds.indexOf(kind) < 0) kinds.push(kind);
    }
    while (h < healthTerms.length && healthTerms[h].start < line.start) h++;
    if (h < healthTerms.length && healthTerms[h].start < line.end) kinds.push('gezondheid');
    if (kinds.indexOf('geb.datum') < 0) {
      const recent = RECENT_DATE.exec(row);
      const header = recent && text.columnHeader(line.start + recent.index + 1);
      if (header && BIRTH_HEADER.test(header)) kinds.push('geb.datum');
    }
    if (kinds.indexOf('BSN') < 0) {
      const eight = EIGHT_DIGITS.exec(row);
      const header = eight && isValidBsn('0' + eight[1]) && text.columnHeader(line.start + eight.index + 1);
      if (header && BSN_HEADER.test(header)) kinds.push('BSN');
    }
    if (kinds.length === 0) continue;
    const item: Row = { start: line.start, end: line.end, kinds };
    if (kinds.indexOf('BSN') >= 0) item.bsnLead = (/(?:^|[^0-9])([0-9])[0-9]{8}(?![0-9])/.exec(row) || [])[1];
    rows.push(item);
  }
  // Rows belong to one list when at most one other line stands between them.
  const hits: Hit[] = [];
  let list: Row[] = [];
  const flush = () => {
    if (list.length >= options.minRows) {
      mobilesWithoutZero(list);
      const kinds = ORDER.filter((k) => list.some((r) => r.kinds.indexOf(k) >= 0));
      // Names with only their phone numbers is a contact list (a work phone list, a team's numbers):
      // reported at low confidence. Any other detail, or two kinds, make it a list about people.
      const privatePhones = kinds[0] === 'tel' && kinds.length === 1 && PRIVATE_PHONES.test(t.slice(Math.max(0, list[0].start - 200), Math.min(list[list.length - 1].end, list[0].start + 3000)).toLowerCase());
      const confidence: Confidence =
        kinds.length >= 2 || kinds.some((k) => SENSITIVE.indexOf(k) >= 0) ? 'high' : kinds[0] === 'tel' && !privatePhones ? 'low' : 'medium';
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
  // A salary run (a name and gross, tax and net per row) lists every person's pay: a list about
  // people even when no row holds a contact detail.
  for (const run of salaryRuns(text, text.hits('payslip', 'term'), options.minRows)) {
    if (hits.some((x) => x.start < run.end && run.start < x.end)) continue;
    hits.push({ start: run.start, end: run.end, confidence: 'high', evidence: { kind: 'list', rows: run.rows, details: ['salaris'] } });
  }
  // A table whose rows the layout broke over several lines: counted by the values under its header.
  if (t.indexOf('\t') >= 0) {
    const health = healthTerms.map((x) => x.start);
    const covered = (start: number, end: number) => hits.some((x) => x.start < end && start < x.end);
    for (const block of recordBlocks(text, health, wrapped, options.minRows, covered)) {
      if (covered(block.start, block.end)) continue;
      const sensitive = block.details.some((d) => d !== 'adres');
      hits.push({ start: block.start, end: block.end, confidence: sensitive ? 'high' : 'medium', evidence: { kind: 'list', rows: block.rows, details: block.details } });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  return hits;
}

export const personalList: Detector = {
  id: ID,
  gate: 'details',
  texts: {
    nl: { name: 'Lijst met persoonsgegevens' },
    en: { name: 'List of personal data' },
  },
  words: { terms: [], context: [], negative: [] },
  find,
};
