/**
 * Masks values in an HTML body without touching its markup: the text the reader sees is rebuilt
 * with, for every character, where it came from in the HTML; values are found in that text and
 * only the characters of their text nodes are rewritten. Tags, attributes, comments, <head>,
 * <style> and <script> are never changed, so all formatting stays. A value split by inline markup
 * (`1234<b>567</b>82`) is masked character by character in each piece, keeping the markup.
 */
import { decodeEntities } from '../extract/text/html';
import type { Policy } from '../policy/types';
import { changesOf, findMaskable, type MaskChange, type MaskedValue } from './values';

/** Elements whose content is never shown: nothing in them is read or changed. */
const HIDDEN = ['head', 'script', 'style', 'template', 'noscript', 'xml', 'title', 'object', 'noembed', 'noframes', 'textarea'];
/** Elements that end a line in the text the reader sees, as the scanner's reading does. */
const BLOCK = /^(?:p|div|br|li|ul|ol|dl|dt|dd|tr|table|h[1-6]|blockquote|pre|section|article|header|footer|address|hr|center)$/;
const ENTITY = /^&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/;
const WHITE = /[ \t\n\r\f\u00a0]/;

/** The visible text, with each character's source range in the source (from === to: a line or cell break we added). */
export interface SourceText {
  text: string;
  from: number[];
  to: number[];
}

/** Index just past the `>` that ends the tag starting at `i` (quoted attribute values may hold `>`). */
export function tagEnd(html: string, i: number): number {
  let quote = '';
  for (let j = i + 1; j < html.length; j++) {
    const c = html.charAt(j);
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return j + 1;
    }
  }
  return html.length;
}

export function htmlText(html: string): SourceText {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const push = (c: string, s: number, e: number) => {
    // White space collapses as a browser shows it: one space stands for the whole run.
    if (s !== e && WHITE.test(c)) {
      const last = chars.length - 1;
      if (last >= 0 && chars[last] === ' ' && from[last] !== to[last]) {
        to[last] = e;
        return;
      }
      c = ' ';
    }
    chars.push(c);
    from.push(s);
    to.push(e);
  };
  const lower = html.toLowerCase();
  let i = 0;
  while (i < html.length) {
    const c = html.charAt(i);
    if (c === '<') {
      if (html.substr(i, 4) === '<!--') {
        const close = html.indexOf('-->', i + 4);
        i = close < 0 ? html.length : close + 3;
        continue;
      }
      const tag = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)/.exec(html.substr(i, 64));
      const c1 = html.charAt(i + 1);
      if (!tag && c1 !== '!' && c1 !== '?' && c1 !== '/') {
        push(c, i, i + 1); // A lone "<" in text, as browsers read it.
        i++;
        continue;
      }
      const end = tagEnd(html, i);
      const name = tag ? tag[2].toLowerCase() : '';
      const closing = !!tag && tag[1] === '/';
      i = end;
      if (!tag) continue;
      if (!closing && HIDDEN.indexOf(name) >= 0) {
        const close = lower.indexOf('</' + name, end);
        i = close < 0 ? html.length : tagEnd(html, close);
        continue;
      }
      if (name === 'td' || name === 'th') {
        if (closing) push('\t', end, end);
      } else if (BLOCK.test(name)) {
        push('\n', end, end);
      }
      continue;
    }
    if (c === '&') {
      const entity = ENTITY.exec(html.substr(i, 40));
      if (entity) {
        const decoded = decodeEntities(entity[0]);
        if (decoded !== entity[0]) {
          for (let k = 0; k < decoded.length; k++) push(decoded.charAt(k), i, i + entity[0].length);
          i += entity[0].length;
          continue;
        }
      }
    }
    push(c, i, i + 1);
    i++;
  }
  return { text: chars.join(''), from, to };
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Writes the masked values into the source the view was read from: character by character where
 * the masked form keeps the value's length (markup and entities between its characters stay), else
 * the first piece of text takes the masked form and later pieces are emptied (a secret).
 */
export function applyMasks(source: string, view: SourceText, values: MaskedValue[], escape: (text: string) => string): string {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const v of values) {
    const raw = view.text.slice(v.start, v.end);
    if (v.masked.length === raw.length) {
      for (let k = v.start; k < v.end; k++) {
        const m = v.masked.charAt(k - v.start);
        if (m !== view.text.charAt(k) && view.from[k] !== view.to[k]) edits.push({ start: view.from[k], end: view.to[k], text: escape(m) });
      }
      continue;
    }
    let first = true;
    let k = v.start;
    while (k < v.end) {
      if (view.from[k] === view.to[k]) {
        k++;
        continue;
      }
      const start = view.from[k];
      let end = view.to[k];
      k++;
      while (k < v.end && view.from[k] === end) end = view.to[k++];
      edits.push({ start, end, text: first ? escape(v.masked) : '' });
      first = false;
    }
  }
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue; // Two characters of one entity (a surrogate pair): rewritten once.
    out += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + source.slice(at);
}

/** Masks every value the policy lets the user mask in an HTML body; the markup comes back unchanged. */
export function maskHtml(html: string, policy: Policy): { html: string; changes: MaskChange[] } {
  const view = htmlText(html);
  const values = findMaskable(view.text, policy);
  return { html: applyMasks(html, view, values, escapeText), changes: changesOf(values) };
}
