/**
 * PDF extraction throughput on a multi-megabyte, many-page PDF, against unpdf (pdf.js) in the same
 * run: our time, theirs, the ratio, and text agreement (the share of their words we also produce).
 * The PDF is made by LibreOffice from a long generated HTML payslip register (cached in the temp
 * folder); without soffice, a many-page PDF is written directly (said in the output).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { extractText, getDocumentProxy } from 'unpdf';
import { extractPdf } from '../src/extract/pdf';
import { defaultPolicy } from '../src/policy/defaults';
import { onePage } from '../test/extract/pdf/helpers';

const ROWS = 36000;

function elfproefBsn(seed: number): string {
  for (let n = 100000000 + ((seed * 7919) % 800000000); ; n++) {
    const d = String(n).split('').map(Number);
    const sum = d.slice(0, 8).reduce((s, x, i) => s + x * (9 - i), 0) - d[8];
    if (sum % 11 === 0) return String(n);
  }
}

/** A long payslip register: paragraphs (Writer lays out long tables very slowly), a small table every so often. */
function longHtml(): string {
  const parts: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    const amount = (2000 + (i % 1500)).toFixed(2).replace('.', ',');
    parts.push(`<p>Personeelsnummer ${10000 + i}: medewerker ${i} van Dijk-Überbeek, BSN ${elfproefBsn(i)}, IBAN NL91 ABNA 0417 1643 ${('0' + (i % 100)).slice(-2)}, brutoloon ${amount} euro.</p>`);
    if (i % 200 === 0) {
      parts.push(`<table><tr><td>Brutoloon</td><td>${amount}</td></tr><tr><td>Loonheffing</td><td>812,17</td></tr><tr><td>Pensioenpremie</td><td>187,43</td></tr></table>`);
      parts.push('<p>Toelichting: heffingskorting per periode; coöperatie, financiële reïntegratie, één reünie.</p>');
    }
  }
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Loonregister</title></head><body><h1>Loonregister 2024</h1>${parts.join('\n')}</body></html>`;
}

function makeWithLibreOffice(): Uint8Array | null {
  const dir = path.join(os.tmpdir(), 'send-guard-bench-pdf');
  const pdfPath = path.join(dir, `register-${ROWS}.pdf`);
  if (fs.existsSync(pdfPath)) return new Uint8Array(fs.readFileSync(pdfPath));
  try {
    fs.mkdirSync(dir, { recursive: true });
    const htmlPath = path.join(dir, `register-${ROWS}.html`);
    fs.writeFileSync(htmlPath, longHtml());
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf:writer_pdf_Export', '--outdir', dir, htmlPath], {
      stdio: 'ignore',
      timeout: 300000,
    });
    return new Uint8Array(fs.readFileSync(pdfPath));
  } catch {
    return null;
  }
}

/** Fallback: one page per 40 rows, each its own deflated content stream. */
function makeDirectly(): Uint8Array {
  let content = 'BT /F1 9 Tf 12 TL 40 800 Td\n';
  for (let i = 0; i < ROWS; i++) content += `(${10000 + i}   Medewerker ${i}   ${elfproefBsn(i)}   NL91 ABNA 0417 1643 00) ' \n`;
  return onePage(content + 'ET', { deflate: true });
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function cpuMs(usage: { user: number; system: number }): number {
  return (usage.user + usage.system) / 1000;
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function benchExtractPdf(): Promise<void> {
  let source = 'LibreOffice';
  let bytes = makeWithLibreOffice();
  if (!bytes) {
    source = 'written directly (no soffice)';
    bytes = makeDirectly();
  }
  const limits = { ...defaultPolicy().limits, timeBudgetMs: 600000 };
  const ours: number[] = [];
  let ourText = '';
  // CPU time beside wall time: on a shared machine the wall clock also counts other processes.
  let cpu = process.cpuUsage();
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const result = extractPdf(bytes, { budget: { limits, deadline: Date.now() + 600000, now: () => Date.now() }, path: '', depth: 0, nested: () => ({ texts: [], problems: [] }) });
    ours.push(performance.now() - started);
    ourText = result.texts.map((t) => t.text).join('\n');
    if (result.problems.length) process.stdout.write(`  pdf: problems ${JSON.stringify(result.problems)}\n`);
  }
  const ourCpu = cpuMs(process.cpuUsage(cpu)) / 3;
  const theirs: number[] = [];
  let theirText = '';
  let pages = 0;
  cpu = process.cpuUsage();
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const doc = await getDocumentProxy(bytes.slice());
    const { totalPages, text } = await extractText(doc, { mergePages: true });
    theirs.push(performance.now() - started);
    theirText = text;
    pages = totalPages;
  }
  const theirCpu = cpuMs(process.cpuUsage(cpu)) / 3;
  const ourCounts = new Map<string, number>();
  for (const w of words(ourText)) ourCounts.set(w, (ourCounts.get(w) || 0) + 1);
  const theirWords = words(theirText);
  let shared = 0;
  for (const w of theirWords) {
    const n = ourCounts.get(w) || 0;
    if (n > 0) {
      shared++;
      ourCounts.set(w, n - 1);
    }
  }
  const mb = bytes.length / 1024 / 1024;
  const ourMs = median(ours);
  const theirMs = median(theirs);
  process.stdout.write(
    `pdf (${source}, ${mb.toFixed(1)} MB, ${pages} pages): ours ${ourMs.toFixed(0)} ms (${(mb / (ourMs / 1000)).toFixed(1)} MB/s, cpu ${ourCpu.toFixed(0)} ms), ` +
      `unpdf ${theirMs.toFixed(0)} ms (cpu ${theirCpu.toFixed(0)} ms), ours/theirs ${(ourMs / theirMs).toFixed(2)}, ` +
      `agreement ${((100 * shared) / Math.max(1, theirWords.length)).toFixed(1)}% of their ${theirWords.length} words\n`,
  );
}
