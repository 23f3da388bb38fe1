/**
 * PowerPoint .pptx: slides in presentation order, each followed by its speaker notes and its
 * comments (they travel with the file), each slide its own text ('slide 3'). Tables on slides
 * become TAB-separated lines.
 */
import { TextFlow } from '../container/flow';
import { emptyResult, joinPath, makeStopCheck, TextSink, timeUp, unscannable } from '../guard';
import { byNumber, type OfficePackage, relType } from './package';
import type { ExtractContext, ExtractResult } from '../types';
import { parseXml } from '../text/xml';

export function extractPptx(pkg: OfficePackage, ctx: ExtractContext): ExtractResult {
  const result = emptyResult();
  const presentation = pkg.mainPart('ppt/presentation.xml');
  const slides = listSlides(pkg, presentation);
  for (let i = 0; i < slides.length; i++) {
    if (timeUp(ctx)) {
      result.problems.push(unscannable(ctx.path, 'time-out'));
      break;
    }
    const sink = new TextSink(ctx);
    const parts = [slides[i]];
    // Notes, then comments (the classic p:cmLst and the 2018 threaded ones share the type's last word).
    for (const type of ['notesSlide', 'comments']) {
      for (const r of pkg.relationships(slides[i])) if (relType(r) === type && !r.external && pkg.has(r.target) && parts.indexOf(r.target) < 0) parts.push(r.target);
    }
    let complete = true;
    for (const part of parts) {
      const xml = pkg.readText(part);
      if (xml === null) continue;
      if (sink.size && sink.lastChar() !== '\n') sink.add('\n');
      complete = readDrawingXml(xml, sink, ctx) && complete;
    }
    sink.finish(result, joinPath(ctx.path, 'slide ' + (i + 1)));
    if (sink.full) break;
    if (!complete) {
      result.problems.push(unscannable(ctx.path, 'time-out'));
      break;
    }
  }
  for (const p of pkg.problems) result.problems.push(p);
  return result;
}

function listSlides(pkg: OfficePackage, presentation: string): string[] {
  const targets = new Map<string, string>();
  for (const r of pkg.relationships(presentation)) if (!r.external && relType(r) === 'slide') targets.set(r.id, r.target);
  const slides: string[] = [];
  const xml = pkg.readText(presentation);
  if (xml) {
    parseXml(xml, {
      open(name, attributes) {
        if (name !== 'sldId') return;
        const part = targets.get(attributes.get('id') || '');
        if (part && pkg.has(part) && slides.indexOf(part) < 0) slides.push(part);
      },
    });
  }
  if (slides.length) return slides;
  return pkg
    .names()
    .filter((n) => /^ppt\/slides\/[^/]+\.xml$/i.test(n))
    .sort(byNumber);
}

/**
 * Run text of an Office XML part (slides, notes, slide comments, Excel's cell comments): a:p
 * paragraphs, t runs (a slide comment's p:text; an Excel comment's <text> ends its line), a:br breaks,
 * a:tbl tables.
 */
export function readDrawingXml(xml: string, sink: TextSink, ctx: ExtractContext): boolean {
  const flow = new TextFlow(sink);
  let skip = 0;
  let inText = 0;
  return parseXml(
    xml,
    {
      open(name) {
        if (name === 'Fallback') {
          skip++;
          return;
        }
        if (skip) return;
        if (name === 't' || name === 'text') inText++;
        else if (name === 'br') flow.lineBreak();
        else if (name === 'tbl') flow.tableStart();
        else if (name === 'tr') flow.rowStart();
        else if (name === 'tc') flow.cellStart();
      },
      close(name) {
        if (name === 'Fallback') {
          if (skip) skip--;
          return;
        }
        if (skip) return;
        if ((name === 't' || name === 'text') && inText) inText--;
        if (name === 'p' || name === 'text') flow.paragraphEnd();
        else if (name === 'tbl') flow.tableEnd();
        else if (name === 'tr') flow.rowEnd();
        else if (name === 'tc') flow.cellEnd();
      },
      text(text) {
        if (inText && !skip) flow.text(text);
      },
    },
    makeStopCheck(ctx, sink),
  );
}
