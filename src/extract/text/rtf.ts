/**
 * RTF to text: control words, \'hh bytes in the document's ANSI code page (Windows-1252; other
 * code pages are read as 1252), \uN with its \ucN fallback skipped, destinations that hold no
 * document text (font and colour tables, styles, info, pictures, objects, \* groups) skipped.
 * Paragraphs end with a newline; table cells are separated by TAB and rows end the line. Tracked
 * deletions (\deleted) are read: the deleted text still travels in the file.
 */
import { bytesToLatin1 } from '../../codec/bytes';
import { WINDOWS_1252 } from '../binary';
import { emptyResult, makeStopCheck, TextSink, unscannable } from '../guard';
import type { ExtractContext, ExtractResult } from '../types';

const SKIPPED_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'objdata', 'themedata', 'colorschememapping',
  'datastore', 'latentstyles', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'fldinst',
  'filetbl', 'revtbl', 'pgdsctbl', 'pnseclvl', 'pntext', 'template', 'userprops', 'mmathPr', 'fchars', 'lchars',
]);

/** Ignorable (\*) destinations that do hold document text. */
const STARRED_TEXT = new Set(['footnote', 'annotation']);

const SYMBOLS: Record<string, string> = {
  emdash: '\u2014', endash: '\u2013', bullet: '\u2022', lquote: '\u2018', rquote: '\u2019', ldblquote: '\u201c',
  rdblquote: '\u201d', emspace: ' ', enspace: ' ', qmspace: ' ',
};

interface GroupState {
  skip: boolean;
  uc: number;
  /** Inside \\htmlrtf text of an encapsulated-HTML body. */
  omitted: boolean;
}

/**
 * `html`: the RTF encapsulates HTML (\fromhtml1, MS-OXRTFEX), as a .msg body kept only as RTF may:
 * gives back that HTML, from its \*\htmltag groups, without the text marked \htmlrtf.
 */
export function rtfToText(rtf: string, sink: Pick<TextSink, 'add'>, stop: () => boolean, html = false): boolean {
  const stack: GroupState[] = [];
  let state: GroupState = { skip: false, uc: 1, omitted: false };
  let groupStart = false;
  let starred = false;
  let pendingSkip = 0;
  let inTable = false;
  const length = rtf.length;
  const out = (text: string) => {
    if (state.skip || state.omitted) return;
    if (pendingSkip > 0) {
      pendingSkip--;
      return;
    }
    sink.add(text);
  };
  const lineEnd = () => {
    if (!state.skip && !state.omitted) sink.add(inTable ? ' ' : '\n');
  };
  let i = 0;
  while (i < length) {
    if (stop()) return false;
    const c = rtf[i];
    if (c === '{') {
      stack.push(state);
      state = { skip: state.skip, uc: state.uc, omitted: state.omitted };
      groupStart = true;
      pendingSkip = 0;
      i++;
      continue;
    }
    if (c === '}') {
      state = stack.pop() || { skip: false, uc: 1, omitted: false };
      groupStart = false;
      pendingSkip = 0;
      i++;
      continue;
    }
    if (c === '\\') {
      const next = rtf[i + 1];
      if (next === undefined) break;
      const wasGroupStart = groupStart;
      groupStart = false;
      if (next === "'") {
        const code = parseInt(rtf.slice(i + 2, i + 4), 16);
        if (code >= 0) out(WINDOWS_1252[code]);
        i += 4;
        continue;
      }
      if (next === '*') {
        // Decided by the word that follows: footnotes and comments are read, the rest skipped.
        if (wasGroupStart) starred = true;
        i += 2;
        continue;
      }
      const wasStarred = starred;
      starred = false;
      if (wasStarred && !/[a-zA-Z]/.test(next)) state.skip = true;
      if (!/[a-zA-Z]/.test(next)) {
        // Control symbols.
        if (next === '\\' || next === '{' || next === '}') out(next);
        else if (next === '~') out('\u00a0');
        else if (next === '_') out('-');
        else if (next === '\n' || next === '\r') lineEnd();
        else if (next === '\t') out('\t');
        i += 2;
        continue;
      }
      let j = i + 1;
      while (j < length && j - i <= 32 && isLetter(rtf.charCodeAt(j))) j++;
      const word = rtf.slice(i + 1, j);
      let k = j;
      if (rtf[k] === '-') k++;
      while (k < length && k - j <= 10 && rtf.charCodeAt(k) >= 48 && rtf.charCodeAt(k) <= 57) k++;
      const hasParam = k > j && rtf[k - 1] !== '-';
      const param = hasParam ? parseInt(rtf.slice(j, k), 10) : NaN;
      if (rtf[k] === ' ') k++;
      i = k;
      if ((wasGroupStart || wasStarred) && SKIPPED_DESTINATIONS.has(word)) {
        state.skip = true;
        continue;
      }
      if (wasStarred) {
        if (html && word === 'htmltag') continue;
        if (STARRED_TEXT.has(word)) out(' ');
        else state.skip = true;
        continue;
      }
      switch (word) {
        case 'par':
        case 'line':
        case 'sect':
        case 'page':
          lineEnd();
          break;
        case 'tab':
          out(inTable ? ' ' : '\t');
          break;
        case 'cell':
          if (!state.skip && !state.omitted) sink.add('\t');
          break;
        case 'row':
          if (!state.skip && !state.omitted) sink.add('\n');
          inTable = false;
          break;
        case 'nestcell':
        case 'nestrow':
          out(' ');
          break;
        case 'intbl':
          inTable = true;
          break;
        case 'pard':
          inTable = false;
          break;
        case 'uc':
          if (param >= 0 && param < 10) state.uc = param;
          break;
        case 'u':
          if (!isNaN(param)) {
            const code = param < 0 ? param + 65536 : param;
            out(String.fromCharCode(code & 0xffff));
            pendingSkip = state.uc;
          }
          break;
        case 'htmlrtf':
          // RTF's own rendering of the encapsulated HTML: that text is read once, from the HTML.
          if (html) state.omitted = !hasParam || param !== 0;
          break;
        case 'bin':
          if (param > 0) i += param;
          break;
        default:
          if (SYMBOLS[word]) out(SYMBOLS[word]);
      }
      continue;
    }
    groupStart = false;
    if (starred) {
      starred = false;
      state.skip = true;
    }
    if (c === '\r' || c === '\n') {
      i++;
      continue;
    }
    // A run of plain characters at once.
    let j = i + 1;
    while (j < length) {
      const d = rtf[j];
      if (d === '\\' || d === '{' || d === '}' || d === '\r' || d === '\n') break;
      j++;
    }
    if (pendingSkip > 0) {
      const skipped = Math.min(pendingSkip, j - i);
      pendingSkip -= skipped;
      i += skipped;
      continue;
    }
    if (!state.skip && !state.omitted) sink.add(rawToText(rtf.slice(i, j)));
    i = j;
  }
  return true;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Bytes above 0x7F written raw (not as \'hh) are Windows-1252 too. */
function rawToText(text: string): string {
  return /[\x80-\x9f]/.test(text) ? text.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252[c.charCodeAt(0)]) : text;
}

/** Drops spaces and TABs before each newline (a loop, not a regex: long blank runs stay linear). */
function trimLineEnds(text: string): string {
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    if (end < line.length) lines[n] = line.slice(0, end);
  }
  return lines.join('\n');
}

export function extractRtf(bytes: Uint8Array, ctx: ExtractContext): ExtractResult {
  const result = emptyResult();
  const sink = new TextSink(ctx);
  // The `\cell` before `\row` leaves a TAB at the end of each row: tidy lines afterwards.
  const complete = rtfToText(bytesToLatin1(bytes), sink, makeStopCheck(ctx, sink, 4096));
  const tidy = emptyResult();
  sink.finish(tidy, ctx.path);
  for (const t of tidy.texts) result.texts.push({ path: t.path, text: trimLineEnds(t.text) });
  for (const p of tidy.problems) result.problems.push(p);
  if (!complete && !sink.full) result.problems.push(unscannable(ctx.path, 'time-out'));
  return result;
}
