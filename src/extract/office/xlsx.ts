/**
 * Excel .xlsx: every sheet in workbook order, each as its own text named by the sheet, its cell
 * comments (notes) after its cells: a note travels with the file and shows on hover. Cells are
 * placed by their reference (B3 is the second column whatever came before), so a header row keeps
 * its columns over the values below it. Numbers are written as stored: a BSN kept as the number
 * 12345672 comes out as 12345672, never 1.2345672E7. Dates (by their number format) as yyyy-mm-dd.
 */
import { cleanCell } from '../container/flow';
import { emptyResult, joinPath, makeStopCheck, TextSink, timeUp, unscannable } from '../guard';
import { type OfficePackage, relType, byNumber } from './package';
import type { ExtractContext, ExtractResult } from '../types';
import { parseXml } from '../text/xml';
import { formatDate } from './xls';
import { readDrawingXml } from './pptx';

interface SheetRef {
  name: string;
  part: string;
}

export function extractXlsx(pkg: OfficePackage, ctx: ExtractContext): ExtractResult {
  const result = emptyResult();
  const workbook = pkg.mainPart('xl/workbook.xml');
  const rels = pkg.relationships(workbook);
  const sheets = listSheets(pkg, workbook, rels);
  const stop = makeStopCheck(ctx);
  const sharedPart = rels.filter((r) => relType(r) === 'sharedStrings')[0];
  const shared = readSharedStrings(pkg, sharedPart ? sharedPart.target : 'xl/sharedStrings.xml', stop);
  const stylesPart = rels.filter((r) => relType(r) === 'styles')[0];
  const dateStyles = readDateStyles(pkg, stylesPart ? stylesPart.target : 'xl/styles.xml');
  const workbookXml = pkg.readText(workbook) || '';
  const date1904 = /date1904\s*=\s*["'](1|true)["']/.test(workbookXml.slice(0, 4096));
  if (sheets.length === 0) result.problems.push(unscannable(ctx.path, 'corrupt'));
  for (const sheet of sheets) {
    if (timeUp(ctx)) {
      result.problems.push(unscannable(ctx.path, 'time-out'));
      break;
    }
    const xml = pkg.readText(sheet.part);
    if (xml === null) continue;
    const sink = new TextSink(ctx);
    let complete = readSheet(xml, sink, shared, dateStyles, date1904, makeStopCheck(ctx, sink));
    for (const r of pkg.relationships(sheet.part)) {
      if (!complete || relType(r) !== 'comments' || r.external || !pkg.has(r.target)) continue;
      const comments = pkg.readText(r.target);
      if (comments === null) continue;
      // The runs of each comment's <text>, one comment per line after the cells (authors' names are not runs).
      if (sink.size && sink.lastChar() !== '\n') sink.add('\n');
      complete = readDrawingXml(comments, sink, ctx);
    }
    sink.finish(result, joinPath(ctx.path, sheet.name));
    if (sink.full) break;
    if (!complete) {
      result.problems.push(unscannable(ctx.path, 'time-out'));
      break;
    }
  }
  for (const p of pkg.problems) result.problems.push(p);
  return result;
}

function listSheets(pkg: OfficePackage, workbook: string, rels: ReturnType<OfficePackage['relationships']>): SheetRef[] {
  const targets = new Map<string, string>();
  for (const r of rels) if (!r.external) targets.set(r.id, r.target);
  const sheets: SheetRef[] = [];
  const xml = pkg.readText(workbook);
  if (xml) {
    parseXml(xml, {
      open(name, attributes) {
        if (name !== 'sheet') return;
        const part = targets.get(attributes.get('id') || '');
        if (part && pkg.has(part)) sheets.push({ name: attributes.get('name') || part, part });
      },
    });
  }
  if (sheets.length) return sheets;
  // No usable workbook: read the worksheets we can find, in number order.
  return pkg
    .names()
    .filter((n) => /^xl\/worksheets\/[^/]+\.xml$/i.test(n))
    .sort(byNumber)
    .map((part, i) => ({ name: 'Sheet' + (i + 1), part }));
}

function readSharedStrings(pkg: OfficePackage, part: string, stop: () => boolean): string[] {
  const strings: string[] = [];
  const xml = pkg.has(part) ? pkg.readText(part) : null;
  if (!xml) return strings;
  let current: string[] | null = null;
  let inText = 0;
  let phonetic = 0;
  parseXml(
    xml,
    {
      open(name) {
        if (name === 'si') current = [];
        else if (name === 't') inText++;
        else if (name === 'rPh') phonetic++;
      },
      close(name) {
        if (name === 'si' && current) {
          strings.push(current.join(''));
          current = null;
        } else if (name === 't' && inText) inText--;
        else if (name === 'rPh' && phonetic) phonetic--;
      },
      text(text) {
        if (current && inText && !phonetic) current.push(text);
      },
    },
    stop,
  );
  return strings;
}

/** Built-in number formats that show a date (ECMA-376 18.8.30). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Which cell style indexes (the `s` attribute) show a date. */
function readDateStyles(pkg: OfficePackage, part: string): boolean[] {
  const out: boolean[] = [];
  const xml = pkg.has(part) ? pkg.readText(part) : null;
  if (!xml) return out;
  const customDate = new Set<number>();
  let inCellXfs = 0;
  parseXml(xml, {
    open(name, attributes, selfClosing) {
      if (name === 'numFmt') {
        const id = parseInt(attributes.get('numFmtId') || '', 10);
        // A date code has d, m or y outside quotes and brackets ("[Red]", "\"dagen\"" do not count).
        const code = (attributes.get('formatCode') || '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
        if (/[dy]/i.test(code)) customDate.add(id);
      } else if (name === 'cellXfs' && !selfClosing) {
        inCellXfs++;
      } else if (name === 'xf' && inCellXfs) {
        const id = parseInt(attributes.get('numFmtId') || '0', 10);
        out.push(BUILTIN_DATE_FORMATS.has(id) || customDate.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs' && inCellXfs) inCellXfs--;
    },
  });
  return out;
}

/** Column index from a cell reference's letters ("B3" -> 1); -1 when there are none. */
function columnOf(reference: string): number {
  let col = 0;
  let i = 0;
  for (; i < reference.length && i < 3; i++) {
    const c = reference.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === 0 ? -1 : col - 1;
}

/** A number as stored, but never in exponent form when it is a whole number (12345672, not 1.2345672E7). */
export function numberText(raw: string): string {
  const text = raw.trim();
  if (!/[eE]/.test(text)) return text;
  const value = Number(text);
  if (isFinite(value) && Math.floor(value) === value && Math.abs(value) < 1e21) return String(value);
  return text;
}

function readSheet(xml: string, sink: TextSink, shared: string[], dateStyles: boolean[], date1904: boolean, stop: () => boolean): boolean {
  let row: string[] = [];
  let nextColumn = 0;
  let cellType = '';
  let cellStyle = -1;
  let cellColumn = 0;
  let inCell = false;
  let inValue = false;
  let inText = 0;
  let value: string[] = [];
  let inline: string[] = [];
  const endRow = () => {
    let end = row.length;
    while (end > 0 && !row[end - 1]) end--;
    if (end > 0) {
      const cells: string[] = [];
      for (let i = 0; i < end; i++) cells.push(row[i] || '');
      sink.add(cells.join('\t') + '\n');
    }
    row = [];
    nextColumn = 0;
  };
  return parseXml(
    xml,
    {
      open(name, attributes, selfClosing) {
        if (name === 'row') {
          if (row.length) endRow();
          nextColumn = 0;
        } else if (name === 'c') {
          const column = columnOf(attributes.get('r') || '');
          cellColumn = column >= 0 ? column : nextColumn;
          nextColumn = cellColumn + 1;
          cellType = attributes.get('t') || 'n';
          cellStyle = parseInt(attributes.get('s') || '-1', 10);
          inCell = !selfClosing;
          value = [];
          inline = [];
        } else if (name === 'v' && inCell && !selfClosing) {
          inValue = true;
        } else if (name === 't' && inCell && !selfClosing) {
          inText++;
        }
      },
      close(name) {
        if (name === 'v') inValue = false;
        else if (name === 't' && inText) inText--;
        else if (name === 'c' && inCell) {
          inCell = false;
          const text = cellText(cellType, value.join(''), inline.join(''), shared, dateStyles[cellStyle] === true, date1904);
          if (text && cellColumn < 16384) row[cellColumn] = cleanCell(text);
        } else if (name === 'row' || name === 'sheetData') {
          endRow();
        }
      },
      text(text) {
        if (inValue) value.push(text);
        else if (inText) inline.push(text);
      },
    },
    stop,
  );
}

function cellText(type: string, value: string, inline: string, shared: string[], isDate: boolean, date1904: boolean): string {
  switch (type) {
    case 's': {
      const index = parseInt(value, 10);
      return index >= 0 && index < shared.length ? shared[index] : '';
    }
    case 'inlineStr':
      return inline || value;
    case 'str':
    case 'e':
    case 'd':
      return value;
    case 'b':
      return value.trim() === '1' ? 'TRUE' : value.trim() === '0' ? 'FALSE' : value;
    default: {
      if (!value) return inline;
      const number = Number(value);
      if (isDate && isFinite(number)) return formatDate(number, date1904);
      return numberText(value);
    }
  }
}
