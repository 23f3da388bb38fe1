/**
 * Excel 97-2003 (.xls, BIFF8; BIFF5 "Book" streams too) cell values: every sheet as rows of
 * TAB-separated cells in column order, the way the detectors read tables. Numbers come out as
 * stored (12345672, not 1.2345672E7) because a BSN that lost its leading zero hides there;
 * cells formatted as dates come out as yyyy-mm-dd (a date of birth is personal data too).
 */
import { decodeWindows1252 } from '../../codec/bytes';
import { u16, u32, WINDOWS_1252 } from '../binary';

/** `damaged`: records ran off the stream or made no sense; what was read is kept, but more may have been there. */
export type WorkbookResult = { sheets: Array<{ name: string; text: string }>; truncated: boolean; damaged?: boolean } | { problem: 'encrypted' | 'corrupt' };

const BOF = 0x0809;
const EOF = 0x000a;
const BOUNDSHEET = 0x0085;
const FILEPASS = 0x002f;
const SST = 0x00fc;
const CONTINUE = 0x003c;
const LABELSST = 0x00fd;
const LABEL = 0x0204;
const RSTRING = 0x00d6;
const NUMBER = 0x0203;
const RK = 0x027e;
const MULRK = 0x00bd;
const FORMULA = 0x0006;
const STRING = 0x0207;
const BOOLERR = 0x0205;
const FORMAT = 0x041e;
const XF = 0x00e0;
const DATE1904 = 0x0022;
const DIMENSIONS = 0x0200;
const ROW = 0x0208;
const BLANK = 0x0201;
const WORKSHEET = 0x0010;
const MACRO_SHEET = 0x0040;

/** Built-in number formats that show a date (MS-XLS 2.4.126; 27-36 and 50-58 are East Asian dates). */
const BUILTIN_DATE_FORMATS: Record<number, true> = { 14: true, 15: true, 16: true, 17: true, 22: true };
for (let i = 27; i <= 36; i++) BUILTIN_DATE_FORMATS[i] = true;
for (let i = 50; i <= 58; i++) BUILTIN_DATE_FORMATS[i] = true;

/** Highest column index kept. */
const MAX_COLUMN = 1023;

const ERRORS: Record<number, string> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A' };

function f64(bytes: Uint8Array, at: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset + at, 8).getFloat64(0, true);
}

/** RK: a compressed number (30 bits of a double or an integer, optionally divided by 100). */
function rkValue(rk: number): number {
  let value: number;
  if (rk & 0x02) {
    value = rk >> 2;
  } else {
    const buffer = new DataView(new ArrayBuffer(8));
    buffer.setUint32(4, rk & 0xfffffffc, true);
    buffer.setUint32(0, 0, true);
    value = buffer.getFloat64(0, true);
  }
  return rk & 0x01 ? value / 100 : value;
}

/** A number as Excel keeps it: integers in full, fractions to 15 significant digits (no binary noise). */
export function formatNumber(value: number): string {
  if (!isFinite(value)) return '';
  const plain = String(value);
  // Short forms cannot carry binary noise (0.30000000000000004 is 19 characters); skip the rounding.
  if (plain.length <= 15 || (Math.floor(value) === value && Math.abs(value) < 1e21)) return plain;
  return String(parseFloat(value.toPrecision(15)));
}

interface BiffRecord {
  type: number;
  start: number;
  end: number;
}

/** Reads records from `at` on; stops at the end of the stream or a record that runs past it. */
/** No BIFF8 record has type 0 or a type this high: such a record is damage (zeroed or overwritten bytes). */
const MAX_RECORD_TYPE = 0x1200;

function senseless(record: BiffRecord | undefined): boolean {
  return !record || record.type === 0 || record.type > MAX_RECORD_TYPE;
}

function readRecord(stream: Uint8Array, at: number): BiffRecord | undefined {
  if (at + 4 > stream.length) return undefined;
  const size = u16(stream, at + 2);
  if (at + 4 + size > stream.length) return undefined;
  return { type: u16(stream, at), start: at + 4, end: at + 4 + size };
}

/**
 * Reads strings that may be split over CONTINUE records. When the characters of a string cross
 * into a CONTINUE record, that record starts with a fresh option byte (8- or 16-bit characters).
 */
class SplitReader {
  private part = 0;
  private at: number;

  constructor(private readonly stream: Uint8Array, private readonly parts: BiffRecord[]) {
    this.at = parts.length > 0 ? parts[0].start : 0;
  }

  private ensure(): boolean {
    while (this.part < this.parts.length && this.at >= this.parts[this.part].end) {
      this.part++;
      if (this.part < this.parts.length) this.at = this.parts[this.part].start;
    }
    return this.part < this.parts.length;
  }

  get done(): boolean {
    return !this.ensure();
  }

  byte(): number {
    if (!this.ensure()) throw new RangeError('end of records');
    return this.stream[this.at++];
  }

  u16(): number {
    return this.byte() | (this.byte() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(count: number): void {
    while (count > 0) {
      if (!this.ensure()) throw new RangeError('end of records');
      const step = Math.min(count, this.parts[this.part].end - this.at);
      this.at += step;
      count -= step;
    }
  }

  /**
   * cch characters, 16-bit when `wide`. When they run past the current record, the next CONTINUE
   * record starts with a fresh option byte, even when not one character fitted before the boundary.
   */
  chars(count: number, wide: boolean): string {
    let text = '';
    for (;;) {
      if (this.part >= this.parts.length) throw new RangeError('end of records');
      const end = this.parts[this.part].end;
      const width = wide ? 2 : 1;
      const take = Math.min(count, Math.floor((end - this.at) / width));
      text += wide ? utf16(this.stream, this.at, take) : latin(this.stream, this.at, this.at + take);
      this.at += take * width;
      count -= take;
      if (count === 0) return text;
      this.part++;
      if (this.part >= this.parts.length) throw new RangeError('end of records');
      this.at = this.parts[this.part].start;
      if (this.at >= this.parts[this.part].end) throw new RangeError('empty CONTINUE');
      wide = (this.stream[this.at++] & 0x01) !== 0;
    }
  }

  /** XLUnicodeRichExtendedString (SST entries, STRING records). */
  richString(): string {
    const count = this.u16();
    const options = this.byte();
    const runs = options & 0x08 ? this.u16() : 0;
    const extended = options & 0x04 ? this.u32() : 0;
    const text = this.chars(count, (options & 0x01) !== 0);
    this.skip(runs * 4 + extended);
    return text;
  }
}

/** Most cell strings are short: decode them through one small array instead of a typed-array round trip. */
const SHORT = 1024;
const codes: number[] = [];

function utf16(bytes: Uint8Array, at: number, count: number): string {
  if (count > SHORT) {
    let out = '';
    for (let i = 0; i < count; i += SHORT) out += utf16(bytes, at + 2 * i, Math.min(SHORT, count - i));
    return out;
  }
  codes.length = count;
  for (let i = 0; i < count; i++) codes[i] = u16(bytes, at + 2 * i);
  return String.fromCharCode.apply(null, codes);
}

function latin(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > SHORT) return decodeWindows1252(bytes, start, end);
  codes.length = Math.max(0, end - start);
  for (let i = start; i < end; i++) codes[i - start] = WINDOWS_1252.charCodeAt(bytes[i]);
  return String.fromCharCode.apply(null, codes);
}

/** A record plus the CONTINUE records that follow it. */
function withContinues(stream: Uint8Array, first: BiffRecord): { parts: BiffRecord[]; next: number } {
  const parts = [first];
  let at = first.end;
  for (;;) {
    const record = readRecord(stream, at);
    if (!record || record.type !== CONTINUE) break;
    parts.push(record);
    at = record.end;
  }
  return { parts, next: at };
}

/** Short string in BOUNDSHEET (BIFF8: option byte; BIFF5: 8-bit only). */
function sheetName(stream: Uint8Array, record: BiffRecord, biff8: boolean): string {
  const count = stream[record.start + 6];
  if (!biff8) return latin(stream, record.start + 7, Math.min(record.end, record.start + 7 + count));
  const wide = (stream[record.start + 7] & 0x01) !== 0;
  const at = record.start + 8;
  if (wide) return utf16(stream, at, Math.min(count, Math.floor((record.end - at) / 2)));
  return latin(stream, at, Math.min(record.end, at + count));
}

/** LABEL / RSTRING cell text (BIFF8: XLUnicodeString; BIFF5: 8-bit). */
function labelText(stream: Uint8Array, record: BiffRecord, biff8: boolean): string {
  const count = u16(stream, record.start + 6);
  if (!biff8) return latin(stream, record.start + 8, Math.min(record.end, record.start + 8 + count));
  const wide = (stream[record.start + 8] & 0x01) !== 0;
  const at = record.start + 9;
  if (wide) return utf16(stream, at, Math.min(count, Math.floor((record.end - at) / 2)));
  return latin(stream, at, Math.min(record.end, at + count));
}

/** Cells by row, then column (sparse arrays: holes are empty cells). */
type Cells = string[][];

/**
 * Reads a workbook stream ("Workbook" for BIFF8, "Book" for BIFF5). `maxChars` caps the text;
 * `checkClock` throws when the time budget is spent.
 */
export function extractWorkbook(stream: Uint8Array, maxChars: number, checkClock: () => void): WorkbookResult {
  const first = readRecord(stream, 0);
  if (!first || first.type !== BOF || first.end - first.start < 4) return { problem: 'corrupt' };
  const biff8 = u16(stream, first.start) === 0x0600;

  // Workbook globals: sheet list, shared strings, encryption, which cell formats are dates.
  const sheets: Array<{ name: string; offset: number }> = [];
  const customFormats: Record<number, string> = {};
  const xfFormats: number[] = [];
  let date1904 = false;
  let strings: string[] = [];
  let at = first.end;
  let damaged = false;
  let declaredStrings = 0;
  for (;;) {
    const record = readRecord(stream, at);
    if (senseless(record)) damaged = true;
    if (!record || record.type === EOF) break;
    at = record.end;
    if (record.type === FILEPASS) return { problem: 'encrypted' };
    if (record.type === BOUNDSHEET && record.end - record.start >= 8) {
      const kind = stream[record.start + 5];
      if (kind === 0 || kind === 1) sheets.push({ name: sheetName(stream, record, biff8), offset: u32(stream, record.start) });
    } else if (record.type === SST && biff8) {
      const { parts, next } = withContinues(stream, record);
      strings = readSharedStrings(stream, parts, maxChars);
      declaredStrings = parts[0].end - parts[0].start >= 8 ? u32(stream, parts[0].start + 4) : 0;
      at = next;
    } else if (record.type === FORMAT && record.end - record.start >= 3) {
      customFormats[u16(stream, record.start)] = formatString(stream, record, biff8);
    } else if (record.type === XF && record.end - record.start >= 4) {
      xfFormats.push(u16(stream, record.start + 2));
    } else if (record.type === DATE1904 && record.end - record.start >= 2) {
      date1904 = u16(stream, record.start) === 1;
    }
    // CODEPAGE is not needed: 8-bit strings are read as Windows-1252, as Dutch and English workbooks are.
  }
  // Fewer shared strings than the table declares (and not for the text cap): cells will point past them.
  const stringsCapped = strings.reduce((n, t) => n + t.length, 0) >= maxChars;
  if (strings.length < declaredStrings && !stringsCapped) damaged = true;
  const dateStyles = xfFormats.map((ifmt) => (BUILTIN_DATE_FORMATS[ifmt] ? true : customFormats[ifmt] !== undefined && isDateFormat(customFormats[ifmt])));
  const numberText = (value: number, xf: number): string => (dateStyles[xf] ? formatDate(value, date1904) : formatNumber(value));

  // Sheets the list lost (a damaged BOUNDSHEET record or offset) are still in the stream: read them.
  const found = unlistedSheets(stream, at, sheets);
  if (found.damaged) damaged = true;
  for (const offset of found.offsets) sheets.push({ name: `sheet ${sheets.length + 1}`, offset });

  const out: Array<{ name: string; text: string }> = [];
  let total = 0;
  let truncated = false;
  for (const sheet of sheets) {
    checkClock();
    if (total >= maxChars) {
      truncated = true;
      break;
    }
    const cells = readSheetCells(stream, sheet.offset, strings, stringsCapped, biff8, numberText, checkClock, nextSheet(sheets, sheet.offset, stream.length));
    if (!cells) return { problem: 'corrupt' };
    if (cells.damaged) damaged = true;
    const text = cellsToText(cells, maxChars - total);
    if (text.length >= maxChars - total) truncated = true;
    total += text.length;
    out.push({ name: sheet.name, text });
  }
  return { sheets: out, truncated, damaged };
}

/**
 * Walks the sheets that follow the globals' EOF (at `globalsEnd`), one BOF..EOF after another, and
 * compares them with the sheet list: a worksheet the list does not name, or two names for one
 * sheet, means a BOUNDSHEET record was damaged. Returns the unnamed worksheets' offsets.
 */
function unlistedSheets(stream: Uint8Array, globalsEnd: number, sheets: Array<{ offset: number }>): { offsets: number[]; damaged: boolean } {
  const listed: Record<number, true> = {};
  let damaged = false;
  for (const sheet of sheets) {
    if (listed[sheet.offset]) damaged = true;
    listed[sheet.offset] = true;
  }
  const offsets: number[] = [];
  const eof = readRecord(stream, globalsEnd);
  let at = eof ? eof.end : stream.length;
  for (let substreams = 0; substreams < 4096; substreams++) {
    const bof = readRecord(stream, at);
    if (!bof || bof.type !== BOF || bof.end - bof.start < 4) break;
    const kind = u16(stream, bof.start + 2);
    if ((kind === WORKSHEET || kind === MACRO_SHEET) && !listed[at]) {
      offsets.push(at);
      damaged = true;
    }
    // To this substream's EOF (embedded charts nest their own BOF..EOF).
    let depth = 1;
    at = bof.end;
    while (depth > 0) {
      const inner = readRecord(stream, at);
      if (!inner) return { offsets, damaged };
      at = inner.end;
      if (inner.type === BOF) depth++;
      else if (inner.type === EOF) depth--;
    }
  }
  return { offsets, damaged };
}

/** Where the sheet after the one at `offset` starts (the stream's end for the last). */
function nextSheet(sheets: Array<{ offset: number }>, offset: number, end: number): number {
  let next = end;
  for (const sheet of sheets) if (sheet.offset > offset && sheet.offset < next) next = sheet.offset;
  return next;
}

function readSharedStrings(stream: Uint8Array, parts: BiffRecord[], maxChars: number): string[] {
  const reader = new SplitReader(stream, parts);
  const strings: string[] = [];
  try {
    reader.skip(8); // cstTotal, cstUnique
    let chars = 0;
    while (!reader.done && chars < maxChars) {
      const text = reader.richString();
      chars += text.length;
      strings.push(text);
    }
  } catch {
    // A short SST keeps the strings read so far; cells pointing past them stay empty.
  }
  return strings;
}

/** Records of a sheet's cell table (MS-XLS CELLTABLE: rows, cells, formulas and their parts). */
const CELL_TABLE: Record<number, true> = {
  [ROW]: true, 0x00d7: true /* DBCELL */, [BLANK]: true, 0x00be: true /* MULBLANK */, [NUMBER]: true, [RK]: true,
  [MULRK]: true, [LABELSST]: true, [LABEL]: true, [RSTRING]: true, [BOOLERR]: true, [FORMULA]: true, [STRING]: true,
  0x0221: true /* ARRAY */, 0x04bc: true /* SHRFMLA */, 0x0236: true /* TABLE */, [CONTINUE]: true, 0x01c2: true /* EntExU2 */,
};

/** Records the worksheet grammar allows right after the cell table (drawings, notes, the window, ...). */
const AFTER_CELL_TABLE: Record<number, true> = {
  0x00ec: true, 0x005d: true, 0x01b6: true, 0x001c: true, 0x023e: true, 0x00e5: true, 0x01b0: true, 0x0879: true,
  0x01b8: true, 0x01b2: true, 0x01ba: true, 0x00ef: true, 0x0862: true, 0x0867: true, 0x0868: true, 0x089c: true,
  [EOF]: true, [BOF]: true, 0x0866: true, 0x00b0: true, 0x0050: true, 0x01aa: true, 0x0090: true, 0x0099: true,
  0x015f: true, 0x01ad: true, 0x0801: true, 0x086c: true,
};

/** Records that start with the cell's row and column. */
const CELLS: Record<number, true> = {
  [BLANK]: true, 0x00be: true, [NUMBER]: true, [RK]: true, [MULRK]: true, [LABELSST]: true, [LABEL]: true, [RSTRING]: true, [BOOLERR]: true, [FORMULA]: true,
};

/** Cell records of one fixed size: another size means the record was damaged. */
const CELL_SIZES: Record<number, number> = { [LABELSST]: 10, [RK]: 10, [NUMBER]: 14, [BLANK]: 6, [BOOLERR]: 8, [ROW]: 16 };

/**
 * Notices damage a sheet's records do not announce: a cell record whose type byte was changed is
 * skipped without a word, and with it a column header that gave the values below their meaning.
 * Producers write the cell table in one run, so a cell after the run has ended, a record that
 * ends the run although it is no record that may follow it and is shaped like a cell, a cell of
 * the wrong size, or a cell outside the sheet's declared dimensions, is damage.
 */
class CellTableCheck {
  private state: 'before' | 'in' | 'after' = 'before';
  private rows = 0;
  private columns = 0;

  constructor(private readonly biff8: boolean) {}

  fits(stream: Uint8Array, record: BiffRecord): boolean {
    const size = record.end - record.start;
    if (record.type === DIMENSIONS) {
      if (this.biff8 && size >= 12) {
        this.rows = u32(stream, record.start + 4);
        this.columns = u16(stream, record.start + 10);
      } else if (!this.biff8 && size >= 8) {
        this.rows = u16(stream, record.start + 2);
        this.columns = u16(stream, record.start + 6);
      }
      return true;
    }
    if (CELL_TABLE[record.type]) {
      const was = this.state;
      this.state = 'in';
      if (was === 'after') return false;
      const fixed = CELL_SIZES[record.type];
      if (fixed !== undefined && size !== fixed) return false;
      return !CELLS[record.type] || this.inside(stream, record);
    }
    if (this.state !== 'in') return true;
    this.state = 'after';
    return AFTER_CELL_TABLE[record.type] === true || !(size >= 6 && this.inside(stream, record));
  }

  /** Whether the record's row and column lie in the declared dimensions (when the sheet declares any). */
  private inside(stream: Uint8Array, record: BiffRecord): boolean {
    if (this.rows === 0 || this.columns === 0 || record.end - record.start < 4) return true;
    return u16(stream, record.start) < this.rows && u16(stream, record.start + 2) < this.columns;
  }
}

function readSheetCells(
  stream: Uint8Array,
  offset: number,
  strings: string[],
  stringsCapped: boolean,
  biff8: boolean,
  numberText: (value: number, xf: number) => string,
  checkClock: () => void,
  limit: number,
): (Cells & { damaged?: boolean }) | undefined {
  const bof = readRecord(stream, offset);
  if (!bof || bof.type !== BOF) return undefined;
  const cells: Cells & { damaged?: boolean } = [];
  const table = new CellTableCheck(biff8);
  const put = (row: number, col: number, value: string): void => {
    // BIFF8 has 256 columns; anything far beyond is hostile and would only pad rows with tabs.
    if (value === '' || col > MAX_COLUMN) return;
    // A TAB or line break inside a cell would shift the columns of the table text.
    if (/[\t\r\n]/.test(value)) value = value.replace(/[\t\r\n]+/g, ' ');
    (cells[row] || (cells[row] = []))[col] = value;
  };
  let at = bof.end;
  let pendingString: { row: number; col: number } | undefined;
  let count = 0;
  for (;;) {
    const record = readRecord(stream, at);
    if (senseless(record)) cells.damaged = true;
    if (!record || record.type === EOF) break;
    if ((++count & 0xfff) === 0) checkClock();
    if (!table.fits(stream, record)) cells.damaged = true;
    if (record.end > limit) {
      // A record running into the next sheet: a damaged size or EOF. The rest belongs to that sheet.
      cells.damaged = true;
      break;
    }
    at = record.end;
    const s = record.start;
    const size = record.end - record.start;
    if (record.type === BOF) {
      // An embedded chart or sub-stream: skip to its EOF.
      let depth = 1;
      while (depth > 0) {
        const inner = readRecord(stream, at);
        if (!inner) break;
        at = inner.end;
        if (inner.type === BOF) depth++;
        else if (inner.type === EOF) depth--;
      }
      continue;
    }
    if (size < 6) continue;
    const row = u16(stream, s);
    const col = u16(stream, s + 2);
    switch (record.type) {
      case LABELSST:
        if (size >= 10) {
          const index = u32(stream, s + 6);
          // A cell pointing past the shared strings lost its text (unless the text cap cut them).
          if (index >= strings.length && !stringsCapped) cells.damaged = true;
          put(row, col, strings[index] || '');
        }
        break;
      case LABEL:
      case RSTRING:
        if (size >= 8) put(row, col, labelText(stream, record, biff8));
        break;
      case NUMBER:
        if (size >= 14) put(row, col, numberText(f64(stream, s + 6), u16(stream, s + 4)));
        break;
      case RK:
        if (size >= 10) put(row, col, numberText(rkValue(u32(stream, s + 6)), u16(stream, s + 4)));
        break;
      case MULRK: {
        const last = u16(stream, record.end - 2);
        for (let c = col, p = s + 4; c <= last && p + 6 <= record.end - 2; c++, p += 6) put(row, c, numberText(rkValue(u32(stream, p + 2)), u16(stream, p)));
        break;
      }
      case FORMULA:
        if (size >= 14) {
          if (stream[s + 12] === 0xff && stream[s + 13] === 0xff) {
            const kind = stream[s + 6];
            if (kind === 0) pendingString = { row, col };
            else if (kind === 1) put(row, col, stream[s + 8] ? 'TRUE' : 'FALSE');
            else if (kind === 2) put(row, col, ERRORS[stream[s + 8]] || '#ERROR');
          } else {
            put(row, col, numberText(f64(stream, s + 6), u16(stream, s + 4)));
          }
        }
        break;
      case STRING:
        if (pendingString) {
          const { parts, next } = withContinues(stream, record);
          at = next;
          try {
            const reader = new SplitReader(stream, parts);
            put(pendingString.row, pendingString.col, biff8 ? stringRecord(reader) : decodeWindows1252(stream, s + 2, Math.min(record.end, s + 2 + u16(stream, s))));
          } catch {
            // A cut-short cached result is left empty.
          }
          pendingString = undefined;
        }
        break;
      case BOOLERR:
        if (size >= 8) put(row, col, stream[s + 7] ? ERRORS[stream[s + 6]] || '#ERROR' : stream[s + 6] ? 'TRUE' : 'FALSE');
        break;
      default:
        break;
    }
  }
  return cells;
}

/** FORMAT record's format code (BIFF8: XLUnicodeString; BIFF5: 8-bit with a one-byte count). */
function formatString(stream: Uint8Array, record: BiffRecord, biff8: boolean): string {
  const at = record.start + 2;
  if (!biff8) return decodeWindows1252(stream, at + 1, Math.min(record.end, at + 1 + stream[at]));
  const count = u16(stream, at);
  const start = at + 3;
  if (stream[at + 2] & 0x01) return utf16(stream, start, Math.min(count, Math.floor((record.end - start) / 2)));
  return decodeWindows1252(stream, start, Math.min(record.end, start + count));
}

/** A format code shows a date when, outside quotes, brackets and escapes, it has a day, month or year. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '').toLowerCase();
  if (/[dy]/.test(bare)) return true;
  // "m" alone is a month; beside hours or seconds it is minutes.
  return /m/.test(bare) && !/[hs]/.test(bare);
}

/** A date serial number as yyyy-mm-dd (with hh:mm when it has a time of day), as people read it. */
export function formatDate(serial: number, date1904: boolean): string {
  if (!(serial >= 1 && serial < 2958466)) return formatNumber(serial);
  const days = Math.floor(serial);
  // The 1900 system counts a 29 February 1900 that never was (Lotus 1-2-3's leap-year bug).
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : days >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const date = new Date(epoch + days * 86400000);
  const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
  let text = `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
  const minutes = Math.round((serial - days) * 1440);
  if (minutes > 0 && minutes < 1440) text += ` ${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
  return text;
}

/** STRING record: XLUnicodeString (count, option byte, characters). */
function stringRecord(reader: SplitReader): string {
  const count = reader.u16();
  const options = reader.byte();
  return reader.chars(count, (options & 0x01) !== 0);
}

/** Rows in order, cells in column order; empty cells keep their place so columns stay aligned. */
function cellsToText(cells: Cells, maxChars: number): string {
  const lines: string[] = [];
  let length = 0;
  for (let row = 0; row < cells.length; row++) {
    const values = cells[row];
    if (!values) continue;
    // join() writes holes as empty strings: the TABs of empty cells come for free.
    const line = values.join('\t');
    lines.push(line);
    length += line.length + 1;
    if (length >= maxChars) break;
  }
  const text = lines.length > 0 ? `${lines.join('\n')}\n` : '';
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}
