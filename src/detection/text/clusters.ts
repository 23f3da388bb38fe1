/** Grouping word hits that stand close together (for the detectors that read words, not numbers). */
import type { WordHit } from './prepared';

/** Consecutive hits with at most `gap` characters between one and the next form one cluster. */
export function clusterHits(hits: readonly WordHit[], gap: number): WordHit[][] {
  const clusters: WordHit[][] = [];
  let current: WordHit[] = [];
  for (const h of hits) {
    if (current.length > 0 && h.start - current[current.length - 1].end > gap) {
      clusters.push(current);
      current = [];
    }
    current.push(h);
  }
  if (current.length > 0) clusters.push(current);
  return clusters;
}

/** Distinct words of a cluster, in order of first appearance. */
export function distinctWords(hits: readonly WordHit[]): string[] {
  const out: string[] = [];
  for (const h of hits) if (out.indexOf(h.word) < 0) out.push(h.word);
  return out;
}
