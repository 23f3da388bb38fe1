/**
 * `indexOf` that remembers its last answer per needle. A lenient parser that reads on after damage
 * (an unclosed quote, comment or close tag) asks again from further on; without the memory each
 * ask would rescan the rest of a hostile file, and 10 MB of such markup would take quadratic time.
 */
export class Searcher {
  private memo: { [needle: string]: { from: number; at: number } } = {};

  constructor(private readonly text: string) {}

  indexOf(needle: string, from: number): number {
    const last = this.memo[needle];
    // The last answer holds for any later start up to the place it found (or to the end, when none).
    if (last && last.from <= from && (last.at < 0 || last.at >= from)) return last.at;
    const at = this.text.indexOf(needle, from);
    this.memo[needle] = { from, at };
    return at;
  }

  /** The same for a global regex (a close tag in any letter case): the match's index, or -1. */
  search(key: string, pattern: RegExp, from: number): number {
    const last = this.memo[key];
    if (last && last.from <= from && (last.at < 0 || last.at >= from)) return last.at;
    pattern.lastIndex = from;
    const found = pattern.exec(this.text);
    const at = found ? found.index : -1;
    this.memo[key] = { from, at };
    return at;
  }
}
