/**
 * A zip-based office package (OOXML or ODF): parts by name, read under the caps, and OOXML
 * relationships. A part cut short by a cap is still read as far as it got: the XML reader is
 * tolerant, so a 30 MB sheet yields its first rows and a too-large problem.
 */
import { decodeUtf8 } from '../../codec/bytes';
import { joinPath, unscannable } from '../guard';
import type { ExtractContext, ExtractProblem } from '../types';
import { decodeXml, parseXml } from '../text/xml';
import { entryProblem, readZipEntry, takeEntry, type ZipDirectory, type ZipEntry } from '../container/zip';

export interface Relationship {
  id: string;
  type: string;
  /** Resolved part name inside the package (no leading slash). */
  target: string;
  external: boolean;
}

export class OfficePackage {
  private readonly byName = new Map<string, ZipEntry>();
  readonly problems: ExtractProblem[] = [];

  constructor(
    private readonly bytes: Uint8Array,
    directory: ZipDirectory,
    private readonly ctx: ExtractContext,
  ) {
    for (const p of directory.problems) this.problems.push(p);
    for (const entry of directory.entries) {
      const key = entry.name.replace(/^\/+/, '').toLowerCase();
      if (!this.byName.has(key)) this.byName.set(key, entry);
    }
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** Part names in archive order. */
  names(): string[] {
    const out: string[] = [];
    this.byName.forEach((entry) => out.push(entry.name.replace(/^\/+/, '')));
    return out;
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** The part's bytes, or null when absent or unreadable (the reason goes to `problems`). */
  readBytes(name: string): Uint8Array | null {
    const entry = this.entry(name);
    if (!entry) return null;
    const problem = entryProblem(entry, this.ctx.path);
    if (problem) {
      this.report(problem);
      return null;
    }
    if (!takeEntry(this.ctx)) {
      this.report(unscannable(this.ctx.path, 'too-many-entries'));
      return null;
    }
    const data = readZipEntry(this.bytes, entry, this.ctx);
    if (data.cut) this.report(unscannable(this.ctx.path, data.cut));
    return data.bytes;
  }

  /** The part as text (XML encodings), or null. */
  readText(name: string): string | null {
    const bytes = this.readBytes(name);
    return bytes ? decodeXml(bytes) : null;
  }

  readPlain(name: string): string | null {
    const bytes = this.readBytes(name);
    return bytes ? decodeUtf8(bytes) : null;
  }

  private report(problem: ExtractProblem): void {
    if (!this.problems.some((p) => p.reason === problem.reason && p.path === problem.path)) this.problems.push(problem);
  }

  /** Relationships of a part ('' for the package), targets resolved against the part's folder. */
  relationships(partName: string): Relationship[] {
    const slash = partName.lastIndexOf('/');
    const folder = slash >= 0 ? partName.slice(0, slash + 1) : '';
    const relsName = folder + '_rels/' + partName.slice(slash + 1) + '.rels';
    const xml = this.has(relsName) ? this.readText(relsName) : null;
    const out: Relationship[] = [];
    if (!xml) return out;
    parseXml(xml, {
      open(name, attributes) {
        if (name !== 'Relationship') return;
        const target = attributes.get('Target') || '';
        const external = (attributes.get('TargetMode') || '') === 'External';
        out.push({
          id: attributes.get('Id') || '',
          type: attributes.get('Type') || '',
          target: external ? target : resolvePart(folder, target),
          external,
        });
      },
    });
    return out;
  }

  /** The part the package's officeDocument relationship names (word/document.xml, ...), else `fallback`. */
  mainPart(fallback: string): string {
    for (const r of this.relationships('')) if (relType(r) === 'officeDocument' && !r.external && this.has(r.target)) return r.target;
    return fallback;
  }

  /** Path for problems and texts about a part of this package. */
  pathOf(inner: string): string {
    return joinPath(this.ctx.path, inner);
  }
}

/** Resolves a relationship target against the folder of its source part. */
export function resolvePart(folder: string, target: string): string {
  let path = target.replace(/\\/g, '/');
  path = path[0] === '/' ? path.slice(1) : folder + path;
  const parts: string[] = [];
  for (const piece of path.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return decodeURIComponentSafe(parts.join('/'));
}

function decodeURIComponentSafe(text: string): string {
  if (text.indexOf('%') < 0) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Type of a relationship by its last segment ('officeDocument', 'header', 'slide', ...). */
export function relType(rel: Relationship): string {
  const slash = rel.type.lastIndexOf('/');
  return slash >= 0 ? rel.type.slice(slash + 1) : rel.type;
}

/** Sorts part names by the number in them (slide2 before slide10). */
export function byNumber(a: string, b: string): number {
  const na = parseInt((/(\d+)\.xml$/i.exec(a) || ['', '0'])[1], 10);
  const nb = parseInt((/(\d+)\.xml$/i.exec(b) || ['', '0'])[1], 10);
  return na - nb || (a < b ? -1 : a > b ? 1 : 0);
}
