/**
 * Damerau-Levenshtein distance (optimal string alignment: insert, delete, change, swap two
 * neighbours) with an upper bound, and the single-deletion neighbourhood used to find candidate
 * pairs without comparing every domain with every other.
 */

/**
 * The distance between a and b, or `max + 1` as soon as it is certain to exceed `max`.
 * Cost is O(len · (2·max+1)): only the band around the diagonal is computed.
 */
export function damerauLevenshtein(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  const big = max + 1;
  // Three rows (two back for swaps, previous, current), reused between calls: no garbage per pair.
  if (m + 1 > rowA.length) growRows(m + 1);
  let prevPrev = rowA;
  let prev = rowB;
  let curr = rowC;
  prevPrev.fill(big, 0, m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : big;
  for (let i = 1; i <= n; i++) {
    curr.fill(big, 0, m + 1);
    curr[0] = i <= max ? i : big;
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    let rowMin = curr[0];
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        d = Math.min(d, prevPrev[j - 2] + 1);
      }
      curr[j] = d > big ? big : d;
      if (curr[j] < rowMin) rowMin = curr[j];
    }
    if (rowMin > max) return big;
    const spare = prevPrev;
    prevPrev = prev;
    prev = curr;
    curr = spare;
  }
  return prev[m] > max ? big : prev[m];
}

let rowA = new Int32Array(128);
let rowB = new Int32Array(128);
let rowC = new Int32Array(128);

function growRows(size: number): void {
  rowA = new Int32Array(size);
  rowB = new Int32Array(size);
  rowC = new Int32Array(size);
}

/** The string itself and every string with one character deleted (symmetric-delete index keys). */
export function deletionNeighbourhood(text: string): string[] {
  const out = [text];
  for (let i = 0; i < text.length; i++) {
    // Deleting either of two equal neighbours gives the same string: keep one.
    if (i > 0 && text[i] === text[i - 1]) continue;
    out.push(text.slice(0, i) + text.slice(i + 1));
  }
  return out;
}

export type EditKind = 'changed' | 'swapped' | 'missing' | 'extra' | 'hyphen-missing' | 'hyphen-extra';

/**
 * What a one-edit difference between `imitation` and `original` is, in the user's terms, with the
 * characters involved. Null when they are not exactly one edit apart.
 */
export function describeEdit(imitation: string, original: string): { kind: EditKind; detail: string } | null {
  const a = imitation;
  const b = original;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  if (a.length === b.length) {
    let end = a.length - 1;
    while (end > start && a[end] === b[end]) end--;
    if (end === start) return { kind: 'changed', detail: "'" + a[start] + "' for '" + b[start] + "'" };
    if (end === start + 1 && a[start] === b[end] && a[end] === b[start]) return { kind: 'swapped', detail: "'" + a[start] + a[end] + "' for '" + b[start] + b[end] + "'" };
    return null;
  }
  if (a.length + 1 === b.length) {
    if (a.slice(start) !== b.slice(start + 1)) return null;
    return b[start] === '-' ? { kind: 'hyphen-missing', detail: "'-'" } : { kind: 'missing', detail: "'" + b[start] + "'" };
  }
  if (a.length === b.length + 1) {
    if (a.slice(start + 1) !== b.slice(start)) return null;
    return a[start] === '-' ? { kind: 'hyphen-extra', detail: "'-'" } : { kind: 'extra', detail: "'" + a[start] + "'" };
  }
  return null;
}
