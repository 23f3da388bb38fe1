/**
 * Turns a document's structure into our text conventions: paragraphs end with a newline, a table
 * row is one line with its cells separated by TAB. Text inside a cell is kept on one line so the
 * columns stay aligned (paragraph ends, tabs and breaks inside a cell become spaces). Tables inside
 * cells are flattened into the outer cell.
 */
import type { TextSink } from '../guard';

/** Most copies of one repeated row or cell we write (ODF repeats rows and cells by count). */
export const MAX_REPEAT = 100;
/** Widest row we lay out (a spreadsheet's last column, XFD, is 16384). */
export const MAX_COLUMNS = 16384;

export class TextFlow {
  private tableDepth = 0;
  private row: string[] | null = null;
  private cell: string[] | null = null;
  private pendingEmpty = 0;

  constructor(private readonly sink: TextSink) {}

  /** The text of the outer cell being read so far (spreadsheets compare it with the stored value). */
  peekCell(): string {
    return this.cell && this.tableDepth <= 1 ? cleanCell(this.cell.join('')) : '';
  }

  get inCell(): boolean {
    return this.cell !== null;
  }

  text(text: string): void {
    if (!text) return;
    if (this.cell) this.cell.push(text);
    else this.sink.add(text);
  }

  /** Soft separator: a space, unless one is already there (keeps words from gluing). */
  space(): void {
    if (this.cell) this.cell.push(' ');
    else if (!/\s/.test(this.sink.lastChar() || ' ')) this.sink.add(' ');
  }

  paragraphEnd(): void {
    if (this.cell) this.cell.push(' ');
    else this.sink.add('\n');
  }

  tab(): void {
    if (this.cell) this.cell.push(' ');
    else this.sink.add('\t');
  }

  lineBreak(): void {
    this.paragraphEnd();
  }

  tableStart(): void {
    this.tableDepth++;
    if (this.tableDepth === 1 && this.sink.lastChar() && this.sink.lastChar() !== '\n') this.sink.add('\n');
  }

  tableEnd(): void {
    if (this.tableDepth === 1) {
      if (this.cell) this.cellEnd();
      if (this.row) this.rowEnd();
    }
    if (this.tableDepth > 0) this.tableDepth--;
  }

  rowStart(): void {
    if (this.tableDepth === 1) {
      this.row = [];
      this.pendingEmpty = 0;
    } else if (this.tableDepth === 0) this.sink.add(this.sink.lastChar() === '\n' || !this.sink.lastChar() ? '' : '\n');
  }

  cellStart(): void {
    if (this.tableDepth <= 1) {
      if (!this.row) this.row = [];
      this.cell = [];
    } else {
      this.space();
    }
  }

  /**
   * Ends a cell. `value` replaces the collected text when given (spreadsheet values); `repeat`
   * copies the cell (capped).
   */
  cellEnd(value?: string, repeat = 1): void {
    if (this.tableDepth > 1) {
      this.space();
      return;
    }
    const collected = this.cell ? cleanCell(this.cell.join('')) : '';
    const text = value !== undefined ? value : collected;
    this.cell = null;
    if (!this.row) this.row = [];
    const row = this.row;
    if (text === '') {
      // Counted, not written: trailing empty cells (often repeated thousands of times) are dropped.
      this.pendingEmpty = Math.min(this.pendingEmpty + repeat, MAX_COLUMNS);
      return;
    }
    for (let i = 0; i < this.pendingEmpty && row.length < MAX_COLUMNS; i++) row.push('');
    this.pendingEmpty = 0;
    const copies = Math.min(repeat, MAX_REPEAT);
    for (let i = 0; i < copies; i++) row.push(text);
  }

  /** Ends a row: one line, trailing empty cells dropped, empty rows skipped. */
  rowEnd(repeat = 1): void {
    if (this.tableDepth > 1) {
      this.space();
      return;
    }
    if (this.cell) this.cellEnd();
    const row = this.row;
    this.row = null;
    this.pendingEmpty = 0;
    if (!row || row.length === 0) return;
    const line = row.join('\t') + '\n';
    const copies = Math.min(repeat, MAX_REPEAT);
    for (let i = 0; i < copies; i++) this.sink.add(line);
  }
}

/** One cell's text on one line: white space runs (including tabs and newlines) become one space. */
export function cleanCell(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
