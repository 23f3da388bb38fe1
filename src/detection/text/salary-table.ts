/**
 * A salary run: a table with a row per person (a name) and money amounts under wage headers
 * (bruto, loonheffing, netto; gross, tax, net). It is a payslip for every row, whatever the file is
 * called and whether or not the word "loonstrook" appears anywhere.
 */
import type { PreparedText, Table } from './prepared';
import { containsWord } from './words';

/**
 * Column headers of a payroll journal. Dutch: the lines of a payslip as the Belastingdienst's
 * "Handboek Loonheffingen" names them and payroll software prints them; English: the usual payroll
 * register columns.
 */
export const WAGE_HEADERS: readonly string[] = [
  'bruto', 'brutoloon', 'bruto loon', 'brutosalaris', 'salaris', 'loon', 'uurloon', 'maandloon', 'fiscaal loon', 'sv-loon', 'netto',
  'nettoloon', 'netto loon', 'uit te betalen', 'loonheffing', 'loonh', 'heffingskorting', 'loonheffingskorting', 'pensioen',
  'pensioenpremie', 'vakantiegeld', 'vakantietoeslag', 'zvw', 'wga', 'eindejaarsuitkering', 'toeslagen', 'inhoudingen',
  'gross', 'gross pay', 'gross salary', 'net', 'net pay', 'net salary', 'tax', 'wage tax', 'income tax', 'payroll tax', 'salary',
  'pension', 'holiday pay', 'deductions',
];

/** A money amount in a cell: 3.250,00 / 3250.5 / € 1.023,21 / -512,40. */
const AMOUNT = /^(?:€|EUR)?\s*-?[0-9]{1,3}(?:[.,]?[0-9]{3})*(?:[.,][0-9]{1,2})?$/;
/**
 * A person's name in a cell: two to five words, the first and last capitalised (also outside ASCII:
 * Öztürk, Çelik); or surname first as a payroll export sorts it ("van den Broek, Daan").
 */
const NAME_CELL =
  /^(?:[A-ZÀ-ÖØ-Þ][a-zß-ÿ'-]+(?: (?:[a-z']+|[A-ZÀ-ÖØ-Þ][a-zß-ÿ'-]+|[A-Z]\.)){0,3} [A-ZÀ-Þ][a-zà-ÿ'-]+|(?:[a-z']+ ){0,3}[A-ZÀ-ÖØ-Þ][a-zß-ÿ'-]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-ÿ'-]+)?, (?:[A-ZÀ-ÖØ-Þ][a-zß-ÿ'-]+|(?:[A-Z]\.){1,4})(?: [a-z']+){0,3})$/;

export interface SalaryRun {
  start: number;
  end: number;
  /** Rows with a name and amounts under two or more wage headers. */
  rows: number;
  /** The wage headers, as written (normalized). */
  headers: string[];
}

/**
 * Tables that are salary runs: at least two wage columns, and rows with a name and amounts in them.
 * Only tables with one of `words` (the payslip detector's hits, in text order) in their header row
 * are read.
 */
export function salaryRuns(text: PreparedText, words: ReadonlyArray<{ start: number }>, minRows = 1): SalaryRun[] {
  const out: SalaryRun[] = [];
  const t = text.text;
  let next = 0;
  for (const table of words.length > 0 ? text.tables() : []) {
    while (next < words.length && words[next].start < table.start) next++;
    if (next === words.length) break;
    if (words[next].start >= text.rowStart(table, 0)) continue;
    const cells = text.headerCells(table.start);
    const wage: number[] = [];
    for (let c = 0; c < cells.length; c++) if (containsWord(cells[c], WAGE_HEADERS) !== undefined) wage.push(c);
    if (wage.length < 2) continue;
    const rows = rowsWithAmounts(text, table, wage, t);
    if (rows >= minRows) out.push({ start: table.start, end: table.end, rows, headers: wage.map((c) => cells[c]) });
  }
  return out;
}

function rowsWithAmounts(text: PreparedText, table: Table, wage: number[], t: string): number {
  let rows = 0;
  const read = Math.min(table.rowCount, 500);
  for (let r = 0; r < read; r++) {
    const row = t.slice(text.rowStart(table, r), text.rowEnd(table, r));
    const cells = row.split('\t').map((c) => c.trim());
    if (!cells.some((c) => c.length <= 60 && NAME_CELL.test(c))) continue;
    let amounts = 0;
    for (const c of wage) if (c < cells.length && AMOUNT.test(cells[c])) amounts++;
    if (amounts >= 2) rows++;
  }
  return rows;
}
