/**
 * The attachment dispatcher: bytes + name -> text parts and problems. The format is picked from the
 * content first (magic bytes, what a zip holds) and the name second; a name that lies is not fatal.
 * Every nested file (zip entry, attachment of an attached message, embedded object) comes back
 * through here one level deeper, under the same caps. Nothing throws past this file: an extractor
 * that fails makes the file `corrupt`, and the rest of the attachment is still extracted.
 */
import { bytesToLatin1 } from '../codec/bytes';
import { looksLikeDamagedCompoundFile } from './office/cfb';
import { extractCompoundFile } from './office/compound';
import { extractDocx } from './office/docx';
import { emptyResult, type GuardedContext, joinPath, mergeInto, newSession, onlyProblem, type Session, timeUp, unscannable } from './guard';
import { extractPackageObjects } from './embedded';
import { damagedReason, kindFromName, type NamedKind } from './kind';
import { extractEml, looksLikeMail } from './mail';
import { hasOwnText, reportIfNoText } from './no-text';
import { extractFlatOdf, extractOdf, looksLikeFlatOdf } from './office/odf';
import { OfficePackage } from './office/package';
import { extractPdf } from './pdf';
import { extractPptx } from './office/pptx';
import { extractRtf } from './text/rtf';
import { extractCsv, extractHtml, extractJson, extractPlainText, extractXmlText } from './text';
import type { ExtractBudget, ExtractContext, ExtractProblem, ExtractResult } from './types';
import { extractXlsx } from './office/xlsx';
import { decodeXml } from './text/xml';
import { extractZip, isZip, readZipDirectory, type ZipDirectory } from './container/zip';

/** Most problems listed for one attachment (a bomb can make thousands of the same kind). */
const MAX_PROBLEMS = 50;

const IMAGE_NAME = /\.(png|jpe?g|jfif|gif|bmp|tiff?|webp|heic|heif|avif|ico|svg|emf|wmf)$/i;
const ZIP_NAME = /\.(zip|docx|docm|dotx|dotm|xlsx|xlsm|xltx|xltm|pptx|pptm|ppsx|potx|odt|ods|odp|odg|ott|ots|otp|epub|jar)$/i;

/**
 * Extracts the text of one attachment under `budget` (shared by all attachments of a message:
 * its clock and its running byte total). Never throws.
 */
export function extractAttachment(name: string, bytes: Uint8Array, budget: ExtractBudget): ExtractResult {
  if (budget.usedBytes === undefined) budget.usedBytes = 0;
  const ctx = makeContext(budget, '', 0, newSession());
  let result: ExtractResult;
  if (bytes.length > budget.limits.attachmentBytes || budget.usedBytes + bytes.length > budget.limits.totalBytes) {
    result = onlyProblem(unscannable('', 'too-large'));
  } else {
    budget.usedBytes += bytes.length;
    result = extractFile(name, bytes, ctx);
  }
  return tidy(result, budget);
}

function makeContext(budget: ExtractBudget, path: string, depth: number, session: Session): GuardedContext {
  return {
    budget,
    path,
    depth,
    session,
    nested(innerName: string, innerBytes: Uint8Array): ExtractResult {
      const innerPath = joinPath(path, innerName);
      if (depth + 1 > budget.limits.archiveDepth) return onlyProblem(unscannable(innerPath, 'too-deep'));
      if (innerBytes.length > budget.limits.attachmentBytes) return onlyProblem(unscannable(innerPath, 'too-large'));
      return extractFile(innerName, innerBytes, makeContext(budget, innerPath, depth + 1, session));
    },
  };
}

/** One file at any depth: time check, format, extractor; any exception becomes `corrupt`. */
function extractFile(name: string, bytes: Uint8Array, ctx: ExtractContext): ExtractResult {
  if (timeUp(ctx)) return onlyProblem(unscannable(ctx.path, 'time-out'));
  try {
    return extractByFormat(name, bytes, ctx);
  } catch {
    return onlyProblem(unscannable(ctx.path, 'corrupt'));
  }
}

function extractByFormat(name: string, bytes: Uint8Array, ctx: ExtractContext): ExtractResult {
  const head = bytesToLatin1(bytes, 0, Math.min(bytes.length, 4096));
  const named = kindFromName(name);
  const zipTail = !isZip(bytes) && hasZipEnd(bytes);
  if (isZip(bytes) || ((ZIP_NAME.test(name) || zipTail) && bytes.length >= 22)) {
    const directory = readZipDirectory(bytes, ctx.budget.limits.archiveEntries, ctx.path);
    if (!directory.broken || isZip(bytes)) return extractZipFamily(bytes, directory, ctx);
  }
  if (head.slice(0, 1024).indexOf('%PDF-') >= 0) return extractPdf(bytes, ctx);
  // A PDF whose header is damaged still shows its first objects ("1 0 obj <<").
  if (/\b\d{1,7} \d{1,5} obj\s*<</.test(head.slice(0, 1024)) && !isTextual(bytes)) return extractDamaged(named || PDF_KIND, extractPdf(bytes, ctx), ctx);
  if (head.startsWith('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1')) {
    // A .doc/.xls/.ppt/.msg we cannot read (a Word 6 or PowerPoint 4 file) is reported, not left low.
    return extractDamaged(named && named.container === 'compound' ? named : undefined, extractCompoundFile(bytes, ctx), ctx);
  }
  if (looksLikeDamagedCompoundFile(bytes)) return extractDamaged(named, extractCompoundFile(bytes, ctx, true), ctx);
  // RTF by its signature, its name, or the control words of its header when the signature is damaged.
  if (head.startsWith('{\\rtf') || (named && named.container === 'rtf') || /\{\\fonttbl|^.{0,12}\\(rtf1|ansi\b|ansicpg)/.test(head.slice(0, 512))) {
    return reportIfNoText(extractRtf(bytes, ctx), ctx.path);
  }
  if (isImage(head) || IMAGE_NAME.test(name)) return emptyResult(); // not OCR'd; the scan reads the file name
  if (named && named.container === 'pdf') return extractDamaged(named, extractPdf(bytes, ctx), ctx);
  if (!isTextual(bytes)) {
    if (named) return extractAsNamed(named, bytes, ctx);
    return onlyProblem(unscannable(ctx.path, zipTail ? damagedReason('archive') : 'unknown-format'));
  }
  const trimmed = head.replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').split('\u0000').join('').trim();
  if (looksLikeMail(trimmed)) return extractEml(bytes, ctx);
  const ext = (/\.([A-Za-z0-9]{1,8})$/.exec(name) || ['', ''])[1].toLowerCase();
  switch (ext) {
    case 'csv':
    case 'tsv':
      return extractCsv(bytes, ctx, name);
    case 'json':
      return extractJson(bytes, ctx);
    case 'htm':
    case 'html':
    case 'xhtml':
      return extractHtml(bytes, ctx);
    case 'eml':
      return extractEml(bytes, ctx);
  }
  if (trimmed[0] === '<') {
    if (/<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]/i.test(trimmed.slice(0, 1024))) return extractHtml(bytes, ctx);
    const xml = decodeXml(bytes);
    if (looksLikeFlatOdf(xml.slice(0, 4096))) return reportIfNoText(extractFlatOdf(xml, ctx), ctx.path);
    const markup = extractXmlText(xml, ctx);
    // Taken for markup by its first character (a damaged text file can start with '<') but giving
    // no text at all: read as the plain text it may be, rather than pass as empty.
    return hasOwnText(markup) || markup.problems.length > 0 ? markup : extractPlainText(bytes, ctx);
  }
  if ((trimmed[0] === '{' || trimmed[0] === '[') && ext !== 'txt') return extractJson(bytes, ctx);
  return extractPlainText(bytes, ctx);
}

const PDF_KIND: NamedKind = { family: 'pdf', container: 'pdf' };

/** The end-of-central-directory record of a zip in its last 64 KB (a zip whose first bytes are damaged). */
function hasZipEnd(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 65557; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) return true;
  }
  return false;
}

/**
 * Binary content without the signature of its kind, under a name that says what it should be: the
 * reader for that kind still tries (a compound file finds its directory past a damaged header);
 * what it cannot read is said in the name's words.
 */
function extractAsNamed(named: NamedKind, bytes: Uint8Array, ctx: ExtractContext): ExtractResult {
  switch (named.container) {
    case 'compound':
      return extractDamaged(named, extractCompoundFile(bytes, ctx, true), ctx);
    case 'text':
      return named.family === 'mail' ? extractEml(bytes, ctx) : extractPlainText(bytes, ctx);
    default:
      // A package (docx, xlsx, odt, zip) whose zip structure is not there at all.
      return onlyProblem(unscannable(ctx.path, damagedReason(named.family)));
  }
}

/** A reader's result on a damaged file: when it read nothing and only says "corrupt", say what the file claimed to be. */
function extractDamaged(named: NamedKind | undefined, result: ExtractResult, ctx: ExtractContext): ExtractResult {
  if (!named || hasOwnText(result)) return result;
  const onlyCorrupt = result.problems.length > 0 && result.problems.every((p) => p.reason === 'corrupt' || p.reason === 'unknown-format');
  if (!onlyCorrupt) return result;
  return { texts: result.texts, problems: [unscannable(ctx.path, damagedReason(named.family))] };
}

/** A zip: an OOXML package, an ODF package, or a plain archive. */
function extractZipFamily(bytes: Uint8Array, directory: ZipDirectory, ctx: ExtractContext): ExtractResult {
  const names = new Set(directory.entries.map((e) => e.name.toLowerCase()));
  if (names.has('[content_types].xml')) {
    const pkg = new OfficePackage(bytes, directory, ctx);
    // The main part's type decides (".main+xml"): a package that embeds another lists that one's type too.
    const types = pkg.readPlain('[Content_Types].xml') || '';
    if (/(wordprocessingml\.[a-z]+|ms-word\.[a-z.]+)\.main\+xml/i.test(types) || names.has('word/document.xml')) return reportIfNoText(withObjects(extractDocx(pkg, ctx), pkg, 'ooxml', ctx), ctx.path);
    if (/(spreadsheetml\.[a-z]+|ms-excel\.[a-z.]+)\.main\+xml/i.test(types) || names.has('xl/workbook.xml')) return reportIfNoText(withObjects(extractXlsx(pkg, ctx), pkg, 'ooxml', ctx), ctx.path);
    if (/(presentationml\.[a-z]+|ms-powerpoint\.[a-z.]+)\.main\+xml/i.test(types) || names.has('ppt/presentation.xml')) return reportIfNoText(withObjects(extractPptx(pkg, ctx), pkg, 'ooxml', ctx), ctx.path);
  }
  if (names.has('mimetype') || (names.has('content.xml') && names.has('meta-inf/manifest.xml'))) {
    const pkg = new OfficePackage(bytes, directory, ctx);
    const mimetype = names.has('mimetype') ? pkg.readPlain('mimetype') || '' : '';
    if (!mimetype || /^application\/vnd\.oasis\.opendocument\./.test(mimetype.trim())) return reportIfNoText(withObjects(extractOdf(pkg, ctx), pkg, 'odf', ctx), ctx.path);
  }
  return extractZip(bytes, ctx, directory);
}

/** The document's own text, then its embedded objects (an encrypted package has none to read). */
function withObjects(result: ExtractResult, pkg: OfficePackage, kind: 'ooxml' | 'odf', ctx: ExtractContext): ExtractResult {
  if (result.problems.some((p) => p.detector === 'encrypted-attachment' && p.path === ctx.path)) return result;
  const before = pkg.problems.length;
  mergeInto(result, extractPackageObjects(pkg, kind, ctx));
  // Problems the package met while taking objects out (a damaged entry, a cap).
  for (const p of pkg.problems.slice(before)) result.problems.push(p);
  return result;
}

function isImage(head: string): boolean {
  return (
    head.startsWith('\x89PNG') ||
    head.startsWith('\xff\xd8\xff') ||
    head.startsWith('GIF8') ||
    head.startsWith('II*\x00') ||
    head.startsWith('MM\x00*') ||
    (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') ||
    /^ftyp(heic|heix|hevc|mif1|msf1|avif)/.test(head.slice(4, 12)) ||
    (head.startsWith('BM') && head.length > 26 && head.charCodeAt(14) < 200 && head.charCodeAt(6) === 0 && head.charCodeAt(7) === 0)
  );
}

/** Text, not binary: UTF-16 (BOM or NUL pattern), or few control characters in the first 4 KB. */
function isTextual(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  if (n === 0) return true;
  if (n >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  let evenNul = 0;
  let oddNul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    } else if (b < 9 || (b > 13 && b < 32 && b !== 27)) {
      control++;
    }
  }
  const pairs = n / 2;
  if ((oddNul > pairs * 0.4 && evenNul < pairs * 0.05) || (evenNul > pairs * 0.4 && oddNul < pairs * 0.05)) return true;
  return evenNul + oddNul === 0 && control <= n * 0.01;
}

/**
 * Final caps over everything one attachment produced (including extractors that do not share our
 * text sink): at most `extractedChars` characters, problems without repeats and at most MAX_PROBLEMS,
 * keeping at least one of each kind.
 */
function tidy(result: ExtractResult, budget: ExtractBudget): ExtractResult {
  const texts: ExtractResult['texts'] = [];
  const problems: ExtractProblem[] = [];
  let room = budget.limits.extractedChars;
  let cut = '';
  for (const t of result.texts) {
    if (!t || typeof t.text !== 'string') continue;
    if (room <= 0) {
      if (!cut) cut = t.path;
      continue;
    }
    if (t.text.length > room) {
      texts.push({ path: t.path, text: t.text.slice(0, room) });
      cut = cut || t.path;
      room = 0;
    } else {
      texts.push(t);
      room -= t.text.length;
    }
  }
  const all = result.problems.slice();
  if (cut) all.push(unscannable(cut, 'too-large'));
  const seen = new Set<string>();
  const unique: ExtractProblem[] = [];
  for (const p of all) {
    const key = p.detector + '|' + p.reason + '|' + p.path;
    if (!seen.has(key)) {
      seen.add(key);
      unique.push(p);
    }
  }
  // Too many: the first of each kind, then the rest in order up to the cap.
  const kinds = new Set<string>();
  const keep = new Set<ExtractProblem>();
  for (const p of unique) {
    const kind = p.detector + '|' + p.reason;
    if (!kinds.has(kind)) {
      kinds.add(kind);
      keep.add(p);
    }
  }
  for (const p of unique) {
    if (keep.size >= MAX_PROBLEMS) break;
    keep.add(p);
  }
  for (const p of unique) if (keep.has(p)) problems.push(p);
  return { texts, problems };
}
