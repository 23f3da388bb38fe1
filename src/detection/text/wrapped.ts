/**
 * Values that a narrow table cell wrapped over two lines, joined as a reader would read them. A PDF
 * or document table (and a fixed-width text export) breaks "NL91ABNA0417164300" into "NL91ABNA04"
 * on the row's line and "17164300" on the next one, with the other cells' remnants beside it.
 *
 * A head is the start of a value at the end of a cell on one line (an IBAN's country and check
 * digits with part of the account; 2 to 8 digits of a BSN); a tail is a short piece on the next
 * line. Head and tail are joined only when the whole passes its checksum (mod-97, elfproef) at the
 * right length, so a wrong pairing is dropped, not reported. Only the lines under a label that
 * names such a value (IBAN, BSN, rekeningnummer …) are read: a table states what its columns hold.
 */
import { IBAN_LENGTHS } from '../checks/iban-countries';
import { ibanMod97, isValidBsn } from '../checks/checksums';

export interface WrappedValue {
  kind: 'iban' | 'bsn';
  /** The head on the row's line. */
  start: number;
  end: number;
  /** The joined value, without separators, upper case. */
  value: string;
}

/** Lines read under a label: a table of a few dozen people, each row wrapped over two lines. */
const WINDOW = 16 * 1024;
/** A continuation line holds only short remnants of cells. */
const MAX_REMNANTS = 60;

const IBAN_HEAD = /(?:^|[^A-Za-z0-9])([A-Za-z]{2}[0-9]{2}[A-Za-z0-9]*(?: [A-Za-z0-9]{1,4})*)(?=[ \t\r]|$)/g;
const DIGIT_HEAD = /(?:^|[ \t])([0-9]{2,8})(?=[ \t\r]|$)/g;
const TAIL = /(?:^|[ \t])([A-Za-z0-9]{1,30}(?: [A-Za-z0-9]{1,4})*)(?=[ \t\r]|$)/g;

/**
 * Wrapped IBANs and BSNs in the lines after each label position (labels in text order).
 * @example wrappedValues('IBAN\nNL91ABNA04 Jan\n17164300', [0]) // [{ kind: 'iban', value: 'NL91ABNA0417164300', start: 5, end: 15 }]
 */
export function wrappedValues(text: string, labels: readonly number[]): WrappedValue[] {
  const out: WrappedValue[] = [];
  let readTo = 0;
  for (const label of labels) {
    centredLabel(text, label, out);
    let pos = Math.max(label, readTo);
    const stop = Math.min(text.length, label + WINDOW);
    if (pos >= stop) continue;
    // From the start of the line after pos.
    pos = text.indexOf('\n', pos);
    while (pos >= 0 && pos < stop) {
      const lineStart = pos + 1;
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      if (lineEnd >= text.length) break;
      // A blank line ends the table the label heads.
      if (blank(text, lineStart, lineEnd) && lineStart > label + 1) break;
      const nextStart = lineEnd + 1;
      let nextEnd = text.indexOf('\n', nextStart);
      if (nextEnd < 0) nextEnd = text.length;
      if (isContinuation(text, nextStart, nextEnd) && lineEnd - lineStart <= 4096) join(text, lineStart, lineEnd, nextStart, nextEnd, out);
      pos = lineEnd;
    }
    readTo = stop;
  }
  return out;
}

/** Short pieces of a value around a label: a narrow form cell wraps the value over three lines. */
const MAX_PIECE = 24;
const PIECE = /^[A-Za-z0-9 .-]+$/;

/**
 * A two-column form ("Veld | Waarde") whose value cell wrapped over three lines: the label stands
 * on the middle line, centred beside them, so the value's head is on the line above the label, its
 * middle after the label, its tail on the line below. Joined only when the whole passes its checksum.
 */
function centredLabel(text: string, label: number, out: WrappedValue[]): void {
  const lineStart = text.lastIndexOf('\n', label - 1) + 1;
  if (lineStart < 2 || !blank(text, lineStart, label)) return;
  let wordEnd = label;
  while (wordEnd < text.length && /[A-Za-z-]/.test(text.charAt(wordEnd))) wordEnd++;
  const lineEnd = text.indexOf('\n', wordEnd);
  if (lineEnd < 0) return;
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  let nextEnd = text.indexOf('\n', lineEnd + 1);
  if (nextEnd < 0) nextEnd = text.length;
  const head = text.slice(prevStart, lineStart - 1).replace(/\r$/, '');
  const middle = text.slice(wordEnd, lineEnd).replace(/\r$/, '');
  const tail = text.slice(lineEnd + 1, nextEnd).replace(/\r$/, '');
  if (head.length > MAX_PIECE || middle.length > MAX_PIECE || tail.length > MAX_PIECE) return;
  if (!PIECE.test(head.trim()) || !PIECE.test(tail.trim()) || (middle.trim() && !PIECE.test(middle.trim()))) return;
  const value = (head + middle + tail).replace(/[ \t.-]/g, '').toUpperCase();
  const start = prevStart + (head.length - head.replace(/^[ \t]+/, '').length);
  const end = prevStart + head.replace(/[ \t]+$/, '').length;
  if (end <= start) return;
  if (out.some((w) => w.start === start)) return; // the same label found by both detectors
  if (/^[A-Z]{2}[0-9]{2}/.test(value) && value.length === IBAN_LENGTHS[value.slice(0, 2)] && ibanMod97(value) === 1) {
    out.push({ kind: 'iban', start, end, value });
  } else if (/^[0-9]{9}$/.test(value) && isValidBsn(value)) {
    out.push({ kind: 'bsn', start, end, value });
  }
}

function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Short remnants with a digit in them, after any indentation (a fixed-width export indents them to their column). */
function isContinuation(text: string, start: number, end: number): boolean {
  // A long line that does not start indented is prose or a full row.
  if (end - start > 4096 || (end - start > MAX_REMNANTS && text.charCodeAt(start) !== 32)) return false;
  let content = 0;
  let digit = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) continue;
    if (++content > MAX_REMNANTS) return false;
    if (c >= 48 && c <= 57) digit = true;
    // An address, an amount or a label is a cell of its own, not the rest of a number.
    else if (c === 64 || c === 0x20ac || c === 58) return false;
  }
  return digit;
}

function join(text: string, lineStart: number, lineEnd: number, nextStart: number, nextEnd: number, out: WrappedValue[]): void {
  const line = text.slice(lineStart, lineEnd);
  const next = text.slice(nextStart, nextEnd);
  const tails: string[] = [];
  let m: RegExpExecArray | null;
  TAIL.lastIndex = 0;
  while ((m = TAIL.exec(next)) !== null) tails.push(m[1].replace(/ /g, ''));
  if (tails.length === 0) return;
  IBAN_HEAD.lastIndex = 0;
  while ((m = IBAN_HEAD.exec(line)) !== null) {
    const head = m[1].replace(/ /g, '').toUpperCase();
    const length = IBAN_LENGTHS[head.slice(0, 2)];
    if (length === undefined || head.length >= length) continue;
    for (const tail of tails) {
      const value = head + tail.toUpperCase();
      if (value.length === length && ibanMod97(value) === 1) {
        const start = lineStart + m.index + m[0].length - m[1].length;
        out.push({ kind: 'iban', start, end: start + m[1].length, value });
        break;
      }
    }
  }
  DIGIT_HEAD.lastIndex = 0;
  while ((m = DIGIT_HEAD.exec(line)) !== null) {
    const head = m[1];
    for (const tail of tails) {
      if (head.length + tail.length !== 9 || !/^[0-9]+$/.test(tail)) continue;
      if (isValidBsn(head + tail)) {
        const start = lineStart + m.index + m[0].length - head.length;
        out.push({ kind: 'bsn', start, end: start + head.length, value: head + tail });
        break;
      }
    }
  }
}
