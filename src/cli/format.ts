/** Output of the CLI: the JSON document of DESIGN.md and the human table, in Dutch or English. */
import type { Confidence, Finding, Language, Location, Severity } from '../model/finding';
import { detectorTexts } from '../scan/texts';
import { CLI_WORDS as WORDS } from '../strings/cli';
import { CONFIDENCE_WORDS, PART_WORDS, SEVERITY_WORDS, VERDICT_WORDS } from '../strings/words';
import type { Report, Verdict } from '../model/finding';

export interface FileResult {
  file: string;
  report: Report;
}

/** One finding as DESIGN.md prints it: exactly these keys, evidence already masked. */
export interface JsonFinding {
  detector: string;
  confidence: Confidence;
  severity: Severity;
  location: Location;
  evidence: string;
  count: number;
}

export interface JsonResult {
  file: string;
  verdict: Verdict;
  findings: JsonFinding[];
  elapsedMs: number;
}

function jsonLocation(location: Location): Location {
  const out: Location = { part: location.part };
  if (location.attachment !== undefined) out.attachment = location.attachment;
  if (location.path) out.path = location.path;
  return out;
}

export function toJson(results: FileResult[]): { results: JsonResult[] } {
  return {
    results: results.map(({ file, report }) => ({
      file,
      verdict: report.verdict,
      findings: report.findings.map((f: Finding) => ({
        detector: f.detector,
        confidence: f.confidence,
        severity: f.severity,
        location: jsonLocation(f.location),
        evidence: f.evidence,
        count: f.count,
      })),
      elapsedMs: Math.round(report.elapsedMs * 10) / 10,
    })),
  };
}

export function describeLocation(location: Location, lang: Language): string {
  let where = PART_WORDS[lang][location.part];
  if (location.attachment) where += ' ' + location.attachment;
  if (location.path) where += ' > ' + location.path;
  return where;
}

function pad(text: string, width: number): string {
  let out = text;
  while (out.length < width) out += ' ';
  return out;
}

/** Lays out rows in columns, each as wide as its widest cell. */
export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] || 0, cell.length)));
  return rows
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i]))).join('  ').replace(/\s+$/, ''))
    .join('\n');
}

/** The human report for one file: a heading, a table of findings, the verdict. */
export function formatHuman(result: FileResult, lang: Language): string {
  const words = WORDS[lang];
  const { report } = result;
  const lines: string[] = [`${words.file}: ${result.file}`];
  if (report.findings.length === 0) {
    lines.push('  ' + words.nothing);
  } else {
    const rows: string[][] = [words.headers.slice()];
    for (const f of report.findings) {
      rows.push([
        detectorTexts(f.detector)[lang].name,
        CONFIDENCE_WORDS[lang][f.confidence],
        SEVERITY_WORDS[lang][f.severity],
        describeLocation(f.location, lang),
        f.evidence.replace(/\s+/g, ' '),
        String(f.count),
      ]);
    }
    lines.push(table(rows).split('\n').map((line) => '  ' + line).join('\n'));
  }
  if (report.timedOut) lines.push('  ' + words.timedOut);
  lines.push(`${words.verdictLine}: ${VERDICT_WORDS[lang][report.verdict]}`);
  return lines.join('\n') + '\n';
}

export function formatSummary(files: number, flagged: number, failed: number, lang: Language): string {
  return WORDS[lang].summary(files, flagged, failed) + '\n';
}
