/**
 * Which values in a text can be masked, and their masked form. Only detectors whose findings are a
 * value in the text (a number, a secret) qualify; a health paragraph or a list of people is not a
 * value and is left to the other actions. The policy says per detector whether masking is offered.
 */
import { detectText } from '../detection';
import { maskValue } from '../detection/mask';
import { CONFIDENCE_RANK, type ContentDetectorId } from '../model/finding';
import type { Policy } from '../policy/types';
import { detectOptions } from '../scan';

const MAX_VALUES = 1000000;

export const MASKABLE_DETECTORS: readonly ContentDetectorId[] = ['bsn', 'iban', 'payment-card', 'id-document', 'credential'];

/** One value to mask: where it stands in the text, its evidence (already masked) and what replaces it. */
export interface MaskedValue {
  detector: ContentDetectorId;
  start: number;
  end: number;
  /** The finding's masked evidence, e.g. "BSN ****.**.782". */
  evidence: string;
  /** What replaces text.slice(start, end), e.g. "****.**.782". */
  masked: string;
}

/** What masking changed, in masked words only: safe to show and to keep. */
export interface MaskChange {
  detector: ContentDetectorId;
  evidence: string;
  masked: string;
}

export function isMaskable(detector: string): detector is ContentDetectorId {
  return MASKABLE_DETECTORS.indexOf(detector as ContentDetectorId) >= 0;
}

/** The detectors this policy lets the user mask: maskable, enabled and `offerMask`. */
export function maskingDetectors(policy: Policy): ContentDetectorId[] {
  return MASKABLE_DETECTORS.filter((id) => {
    const rule = policy.detectors[id];
    return !!rule && rule.enabled && rule.offerMask;
  });
}

/**
 * A credential finding spans its label and its value ("wachtwoord: Fiets#Boom42"); only the value
 * is masked, so the sentence still says what was there. A token or a table cell is all value.
 */
function valueSpan(detector: ContentDetectorId, text: string, start: number, end: number): { start: number; end: number } {
  if (detector !== 'credential') return { start, end };
  const span = text.slice(start, end);
  const lastSpace = Math.max(span.lastIndexOf(' '), span.lastIndexOf('\t'), span.lastIndexOf('\n'), span.lastIndexOf('\u00a0'));
  let from = lastSpace + 1;
  if (lastSpace < 0) {
    // "ww:Geheim12" written together: the value starts after the label's colon or equals sign.
    const glued = /^[A-Za-z]+[:=]/.exec(span);
    if (glued) from = glued[0].length;
  }
  while (from < span.length && /["'“(]/.test(span.charAt(from))) from++;
  return from < span.length ? { start: start + from, end } : { start, end };
}

/** Every value the policy reports and lets the user mask in `text`, in text order, none overlapping. */
export function findMaskable(text: string, policy: Policy): MaskedValue[] {
  const detectors = maskingDetectors(policy);
  if (detectors.length === 0 || text === '') return [];
  const options = detectOptions(policy);
  // Every match, not the first thousand a Send reads: a long list is masked in one go.
  const matches = detectText(text, { detectors, extra: options.extra, maxMatchesPerDetector: MAX_VALUES })
    .filter((m) => CONFIDENCE_RANK[m.confidence] >= CONFIDENCE_RANK[policy.detectors[m.detector].minConfidence])
    // An admin's keyword is a word that points at the data, not the data: its evidence is the word itself.
    .filter((m) => m.evidence !== text.slice(m.start, m.end));
  const values: MaskedValue[] = [];
  for (const m of matches) {
    const span = valueSpan(m.detector, text, m.start, m.end);
    values.push({ detector: m.detector, start: span.start, end: span.end, evidence: m.evidence, masked: maskValue(m.detector, text.slice(span.start, span.end)) });
  }
  values.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MaskedValue[] = [];
  let at = 0;
  for (const v of values) {
    if (v.start < at || v.masked === text.slice(v.start, v.end)) continue;
    kept.push(v);
    at = v.end;
  }
  return kept;
}

export function changesOf(values: MaskedValue[]): MaskChange[] {
  return values.map((v) => ({ detector: v.detector, evidence: v.evidence, masked: v.masked }));
}

/** Masks a plain text (a subject, a text body): the values are replaced, everything else stays. */
export function maskText(text: string, policy: Policy): { text: string; changes: MaskChange[] } {
  const values = findMaskable(text, policy);
  let out = '';
  let at = 0;
  for (const v of values) {
    out += text.slice(at, v.start) + v.masked;
    at = v.end;
  }
  return { text: out + text.slice(at), changes: changesOf(values) };
}
