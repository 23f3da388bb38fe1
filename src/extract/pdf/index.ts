/**
 * PDF -> text, for the scan. Reads the page tree in order (content streams, Form XObjects) and
 * the values of filled-in form fields. Problems instead of exceptions: a PDF that needs a password
 * is `encrypted`, one we cannot read as text (scanned images, undecodable fonts) is `no-text`, a
 * broken one `corrupt`; budget overruns keep the text read so far and say why reading stopped.
 */
import { bytesToLatin1 } from '../../codec/bytes';
import { PdfBudget, PdfStop } from './budget';
import { reportIfNoText } from '../no-text';
import { EncryptedError, indexOf, PdfDocument } from './document';
import { decodeTextString } from './encodings';
import { PdfDict, PdfName, PdfStream, PdfString, type PdfObject } from './objects';
import { PageReader, layoutPage, type PageStats, type TextRun } from './text';
import type { ExtractContext, ExtractProblem, ExtractResult } from '../types';

const MAX_PAGES = 20000;
const MAX_TREE_DEPTH = 64;
const MAX_FIELDS = 5000;
const MAX_EMBEDDED = 100;

/** Pages in document order, each with its (inherited) resources. */
function collectPages(doc: PdfDocument): { page: PdfDict; resources: PdfDict | null }[] {
  const root = doc.resolve(doc.trailer.get('Root'));
  if (!(root instanceof PdfDict)) throw new PdfStop('corrupt');
  const top = doc.dictGet(root, 'Pages');
  const pages: { page: PdfDict; resources: PdfDict | null }[] = [];
  const seen = new Set<PdfDict>();
  const walk = (node: PdfObject | undefined, inherited: PdfDict | null, depth: number) => {
    if (!(node instanceof PdfDict) || seen.has(node) || depth > MAX_TREE_DEPTH || pages.length >= MAX_PAGES) return;
    seen.add(node);
    doc.budget.tick();
    const own = doc.dictGet(node, 'Resources');
    const resources = own instanceof PdfDict ? own : inherited;
    const kids = doc.dictGet(node, 'Kids');
    const type = doc.dictGet(node, 'Type');
    if (Array.isArray(kids) && !(type instanceof PdfName && type.name === 'Page')) {
      for (const kid of kids) walk(doc.resolve(kid), resources, depth + 1);
    } else {
      pages.push({ page: node, resources });
    }
  };
  walk(top, null, 0);
  return pages;
}

/** Filled-in form fields (AcroForm): "name: value" lines, since a typed-in BSN lives there, not in the page. */
function formFieldText(doc: PdfDocument): string {
  const root = doc.resolve(doc.trailer.get('Root'));
  const form = root instanceof PdfDict ? doc.dictGet(root, 'AcroForm') : undefined;
  const fields = form instanceof PdfDict ? doc.dictGet(form, 'Fields') : undefined;
  if (!Array.isArray(fields)) return '';
  const lines: string[] = [];
  const seen = new Set<PdfDict>();
  const walk = (node: PdfObject | undefined, depth: number) => {
    if (!(node instanceof PdfDict) || seen.has(node) || depth > 32 || seen.size > MAX_FIELDS) return;
    seen.add(node);
    const name = doc.dictGet(node, 'T');
    const value = doc.dictGet(node, 'V');
    const label = name instanceof PdfString ? decodeTextString(name.bytes) : '';
    const text = value instanceof PdfString ? decodeTextString(value.bytes) : value instanceof PdfName && value.name !== 'Off' ? value.name : '';
    if (text.trim()) lines.push(label ? label + ': ' + text : text);
    const kids = doc.dictGet(node, 'Kids');
    if (Array.isArray(kids)) for (const kid of kids) walk(doc.resolve(kid), depth + 1);
  };
  for (const field of fields) walk(doc.resolve(field), 0);
  return lines.join('\n');
}

/**
 * Files attached to the PDF: the EmbeddedFiles name tree and FileAttachment annotations on pages
 * (a spreadsheet can ride inside a PDF). `bytes` is null when the file's stream cannot be read.
 */
function embeddedFiles(doc: PdfDocument, pages: { page: PdfDict }[]): { name: string; bytes: Uint8Array | null }[] {
  const root = doc.resolve(doc.trailer.get('Root'));
  const names = root instanceof PdfDict ? doc.dictGet(root, 'Names') : undefined;
  const tree = names instanceof PdfDict ? doc.dictGet(names, 'EmbeddedFiles') : undefined;
  const files: { name: string; bytes: Uint8Array | null }[] = [];
  // One file can be both in the name tree and on a page: read it once.
  const streams = new Set<PdfStream>();
  const take = (spec: PdfObject | undefined, key: PdfObject | undefined) => {
    if (!(spec instanceof PdfDict) || files.length >= MAX_EMBEDDED) return;
    const ef = doc.dictGet(spec, 'EF');
    if (!(ef instanceof PdfDict)) return;
    const stream = doc.dictGet(ef, 'UF') || doc.dictGet(ef, 'F');
    const label = doc.dictGet(spec, 'UF') || doc.dictGet(spec, 'F') || key;
    const name = label instanceof PdfString ? decodeTextString(label.bytes) : 'attachment';
    if (!(stream instanceof PdfStream)) {
      files.push({ name, bytes: null });
      return;
    }
    if (streams.has(stream)) return;
    streams.add(stream);
    files.push({ name, bytes: doc.decodeStream(stream) });
  };
  const seen = new Set<PdfDict>();
  const walk = (node: PdfObject | undefined, depth: number) => {
    if (!(node instanceof PdfDict) || seen.has(node) || depth > 32 || files.length >= MAX_EMBEDDED) return;
    seen.add(node);
    const pairs = doc.dictGet(node, 'Names');
    if (Array.isArray(pairs)) {
      for (let i = 1; i < pairs.length && files.length < MAX_EMBEDDED; i += 2) take(doc.resolve(pairs[i]), doc.resolve(pairs[i - 1]));
    }
    const kids = doc.dictGet(node, 'Kids');
    if (Array.isArray(kids)) for (const kid of kids) walk(doc.resolve(kid), depth + 1);
  };
  walk(tree, 0);
  for (const { page } of pages) {
    const annots = doc.dictGet(page, 'Annots');
    if (!Array.isArray(annots)) continue;
    for (const item of annots) {
      if (files.length >= MAX_EMBEDDED) break;
      doc.budget.tick();
      const annot = doc.resolve(item);
      if (!(annot instanceof PdfDict)) continue;
      // Only a FileAttachment annotation has a file specification (/FS): followed whatever its
      // /Subtype says, so a damaged subtype does not hide the file.
      take(doc.dictGet(annot, 'FS'), undefined);
    }
  }
  // Attached files that no link reaches any more (a damaged catalog or annotation, or an attachment
  // "removed" by an incremental update): their bytes are still sent, so they are read too.
  for (const num of unlinkedFileObjects(doc.bytes)) {
    if (files.length >= MAX_EMBEDDED) break;
    const stream = doc.get(num);
    if (stream instanceof PdfStream && streams.has(stream)) continue;
    if (stream instanceof PdfStream) streams.add(stream);
    // A file object that no longer parses is reported (bytes null), not passed over.
    files.push({ name: 'attachment ' + num, bytes: stream instanceof PdfStream ? doc.decodeStream(stream) : null });
  }
  return files;
}

/** Numbers of the objects whose dictionary says `/Type /EmbeddedFile`, found in the raw bytes. */
function unlinkedFileObjects(bytes: Uint8Array): number[] {
  const out: number[] = [];
  const needle = '/EmbeddedFile';
  for (let at = indexOf(bytes, needle, 0); at >= 0 && out.length < MAX_EMBEDDED; at = indexOf(bytes, needle, at + needle.length)) {
    const next = bytes[at + needle.length];
    // '/EmbeddedFiles' (the name tree's key) and longer names are something else.
    if ((next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a) || (next >= 0x30 && next <= 0x39)) continue;
    const before = bytesToLatin1(bytes, Math.max(0, at - 256), at);
    const header = /(\d+)\s+\d+\s+obj\b(?![\s\S]*\bobj\b)/.exec(before);
    if (header) out.push(parseInt(header[1], 10));
  }
  return out;
}

/** A page we could not read: images but no text, or mostly glyphs without a known meaning. */
function unreadable(stats: PageStats, text: string): boolean {
  const hasText = /\S/.test(text);
  if (stats.undecodable > 0 && stats.undecodable * 2 >= stats.glyphs) return true;
  return stats.images > 0 && !hasText;
}

/** A page's drawn text, and apart from it the text of its hidden layers. */
function pageText(runs: TextRun[]): { text: string; hidden: string } {
  let hidden = false;
  for (const run of runs) if (run.hidden) hidden = true;
  if (!hidden) return { text: layoutPage(runs), hidden: '' };
  return { text: layoutPage(runs.filter((r) => !r.hidden)), hidden: layoutPage(runs.filter((r) => r.hidden)) };
}

export function extractPdf(bytes: Uint8Array, ctx: ExtractContext): ExtractResult {
  const problems: ExtractProblem[] = [];
  const problem = (detector: ExtractProblem['detector'], reason: string) => {
    if (!problems.some((p) => p.reason === reason)) problems.push({ detector, path: ctx.path, reason });
  };
  const maxChars = ctx.budget.limits.extractedChars;
  const pageTexts: string[] = [];
  let chars = 0;
  let pageCount = 0;
  let reader: PageReader | null = null;
  let readingPage = false;
  const hiddenTexts: string[] = [];
  const nestedTexts: ExtractResult['texts'] = [];
  const nestedProblems: ExtractProblem[] = [];
  let budget: PdfBudget | null = null;
  try {
    budget = new PdfBudget(ctx.budget, bytes.length);
    budget.checkTime();
    const doc = new PdfDocument(bytes, budget);
    const pages = collectPages(doc);
    pageCount = pages.length;
    reader = new PageReader(doc, budget, () => maxChars - chars);
    for (const { page, resources } of pages) {
      budget.checkTime();
      readingPage = true;
      try {
        reader.readPage(page, resources);
      } catch (e) {
        if (e instanceof PdfStop || e instanceof EncryptedError) throw e;
        // One damaged page does not hide the others.
        problem('unscannable-attachment', 'corrupt');
      }
      readingPage = false;
      const { text, hidden } = pageText(reader.runs);
      if (unreadable(reader.stats, text)) problem('unscannable-attachment', 'no-text');
      pageTexts.push(text);
      if (hidden) hiddenTexts.push(hidden);
      chars += text.length + hidden.length;
      if (chars >= maxChars) throw new PdfStop('too-large');
    }
    const fieldText = formFieldText(doc);
    if (fieldText) pageTexts.push(fieldText + '\n');
    for (const file of embeddedFiles(doc, pages)) {
      budget.checkTime();
      if (!file.bytes) {
        // An attached file we cannot take out is not skipped: it may hold anything.
        nestedProblems.push({ detector: 'unscannable-attachment', path: ctx.path ? ctx.path + '/' + file.name : file.name, reason: 'corrupt' });
        continue;
      }
      const inner = ctx.nested(file.name, file.bytes);
      inner.texts.forEach((t) => nestedTexts.push(t));
      inner.problems.forEach((p) => nestedProblems.push(p));
    }
    if (pageCount === 0) problem('unscannable-attachment', 'corrupt');
  } catch (e) {
    if (readingPage && reader) {
      const { text, hidden } = pageText(reader.runs);
      pageTexts.push(text);
      if (hidden) hiddenTexts.push(hidden);
    }
    if (e instanceof EncryptedError) problem('encrypted-attachment', 'encrypted');
    else if (e instanceof PdfStop) problem('unscannable-attachment', e.reason === 'corrupt' ? 'corrupt' : e.reason);
    else problem('unscannable-attachment', 'corrupt');
  }
  // What was read is kept, but a damaged stream may have held more.
  if (budget && budget.damagedStreams > 0) problem('unscannable-attachment', 'corrupt');
  let text = pageTexts.filter((t) => /\S/.test(t)).join('\n');
  if (text.length > maxChars) text = text.slice(0, maxChars);
  const texts: ExtractResult['texts'] = /\S/.test(text) ? [{ path: ctx.path, text }] : [];
  // Text in layers that are switched off: scanned, but it does not make a scan a page with text.
  let hiddenText = hiddenTexts.join('\n');
  if (hiddenText.length > Math.max(0, maxChars - text.length)) hiddenText = hiddenText.slice(0, Math.max(0, maxChars - text.length));
  if (/\S/.test(hiddenText)) texts.push({ path: ctx.path, text: hiddenText, hidden: true });
  // Nothing readable at all: never a silent pass.
  return reportIfNoText({ texts: texts.concat(nestedTexts), problems: problems.concat(nestedProblems) }, ctx.path);
}
