/**
 * Objects embedded in documents, scanned like attachments (through the dispatcher, one level
 * deeper, under the same caps): OOXML parts under `*\/embeddings/` (a workbook in a Word document,
 * an `oleObject1.bin`), ODF sub-documents (`Object 1/content.xml`) and foreign objects stored beside
 * them, and the file inside an OLE package (the `\x01Ole10Native` stream of a compound file).
 */
import { bytesToLatin1 } from '../codec/bytes';
import { emptyResult, mergeInto, timeUp, unscannable } from './guard';
import type { OfficePackage } from './office/package';
import type { ExtractContext, ExtractResult } from './types';

/** OOXML: `word/embeddings/...`, `xl/embeddings/...`, `ppt/embeddings/...` (any main folder). */
const OOXML_OBJECT = /^[^/]+\/embeddings\/[^/]+$/i;
/** ODF: a sub-document's body. */
const ODF_SUBDOCUMENT = /^(.+)\/content\.xml$/i;
/** ODF parts at the top that are the document itself, not an object in it. */
const ODF_OWN_PARTS = /^(mimetype|content\.xml|styles\.xml|meta\.xml|settings\.xml|manifest\.rdf|layout-cache)$/i;
/** ODF folders that hold pictures, previews and settings, never objects with text. */
const ODF_NOT_OBJECTS = /^(META-INF|Pictures|Thumbnails|ObjectReplacements|Configurations2|Basic|Dialogs)\//i;

/** The objects embedded in an OOXML or ODF package, each read as a file of its own. */
export function extractPackageObjects(pkg: OfficePackage, kind: 'ooxml' | 'odf', ctx: ExtractContext): ExtractResult {
  const result = emptyResult();
  for (const name of pkg.names()) {
    let objectName = '';
    if (kind === 'ooxml') {
      if (OOXML_OBJECT.test(name)) objectName = name;
    } else if (!ODF_NOT_OBJECTS.test(name)) {
      const sub = ODF_SUBDOCUMENT.exec(name);
      if (sub && sub[1].indexOf('/') < 0) objectName = sub[1];
      else if (name.indexOf('/') < 0 && !ODF_OWN_PARTS.test(name)) objectName = name;
    }
    if (!objectName) continue;
    if (timeUp(ctx)) {
      result.problems.push(unscannable(ctx.path, 'time-out'));
      break;
    }
    const bytes = pkg.readBytes(name);
    // An object that cannot be taken out of the package is reported by the package (corrupt, caps).
    if (!bytes || bytes.length === 0) continue;
    mergeInto(result, ctx.nested(objectName, bytes));
  }
  return result;
}

/**
 * An OLE package (MS-OLEDS 2.3.6, "Packager Shell Object"): total size, then the label, the source
 * path, two reserved bytes, the kind (3 = an embedded file), the temporary path, the data size and
 * the file's bytes. The file is read under its label's name, so its format is known by the name too.
 */
export function readOlePackage(stream: Uint8Array): { name: string; bytes: Uint8Array } | null {
  let p = 4;
  const u16 = () => (p + 2 <= stream.length ? stream[p++] | (stream[p++] << 8) : -1);
  const u32 = () => {
    if (p + 4 > stream.length) return -1;
    const v = (stream[p] | (stream[p + 1] << 8) | (stream[p + 2] << 16) | (stream[p + 3] << 24)) >>> 0;
    p += 4;
    return v;
  };
  const zString = (): string | null => {
    const end = stream.indexOf(0, p);
    if (end < 0 || end - p > 1024) return null;
    const text = bytesToLatin1(stream, p, end);
    p = end + 1;
    return text;
  };
  if (u16() < 0) return null;
  const label = zString();
  const source = zString();
  if (label === null || source === null) return null;
  if (u16() < 0) return null;
  // Kind 1 is a link to a file (nothing embedded); only 3 holds the file itself.
  if (u16() !== 3) return null;
  const tempLength = u32();
  if (tempLength < 0 || p + tempLength > stream.length) return null;
  p += tempLength;
  const size = u32();
  if (size < 0 || p + size > stream.length) return null;
  const name = fileName(label) || fileName(source) || 'package';
  return { name, bytes: stream.subarray(p, p + size) };
}

function fileName(path: string): string {
  const slash = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
  return path.slice(slash + 1).trim();
}
