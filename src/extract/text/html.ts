/**
 * HTML -> text without a DOM, in one linear pass (mail bodies can be 10 MB).
 *
 * What the message carries is what we scan: tables become one row per line with cells separated by
 * a TAB (so a "BSN" column header stays above its values), block elements and <br> become line
 * breaks, entities are decoded, and what is not content is dropped: <head>, <style>, <script> and
 * comments (which include Outlook's conditional comments). Text hidden with display:none,
 * mso-hide:all or the hidden attribute is kept: it still reaches the recipient (and shows in
 * inbox previews), so personal data hidden that way must be found too.
 */

import { WINDOWS_1252 } from '../binary';
import { Searcher } from './searcher';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'caption',
  'thead', 'tbody', 'tfoot', 'option', 'listing', 'plaintext',
]);

/** Elements without content: never pushed as hidden, never waited on for a close tag. */
const VOID_TAGS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Elements whose content is raw text up to the matching close tag; none of it is shown. */
const RAW_HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'xml', 'title', 'object', 'noembed', 'noframes']);

/** Raw-text elements that never hold markup: markup inside one means its close tag was damaged. */
const RAW_WITHOUT_MARKUP = new Set(['style', 'title']);

/** Elements a <head> may hold; any other element (or text) starts the body, as in a browser. */
const HEAD_TAGS = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'title', 'style', 'script', 'noscript', 'template', 'xml', 'object', 'head', 'html']);

let namedEntities: { [name: string]: string } | undefined;

/**
 * Named entities that occur in Dutch and English mail (the full HTML list is 2,000 names; these
 * cover real mail), built on the first entity met rather than each time the handler starts.
 */
function entityNames(): { [name: string]: string } {
  if (namedEntities) return namedEntities;
  const names: { [name: string]: string } = {
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
    shy: '', zwnj: '', zwj: '', lrm: '', rlm: '',
    euro: '€', trade: '™', hellip: '…', ndash: '–', mdash: '—', minus: '−', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
    lsaquo: '‹', rsaquo: '›', bull: '•', dagger: '†', Dagger: '‡', permil: '‰',
    larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', check: '✓', hyphen: '‐', dash: '‐', period: '.', comma: ',', colon: ':',
    semi: ';', excl: '!', quest: '?', num: '#', dollar: '$', percnt: '%', ast: '*', commat: '@', lpar: '(', rpar: ')', sol: '/',
    bsol: '\\', lowbar: '_', verbar: '|', Tab: '\t', NewLine: '\n',
    ij: 'ĳ', IJ: 'Ĳ', oelig: 'œ', OElig: 'Œ', scaron: 'š', Scaron: 'Š', zcaron: 'ž', Zcaron: 'Ž', Yuml: 'Ÿ', fnof: 'ƒ',
  };
  // HTML's names for U+00A0..U+00FF in code point order; nbsp and shy keep their meaning above (a space, nothing).
  (
    'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr ' +
    'deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
    'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
    'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
    'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml ' +
    'eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
  )
    .split(' ')
    .forEach((name, i) => {
      if (names[name] === undefined) names[name] = String.fromCharCode(0xa0 + i);
    });
  namedEntities = names;
  return names;
}

const ENTITY = /&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/g;

function codePointText(code: number): string {
  // The HTML spec reads references 128-159 as Windows-1252 where it defines them.
  if (code >= 0x80 && code <= 0x9f && WINDOWS_1252[code] !== '\ufffd') return WINDOWS_1252[code];
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** Decodes character references (named, decimal, hex). Unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(ENTITY, (whole: string, dec?: string, hex?: string, name?: string) => {
    if (dec) return codePointText(parseInt(dec, 10));
    if (hex) return codePointText(parseInt(hex, 16));
    if (name) {
      const names = entityNames();
      const value = names[name];
      if (value !== undefined) return value;
      const lower = names[name.toLowerCase()];
      if (lower !== undefined && name === name.toUpperCase()) return lower; // &NBSP; &AMP; as some tools write them
    }
    return whole;
  });
}

const WHITE_SPACE = /[ \t\n\r\f\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const NEEDS_WORK = /[\s&\u00a0\u00ad\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]/;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

interface TableState {
  /** Cells opened in the current row. */
  cells: number;
  inCell: boolean;
}

/** Collects output, collapsing white space the way a browser shows it. */
class TextSink {
  private parts: string[] = [];
  /** True at the start of the output, a line or a cell: no leading space there. */
  private atStart = true;
  private pendingSpace = false;
  private lastWasNewline = true;

  text(raw: string): void {
    if (!NEEDS_WORK.test(raw)) {
      // Most runs between tags are plain words: no entities, no white space to collapse.
      if (this.pendingSpace && !this.atStart) this.parts.push(' ');
      this.parts.push(raw);
      this.atStart = false;
      this.lastWasNewline = false;
      this.pendingSpace = false;
      return;
    }
    let t = decodeEntities(raw);
    if (t.indexOf('\u00ad') >= 0 || t.indexOf('\u200b') >= 0 || t.indexOf('\ufeff') >= 0 || t.indexOf('\u200c') >= 0 || t.indexOf('\u200d') >= 0 || t.indexOf('\u2060') >= 0) {
      t = t.replace(INVISIBLE, '');
    }
    t = t.replace(WHITE_SPACE, ' ');
    if (t === '') return;
    if (t === ' ') {
      this.pendingSpace = true;
      return;
    }
    if (t.charCodeAt(0) === 32) {
      this.pendingSpace = true;
      t = t.slice(1);
    }
    let trailing = false;
    if (t.charCodeAt(t.length - 1) === 32) {
      trailing = true;
      t = t.slice(0, -1);
    }
    if (this.pendingSpace && !this.atStart) this.parts.push(' ');
    this.parts.push(t);
    this.atStart = false;
    this.lastWasNewline = false;
    this.pendingSpace = trailing;
  }

  /** Preformatted text: line breaks and spaces kept. */
  preformatted(raw: string): void {
    const lines = decodeEntities(raw).replace(/\r\n?/g, '\n').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) this.newline(true);
      const line = lines[i].replace(INVISIBLE, '').replace(/\u00a0/g, ' ');
      if (line === '') continue;
      if (this.pendingSpace && !this.atStart) this.parts.push(' ');
      this.parts.push(line);
      this.atStart = false;
      this.lastWasNewline = false;
      this.pendingSpace = false;
    }
  }

  space(): void {
    this.pendingSpace = true;
  }

  /** A line break; several in a row become one unless `force` (a <br> or a preformatted empty line). */
  newline(force = false): void {
    if (!this.lastWasNewline || force) this.parts.push('\n');
    this.atStart = true;
    this.lastWasNewline = true;
    this.pendingSpace = false;
  }

  tab(): void {
    this.parts.push('\t');
    this.atStart = true;
    this.lastWasNewline = false;
    this.pendingSpace = false;
  }

  result(): string {
    const text = this.parts.join('');
    // Trailing spaces and line breaks go (by hand: an end-anchored regex retries at every run);
    // a row that starts with empty cells keeps its leading tabs.
    let end = text.length;
    while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 10)) end--;
    let start = 0;
    while (start < end && text.charCodeAt(start) === 10) start++;
    return start === end ? '' : text.slice(start, end) + '\n';
  }
}

/** A '<' that starts markup (a tag, a close tag, a comment), as opposed to a lone '<' in text. */
function startsMarkup(html: string, at: number): boolean {
  if (html.charCodeAt(at) !== 60) return false;
  const c = html.charCodeAt(at + 1);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 33;
}

/**
 * Finds where a tag that starts at `from` ends ('>' outside quoted attribute values); -1 when it
 * never ends. `broken` when the tag runs into the next tag: its own '>' was lost (or a quote was),
 * so it would swallow the text up to the next '>'. The tag then ends before that next tag.
 */
function findTagEnd(html: string, from: number, search: Searcher): { end: number; broken: boolean } {
  let i = from;
  const n = html.length;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) return { end: i, broken: false };
    if (c === 60 /* < */ && startsMarkup(html, i)) return { end: i, broken: true };
    if (c === 61 /* = */) {
      // A quoted value may contain '>'. A quote that never closes, or closes only after the next
      // tag has begun, was damaged: read on as if unquoted rather than hide what follows.
      let j = i + 1;
      while (j < n && (html.charCodeAt(j) === 32 || html.charCodeAt(j) === 9 || html.charCodeAt(j) === 10 || html.charCodeAt(j) === 13)) j++;
      const q = html.charCodeAt(j);
      if (q === 34 || q === 39) {
        const close = search.indexOf(q === 34 ? '"' : "'", j + 1);
        const markup = nextMarkup(html, j + 1, close < 0 ? n : close);
        if (close >= 0 && markup < 0) {
          i = close + 1;
          continue;
        }
        i = j + 1;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  return { end: -1, broken: false };
}

/** Where the next markup starts in [from, to), or -1. */
function nextMarkup(html: string, from: number, to: number): number {
  for (let at = html.indexOf('<', from); at >= 0 && at < to; at = html.indexOf('<', at + 1)) {
    if (startsMarkup(html, at)) return at;
  }
  return -1;
}

/**
 * Converts HTML to the text a reader sees. Linear in the input; never throws.
 * @example htmlToText('<table><tr><th>Naam</th><th>BSN</th></tr><tr><td>Jan</td><td>123456782</td></tr></table>')
 *          // 'Naam\tBSN\nJan\t123456782\n'
 */
export function htmlToText(html: string): string {
  const sink = new TextSink();
  const tables: TableState[] = [];
  const n = html.length;
  // Hidden subtree: the element name and how deeply it is nested in itself. Nothing inside is shown.
  let hiddenName = '';
  let hiddenDepth = 0;
  let preDepth = 0;
  let i = 0;

  const endHead = (): void => {
    hiddenDepth = 0;
    hiddenName = '';
  };
  const inCell = (): boolean => tables.length > 0 && tables[tables.length - 1].inCell;
  const block = (): void => {
    if (hiddenDepth > 0) return;
    if (inCell()) sink.space();
    else sink.newline();
  };

  // Text runs from `textStart` to the next markup; a lone '<' ("3 < 5") stays part of the run.
  let textStart = 0;
  const flushText = (end: number): void => {
    // Text inside <head> starts the body (a browser shows it too): a damaged </head> or <body> hides nothing.
    if (end > textStart && hiddenName === 'head' && /\S/.test(html.slice(textStart, end))) endHead();
    if (end > textStart && hiddenDepth === 0) {
      const raw = html.slice(textStart, end);
      if (preDepth > 0) sink.preformatted(raw);
      else sink.text(raw);
    }
  };

  const search = new Searcher(html);
  const afterNextGt = (from: number): number => {
    const gt = html.indexOf('>', from);
    return gt < 0 ? n : gt + 1;
  };

  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);

    // Comments, including Outlook's conditional comments <!--[if mso]> ... <![endif]-->: never shown.
    if (next === 33 /* ! */) {
      flushText(lt);
      let close: number;
      // One that never closes (its end damaged) ends at the next '>', so it hides no more than a tag would.
      if (html.startsWith('<!--', lt)) {
        close = search.indexOf('-->', lt + 4);
        i = close < 0 ? afterNextGt(lt + 4) : close + 3;
      } else if (html.startsWith('<![CDATA[', lt)) {
        close = search.indexOf(']]>', lt + 9);
        i = close < 0 ? afterNextGt(lt + 9) : close + 3;
      } else {
        // <![if !supportLists]> and <![endif]> (downlevel-revealed: the content between is shown), <!DOCTYPE>.
        close = html.indexOf('>', lt + 2);
        i = close < 0 ? n : close + 1;
      }
      textStart = i;
      continue;
    }
    if (next === 63 /* ? */) {
      flushText(lt);
      const close = html.indexOf('>', lt + 2);
      i = close < 0 ? n : close + 1;
      textStart = i;
      continue;
    }

    const closing = next === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    const first = html.charCodeAt(nameStart);
    const isLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
    if (!isLetter) {
      if (closing) {
        // '</>' and '</ ...>' are dropped, as a browser does.
        flushText(lt);
        const close = html.indexOf('>', lt + 2);
        i = close < 0 ? n : close + 1;
        textStart = i;
      } else {
        i = lt + 1; // a lone '<' is text
      }
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < n) {
      const c = html.charCodeAt(nameEnd);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 47 || c === 62 || c === 60) break;
      nameEnd++;
    }
    const found = findTagEnd(html, nameEnd, search);
    const tagEnd = found.end;
    flushText(lt);
    if (tagEnd < 0 || found.broken) {
      // A tag that lost its '>' (or an unfinished one at the end): what it would swallow is read
      // as text, its name included ("td?BSN: 123456782"), rather than hidden as attributes.
      textStart = nameStart;
      i = tagEnd < 0 ? n : tagEnd;
      if (tagEnd < 0) break;
      continue;
    }
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const selfClosing = html.charCodeAt(tagEnd - 1) === 47;
    i = tagEnd + 1;
    textStart = i;

    if (closing) {
      if (hiddenDepth > 0) {
        if (name === hiddenName && --hiddenDepth === 0) hiddenName = '';
        continue;
      }
      if (name === 'td' || name === 'th') {
        if (tables.length > 0) tables[tables.length - 1].inCell = false;
      } else if (name === 'tr') {
        if (tables.length > 0) {
          const table = tables[tables.length - 1];
          table.inCell = false;
          table.cells = 0;
        }
        sink.newline();
      } else if (name === 'table') {
        tables.pop();
        sink.newline();
      } else if (name === 'pre' || name === 'textarea' || name === 'listing') {
        if (preDepth > 0) preDepth--;
        block();
      } else if (BLOCK_TAGS.has(name)) {
        block();
      }
      continue;
    }

    if (hiddenDepth > 0) {
      if (name === hiddenName && !selfClosing && !VOID_TAGS.has(name)) hiddenDepth++;
      if (hiddenName === 'head' && !HEAD_TAGS.has(name) && name.indexOf(':') < 0) {
        // A <head> left open (or a damaged <body>): the body starts anyway.
        endHead();
      } else if (!RAW_HIDDEN.has(name)) {
        continue;
      }
    }

    if (RAW_HIDDEN.has(name)) {
      if (selfClosing) continue;
      // Raw text: skip to the matching close tag without reading markup inside it.
      const closing = search.search('</' + name, new RegExp('</' + name + '[\\s/>]', 'gi'), i);
      // A close tag that was damaged must not hide the rest of the file: the element then ends at
      // the next markup (at once for a title or style, which never hold markup).
      const markup = closing >= 0 && !RAW_WITHOUT_MARKUP.has(name) ? -1 : nextMarkup(html, i, closing >= 0 ? closing : n);
      if (markup >= 0) {
        i = markup;
      } else if (closing >= 0) {
        const close = html.indexOf('>', closing);
        i = close < 0 ? n : close + 1;
      } else {
        i = n;
      }
      textStart = i;
      continue;
    }
    if (name === 'head') {
      if (!selfClosing) {
        hiddenName = 'head';
        hiddenDepth = 1;
      }
      continue;
    }

    switch (name) {
      case 'br':
        if (inCell()) sink.space();
        else sink.newline(true);
        break;
      case 'table':
        sink.newline();
        tables.push({ cells: 0, inCell: false });
        break;
      case 'tr': {
        if (tables.length === 0) tables.push({ cells: 0, inCell: false });
        const table = tables[tables.length - 1];
        if (table.cells > 0) sink.newline();
        table.cells = 0;
        table.inCell = false;
        break;
      }
      case 'td':
      case 'th': {
        if (tables.length === 0) tables.push({ cells: 0, inCell: false });
        const table = tables[tables.length - 1];
        if (table.cells > 0) sink.tab();
        table.cells++;
        table.inCell = true;
        break;
      }
      case 'pre':
      case 'textarea':
      case 'listing':
        block();
        if (!selfClosing) preDepth++;
        break;
      case 'img':
      case 'input':
        sink.space();
        break;
      default:
        if (BLOCK_TAGS.has(name)) block();
    }
  }
  flushText(n);
  return sink.result();
}
