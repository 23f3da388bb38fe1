/**
 * Content streams -> text. Runs the text and graphics-state operators of a page (and the Form
 * XObjects it draws) to know where each piece of text lands, then writes the page as lines in
 * reading order: top to bottom, left to right; a space for a word gap, a TAB for a column gap.
 */
import { PdfBudget, PdfStop } from './budget';
import type { PdfDocument } from './document';
import { loadFont, type Font, type Glyph } from './fonts';
import { Layers } from './layers';
import { Lexer, Parser, PdfDict, PdfName, PdfOp, PdfStream, PdfString, END_OF_DATA, type PdfObject } from './objects';

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

const LIGATURES: Record<string, string> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st', '\u2212': '-' };

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** A piece of text drawn in one go, in page coordinates (y grows upwards). */
export interface TextRun {
  x: number;
  y: number;
  endX: number;
  size: number;
  text: string;
  order: number;
  /** Inside optional content that is switched off: in the file, never drawn. */
  hidden?: boolean;
}

/** What a page held, to tell "no text" from "text we could not decode". */
export interface PageStats {
  images: number;
  glyphs: number;
  undecodable: number;
}

interface GraphicsState {
  ctm: Matrix;
  font: Font | null;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  scale: number;
  leading: number;
  rise: number;
}

/** TJ adjustments beyond this (thousandths of an em, moving right) are a word space; smaller ones are kerning. */
const TJ_SPACE = 200;
const MAX_FORM_DEPTH = 12;
const MAX_FORMS_PER_PAGE = 2000;
const MAX_STACK = 256;
const MAX_OPERANDS = 4096;
/** 20,000 pt² is about 5 x 14 cm: an ID card, a receipt, a scanned page; not a logo. */
const MIN_IMAGE_AREA = 20000;

function numbers(args: PdfObject[], count: number): number[] | null {
  if (args.length < count) return null;
  const out: number[] = [];
  for (let i = args.length - count; i < args.length; i++) {
    const v = args[i];
    if (typeof v !== 'number' || !isFinite(v)) return null;
    out.push(v);
  }
  return out;
}

export class PageReader {
  runs: TextRun[] = [];
  stats: PageStats = { images: 0, glyphs: 0, undecodable: 0 };
  private chars = 0;
  private forms = 0;
  private readonly fonts = new Map<PdfObject, Font>();
  private gs!: GraphicsState;
  private stack: GraphicsState[] = [];
  private tm: Matrix = IDENTITY;
  private tlm: Matrix = IDENTITY;
  /** The run that the next glyphs may continue (same text object, same line, no gap). */
  private current: TextRun | null = null;
  private formStack: PdfStream[] = [];
  /** Open marked-content sections (BMC/BDC), each true when it hides what it holds; and how many hide. */
  private marks: boolean[] = [];
  private hiddenDepth = 0;
  private layers: Layers | null = null;

  constructor(
    private readonly doc: PdfDocument,
    private readonly budget: PdfBudget,
    /** Characters still allowed in the document before this page. */
    private readonly charRoom: () => number,
  ) {}

  /** Reads one page; its runs and stats are in `runs` and `stats` (also when this throws part way). */
  readPage(page: PdfDict, resources: PdfDict | null): void {
    this.runs = [];
    this.stats = { images: 0, glyphs: 0, undecodable: 0 };
    this.forms = 0;
    this.current = null;
    this.formStack = [];
    this.marks = [];
    this.hiddenDepth = 0;
    this.chars = 0;
    this.gs = { ctm: IDENTITY, font: null, fontSize: 0, charSpacing: 0, wordSpacing: 0, scale: 1, leading: 0, rise: 0 };
    this.stack = [];
    const contents = this.doc.dictGet(page, 'Contents');
    const parts: Uint8Array[] = [];
    const streams = Array.isArray(contents) ? contents.map((c) => this.doc.resolve(c)) : [contents];
    for (const s of streams.slice(0, 10000)) {
      if (!(s instanceof PdfStream)) continue;
      const data = this.doc.decodeStream(s);
      if (data) parts.push(data);
    }
    // Content split over several streams is one program: join them with a separator.
    let length = 0;
    for (const p of parts) length += p.length + 1;
    const all = new Uint8Array(length);
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.length;
      all[at++] = 10;
    }
    this.execute(all, resources, 0);
  }

  private execute(data: Uint8Array, resources: PdfDict | null, depth: number): void {
    const lexer = new Lexer(data);
    const parser = new Parser(lexer, false);
    const args: PdfObject[] = [];
    for (;;) {
      this.budget.tick();
      const obj = parser.getObject();
      if (obj === END_OF_DATA) break;
      if (!(obj instanceof PdfOp)) {
        if (args.length < MAX_OPERANDS) args.push(obj);
        continue;
      }
      if (obj.op === 'BI') {
        this.skipInlineImage(lexer, parser);
        args.length = 0;
        continue;
      }
      this.operator(obj.op, args, resources, depth);
      args.length = 0;
    }
    // Operators may have stood where the NUL bytes are: what they showed is lost.
    if (lexer.nulRuns > 0) this.budget.damagedStreams++;
  }

  /** Inline image: skip its dictionary, then its binary data up to `EI` standing alone. */
  /**
   * An image big enough to hold a scanned page or document counts; a logo or an icon does not
   * (a cover page with only a logo is not an unreadable scan). Images are drawn in a unit square
   * scaled by the CTM, so its determinant is the drawn area.
   */
  private countImage(): void {
    const m = this.gs.ctm;
    if (Math.abs(m[0] * m[3] - m[1] * m[2]) >= MIN_IMAGE_AREA) this.stats.images++;
  }

  private skipInlineImage(lexer: Lexer, parser: Parser): void {
    this.countImage();
    for (let guard = 0; guard < 1000; guard++) {
      const t = parser.getObject();
      if (t === END_OF_DATA) return;
      if (t instanceof PdfOp && t.op === 'ID') break;
    }
    parser.clearLookAhead();
    const b = lexer.bytes;
    let i = lexer.pos + 1;
    for (; i + 1 < lexer.end; i++) {
      if (b[i] === 69 && b[i + 1] === 73 && (i === 0 || b[i - 1] <= 32) && (i + 2 >= lexer.end || b[i + 2] <= 32)) break;
      if ((i & 0xffff) === 0) this.budget.tick();
    }
    lexer.pos = Math.min(lexer.end, i + 2);
  }

  private operator(op: string, args: PdfObject[], resources: PdfDict | null, depth: number): void {
    const gs = this.gs;
    switch (op) {
      case 'q':
        if (this.stack.length < MAX_STACK) this.stack.push({ ...gs });
        break;
      case 'Q':
        if (this.stack.length > 0) this.gs = this.stack.pop() as GraphicsState;
        break;
      case 'cm': {
        const m = numbers(args, 6);
        if (m) gs.ctm = multiply(m as Matrix, gs.ctm);
        break;
      }
      case 'BT':
        this.tm = IDENTITY;
        this.tlm = IDENTITY;
        this.current = null;
        break;
      case 'ET':
        this.current = null;
        break;
      case 'Tf': {
        const name = args[args.length - 2];
        const size = args[args.length - 1];
        if (typeof size === 'number') gs.fontSize = size;
        if (name instanceof PdfName) gs.font = this.font(resources, name.name);
        break;
      }
      case 'Tc':
      case 'Tw':
      case 'Tz':
      case 'TL':
      case 'Ts': {
        const v = numbers(args, 1);
        if (!v) break;
        if (op === 'Tc') gs.charSpacing = v[0];
        else if (op === 'Tw') gs.wordSpacing = v[0];
        else if (op === 'Tz') gs.scale = v[0] / 100;
        else if (op === 'TL') gs.leading = v[0];
        else gs.rise = v[0];
        break;
      }
      case 'Td':
      case 'TD': {
        const v = numbers(args, 2);
        if (!v) break;
        if (op === 'TD') gs.leading = -v[1];
        this.moveLine(v[0], v[1]);
        break;
      }
      case 'Tm': {
        const m = numbers(args, 6);
        if (!m) break;
        this.tm = m as Matrix;
        this.tlm = m as Matrix;
        break;
      }
      case 'T*':
        this.moveLine(0, -gs.leading);
        break;
      case 'Tj': {
        const s = args[args.length - 1];
        if (s instanceof PdfString) this.show(s.bytes, false);
        break;
      }
      case "'":
      case '"': {
        if (op === '"') {
          const v = numbers(args.slice(0, args.length - 1), 2);
          if (v) {
            gs.wordSpacing = v[0];
            gs.charSpacing = v[1];
          }
        }
        this.moveLine(0, -gs.leading);
        const s = args[args.length - 1];
        if (s instanceof PdfString) this.show(s.bytes, false);
        break;
      }
      case 'TJ': {
        const list = args[args.length - 1];
        if (!Array.isArray(list)) break;
        let join = false;
        let pendingSpace = false;
        for (const item of list) {
          if (item instanceof PdfString) {
            this.show(item.bytes, join, pendingSpace);
            join = this.current !== null;
            pendingSpace = false;
          } else if (typeof item === 'number' && isFinite(item)) {
            this.advance((-item / 1000) * gs.fontSize * gs.scale);
            if (-item > TJ_SPACE) pendingSpace = true;
          }
        }
        break;
      }
      case 'Do': {
        const name = args[args.length - 1];
        if (name instanceof PdfName) this.drawXObject(resources, name.name, depth);
        break;
      }
      case 'BMC':
      case 'BDC': {
        let hides = false;
        const tag = args[0];
        if (op === 'BDC' && tag instanceof PdfName && tag.name === 'OC') {
          const props = args[1];
          const named = props instanceof PdfName && resources ? this.doc.dictGet(resources, 'Properties') : undefined;
          hides = this.layersOf().hidden(props instanceof PdfName ? (named instanceof PdfDict ? named.get(props.name) : undefined) : props);
        }
        if (this.marks.length < MAX_STACK * 16) {
          this.marks.push(hides);
          if (hides) this.hiddenDepth++;
        }
        break;
      }
      case 'EMC':
        if (this.marks.length > 0 && this.marks.pop()) this.hiddenDepth--;
        break;
    }
  }

  private layersOf(): Layers {
    if (!this.layers) this.layers = new Layers(this.doc);
    return this.layers;
  }

  private moveLine(tx: number, ty: number): void {
    const m = this.tlm;
    this.tlm = [m[0], m[1], m[2], m[3], m[4] + tx * m[0] + ty * m[2], m[5] + tx * m[1] + ty * m[3]];
    this.tm = this.tlm;
  }

  private advance(tx: number): void {
    const m = this.tm;
    this.tm = [m[0], m[1], m[2], m[3], m[4] + tx * m[0], m[5] + tx * m[1]];
  }

  private font(resources: PdfDict | null, name: string): Font | null {
    const fonts = resources ? this.doc.dictGet(resources, 'Font') : undefined;
    if (!(fonts instanceof PdfDict)) return null;
    const ref = fonts.get(name);
    const dict = this.doc.resolve(ref);
    if (!(dict instanceof PdfDict)) return null;
    const key = dict;
    let font = this.fonts.get(key);
    if (!font) {
      font = loadFont(this.doc, dict, () => this.budget.tick());
      this.fonts.set(key, font);
    }
    return font;
  }

  /** Where the text cursor is on the page: x, y and the font's size there (Tm x CTM, written out). */
  private position(): { x: number; y: number; size: number } {
    const gs = this.gs;
    const t = this.tm;
    const m = gs.ctm;
    const c = t[2] * m[0] + t[3] * m[2];
    const d = t[2] * m[1] + t[3] * m[3];
    const e = t[4] * m[0] + t[5] * m[2] + m[4];
    const f = t[4] * m[1] + t[5] * m[3] + m[5];
    return { x: gs.rise * c + e, y: gs.rise * d + f, size: Math.abs(gs.fontSize) * Math.sqrt(c * c + d * d) || 1 };
  }

  private readonly glyphs: Glyph[] = [];

  private show(bytes: Uint8Array, join: boolean, space = false): void {
    const gs = this.gs;
    if (!gs.font) {
      this.stats.glyphs += bytes.length;
      this.stats.undecodable += bytes.length;
      return;
    }
    const glyphs = this.glyphs;
    gs.font.decode(bytes, glyphs);
    const start = this.position();
    let text = '';
    let advance = 0;
    for (let i = 0; i < glyphs.length; i++) {
      const g = glyphs[i];
      if (g.text === undefined) this.stats.undecodable++;
      else text += g.text;
      advance += (g.width * gs.fontSize + gs.charSpacing + (g.wordSpace ? gs.wordSpacing : 0)) * gs.scale;
    }
    this.stats.glyphs += glyphs.length;
    this.advance(advance);
    // Control characters and the NUL some fonts map to say nothing; ligatures are spelled out so
    // "loonheﬃng" is found as "loonheffing"; the minus sign reads as a hyphen in amounts.
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) text = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
    if (/[\ufb00-\ufb06\u2212]/.test(text)) text = text.replace(/[\ufb00-\ufb06\u2212]/g, (ch) => LIGATURES[ch] || ch);
    const end = this.position();
    // Past the document's character cap: keep what fits, then stop reading (never a silent cut).
    const room = this.charRoom() - this.chars;
    const full = text.length > room;
    if (full) text = text.slice(0, Math.max(0, room));
    this.chars += text.length + (space ? 1 : 0);
    this.addText(text, start, end, join, space);
    if (full) throw new PdfStop('too-large');
  }

  private addText(text: string, start: { x: number; y: number; size: number }, end: { x: number }, join: boolean, space: boolean): void {
    const current = this.current;
    const hidden = this.hiddenDepth > 0;
    const sameLine = current !== null && !current.hidden === !hidden && Math.abs(start.y - current.y) < 0.3 * current.size;
    const gap = current ? start.x - current.endX : 0;
    if (current && sameLine && (join || (gap > -0.1 * current.size && gap < 0.15 * current.size))) {
      current.text += (space ? ' ' : '') + text;
      current.endX = end.x;
      return;
    }
    if (text.length === 0) return;
    const run: TextRun = { x: start.x, y: start.y, endX: end.x, size: start.size, text, order: this.runs.length };
    if (hidden) run.hidden = true;
    this.runs.push(run);
    this.current = run;
  }

  private drawXObject(resources: PdfDict | null, name: string, depth: number): void {
    const xobjects = resources ? this.doc.dictGet(resources, 'XObject') : undefined;
    if (!(xobjects instanceof PdfDict)) return;
    const xobject = this.doc.resolve(xobjects.get(name));
    if (!(xobject instanceof PdfStream)) return;
    const subtype = this.doc.dictGet(xobject, 'Subtype');
    if (subtype instanceof PdfName && subtype.name === 'Image') {
      this.countImage();
      return;
    }
    if (!(subtype instanceof PdfName) || subtype.name !== 'Form') return;
    if (depth >= MAX_FORM_DEPTH || this.formStack.indexOf(xobject) >= 0 || ++this.forms > MAX_FORMS_PER_PAGE) return;
    const data = this.doc.decodeStream(xobject);
    if (!data) return;
    const formResources = this.doc.dictGet(xobject, 'Resources');
    const saved = this.gs;
    const savedStack = this.stack;
    const savedTm = this.tm;
    const savedTlm = this.tlm;
    this.gs = { ...saved };
    this.stack = [];
    const matrix = this.doc.dictGet(xobject, 'Matrix');
    if (Array.isArray(matrix) && matrix.length === 6 && matrix.every((v) => typeof v === 'number')) {
      this.gs.ctm = multiply(matrix as Matrix, this.gs.ctm);
    }
    this.formStack.push(xobject);
    // A form in a layer that is switched off (its /OC entry) draws nothing.
    const formHidden = this.layersOf().hidden(this.doc.dictGet(xobject, 'OC'));
    if (formHidden) this.hiddenDepth++;
    try {
      this.execute(data, formResources instanceof PdfDict ? formResources : resources, depth + 1);
    } finally {
      if (formHidden) this.hiddenDepth--;
      this.formStack.pop();
      this.gs = saved;
      this.stack = savedStack;
      this.tm = savedTm;
      this.tlm = savedTlm;
      this.current = null;
    }
  }
}

// Checked on one or two characters only: a regex anchored at the end of a long line is slow.
const HYPHEN_END = /^[a-z\u00df-\u00ff][-\u00ad]$/;
const LOWER_START = /^[a-z\u00df-\u00ff]$/;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 0xa0)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Lines of a page in reading order: runs grouped by baseline (top first), each line left to right. */
export function layoutPage(runs: TextRun[]): string {
  if (runs.length === 0) return '';
  const sorted = runs.slice().sort((a, b) => b.y - a.y || a.order - b.order);
  const lines: TextRun[][] = [];
  let line: TextRun[] = [];
  let lineY = 0;
  let lineSize = 0;
  for (const run of sorted) {
    if (line.length > 0 && Math.abs(run.y - lineY) <= 0.5 * Math.max(lineSize, run.size)) {
      line.push(run);
      continue;
    }
    if (line.length > 0) lines.push(line);
    line = [run];
    lineY = run.y;
    lineSize = run.size;
  }
  if (line.length > 0) lines.push(line);
  const out: string[] = [];
  for (const l of lines) {
    l.sort((a, b) => a.x - b.x || a.order - b.order);
    let text = '';
    let previous: TextRun | null = null;
    for (const run of l) {
      if (previous) {
        // Fake bold: the same text drawn twice a hair apart.
        if (run.text === previous.text && Math.abs(run.x - previous.x) < 0.2 * run.size) continue;
        const gap = run.x - previous.endX;
        const size = Math.max(run.size, previous.size);
        const touching = isSpace(text.charCodeAt(text.length - 1)) || isSpace(run.text.charCodeAt(0));
        if (gap > 1.5 * size) text = trimEnd(text) + '\t';
        else if (!touching && (gap > 0.15 * size || gap < -0.5 * size)) text += ' ';
      }
      text += run.text;
      previous = run;
    }
    out.push(trimEnd(text));
  }
  // A word hyphenated at the end of a line is joined again (keywords such as "loon-heffing").
  let page = '';
  for (let i = 0; i < out.length; i++) {
    const l = out[i];
    const next = out[i + 1];
    if (next !== undefined && HYPHEN_END.test(l.slice(-2)) && LOWER_START.test(next.charAt(0))) page += l.slice(0, -1);
    else page += l + '\n';
  }
  return page;
}
