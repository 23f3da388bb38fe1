/** Just enough Markdown reading to check the docs' links: link targets and GitHub's heading anchors. */
import { existsSync, readFileSync, statSync } from 'fs';
import { dirname, resolve } from 'path';

/** Fenced blocks and inline code hold examples, not links. Lines are kept so line numbers still hold. */
function withoutCode(markdown: string): string {
  const lines = markdown.split('\n');
  let fence: string | null = null;
  return lines
    .map((line) => {
      const opening = /^\s*(```+|~~~+)/.exec(line);
      if (fence) {
        if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length) fence = null;
        return '';
      }
      if (opening) {
        fence = opening[1];
        return '';
      }
      return line.replace(/(`+)[\s\S]*?\1/g, '');
    })
    .join('\n');
}

export interface Link {
  target: string;
  line: number;
}

/** Targets of `[text](target)`, `![alt](target)` and HTML `src=`/`href=` attributes. */
export function linksIn(markdown: string): Link[] {
  const links: Link[] = [];
  withoutCode(markdown)
    .split('\n')
    .forEach((text, i) => {
      const patterns = [/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, /\b(?:src|href)="([^"]+)"/g];
      for (const pattern of patterns) {
        let m: RegExpExecArray | null;
        while ((m = pattern.exec(text))) links.push({ target: m[1], line: i + 1 });
      }
    });
  return links;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function anchorsIn(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const source = markdown.split('\n');
  let fence = false;
  for (const line of source) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = heading[1]
      .toLowerCase()
      .replace(/<[^>]+>/g, '')
      .replace(/[^a-z0-9\u00c0-\uffff\s_-]/g, '') // GitHub keeps letters of any script
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Every relative link in `file` that does not resolve: a missing file, or a missing heading anchor. */
export function brokenLinks(file: string): string[] {
  const markdown = readFileSync(file, 'utf8');
  const broken: string[] = [];
  for (const { target, line } of linksIn(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: and the like: not ours to check offline
    const hash = target.indexOf('#');
    const path = decodeURIComponent(hash >= 0 ? target.slice(0, hash) : target);
    const anchor = hash >= 0 ? decodeURIComponent(target.slice(hash + 1)) : '';
    const resolved = path ? resolve(dirname(file), path) : file;
    if (!existsSync(resolved)) {
      broken.push(`${file}:${line}: ${target} (no such file)`);
      continue;
    }
    if (anchor && statSync(resolved).isFile() && resolved.endsWith('.md') && !anchorsIn(readFileSync(resolved, 'utf8')).has(anchor)) {
      broken.push(`${file}:${line}: ${target} (no heading with that anchor)`);
    }
  }
  return broken;
}
