/**
 * A masked copy of an Excel workbook (.xlsx). The values are found in the text the reader makes
 * of the workbook (each sheet's cells under their column headers, so a "BSN" header is seen above
 * its numbers), then masked where Excel keeps them: in the shared strings and inline strings (the
 * text of their runs, markup kept) and in number cells, which become text cells holding the masked
 * form (a BSN is often typed as a number). Every other part, tag and attribute stays. When a value
 * cannot be found where Excel keeps it (in a formula's result, across cells), there is no copy.
 */
import { decodeUtf8, encodeUtf8 } from '../codec/bytes';
import { extractAttachment } from '../extract';
import { numberText } from '../extract/office/xlsx';
import { decodeEntities } from '../extract/text/html';
import type { Policy } from '../policy/types';
import { runText } from './docx';
import { applyMasks, escapeText } from './html';
import { rewritePackage } from './package';
import { changesOf, findMaskable, type MaskChange, type MaskedValue } from './values';

const SHARED_STRINGS = /^xl\/sharedStrings\.xml$/i;
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
/** One string item (<si>) of the shared strings, or one cell of a sheet. */
const STRING_ITEM = /<si\b[^>]*?(?:\/>|>[\s\S]*?<\/si>)/g;
const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;
const WORD_CHAR = /[A-Za-z0-9]/;

/** A masked copy of a workbook, or null when it cannot be read whole or a value cannot be masked where it is kept. */
export function maskXlsx(name: string, bytes: Uint8Array, policy: Policy): { bytes: Uint8Array; changes: MaskChange[] } | null {
  const extracted = extractAttachment(name, bytes, { limits: policy.limits, deadline: Infinity, now: () => 0 });
  if (extracted.problems.length > 0) return null;
  // Each value as the reader wrote it, with its masked form; the same value anywhere is the same value.
  const found = new Map<string, MaskedValue>();
  for (const t of extracted.texts) {
    for (const v of findMaskable(t.text, policy)) {
      const raw = t.text.slice(v.start, v.end);
      if (!found.has(raw)) found.set(raw, v);
    }
  }
  if (found.size === 0) return { bytes, changes: [] };
  const masked = new Set<string>();
  const copy = rewritePackage(bytes, policy, (part, data) => {
    const sheet = SHEET.test(part);
    if (!sheet && !SHARED_STRINGS.test(part)) return data;
    const xml = decodeUtf8(data);
    let unsafe = false;
    const out = sheet
      ? xml.replace(CELL, (cell) => {
          const result = maskCell(cell, found, masked);
          if (result === null) unsafe = true;
          return result === null ? cell : result;
        })
      : xml.replace(STRING_ITEM, (item) => maskRuns(item, found, masked));
    if (unsafe) return null;
    return out === xml ? data : encodeUtf8(out);
  });
  if (copy === null) return null;
  // A value the reader saw but no cell holds on its own (split over cells, in a formula's result): no copy.
  if (masked.size < found.size) return null;
  return { bytes: copy, changes: changesOf(Array.from(found.values())) };
}

/** The text of <t> runs in a string item or inline string, with every found value masked in place. */
function maskRuns(xml: string, found: Map<string, MaskedValue>, masked: Set<string>): string {
  const view = runText(xml, ['t'], 'rPh');
  const values: MaskedValue[] = [];
  found.forEach((value, raw) => {
    for (let at = view.text.indexOf(raw); at >= 0; at = view.text.indexOf(raw, at + raw.length)) {
      // A whole value, not the middle of a longer number or word.
      if (WORD_CHAR.test(view.text.charAt(at - 1)) || WORD_CHAR.test(view.text.charAt(at + raw.length))) continue;
      values.push({ detector: value.detector, start: at, end: at + raw.length, evidence: value.evidence, masked: value.masked });
      masked.add(raw);
    }
  });
  if (values.length === 0) return xml;
  values.sort((a, b) => a.start - b.start);
  return applyMasks(xml, view, values.filter((v, i) => i === 0 || v.start >= values[i - 1].end), escapeText);
}

/**
 * One sheet cell: an inline string has its runs masked; a number (or a formula's text result)
 * that is a found value becomes an inline string with the masked form. A formula cell with a
 * found value gives null: its result would be computed again from the formula when opened.
 */
function maskCell(cell: string, found: Map<string, MaskedValue>, masked: Set<string>): string | null {
  const open = /^<c\b[^>]*>/.exec(cell);
  if (!open || open[0].charAt(open[0].length - 2) === '/') return cell;
  const type = /\st\s*=\s*["']([^"']*)["']/.exec(open[0]);
  const kind = type ? type[1] : 'n';
  if (kind === 'inlineStr') return maskRuns(cell, found, masked);
  if (kind !== 'n' && kind !== 'str') return cell;
  const v = /<v>([^<]*)<\/v>/.exec(cell);
  if (!v) return cell;
  // A number as the reader writes it (never in exponent form), a formula's text as it is.
  const raw = kind === 'n' ? numberText(decodeEntities(v[1])) : decodeEntities(v[1]);
  const value = found.get(raw);
  if (!value) return cell;
  if (/<f[\s>/]/.test(cell)) return null;
  masked.add(raw);
  const attributes = open[0].slice(2, -1).replace(/\st\s*=\s*["'][^"']*["']/, '');
  return `<c${attributes} t="inlineStr"><is><t>${escapeText(value.masked)}</t></is></c>`;
}
