/**
 * A strict walk over a JSON text: where each object key and list item starts, by the path that
 * validation errors use (`detectors.bsn.action`, `recipients.trustedDomains[2]`). JSON.parse does
 * not always say where it failed, and the policy studio puts a line number beside each error.
 */

/**
 * Calls `visit` with the path and offset of every key and list item, in text order. Throws the
 * offset (a number) of the first syntax error, trailing text included.
 */
export function walkJson(text: string, visit: (path: string, offset: number) => void = () => undefined): void {
  let i = 0;
  const space = (): void => {
    while (i < text.length && ' \t\r\n'.indexOf(text[i]) >= 0) i++;
  };
  const literal = (word: string): void => {
    if (text.slice(i, i + word.length) !== word) throw i;
    i += word.length;
  };
  const string = (): string => {
    if (text[i] !== '"') throw i;
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) throw i;
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) throw i;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        let child: string;
        if (c === '{') {
          space();
          const at = i;
          const key = string();
          child = path ? path + '.' + key : key;
          visit(child, at);
          space();
          literal(':');
        } else {
          space();
          child = path + '[' + n + ']';
          visit(child, i);
        }
        value(child);
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        literal(close);
        return;
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 40));
    if (number) {
      i += number[0].length;
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.slice(i, i + word.length) === word) {
        i += word.length;
        return;
      }
    }
    throw i;
  };
  value('');
  space();
  if (i < text.length) throw i;
}
