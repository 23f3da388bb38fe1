/**
 * Office extraction throughput on multi-megabyte files made here: a docx (our own minimal writer,
 * paragraphs and tables) and an xlsx (written by SheetJS). Baselines in the same run: mammoth for
 * docx, SheetJS for xlsx. Prints our time, theirs, the ratio and how many of their words we produce.
 */
import { zipSync, strToU8 } from 'fflate';
import * as mammoth from 'mammoth';
import * as XLSX from 'xlsx';
import { extractAttachment } from '../src/extract';
import { defaultPolicy } from '../src/policy/defaults';
import type { ExtractBudget } from '../src/extract/types';

const WORDS = ['werknemer', 'salaris', 'periode', 'afdeling', 'overleg', 'planning', 'klant', 'factuur', 'bedrag', 'project', 'rapport', 'verlof', 'dossier', 'adres', 'team'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

/** Words: common ones, numbers, and random letter strings (so the files do not compress to nothing). */
function sentence(r: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const pick = r();
    if (pick < 0.15) out.push(String(Math.floor(r() * 1e9)));
    else if (pick < 0.5) out.push(WORDS[Math.floor(r() * WORDS.length)]);
    else {
      let w = '';
      const length = 3 + Math.floor(r() * 7);
      for (let k = 0; k < length; k++) w += String.fromCharCode(97 + Math.floor(r() * 26));
      out.push(w);
    }
  }
  return out.join(' ');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A docx with `paragraphs` paragraphs (split into runs) and a table every 50 paragraphs. */
function makeDocx(paragraphs: number): Uint8Array {
  const r = rng(42);
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    body.push(`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>${esc(sentence(r, 3))} </w:t></w:r><w:r><w:t xml:space="preserve">${esc(sentence(r, 9))}</w:t></w:r></w:p>`);
    if (i % 50 === 49) {
      const rows: string[] = [];
      for (let k = 0; k < 5; k++) rows.push(`<w:tr>${[0, 1, 2].map(() => `<w:tc><w:p><w:r><w:t>${esc(sentence(r, 2))}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`);
      body.push(`<w:tbl>${rows.join('')}</w:tbl>`);
    }
  }
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body.join('')}</w:body></w:document>`),
  });
}

/** An xlsx (SheetJS-written) with a header row and `rows` rows of names, numbers, IBAN-like strings. */
function makeXlsx(rows: number): Uint8Array {
  const r = rng(7);
  const data: Array<Array<string | number>> = [['Naam', 'BSN', 'IBAN', 'Afdeling', 'Bedrag', 'Opmerking']];
  for (let i = 0; i < rows; i++) {
    data.push([
      'Medewerker ' + i,
      Math.floor(r() * 1e9),
      'NL' + String(10 + Math.floor(r() * 89)) + 'BANK0' + String(Math.floor(r() * 1e9)),
      WORDS[Math.floor(r() * WORDS.length)],
      Math.round(r() * 1e6) / 100,
      sentence(r, 4),
    ]);
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(data), 'Personeel');
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}

function budget(): ExtractBudget {
  const limits = { ...defaultPolicy().limits, extractedChars: 100 * 1024 * 1024, timeBudgetMs: 60000 };
  return { limits, deadline: Date.now() + limits.timeBudgetMs, now: Date.now };
}

async function median(runs: number, work: () => Promise<string> | string): Promise<{ ms: number; text: string }> {
  const times: number[] = [];
  let text = '';
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    text = await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], text };
}

/** Share of their words (as a multiset) that also occur among ours. */
function agreement(ours: string, theirs: string): number {
  const split = (s: string) => s.split(/[\s,;]+/).filter(Boolean);
  const have = new Map<string, number>();
  for (const w of split(ours)) have.set(w, (have.get(w) || 0) + 1);
  const want = split(theirs);
  let found = 0;
  for (const w of want) {
    const n = have.get(w) || 0;
    if (n > 0) {
      found++;
      have.set(w, n - 1);
    }
  }
  return want.length ? found / want.length : 1;
}

function ours(name: string, bytes: Uint8Array): string {
  const result = extractAttachment(name, bytes, budget());
  if (result.problems.length) throw new Error('extraction problems: ' + JSON.stringify(result.problems));
  return result.texts.map((t) => t.text).join('\n');
}

function line(format: string, bytes: Uint8Array, us: { ms: number; text: string }, them: { ms: number; text: string }, baseline: string): string {
  const mb = bytes.length / 1024 / 1024;
  return (
    `${format.padEnd(5)} ${mb.toFixed(1)} MB  ours ${us.ms.toFixed(0)} ms (${(mb / (us.ms / 1000)).toFixed(1)} MB/s)  ` +
    `${baseline} ${them.ms.toFixed(0)} ms  ratio ${(us.ms / them.ms).toFixed(2)}x  ` +
    `agreement ${(agreement(us.text, them.text) * 100).toFixed(1)}% of their words`
  );
}

export async function run(): Promise<void> {
  // Warm both sides up on small files first, so neither pays for its JIT in the timed runs.
  const smallDocx = makeDocx(200);
  ours('warm.docx', smallDocx);
  await mammoth.extractRawText({ buffer: Buffer.from(smallDocx) });
  XLSX.read(makeXlsx(200), { type: 'array' });
  ours('warm.xlsx', makeXlsx(200));

  // Baselines are slow on this machine: ours is the median of 3 runs, theirs 1 run after warm-up.
  const docx = makeDocx(40000);
  const usDocx = await median(3, () => ours('bench.docx', docx));
  const themDocx = await median(1, async () => (await mammoth.extractRawText({ buffer: Buffer.from(docx) })).value);
  process.stdout.write('extract-office: ' + line('docx', docx, usDocx, themDocx, 'mammoth') + '\n');

  const xlsx = makeXlsx(60000);
  const usXlsx = await median(3, () => ours('bench.xlsx', xlsx));
  const themXlsx = await median(1, () => {
    const wb = XLSX.read(xlsx, { type: 'array' });
    return wb.SheetNames.map((n) => XLSX.utils.sheet_to_csv(wb.Sheets[n], { FS: '\t' })).join('\n');
  });
  process.stdout.write('extract-office: ' + line('xlsx', xlsx, usXlsx, themXlsx, 'SheetJS') + '\n');
}
