/**
 * Where each value of a JSON text starts, by the path validation errors use (`detectors.bsn.action`,
 * `recipients.trustedDomains[2]`), so the JSON view can put a line number beside each error.
 */
import { walkJson } from '../policy/json-walk';

/** Line (1-based) of every key and list item of `text`; empty when the text is not JSON. */
export function linesByPath(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  // A BOM is allowed before the policy (parsePolicy drops it); offsets only grow, so lines are counted once.
  const source = text.replace(/^\uFEFF/, '');
  let line = 1;
  let counted = 0;
  try {
    walkJson(source, (path, offset) => {
      for (; counted < offset; counted++) if (source.charCodeAt(counted) === 10) line++;
      lines.set(path, line);
    });
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
