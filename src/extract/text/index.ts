/**
 * Text formats: plain text, CSV/TSV (as TAB-separated lines), JSON (its values, each after its
 * key), generic XML (leaf elements as "name: text") and HTML (via htmlToText). The character set
 * is sniffed: UTF-8, UTF-16 with or without BOM, else Windows-1252; HTML's own meta charset wins.
 */
import { bytesToLatin1, decodeText, sniffAndDecode } from '../../codec/bytes';
import { cleanCell } from '../container/flow';
import { emptyResult, makeStopCheck, TextSink, unscannable } from '../guard';
import { htmlToText } from './html';
import type { ExtractContext, ExtractResult } from '../types';
import { decodeXml, parseXml } from './xml';

function single(ctx: ExtractContext, fill: (sink: TextSink) => boolean): ExtractResult {
  const result = emptyResult();
  const sink = new TextSink(ctx);
  const complete = fill(sink);
  sink.finish(result, ctx.path);
  if (!complete && !sink.full) result.problems.push(unscannable(ctx.path, 'time-out'));
  return result;
}

export function extractPlainText(bytes: Uint8Array, ctx: ExtractContext): ExtractResult {
  return single(ctx, (sink) => {
    sink.add(sniffAndDecode(bytes));
    return true;
  });
}

/** Picks the delimiter that occurs most on the first line (outside quotes): TAB, ';' or ','. */
export function guessDelimiter(text: string): string {
  const counts: Record<string, number> = { '\t': 0, ';': 0, ',': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 65536; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts[c] !== undefined) counts[c]++;
  }
  let best = ',';
  for (const d of ['\t', ';', ',']) if (counts[d] > counts[best]) best = d;
  return best;
}

/** CSV to our table text: one line per record, cells separated by TAB, quotes ("" escapes) removed. */
export function csvToText(text: string, delimiter: string, sink: TextSink, stop: () => boolean): boolean {
  let cell = '';
  let row: string[] = [];
  let quoted = false;
  const endRow = () => {
    while (row.length && row[row.length - 1] === '') row.pop();
    if (row.length) sink.add(row.join('\t') + '\n');
    row = [];
  };
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text[i];
    if (quoted) {
      // Copy the quoted run in one slice (linear: each character is looked at once).
      const close = text.indexOf('"', i);
      if (close < 0) {
        cell += text.slice(i);
        i = length;
        break;
      }
      cell += text.slice(i, close);
      if (text[close + 1] === '"') {
        cell += '"';
        i = close + 2;
      } else {
        quoted = false;
        i = close + 1;
      }
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
      i++;
    } else if (c === delimiter) {
      row.push(cleanCell(cell));
      cell = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      row.push(cleanCell(cell));
      cell = '';
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      if (stop()) return false;
    } else {
      // Plain run up to the next special character.
      let j = i + 1;
      while (j < length) {
        const d = text[j];
        if (d === delimiter || d === '\n' || d === '\r' || d === '"') break;
        j++;
      }
      cell += text.slice(i, j);
      i = j;
    }
  }
  row.push(cleanCell(cell));
  endRow();
  return true;
}

export function extractCsv(bytes: Uint8Array, ctx: ExtractContext, name: string): ExtractResult {
  const text = sniffAndDecode(bytes);
  const delimiter = /\.tsv$/i.test(name) ? '\t' : guessDelimiter(text);
  return single(ctx, (sink) => csvToText(text, delimiter, sink, makeStopCheck(ctx, sink, 64)));
}

/**
 * JSON's values as lines "key: value" (the key gives a detector its context), tolerant of broken
 * JSON: a small scanner, not JSON.parse, so big numbers keep their digits and junk does not stop it.
 */
export function jsonToText(text: string, sink: TextSink, stop: () => boolean): boolean {
  const length = text.length;
  let key = '';
  let i = 0;
  let pendingString: string | null = null;
  const emit = (value: string) => sink.add(key ? key + ': ' + value + '\n' : value + '\n');
  while (i < length) {
    if (stop()) return false;
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      let value = '';
      while (j < length && text[j] !== '"') {
        if (text[j] === '\\' && j + 1 < length) {
          const e = text[j + 1];
          if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) {
            value += String.fromCharCode(parseInt(text.slice(j + 2, j + 6), 16));
            j += 6;
            continue;
          }
          value += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === 'b' || e === 'f' ? ' ' : e;
          j += 2;
          continue;
        }
        // Copy up to the next quote or backslash at once.
        let k = j;
        while (k < length && text[k] !== '"' && text[k] !== '\\') k++;
        value += text.slice(j, k);
        j = k;
      }
      i = j + 1;
      if (pendingString !== null) emit(cleanCell(pendingString));
      pendingString = value;
      continue;
    }
    if (c === ':') {
      if (pendingString !== null) key = cleanCell(pendingString);
      pendingString = null;
      i++;
      continue;
    }
    if (c === ',' || c === '}' || c === ']' || c === '{' || c === '[') {
      if (pendingString !== null) emit(cleanCell(pendingString));
      pendingString = null;
      if (c === '}' || c === '{') key = '';
      i++;
      continue;
    }
    if (c === '-' || (c >= '0' && c <= '9') || c === 't' || c === 'f' || c === 'n') {
      let j = i;
      while (j < length && /[0-9a-zA-Z.+-]/.test(text[j])) j++;
      const literal = text.slice(i, j);
      if (literal !== 'null') emit(literal);
      i = j;
      continue;
    }
    i++;
  }
  if (pendingString !== null) emit(cleanCell(pendingString));
  return true;
}

export function extractJson(bytes: Uint8Array, ctx: ExtractContext): ExtractResult {
  const text = sniffAndDecode(bytes);
  // Damaged JSON (a lost quote puts every string out of step): also read as the plain text it is.
  const damaged = !isWellFormedJson(text);
  return single(ctx, (sink) => {
    const complete = jsonToText(text, sink, makeStopCheck(ctx, sink, 4096));
    if (complete && damaged) sink.add('\n' + text);
    return complete;
  });
}

function isWellFormedJson(text: string): boolean {
  try {
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return true;
  } catch {
    return false;
  }
}

/** Generic XML: each element's own text on a line, after its name ("bsn: 123456782"). */
export function extractXmlText(xml: string, ctx: ExtractContext): ExtractResult {
  return single(ctx, (sink) => {
    const names: string[] = [];
    const texts: string[] = [];
    return parseXml(
      xml,
      {
        open(name) {
          names.push(name);
          texts.push('');
        },
        close() {
          const name = names.pop();
          const own = cleanCell(texts.pop() || '');
          if (own) sink.add((name ? name + ': ' : '') + own + '\n');
        },
        text(text) {
          if (texts.length) texts[texts.length - 1] += text;
          else if (text.trim()) sink.add(cleanCell(text) + '\n');
        },
      },
      makeStopCheck(ctx, sink),
    );
  });
}

/** HTML bytes to text: the meta charset when declared, else sniffed. */
export function decodeHtml(bytes: Uint8Array): string {
  const head = bytesToLatin1(bytes, 0, Math.min(bytes.length, 2048));
  const declared = /<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_-]{1,40})/i.exec(head);
  if (declared && !(bytes[0] === 0xff || bytes[0] === 0xfe || bytes[1] === 0)) return decodeText(bytes, declared[1]);
  return sniffAndDecode(bytes);
}

export function extractHtml(bytes: Uint8Array, ctx: ExtractContext): ExtractResult {
  return single(ctx, (sink) => {
    sink.add(htmlToText(decodeHtml(bytes)));
    return true;
  });
}

export function extractXmlFile(bytes: Uint8Array, ctx: ExtractContext): ExtractResult {
  return extractXmlText(decodeXml(bytes), ctx);
}
