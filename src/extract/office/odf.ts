/**
 * OpenDocument: .odt/.ods/.odp (zipped) and flat .fodt/.fods/.fodp (one XML). Text documents give
 * one text (body, then headers and footers); spreadsheets one text per sheet, named by the sheet;
 * presentations one per slide. Spreadsheet cells give their stored value (office:value,
 * office:date-value, ...) besides the displayed text when the two differ, and repeated rows and
 * cells are capped rather than multiplied out.
 */
import { cleanCell, TextFlow } from '../container/flow';
import { emptyResult, encrypted, joinPath, makeStopCheck, TextSink, timeUp, unscannable } from '../guard';
import type { OfficePackage } from './package';
import type { ExtractContext, ExtractResult } from '../types';
import { type XmlAttributes, parseXml } from '../text/xml';
import { numberText } from './xlsx';

/**
 * Regions with text a reader does not see as content: note numbers, who changed what when. Tracked
 * deletions are read (their region opens the body): deleted text still travels in the file.
 */
const SKIPPED = new Set(['note-citation', 'sequence-decls', 'forms', 'scripts', 'creator', 'date', 'change-info']);
/** Master-page parts with text (in styles.xml or a flat file's master styles). */
const HEADER_FOOTER = new Set(['header', 'footer', 'header-left', 'footer-left', 'header-first', 'footer-first']);
const MAX_SPACES = 100;

export function extractOdf(pkg: OfficePackage, ctx: ExtractContext): ExtractResult {
  const result = emptyResult();
  const manifest = pkg.has('META-INF/manifest.xml') ? pkg.readText('META-INF/manifest.xml') : null;
  if (manifest && /encryption-data/.test(manifest)) {
    result.problems.push(encrypted(ctx.path));
    return result;
  }
  const content = pkg.readText('content.xml');
  if (content === null) {
    result.problems.push(unscannable(ctx.path, 'corrupt'));
    for (const p of pkg.problems) result.problems.push(p);
    return result;
  }
  const reader = new OdfReader(ctx, result);
  let complete = reader.read(content);
  if (complete && reader.kind === 'text' && !timeUp(ctx)) {
    const styles = pkg.has('styles.xml') ? pkg.readText('styles.xml') : null;
    if (styles) complete = reader.read(styles);
  }
  reader.finish();
  if (!complete && !reader.full) result.problems.push(unscannable(ctx.path, 'time-out'));
  for (const p of pkg.problems) result.problems.push(p);
  return result;
}

/** The elements office:body holds (their local names). */
const BODY_CONTENT = new Set(['text', 'spreadsheet', 'presentation', 'drawing']);

/** A flat ODF document (one XML file holding styles and body). */
export function extractFlatOdf(xml: string, ctx: ExtractContext): ExtractResult {
  const result = emptyResult();
  if (/<manifest:encryption-data|encryption-data/.test(xml.slice(0, 65536)) && /<office:binary-data/.test(xml)) {
    result.problems.push(encrypted(ctx.path));
    return result;
  }
  const reader = new OdfReader(ctx, result);
  const complete = reader.read(xml);
  reader.finish();
  if (!complete && !reader.full) result.problems.push(unscannable(ctx.path, 'time-out'));
  return result;
}

export function looksLikeFlatOdf(head: string): boolean {
  // A package's content.xml reads the same way (an embedded object's body comes here on its own).
  return /<office:document(-content)?[\s>]/.test(head) && /urn:oasis:names:tc:opendocument/.test(head);
}

class OdfReader {
  kind: 'text' | 'spreadsheet' | 'presentation' = 'text';
  full = false;
  private sink: TextSink | null = null;
  private flow: TextFlow | null = null;
  private sectionPath = '';
  private slideNumber = 0;

  constructor(
    private readonly ctx: ExtractContext,
    private readonly result: ExtractResult,
  ) {}

  private open(path: string): TextFlow {
    this.sink = new TextSink(this.ctx);
    this.flow = new TextFlow(this.sink);
    this.sectionPath = path;
    return this.flow;
  }

  /** Ends the current text (a sheet or slide; the whole document for text). */
  finish(): void {
    if (!this.sink) return;
    if (this.sink.full) this.full = true;
    this.sink.finish(this.result, this.sectionPath);
    this.sink = null;
    this.flow = null;
  }

  private current(): TextFlow {
    return this.flow || this.open(this.ctx.path);
  }

  read(xml: string): boolean {
    let skip = 0;
    let inBody = 0;
    let inHeaderFooter = 0;
    let paragraph = 0;
    let tableDepth = 0;
    // Per outer table cell: its value attributes and repeat count.
    const cells: Array<{ value: string | undefined; repeat: number }> = [];
    const rowRepeats: number[] = [];
    const stopCheck = () => this.full || (this.sink !== null && this.sink.full) || baseStop();
    const baseStop = makeStopCheck(this.ctx);
    const reading = () => !skip && (inBody > 0 || inHeaderFooter > 0);
    const completed = parseXml(
      xml,
      {
        open: (name, attributes) => {
          if (SKIPPED.has(name)) {
            skip++;
            return;
          }
          if (name === 'body') inBody++;
          else if (HEADER_FOOTER.has(name)) inHeaderFooter++;
          // The document's content (office:text, office:spreadsheet, ...) only stands in the body:
          // met outside one, the <office:body> tag was damaged, and the body starts here anyway.
          else if (!inBody && !inHeaderFooter && !skip && BODY_CONTENT.has(name)) inBody++;
          if (skip) return;
          if (inBody && (name === 'spreadsheet' || name === 'presentation' || name === 'drawing')) {
            this.kind = name === 'spreadsheet' ? 'spreadsheet' : 'presentation';
            return;
          }
          if (!reading()) return;
          switch (name) {
            case 'p':
            case 'h':
              paragraph++;
              break;
            case 's': {
              const count = Math.min(MAX_SPACES, Math.max(1, parseInt(attributes.get('c') || '1', 10) || 1));
              if (paragraph) this.current().text(' '.repeat(count));
              break;
            }
            case 'tab':
              if (paragraph) this.current().tab();
              break;
            case 'note-body':
            case 'annotation':
              this.current().space();
              break;
            case 'line-break':
              if (paragraph) this.current().lineBreak();
              break;
            case 'page':
              if (this.kind === 'presentation' && inBody) {
                this.finish();
                this.open(joinPath(this.ctx.path, 'slide ' + ++this.slideNumber));
              }
              break;
            case 'table':
              if (tableDepth === 0 && this.kind === 'spreadsheet' && inBody) {
                this.finish();
                this.open(joinPath(this.ctx.path, attributes.get('name') || 'Sheet' + (this.result.texts.length + 1)));
              }
              tableDepth++;
              this.current().tableStart();
              break;
            case 'table-row':
              rowRepeats.push(repeatOf(attributes, 'number-rows-repeated'));
              this.current().rowStart();
              break;
            case 'table-cell':
            case 'covered-table-cell':
              cells.push({ value: cellValue(attributes), repeat: repeatOf(attributes, 'number-columns-repeated') });
              this.current().cellStart();
              break;
          }
        },
        close: (name) => {
          if (SKIPPED.has(name)) {
            if (skip) skip--;
            return;
          }
          const wasReading = reading();
          if (name === 'body' && inBody) inBody--;
          else if (HEADER_FOOTER.has(name) && inHeaderFooter) {
            inHeaderFooter--;
          }
          if (!wasReading) return;
          switch (name) {
            case 'p':
            case 'h':
              if (paragraph) paragraph--;
              this.current().paragraphEnd();
              break;
            case 'table':
              if (tableDepth) tableDepth--;
              this.current().tableEnd();
              if (tableDepth === 0 && this.kind === 'spreadsheet') this.finish();
              break;
            case 'table-row':
              this.current().rowEnd(rowRepeats.pop() || 1);
              break;
            case 'table-cell':
            case 'covered-table-cell': {
              const cell = cells.pop() || { value: undefined, repeat: 1 };
              this.current().cellEnd(cell.value === undefined ? undefined : combine(this.lastCellText(), cell.value), cell.repeat);
              break;
            }
            case 'page':
              if (this.kind === 'presentation') this.finish();
              break;
          }
        },
        text: (text) => {
          // ODF collapses white space in paragraphs (pretty-printed flat files indent with it).
          if (paragraph && reading()) this.current().text(text.replace(/[ \t\r\n]+/g, ' '));
        },
      },
      stopCheck,
    );
    return completed;
  }

  /** The text collected for the cell being closed (read before the flow clears it). */
  private lastCellText(): string {
    return this.flow ? this.flow.peekCell() : '';
  }
}

function repeatOf(attributes: XmlAttributes, name: string): number {
  const n = parseInt(attributes.get(name) || '1', 10);
  return n > 0 ? n : 1;
}

/** The stored value of a spreadsheet cell, by its value type; undefined for text cells. */
function cellValue(attributes: XmlAttributes): string | undefined {
  switch (attributes.get('value-type')) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const v = attributes.get('value');
      return v === undefined ? undefined : numberText(v);
    }
    case 'date':
      return attributes.get('date-value');
    case 'time':
      return attributes.get('time-value');
    case 'boolean':
      return attributes.get('boolean-value');
    default:
      return undefined;
  }
}

/** Displayed text, plus the stored value when it says something the display does not. */
function combine(displayed: string, value: string): string {
  const shown = cleanCell(displayed);
  if (!shown) return value;
  if (shown === value || shown.indexOf(value) >= 0) return shown;
  return shown + ' ' + value;
}
