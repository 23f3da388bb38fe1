/**
 * A small tolerant XML tokenizer for OOXML and ODF parts: tags, text, entities, CDATA. No DOM, no
 * DTD (so no entity expansion attacks), linear time. Element and attribute names are given by their
 * local name (the part after the prefix): producers choose prefixes freely, the local names of the
 * elements we read are unambiguous in practice.
 */
import { decodeUtf16, decodeUtf8 } from '../../codec/bytes';
import { Searcher } from './searcher';

/** Attributes of one start tag, read lazily (most tags are never asked). */
export class XmlAttributes {
  constructor(
    private readonly source: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** Value of the attribute with this local name, entities decoded; undefined when absent. */
  get(localName: string): string | undefined {
    const s = this.source;
    let i = this.start;
    const end = this.end;
    while (i < end) {
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      const nameStart = i;
      while (i < end && s[i] !== '=' && !isSpace(s.charCodeAt(i)) && s[i] !== '/' && s[i] !== '>') i++;
      const name = s.slice(nameStart, i);
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      if (s[i] !== '=') {
        if (i === nameStart) i++;
        continue;
      }
      i++;
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      const quote = s[i];
      let value: string;
      if (quote === '"' || quote === "'") {
        let close = s.indexOf(quote, i + 1);
        if (close < 0 || close > end) close = end;
        value = s.slice(i + 1, close);
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < end && !isSpace(s.charCodeAt(i)) && s[i] !== '>') i++;
        value = s.slice(valueStart, i);
      }
      if (localNameOf(name) === localName) return decodeEntities(value);
    }
    return undefined;
  }
}

export interface XmlHandler {
  open?(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

export function localNameOf(name: string): string {
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the five XML entities and numeric references; anything else is kept as written. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!(code > 0 && code <= 0x10ffff)) return whole;
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[ref];
    return named === undefined ? whole : named;
  });
}

/** Bytes of an XML part to a string: UTF-16 when it has a BOM (or starts with `<\0`), else UTF-8. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes.length >= 2) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0x3c && bytes[1] === 0)) return decodeUtf16(bytes, true);
    if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0 && bytes[1] === 0x3c)) return decodeUtf16(bytes, false);
  }
  return decodeUtf8(bytes);
}

/**
 * Walks `xml`, calling the handler for each start tag, end tag and text run (entities decoded).
 * `shouldStop` is asked between tokens; returns false when it stopped the walk early.
 * Broken markup is read on as well as it goes: an unclosed tag ends the walk.
 */
export function parseXml(xml: string, handler: XmlHandler, shouldStop?: () => boolean): boolean {
  const length = xml.length;
  const search = new Searcher(xml);
  let i = 0;
  while (i < length) {
    if (shouldStop && shouldStop()) return false;
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > i && handler.text) handler.text(decodeEntities(xml.slice(i, textEnd)));
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith('<![CDATA[', lt)) {
        let close = search.indexOf(']]>', lt + 9);
        if (close < 0) close = length;
        if (handler.text && close > lt + 9) handler.text(xml.slice(lt + 9, close));
        i = close + 3;
      } else if (xml.startsWith('<!--', lt)) {
        // A comment whose end was damaged ends at the next '>': it must not hide the rest of the part.
        const close = search.indexOf('-->', lt + 4);
        i = close < 0 ? afterNextGt(xml, lt + 4) : close + 3;
      } else {
        // DOCTYPE and other declarations: skipped, internal subset included, never expanded.
        const bracket = xml.indexOf('[', lt);
        const gt = xml.indexOf('>', lt);
        if (gt < 0) break;
        if (bracket >= 0 && bracket < gt) {
          const close = xml.indexOf(']>', bracket);
          i = close < 0 ? length : close + 2;
        } else {
          i = gt + 1;
        }
      }
      continue;
    }
    if (next === 63 /* ? */) {
      const close = search.indexOf('?>', lt + 2);
      i = close < 0 ? afterNextGt(xml, lt + 2) : close + 2;
      continue;
    }
    const gt = findTagEnd(xml, lt + 1, search);
    if (gt < 0) break;
    if (next === 47 /* / */) {
      if (handler.close) handler.close(localNameOf(xml.slice(lt + 2, gt).trim()));
      i = gt + 1;
      continue;
    }
    let nameEnd = lt + 1;
    while (nameEnd < gt && !isSpace(xml.charCodeAt(nameEnd)) && xml[nameEnd] !== '/') nameEnd++;
    const name = localNameOf(xml.slice(lt + 1, nameEnd));
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    if (handler.open) handler.open(name, new XmlAttributes(xml, nameEnd, selfClosing ? gt - 1 : gt), selfClosing);
    if (selfClosing && handler.close) handler.close(name);
    i = gt + 1;
  }
  return true;
}

function afterNextGt(xml: string, from: number): number {
  const gt = xml.indexOf('>', from);
  return gt < 0 ? xml.length : gt + 1;
}

/** The `>` that ends a tag, skipping quoted attribute values (which may hold `>`). */
function findTagEnd(xml: string, from: number, search: Searcher): number {
  let i = from;
  const length = xml.length;
  while (i < length) {
    const c = xml.charCodeAt(i);
    if (c === 62) return i;
    if (c === 34 || c === 39) {
      const close = search.indexOf(c === 34 ? '"' : "'", i + 1);
      // An attribute value never holds '<': a quote that closes only past one (or never) was
      // damaged, and the tag ends before that '<' instead of swallowing the rest of the part.
      const lt = search.indexOf('<', i + 1);
      if (lt >= 0 && (close < 0 || lt < close)) return lt - 1 >= from ? lt - 1 : -1;
      if (close < 0) return -1;
      i = close + 1;
      continue;
    }
    if (c === 60) return i - 1 >= from ? i - 1 : -1; // a '<' inside a tag: the tag was cut; end it here
    i++;
  }
  return -1;
}
