/** Whole-word matching helpers. Policy words are plain text, never treated as a regex. */

/** Letters (ASCII and Latin-1/Latin Extended, so "ë" and "é" count) and digits. */
export function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/** True when text[start, end) is not glued to a letter or digit on either side. */
function isWholeWord(text: string, start: number, end: number): boolean {
  return (start === 0 || !isWordChar(text.charCodeAt(start - 1))) && (end >= text.length || !isWordChar(text.charCodeAt(end)));
}

/** Lower case, one space between words: the key under which a word is looked up. */
export function normalizeWord(text: string): string {
  const lower = text.toLowerCase();
  return /[\s\u00a0]/.test(lower) ? lower.replace(/[\s\u00a0]+/g, ' ').trim() : lower;
}

/** Whole-word, case-insensitive search for any of `words` in a short string (a header cell, a line). */
export function containsWord(haystackLower: string, words: readonly string[]): string | undefined {
  for (const word of words) {
    let from = 0;
    for (;;) {
      const at = haystackLower.indexOf(word, from);
      if (at < 0) break;
      if (isWholeWord(haystackLower, at, at + word.length)) return word;
      from = at + 1;
    }
  }
  return undefined;
}

/** JavaScript's \s (what trim() removes) as a character code test, for loops that read every character. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
