/**
 * Word .docx: the document body, then headers, footers, footnotes, endnotes and comments. Tracked
 * insertions and deletions are both read where they stand: deleted text still travels in the file,
 * and anyone who opens it can show it. Tables become TAB-separated lines.
 */
import { TextFlow } from '../container/flow';
import { emptyResult, makeStopCheck, TextSink, timeUp, unscannable } from '../guard';
import { type OfficePackage, relType } from './package';
import type { ExtractContext, ExtractResult } from '../types';
import { parseXml } from '../text/xml';

/** Elements whose content is not text the reader sees (moved text's old place, duplicate fallbacks, field codes). */
const SKIPPED = new Set(['moveFrom', 'Fallback', 'instrText', 'delInstrText']);
const EXTRA_PARTS = ['header', 'footer', 'footnotes', 'endnotes', 'comments'];

export function extractDocx(pkg: OfficePackage, ctx: ExtractContext): ExtractResult {
  const result = emptyResult();
  const main = pkg.mainPart(pkg.has('word/document.xml') ? 'word/document.xml' : '');
  if (!main) {
    result.problems.push(unscannable(ctx.path, 'corrupt'));
    return result;
  }
  const parts = [main];
  const rels = pkg.relationships(main).filter((r) => !r.external && EXTRA_PARTS.indexOf(relType(r)) >= 0 && pkg.has(r.target));
  if (rels.length) {
    // Headers first, then footers, notes, comments: the order a reader meets them in.
    for (const kind of EXTRA_PARTS) for (const r of rels) if (relType(r) === kind && parts.indexOf(r.target) < 0) parts.push(r.target);
  } else {
    for (const name of pkg.names()) if (/^word\/(header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/i.test(name)) parts.push(name);
  }
  const sink = new TextSink(ctx);
  for (const part of parts) {
    if (sink.full) break;
    if (timeUp(ctx)) {
      result.problems.push(unscannable(ctx.path, 'time-out'));
      break;
    }
    const xml = pkg.readText(part);
    if (xml === null) continue;
    if (sink.size && sink.lastChar() !== '\n') sink.add('\n');
    if (!readWordXml(xml, sink, ctx)) {
      if (!sink.full) result.problems.push(unscannable(ctx.path, 'time-out'));
      break;
    }
  }
  sink.finish(result, ctx.path);
  for (const p of pkg.problems) result.problems.push(p);
  return result;
}

/** Reads one WordprocessingML part into the sink; false when stopped (time or text cap). */
function readWordXml(xml: string, sink: TextSink, ctx: ExtractContext): boolean {
  const flow = new TextFlow(sink);
  let skip = 0;
  let inText = 0;
  let inRun = 0;
  return parseXml(
    xml,
    {
      open(name) {
        // The tokenizer also closes self-closing tags, so counting every open keeps depths balanced.
        if (SKIPPED.has(name)) {
          skip++;
          return;
        }
        if (skip) return;
        switch (name) {
          case 't':
          case 'delText':
            inText++;
            break;
          case 'del':
            // Deleted text kept apart from the words around it ("BSN: 111222333 123456782").
            flow.text(' ');
            break;
          case 'r':
            inRun++;
            break;
          case 'tab':
            if (inRun) flow.tab();
            break;
          case 'br':
          case 'cr':
            if (inRun) flow.lineBreak();
            break;
          case 'noBreakHyphen':
            flow.text('-');
            break;
          case 'tbl':
            flow.tableStart();
            break;
          case 'tr':
            flow.rowStart();
            break;
          case 'tc':
            flow.cellStart();
            break;
        }
      },
      close(name) {
        if (SKIPPED.has(name)) {
          if (skip) skip--;
          return;
        }
        if (skip) return;
        switch (name) {
          case 't':
          case 'delText':
            if (inText) inText--;
            break;
          case 'del':
            flow.text(' ');
            break;
          case 'r':
            if (inRun) inRun--;
            break;
          case 'p':
            flow.paragraphEnd();
            break;
          case 'tbl':
            flow.tableEnd();
            break;
          case 'tr':
            flow.rowEnd();
            break;
          case 'tc':
            flow.cellEnd();
            break;
        }
      },
      text(text) {
        if (inText && !skip) flow.text(text);
      },
    },
    makeStopCheck(ctx, sink),
  );
}
