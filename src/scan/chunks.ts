/**
 * Splits a very long text into pieces for detection, so the scan can look at the clock between
 * pieces: a 10 MB body must not run past the time budget in one uninterruptible call.
 * Pieces end at a line break (else at a space), so no number or word is cut in two, and a piece
 * that starts inside a table begins with that table's header row, so a "BSN" column header still
 * gives context to the values below it.
 */

/** Texts up to this many characters are scanned in one piece. */
export const PIECE_CHARS = 1024 * 1024;

export function splitForDetection(text: string, pieceChars = PIECE_CHARS): string[] {
  if (text.length <= pieceChars) return [text];
  const pieces: string[] = [];

  // One forward walk over the lines, remembering the first row of the current run of TAB lines.
  let lineStart = 0;
  let tableHeader = '';
  let previousHadTab = false;
  let nextTab = -2;
  const tabAtOrAfter = (pos: number): number => {
    // Cached so that a text without tabs is not searched again for every line.
    if (nextTab !== -1 && nextTab < pos) nextTab = text.indexOf('\t', pos);
    return nextTab < 0 ? text.length : nextTab;
  };
  const lineHasTab = (start: number, end: number): boolean => tabAtOrAfter(start) < end;
  let nextNewline = -2;
  const newlineAtOrAfter = (pos: number): number => {
    if (nextNewline !== -1 && nextNewline < pos) nextNewline = text.indexOf('\n', pos);
    return nextNewline;
  };
  const walkTo = (boundary: number): void => {
    for (;;) {
      const nl = newlineAtOrAfter(lineStart);
      if (nl < 0 || nl >= boundary) return;
      const hasTab = lineHasTab(lineStart, nl);
      if (hasTab && !previousHadTab) tableHeader = text.slice(lineStart, nl);
      if (!hasTab) tableHeader = '';
      previousHadTab = hasTab;
      lineStart = nl + 1;
    }
  };

  let start = 0;
  let prefix = '';
  while (start < text.length) {
    let end = Math.min(text.length, start + pieceChars);
    if (end < text.length) {
      // Look back only over the second half of the piece (lastIndexOf alone would scan to the start).
      const half = start + Math.floor(pieceChars / 2);
      const tail = text.slice(half, end);
      const nl = tail.lastIndexOf('\n');
      const space = nl < 0 ? tail.lastIndexOf(' ') : -1;
      if (nl >= 0) end = half + nl + 1;
      else if (space >= 0) end = half + space + 1;
    }
    pieces.push(prefix + text.slice(start, end));
    if (end >= text.length) break;
    walkTo(end);
    prefix = '';
    if (previousHadTab && lineStart === end && tableHeader) {
      const nl = newlineAtOrAfter(end);
      if (lineHasTab(end, nl < 0 ? text.length : nl)) prefix = tableHeader + '\n';
    }
    start = end;
  }
  return pieces;
}
