/**
 * A masked copy of a Word document (.docx): the values are rewritten inside the text of its runs
 * (`<w:t>`, and `<w:delText>` of tracked deletions) in the body, headers, footers, footnotes, endnotes and comments; every other part and
 * every tag and attribute stays as it was. The package is read under the policy's caps with the
 * extractor's own zip reader, and written again with the same parts in the same order.
 */
import { decodeUtf8, encodeUtf8 } from '../codec/bytes';
import { decodeEntities } from '../extract/text/html';
import type { Policy } from '../policy/types';
import { applyMasks, escapeText, tagEnd, type SourceText } from './html';
import { rewritePackage } from './package';
import { changesOf, findMaskable, type MaskChange } from './values';

/** The parts that hold the document's own text. */
const TEXT_PART = /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/i;
const ENTITY = /^&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[a-zA-Z]{2,8});/;

/** The text of a Word part's runs, each character traced to the XML; paragraphs, tabs, breaks and cells as the reader sees them. */
export function wordText(xml: string): SourceText {
  // Deleted text too: it travels in the file (the reader reads it).
  return runText(xml, ['w:t', 'w:delText']);
}

/**
 * The text inside the `textElements` of an Office XML part (Word's w:t, Excel's t), each character
 * traced to the XML; nothing inside a `skipped` element (Excel's phonetic runs).
 */
export function runText(xml: string, textElements: readonly string[], skipped = ''): SourceText {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const push = (c: string, s: number, e: number) => {
    chars.push(c);
    from.push(s);
    to.push(e);
  };
  let inText = false;
  let skip = 0;
  let i = 0;
  while (i < xml.length) {
    const c = xml.charAt(i);
    if (c === '<') {
      const end = tagEnd(xml, i) - 1;
      if (xml.charAt(end) !== '>') break;
      const tag = /^<(\/?)([A-Za-z][\w.:-]*)/.exec(xml.slice(i, Math.min(end + 1, i + 64)));
      const selfClosing = xml.charAt(end - 1) === '/';
      i = end + 1;
      if (!tag) continue;
      const name = tag[2];
      const closing = tag[1] === '/';
      if (name === skipped && !selfClosing) skip += closing ? (skip > 0 ? -1 : 0) : 1;
      else if (textElements.indexOf(name) >= 0) inText = !closing && !selfClosing && skip === 0;
      else if (!closing && (name === 'w:tab' || name === 'w:ptab')) push('\t', i, i);
      else if (!closing && (name === 'w:br' || name === 'w:cr')) push('\n', i, i);
      else if (closing && (name === 'w:p' || name === 'w:tr')) push('\n', i, i);
      else if (closing && name === 'w:tc') push('\t', i, i);
      continue;
    }
    if (!inText) {
      i++;
      continue;
    }
    if (c === '&') {
      const entity = ENTITY.exec(xml.substr(i, 16));
      if (entity) {
        const decoded = decodeEntities(entity[0]);
        for (let k = 0; k < decoded.length; k++) push(decoded.charAt(k), i, i + entity[0].length);
        i += entity[0].length;
        continue;
      }
    }
    push(c, i, i + 1);
    i++;
  }
  return { text: chars.join(''), from, to };
}

/** A masked copy of a .docx, or null when the package cannot be read whole (then it is not offered). */
export function maskDocx(bytes: Uint8Array, policy: Policy): { bytes: Uint8Array; changes: MaskChange[] } | null {
  const changes: MaskChange[] = [];
  const masked = rewritePackage(bytes, policy, (name, data) => {
    if (!TEXT_PART.test(name)) return data;
    const xml = decodeUtf8(data);
    const view = wordText(xml);
    const values = findMaskable(view.text, policy);
    if (values.length === 0) return data;
    for (const c of changesOf(values)) changes.push(c);
    return encodeUtf8(applyMasks(xml, view, values, escapeText));
  });
  return masked && { bytes: masked, changes };
}
