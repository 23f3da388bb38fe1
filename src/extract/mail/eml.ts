/**
 * RFC 5322 + MIME message -> MessageInput, as Outlook and other mail clients write it.
 *
 * The message is read as a byte string (one char per byte) so that every part keeps its own
 * transfer encoding and charset until it is decoded. Broken input never throws: at worst an empty
 * message comes back.
 */
import type { AttachmentInput, MessageInput, Recipient } from '../../model/message';
import { bytesToLatin1, concatBytes, decodeBase64, decodeText, decodeUtf8, decodeWindows1252, isValidUtf8 } from '../../codec/bytes';
import { hexValue } from '../binary';

/** Nested multiparts deeper than this are not read (hostile nesting). */
const MAX_DEPTH = 30;

interface Headers {
  /** Lower-case name -> unfolded raw values (byte strings), in order. */
  [name: string]: string[];
}

interface Part {
  headers: Headers;
  /** Raw body, a byte string. */
  body: string;
  /** A line in the header block that is no header: the block was damaged. */
  damaged?: boolean;
}

interface ContentType {
  type: string;
  params: { [name: string]: string };
}

/** Byte string -> bytes. */
function latin1ToBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** Raw 8-bit header text (RFC 6532 allows UTF-8; old clients send Windows-1252) -> string. */
function decodeRawHeader(raw: string): string {
  if (!/[\u0080-\u00ff]/.test(raw)) return raw;
  const bytes = latin1ToBytes(raw);
  return isValidUtf8(bytes) ? decodeUtf8(bytes) : decodeWindows1252(bytes);
}

/** Splits a part into headers and body: the first empty line ends the headers. */
function splitPart(raw: string): Part {
  const headers: Headers = {};
  const blank = /\r?\n\r?\n/.exec(raw);
  let headerText: string;
  let body: string;
  if (raw.startsWith('\r\n') || raw.startsWith('\n')) {
    headerText = '';
    body = raw.slice(raw.startsWith('\r\n') ? 2 : 1);
  } else if (blank) {
    headerText = raw.slice(0, blank.index);
    body = raw.slice(blank.index + blank[0].length);
  } else {
    headerText = raw;
    body = '';
  }
  // A header block that never ends (no blank line) was cut short: mail programs write the blank line
  // even before an empty body, so even a block ending in a line break was cut after it. An empty
  // part is no header block.
  let damaged = !blank && !raw.startsWith('\n') && !raw.startsWith('\r\n') && /\S/.test(raw);
  // NUL never occurs in a header field (RFC 5322, 6532): bytes were overwritten there, and with them
  // perhaps the delimiter and header of the next part.
  if (headerText.indexOf('\u0000') >= 0) damaged = true;
  const lines = headerText.split(/\r?\n/);
  let current = '';
  const flush = (): void => {
    const colon = current.indexOf(':');
    if (colon > 0) {
      const name = current.slice(0, colon).trim().toLowerCase();
      if (/^[\x21-\x39\x3b-\x7e]+$/.test(name)) {
        const value = current.slice(colon + 1).trim();
        (headers[name] || (headers[name] = [])).push(value);
      }
    }
    current = '';
  };
  for (const line of lines) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && current !== '') {
      current += line; // unfolding: the line break goes, the white space stays
    } else {
      // Neither a field nor a folded line (nor an mbox "From " line): the header block was damaged,
      // and what it swallowed (the blank line, the start of the body) is lost.
      if (line !== '' && !HEADER_LINE.test(line) && !line.startsWith('From ')) damaged = true;
      if (current !== '') flush();
      current = line;
    }
  }
  if (current !== '') flush();
  return damaged ? { headers, body, damaged } : { headers, body };
}

/** Content-Transfer-Encoding values; anything else (or none) on a binary part may be a damaged header. */
const KNOWN_ENCODINGS: { [name: string]: true } = { base64: true, 'quoted-printable': true, '7bit': true, '8bit': true, binary: true };

const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;

/** A body of base64 lines only (a binary attachment whose Content-Transfer-Encoding header was lost). */
function looksBase64(body: string): boolean {
  const text = body.trim();
  if (text.length < 64 || !/^[A-Za-z0-9+/]{60,}/.test(text)) return false;
  const lines = text.slice(0, 64 * 1024).split('\n');
  if (lines.length > 1) lines.pop(); // the cut may end inside a line
  // A stray damaged byte or two does not make it something else.
  const odd = lines.filter((line) => !/^[A-Za-z0-9+/]*={0,2}\r?$/.test(line)).length;
  return odd <= lines.length / 10;
}

function header(part: Part, name: string): string | undefined {
  const values = part.headers[name];
  return values && values.length > 0 ? values[0] : undefined;
}

/** Bytes of a Q-encoded word (RFC 2047 4.2): '_' is a space, =XX a byte. */
function decodeQWord(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 95 /* _ */) out.push(32);
    else if (c === 61 /* = */ && /^[0-9a-fA-F]{2}$/.test(text.substr(i + 1, 2))) {
      out.push(parseInt(text.substr(i + 1, 2), 16));
      i += 2;
    } else out.push(c & 0xff);
  }
  return new Uint8Array(out);
}

/** Charset label without an RFC 2231 language suffix (`utf-8*nl`). */
function charsetLabel(charset: string): string {
  const star = charset.indexOf('*');
  return (star >= 0 ? charset.slice(0, star) : charset).toLowerCase();
}

const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;

/**
 * Decodes RFC 2047 encoded words in a header value. Adjacent encoded words (only white space
 * between them) are joined, and their bytes are decoded together when they share a charset, because
 * some clients split a multi-byte character across two words.
 */
export function decodeEncodedWords(value: string): string {
  const text = decodeRawHeader(value);
  if (text.indexOf('=?') < 0) return text;
  let out = '';
  let last = 0;
  let run: Uint8Array[] = [];
  let runCharset = '';
  const flushRun = (): void => {
    if (run.length > 0) out += decodeText(concatBytes(run), runCharset);
    run = [];
    runCharset = '';
  };
  ENCODED_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ENCODED_WORD.exec(text)) !== null) {
    const between = text.slice(last, m.index);
    const adjacent = run.length > 0 && /^[ \t\r\n]*$/.test(between);
    if (!adjacent) {
      flushRun();
      out += between;
    }
    const charset = charsetLabel(m[1]);
    const bytes = m[2] === 'b' || m[2] === 'B' ? decodeBase64(m[3]) : decodeQWord(m[3]);
    if (run.length > 0 && charset !== runCharset) flushRun();
    run.push(bytes);
    runCharset = charset;
    last = m.index + m[0].length;
  }
  flushRun();
  return out + text.slice(last);
}

/** What is left of an address after parsing must look like local@domain. */
const MAILBOX = /^[^\s@<>()",;:\\]+@[^\s@<>()",;:\\]+$/;

/** Parses an address list: display names, quoted names with commas, comments, groups, angle addresses. */
export function parseAddressList(value: string | undefined): Recipient[] {
  const result: Recipient[] = [];
  if (!value) return result;
  const text = decodeRawHeader(value);
  let phrase = '';
  let comment = '';
  let angle: string | null = null;
  const flush = (): void => {
    let address = '';
    let name = phrase;
    if (angle !== null) address = angle;
    else {
      // No angle brackets: the phrase is the address ("jan@example.nl", maybe with a comment as name).
      address = phrase;
      name = comment;
    }
    // A source route (<@relay:jan@x.nl>) is obsolete syntax; the mailbox is after the colon.
    const route = address.lastIndexOf(':');
    if (route >= 0) address = address.slice(route + 1);
    address = address.replace(/\s+/g, '');
    name = decodeEncodedWords(name.replace(/\s+/g, ' ').trim()).replace(/\s+/g, ' ').trim();
    if (MAILBOX.test(address)) {
      const recipient: Recipient = { address };
      if (name && name !== address) recipient.name = name;
      result.push(recipient);
    }
    phrase = '';
    comment = '';
    angle = null;
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '"') {
      // Quoted string: commas and colons inside belong to the name.
      let j = i + 1;
      let quoted = '';
      while (j < n && text[j] !== '"') {
        if (text[j] === '\\' && j + 1 < n) j++;
        quoted += text[j];
        j++;
      }
      phrase += quoted;
      i = j + 1;
    } else if (c === '(') {
      let depth = 1;
      let j = i + 1;
      let inner = '';
      while (j < n && depth > 0) {
        if (text[j] === '\\' && j + 1 < n) j++;
        else if (text[j] === '(') depth++;
        else if (text[j] === ')') depth--;
        if (depth > 0) inner += text[j];
        j++;
      }
      comment += (comment ? ' ' : '') + inner;
      i = j;
    } else if (c === '<') {
      const close = text.indexOf('>', i + 1);
      const end = close < 0 ? n : close;
      angle = text.slice(i + 1, end);
      i = end + 1;
    } else if (c === ',' || c === ';') {
      flush();
      i++;
    } else if (c === ':' && angle === null) {
      // Group: "Ouders groep 7: a@x.nl, b@y.nl;" (the group name is not an address).
      phrase = '';
      comment = '';
      i++;
    } else {
      phrase += c;
      i++;
    }
  }
  flush();
  return result;
}

/** Splits `a=b; c="d; e"` into parameters, honouring quotes. */
function splitParams(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    if (c === '\\' && quoted && i + 1 < text.length) {
      current += text[++i];
      continue;
    }
    if (c === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
}

function percentDecode(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '%' && /^[0-9a-fA-F]{2}$/.test(text.substr(i + 1, 2))) {
      out.push(parseInt(text.substr(i + 1, 2), 16));
      i += 2;
    } else out.push(text.charCodeAt(i) & 0xff);
  }
  return new Uint8Array(out);
}

/**
 * Parses a structured header value (Content-Type, Content-Disposition): the value before the first
 * ';' and its parameters, with RFC 2231 continuations (`name*0=`, `name*1*=`) and charsets
 * (`filename*=utf-8''%E2%82%AC.pdf`), and the non-standard encoded words many clients put in names.
 */
export function parseStructured(value: string | undefined): ContentType {
  const params: { [name: string]: string } = {};
  if (!value) return { type: '', params };
  const pieces = splitParams(value);
  const type = pieces[0].trim().toLowerCase();
  // name -> sections by index; each section [text, extended]
  const sections: { [name: string]: Array<{ index: number; text: string; extended: boolean }> } = {};
  for (let k = 1; k < pieces.length; k++) {
    const piece = pieces[k];
    const eq = piece.indexOf('=');
    if (eq <= 0) continue;
    let key = piece.slice(0, eq).trim().toLowerCase();
    let raw = piece.slice(eq + 1).trim();
    if (raw.startsWith('"')) raw = raw.slice(1, raw.endsWith('"') && raw.length > 1 ? -1 : undefined);
    let extended = false;
    if (key.endsWith('*')) {
      extended = true;
      key = key.slice(0, -1);
    }
    let index = -1;
    const cont = /^(.*)\*([0-9]+)$/.exec(key);
    if (cont) {
      key = cont[1];
      index = parseInt(cont[2], 10);
    }
    (sections[key] || (sections[key] = [])).push({ index, text: raw, extended });
  }
  for (const key of Object.keys(sections)) {
    const list = sections[key];
    // A plain `name=` next to `name*=`: the extended one wins (RFC 2231 section 4).
    const ext = list.filter((s) => s.index < 0 && s.extended);
    const numbered = list.filter((s) => s.index >= 0).sort((a, b) => a.index - b.index);
    const chosen = ext.length > 0 ? [ext[0]] : numbered.length > 0 ? numbered : list.slice(0, 1);
    let charset = '';
    const chunks: Uint8Array[] = [];
    let plainOnly = true;
    chosen.forEach((section, position) => {
      let text = section.text;
      if (section.extended) {
        plainOnly = false;
        if (position === 0) {
          const m = /^([^']*)'[^']*'([\s\S]*)$/.exec(text);
          if (m) {
            charset = m[1];
            text = m[2];
          }
        }
        chunks.push(percentDecode(text));
      } else {
        chunks.push(latin1ToBytes(text));
      }
    });
    const bytes = concatBytes(chunks);
    params[key] = plainOnly ? decodeEncodedWords(bytesToLatin1(bytes)) : decodeText(bytes, charset || 'utf-8');
  }
  return { type, params };
}

/** Quoted-printable -> bytes: soft line breaks (`=` at the end of a line) removed, =XX decoded. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 61 /* = */) {
      out[n++] = c & 0xff;
      continue;
    }
    // Soft line break, allowing white space that a relay added after the '='.
    let j = i + 1;
    while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
    if (text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10) {
      i = j + 1;
      continue;
    }
    if (text.charCodeAt(j) === 10) {
      i = j;
      continue;
    }
    if (j >= text.length) break;
    const hi = hexValue(text.charCodeAt(i + 1));
    const lo = hexValue(text.charCodeAt(i + 2));
    if (hi >= 0 && lo >= 0) {
      out[n++] = (hi << 4) | lo;
      i += 2;
    } else out[n++] = 61; // a stray '=' stays
  }
  return out.subarray(0, n);
}

function decodeBody(part: Part): Uint8Array {
  const encoding = (header(part, 'content-transfer-encoding') || '').trim().toLowerCase();
  if (encoding === 'base64') return decodeBase64(part.body);
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  return latin1ToBytes(part.body);
}

/**
 * Whether a part holds this multipart's delimiter in a damaged form, so the part after it (an
 * attachment) was swallowed into this one: the boundary itself (which may not occur inside a part),
 * a line as long as the delimiter that differs in a byte or two, or a line that starts like it and
 * then holds control bytes. Another boundary (a nested or forwarded message's) differs more.
 */
function holdsDamagedDelimiter(part: string, delimiter: string): boolean {
  // Short boundaries ("--x") would match a signature's "-- " line: only long ones are compared.
  if (delimiter.length < 12) return false;
  if (part.indexOf(delimiter.slice(2)) >= 0) return true;
  // The boundary's end right before a part's header line: its start (and the line break) damaged.
  const tail = delimiter.slice(-8);
  for (let at = part.indexOf(tail); at >= 0; at = part.indexOf(tail, at + 1)) {
    if (/^\r?\nContent-[A-Za-z-]+:/i.test(part.slice(at + tail.length, at + tail.length + 40))) return true;
  }
  for (let at = part.indexOf('\n'); at >= 0; at = part.indexOf('\n', at + 1)) {
    const line = at + 1;
    if (part.charCodeAt(line) !== 45 && part.charCodeAt(line + 1) !== 45) continue;
    let differences = 0;
    let control = false;
    for (let k = 0; k < delimiter.length && differences <= 2; k++) {
      const c = part.charCodeAt(line + k);
      if (c !== delimiter.charCodeAt(k)) differences++;
      if (c < 32 && c !== 13 && c !== 10) control = true;
    }
    const after = part.charCodeAt(line + delimiter.length);
    const sameLength = after === 13 || after === 10 || after === 45 || isNaN(after);
    if (differences > 0 && differences <= 2 && sameLength) return true;
    if (control && part.startsWith(delimiter.slice(0, 6), line)) return true;
  }
  return false;
}

/** Two Content- fields on lines of their own, one after the other: a part's header block. */
const SWALLOWED_PART = /\nContent-[A-Za-z-]+:[^\n]*\r?\nContent-[A-Za-z-]+:/i;

/** A part's header line or a boundary-like line in what follows a multipart's closing delimiter. */
const EPILOGUE_PART = /\n(?:Content-Type:|Content-Disposition:|Content-Transfer-Encoding:|--[\x21-\x7e])/i;

/**
 * Splits a multipart body on its boundary lines; the preamble and epilogue are dropped. `cut` is
 * set when the closing delimiter never comes: the message was cut short, and parts may be lost.
 */
function splitMultipart(body: string, boundary: string, cut: { found: boolean }): string[] {
  const parts: string[] = [];
  const delimiter = '--' + boundary;
  let start = -1;
  let at = 0;
  while (at <= body.length) {
    const found = body.indexOf(delimiter, at);
    if (found < 0) break;
    const atLineStart = found === 0 || body.charCodeAt(found - 1) === 10;
    if (!atLineStart) {
      at = found + delimiter.length;
      continue;
    }
    if (start >= 0) {
      // The line break before the delimiter belongs to the delimiter.
      let end = found;
      if (body.charCodeAt(end - 1) === 10) end--;
      if (body.charCodeAt(end - 1) === 13) end--;
      const part = body.slice(start, Math.max(start, end));
      if (holdsDamagedDelimiter(part, delimiter)) cut.found = true;
      parts.push(part);
    }
    const closing = body.startsWith('--', found + delimiter.length);
    if (closing) {
      // Part headers after the end: an outer boundary line was damaged, and the part it began
      // (an attachment) was swallowed into this epilogue.
      const lineEnd = body.indexOf('\n', found);
      if (lineEnd >= 0 && EPILOGUE_PART.test(body.slice(lineEnd, lineEnd + 64 * 1024))) cut.found = true;
      return parts;
    }
    const lineEnd = body.indexOf('\n', found + delimiter.length);
    if (lineEnd < 0) {
      cut.found = true; // a delimiter at the very end: the part it begins was cut off
      return parts;
    }
    start = lineEnd + 1;
    at = start;
  }
  // No closing delimiter (a truncated message): keep what was started.
  if (start >= 0 && start < body.length) parts.push(body.slice(start));
  if (parts.length > 0) cut.found = true;
  return parts;
}

/**
 * Undoes format=flowed (RFC 3676): a line ending in a space continues on the next line; with
 * delsp=yes that space was added by the sender and goes. Leading space-stuffing is removed.
 */
export function unflow(text: string, delsp: boolean): string {
  const lines = text.split(/\r?\n/);
  const endsWithBreak = lines.length > 1 && lines[lines.length - 1] === '';
  if (endsWithBreak) lines.pop();
  let out = '';
  lines.forEach((raw, i) => {
    let line = raw.startsWith(' ') ? raw.slice(1) : raw;
    const soft = line.endsWith(' ') && line !== '-- ';
    if (soft && delsp) line = line.slice(0, -1);
    out += line;
    if (!soft && i < lines.length - 1) out += '\n';
  });
  return endsWithBreak ? out + '\n' : out;
}

const EXTENSION_BY_TYPE: { [type: string]: string } = {
  'text/plain': 'txt',
  'text/html': 'html',
  'text/calendar': 'ics',
  'text/csv': 'csv',
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'message/delivery-status': 'txt',
  'text/rfc822-headers': 'txt',
};

/** Parts that are signatures over the message, not something the user attached. */
const SIGNATURE_TYPES = new Set([
  'application/pkcs7-signature',
  'application/x-pkcs7-signature',
  'application/pgp-signature',
]);

interface Collected {
  message: MessageInput;
  htmlParts: string[];
  textParts: string[];
  /** The structure was damaged (cut short, or a lost Content-Type): some of the message may be missing. */
  damaged: { found: boolean };
}

/** A boundary line followed by a part's header block: MIME parts in a body whose Content-Type was lost. */
const PART_START = /^--([\x21-\x7e]{1,70})\r?\n(?:[A-Za-z][A-Za-z0-9-]*:[^\n]*\r?\n)*?Content-(?:Type|Disposition|Transfer-Encoding):/im;

/** The registered top-level media types (RFC 6838) and x- ones: any other is a damaged header. */
const MEDIA_TYPE = /^(text|image|audio|video|application|multipart|message|model|font|haptics|example|x-[a-z0-9.+-]+)\//;

function partName(part: Part, contentType: ContentType): string {
  const disposition = parseStructured(header(part, 'content-disposition'));
  const name = disposition.params.filename || contentType.params.name || '';
  return name.replace(/[\r\n\t]+/g, ' ').trim();
}

function innerSubject(bytes: Uint8Array): string {
  const head = bytesToLatin1(bytes, 0, Math.min(bytes.length, 64 * 1024));
  const inner = splitPart(head);
  const subject = header(inner, 'subject');
  return subject ? decodeEncodedWords(subject).replace(/\s+/g, ' ').trim() : '';
}

function walk(part: Part, collected: Collected, depth: number, inAlternative: boolean): void {
  if (part.damaged) collected.damaged.found = true;
  const contentType = parseStructured(header(part, 'content-type'));
  if (!/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(contentType.type || '') || !MEDIA_TYPE.test(contentType.type)) {
    // No (readable or known) Content-Type, yet the body holds MIME parts: the header was damaged
    // ("multipart/mixed" with a byte changed). Read the parts.
    const lost = PART_START.exec(part.body.slice(0, 64 * 1024));
    if (lost && part.body.indexOf('--' + lost[1], lost.index + 2) > 0) {
      collected.damaged.found = true;
      contentType.type = 'multipart/mixed';
      contentType.params.boundary = lost[1];
    }
  }
  const type = contentType.type || 'text/plain';
  const disposition = parseStructured(header(part, 'content-disposition'));
  const name = partName(part, contentType);

  if (type.startsWith('multipart/')) {
    const boundary = contentType.params.boundary;
    if (depth >= MAX_DEPTH) return;
    let children = boundary ? splitMultipart(part.body, boundary, collected.damaged) : [];
    if (children.length === 0) {
      // Its boundary never occurs (the parameter or every delimiter damaged, or the body cut off; a
      // multipart has at least one part): read the parts by the boundary the body carries, if any,
      // and report the message either way.
      collected.damaged.found = true;
      const carried = PART_START.exec(part.body.slice(0, 64 * 1024));
      if (carried) children = splitMultipart(part.body, carried[1], collected.damaged);
    }
    if (children.length === 0) {
      // A multipart whose boundary never occurs: read the body as text rather than lose it.
      if (collected.textParts.length === 0) collected.textParts.push(decodeText(latin1ToBytes(part.body), contentType.params.charset));
      return;
    }
    const alternative = type === 'multipart/alternative';
    for (const child of children) walk(splitPart(child), collected, depth + 1, alternative || inAlternative);
    return;
  }
  if (SIGNATURE_TYPES.has(type)) return;
  // A part's header lines inside a leaf part's body: the delimiter line before them was lost.
  if (!type.startsWith('message/') && SWALLOWED_PART.test(part.body.slice(0, 1024 * 1024))) collected.damaged.found = true;

  const isAttachment = disposition.type === 'attachment' || name !== '';
  if (!isAttachment && (type === 'text/plain' || type === 'text/html')) {
    // NUL never occurs in a 7bit, 8bit or quoted-printable body: bytes were overwritten there.
    if (part.body.indexOf('\u0000') >= 0 && (header(part, 'content-transfer-encoding') || '').trim().toLowerCase() !== 'binary') collected.damaged.found = true;
    let text = decodeText(decodeBody(part), contentType.params.charset);
    if (type === 'text/plain' && (contentType.params.format || '').toLowerCase() === 'flowed') {
      text = unflow(text, (contentType.params.delsp || '').toLowerCase() === 'yes');
    }
    const list = type === 'text/html' ? collected.htmlParts : collected.textParts;
    // The first of each kind is the body; later inline ones outside an alternative are read on.
    if (list.length === 0 || !inAlternative) list.push(text);
    return;
  }

  let bytes = decodeBody(part);
  if (!KNOWN_ENCODINGS[(header(part, 'content-transfer-encoding') || '').trim().toLowerCase()] && !type.startsWith('text/') && !type.startsWith('message/') && looksBase64(part.body)) {
    bytes = decodeBase64(part.body);
    collected.damaged.found = true;
  }
  const attachment: AttachmentInput = { name, contentType: type, size: bytes.length, kind: 'file', bytes };
  if (type === 'message/rfc822' || type === 'message/global') {
    attachment.kind = 'item';
    if (!attachment.name) attachment.name = (innerSubject(bytes) || 'message') + '.eml';
  } else if (!attachment.name) {
    attachment.name = 'attachment.' + (EXTENSION_BY_TYPE[type] || 'bin');
  }
  const hasContentId = header(part, 'content-id') !== undefined;
  if (type.startsWith('image/') && disposition.type !== 'attachment' && (hasContentId || disposition.type === 'inline')) {
    attachment.inline = true;
  }
  collected.message.attachments.push(attachment);
}

function emptyMessage(): MessageInput {
  return { to: [], cc: [], bcc: [], subject: '', attachments: [] };
}

function addresses(part: Part, name: string): Recipient[] {
  const values = part.headers[name];
  if (!values) return [];
  const out: Recipient[] = [];
  for (const v of values) out.push(...parseAddressList(v));
  return out;
}

/**
 * Parses an .eml file (or an attached message's bytes).
 * @example parseEml(encodeUtf8('Subject: =?utf-8?Q?Loonstrook_ma=C3=A4rt?=\r\n\r\nHallo')).subject // 'Loonstrook maärt'
 */
export function parseEml(bytes: Uint8Array): MessageInput {
  return parseEmlChecked(bytes).message;
}

/** The message, and whether its MIME structure was damaged (so what is missing can be reported). */
export function parseEmlChecked(bytes: Uint8Array): { message: MessageInput; damaged: boolean } {
  const damaged = { found: false };
  try {
    const top = splitPart(bytesToLatin1(bytes));
    const message = emptyMessage();
    const from = addresses(top, 'from');
    if (from.length > 0) message.from = from[0];
    message.to = addresses(top, 'to');
    message.cc = addresses(top, 'cc');
    message.bcc = addresses(top, 'bcc');
    const subject = header(top, 'subject');
    message.subject = subject ? decodeEncodedWords(subject).replace(/\s+/g, ' ').trim() : '';
    const collected: Collected = { message, htmlParts: [], textParts: [], damaged };
    walk(top, collected, 0, false);
    if (collected.textParts.length > 0) message.bodyText = collected.textParts.join('\n');
    if (collected.htmlParts.length > 0) message.bodyHtml = collected.htmlParts.join('\n');
    return { message, damaged: damaged.found };
  } catch {
    return { message: emptyMessage(), damaged: true };
  }
}
