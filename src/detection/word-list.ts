/**
 * A word list written as one string, "a|b|c": the detectors ship hundreds of words, and as one
 * string each costs one separator in the handler bundle instead of quotes and a comma.
 */
export function wordList(words: string): string[] {
  return words.split('|');
}
