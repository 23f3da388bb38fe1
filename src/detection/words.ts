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

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * One regex source for many words, factored by common prefixes ("loon(?:strook|heffing)"), so the
 * regex engine dispatches on each character instead of trying every word in turn. Words are text:
 * every character is escaped; spaces match any run of spaces. Use with the `i` flag.
 */
export function wordsPattern(words: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (let i = 0; i < w.length; i++) {
      const c = w.charAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const alternatives: string[] = [];
    node.next.forEach((child, c) => alternatives.push((c === ' ' ? '[ \\u00a0]+' : escapeRegExp(c)) + emit(child)));
    if (alternatives.length === 0) return '';
    const body = alternatives.length === 1 ? alternatives[0] : '(?:' + alternatives.join('|') + ')';
    return node.end ? '(?:' + body + ')?' : body;
  };
  return emit(root);
}
