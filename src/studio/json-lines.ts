/**
 * Where each value of a JSON text starts, by the path validation errors use (`detectors.bsn.action`,
 * `recipients.trustedDomains[2]`), so the JSON view can put a line number beside each error.
 */

/** Line (1-based) of every key and list item of `text`; empty when the text is not JSON. */
export function linesByPath(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const space = (): void => {
    while (i < text.length && ' \t\r\n\uFEFF'.indexOf(text[i]) >= 0) {
      if (text[i] === '\n') line++;
      i++;
    }
  };
  const fail = (): never => {
    throw new SyntaxError('not JSON');
  };
  const string = (): string => {
    if (text[i] !== '"') fail();
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail();
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
          const key = string();
          child = path ? path + '.' + key : key;
          lines.set(child, line);
          space();
          if (text[i] !== ':') fail();
          i++;
        } else {
          space();
          child = path + '[' + n + ']';
          lines.set(child, line);
        }
        value(child);
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] !== close) fail();
        i++;
        return;
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const scalar = /^(-?\d[\d.eE+-]*|true|false|null)/.exec(text.slice(i, i + 40));
    if (!scalar) fail();
    i += (scalar as RegExpExecArray)[0].length;
  };
  try {
    value('');
  } catch {
    return new Map();
  }
  return lines;
}

/** The line of `path`, or of its nearest parent that the text has (a missing key is reported on its object). */
export function lineOf(lines: Map<string, number>, path: string): number | undefined {
  let p = path;
  while (p) {
    const found = lines.get(p);
    if (found !== undefined) return found;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut > 0 ? p.slice(0, cut) : '';
  }
  return undefined;
}
