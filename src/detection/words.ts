/** Whole-word matching helpers. Policy words are plain text: escaped, never treated as a regex. */

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
export function isWholeWord(text: string, start: number, end: number): boolean {
  return (start === 0 || !isWordChar(text.charCodeAt(start - 1))) && (end >= text.length || !isWordChar(text.charCodeAt(end)));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Lower case, one space between words: the key under which a word is looked up. */
export function normalizeWord(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * A case-insensitive pattern for one word without the `i` flag: "bsn" -> "[bB][sS][nN]". Keeping the
 * combined regex case-sensitive lets it also look for upper-case postcodes in the same single pass.
 * Spaces inside a phrase match any run of spaces.
 */
export function wordPattern(word: string): string {
  let out = '';
  let inSpace = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charAt(i);
    if (c === ' ') {
      if (!inSpace) out += '[ \\u00a0]+';
      inSpace = true;
      continue;
    }
    inSpace = false;
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    out += lower !== upper && lower.length === 1 && upper.length === 1 ? '[' + lower + upper + ']' : escapeRegExp(c);
  }
  return out;
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
