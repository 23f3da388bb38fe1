/** The detection engine: text in, masked matches out. Pure: no Office, no DOM, no Node. */
import type { ContentDetectorId, Match } from '../model/finding';
import type { Detector, Hit } from './detector';
import { DETECTORS } from './registry';
import { PreparedText } from './text/prepared';
import { Vocabulary } from './text/vocabulary';
import { maskEvidence } from './mask';

export { detectFileName } from './filename';
export { DETECTORS, DETECTOR_REGISTRY } from './registry';
export { maskBsn, maskCard, maskIban, maskSecret } from './mask';

export interface DetectOptions {
  /** Only these detectors (default: all content detectors). */
  detectors?: readonly ContentDetectorId[];
  /** Policy-supplied words per detector, treated as text. */
  extra?: Partial<Record<ContentDetectorId, { keywords: string[]; contextWords: string[] }>>;
  /** personal-list: fewest rows that make a list about several people (default 5). */
  minListRows?: number;
  /** Most matches per detector in one text (default 1000); the rest of a huge text is not read. */
  maxMatchesPerDetector?: number;
  /** Benchmarks: milliseconds spent per detector (and in 'prepare'), added to what is there. */
  timings?: Partial<Record<ContentDetectorId | 'prepare', number>>;
}

let defaultVocabulary: Vocabulary | undefined;
const vocabularies = new Map<string, Vocabulary>();

/** One vocabulary (and so one compiled pattern) per distinct set of policy words. */
function vocabularyFor(extra: DetectOptions['extra']): Vocabulary {
  const empty = !extra || Object.keys(extra).every((id) => {
    const words = extra[id as ContentDetectorId];
    return !words || (words.keywords.length === 0 && words.contextWords.length === 0);
  });
  if (!extra || empty) {
    if (!defaultVocabulary) defaultVocabulary = new Vocabulary(DETECTORS);
    return defaultVocabulary;
  }
  const key = JSON.stringify(extra);
  let v = vocabularies.get(key);
  if (!v) {
    if (vocabularies.size > 16) vocabularies.clear();
    v = new Vocabulary(DETECTORS, extra);
    vocabularies.set(key, v);
  }
  return v;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Did the cheap pass see anything this detector could work on? */
function gateOpen(d: Detector, text: PreparedText, minRows: number): boolean {
  if (d.gate === 'numbers') return text.count > 0 || text.tables().length > 0 || text.wrapped().length > 0;
  if (d.gate === 'terms') return text.hasRole(d.id, 'term');
  return text.count + text.atPositions().length >= minRows || text.tables().length > 0;
}

/**
 * Every match of the chosen content detectors in `text`, in text order, evidence masked.
 * @example detectText('BSN: 111222333') // [{ detector: 'bsn', confidence: 'high', evidence: 'BSN ****.**.333', start: 5, end: 14 }]
 */
export function detectText(text: string, options: DetectOptions = {}): Match[] {
  const timings = options.timings;
  let t0 = timings ? now() : 0;
  const wanted = options.detectors;
  const detectors = wanted ? DETECTORS.filter((d) => wanted.indexOf(d.id) >= 0) : DETECTORS;
  const prepared = new PreparedText(text, vocabularyFor(options.extra));
  const minRows = options.minListRows !== undefined ? options.minListRows : 5;
  const limit = options.maxMatchesPerDetector !== undefined ? options.maxMatchesPerDetector : 1000;
  if (timings) {
    const t1 = now();
    timings.prepare = (timings.prepare || 0) + t1 - t0;
    t0 = t1;
  }
  const matches: Match[] = [];
  for (const d of detectors) {
    const hits: Hit[] = gateOpen(d, prepared, minRows) ? d.find(prepared, { minRows, limit }) : [];
    // The admin's keywords point at this kind of data by themselves.
    for (const k of prepared.hits(d.id, 'keyword')) {
      hits.push({ start: k.start, end: k.end, confidence: 'medium', evidence: { kind: 'keyword', word: text.slice(k.start, k.end) } });
    }
    for (const h of hits) matches.push({ detector: d.id, confidence: h.confidence, start: h.start, end: h.end, evidence: maskEvidence(h.evidence) });
    if (timings) {
      const t1 = now();
      timings[d.id] = (timings[d.id] || 0) + t1 - t0;
      t0 = t1;
    }
  }
  return matches.sort((a, b) => a.start - b.start || a.end - b.end);
}
