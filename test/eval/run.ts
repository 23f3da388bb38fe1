/*
 * `npm run eval`: recall per category and the false-positive messages, on our own evaluation set
 * (its tuned part and its held-out third, reported apart) and on ../shared/corpus when it is there.
 * It runs the built CLI (`send-guard scan --json DIR`, default policy), so it measures exactly what
 * an admin would see and does not depend on internal module paths. It reports; it never fails.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const CONTENT = ['bsn', 'iban', 'payslip', 'credential', 'health', 'id-document', 'payment-card', 'personal-list', 'employment-contract'];

interface Label {
  categories: string[];
  optional: string[];
}

interface Message {
  file: string;
  label: Label;
  found: string[];
  /** Attachments the engine said it could not read (reported apart: a gap in coverage, not a verdict). */
  unread: number;
  scenario?: string;
}

interface JsonOutput {
  results: { file: string; findings: { detector: string }[] }[];
}

const root = findRoot(__dirname);
const cli = path.join(root, 'dist', 'eval', 'send-guard.js');

/** The repository root: the nearest folder up with package.json (the runner runs from dist/eval/). */
function findRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + from);
    dir = up;
  }
  return dir;
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

interface Scanned {
  found: string[];
  unread: number;
}

/** Content categories the CLI reports per file name (recipient and attachment checks left out). */
function scan(dir: string): Record<string, Scanned> {
  const run = spawnSync(process.execPath, [cli, 'scan', '--json', dir], { maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
  if (run.error) throw run.error;
  if (!run.stdout) throw new Error('send-guard printed nothing (exit ' + run.status + '): ' + (run.stderr || '').slice(0, 500));
  const out = JSON.parse(run.stdout) as JsonOutput;
  const scanned: Record<string, Scanned> = {};
  for (const result of out.results) {
    const detectors = result.findings.map((f) => f.detector).filter((d) => CONTENT.indexOf(d) >= 0);
    scanned[path.basename(result.file)] = {
      found: detectors.filter((d, i) => detectors.indexOf(d) === i).sort(),
      unread: result.findings.filter((f) => f.detector === 'unscannable-attachment' || f.detector === 'encrypted-attachment').length,
    };
  }
  return scanned;
}

function load(dir: string, msgs: string): Message[] {
  const labels = readJson<Record<string, Label>>(path.join(dir, 'labels.json'));
  const plantedFile = path.join(dir, 'planted.json');
  const planted = fs.existsSync(plantedFile) ? readJson<Record<string, { scenario?: string }>>(plantedFile) : {};
  const scanned = scan(msgs);
  return Object.keys(labels).sort().map((file) => {
    if (!scanned[file]) throw new Error(file + ' is labelled but send-guard returned no result for it');
    const { found, unread } = scanned[file];
    return { file, label: labels[file], found, unread, scenario: planted[file] ? planted[file].scenario : undefined };
  });
}

function pct(n: number, d: number): string {
  return d === 0 ? '  -  ' : (Math.round((1000 * n) / d) / 10).toFixed(1) + '%';
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function describe(m: Message): string {
  return m.file + (m.scenario ? ' (' + m.scenario + ')' : '');
}

function report(title: string, messages: Message[]): void {
  const lines: string[] = ['', '== ' + title + ': ' + messages.length + ' messages'];
  let found = 0;
  let required = 0;
  let worst = 101;
  for (const category of CONTENT) {
    const needing = messages.filter((m) => m.label.categories.indexOf(category) >= 0);
    const missed = needing.filter((m) => m.found.indexOf(category) < 0);
    const hits = needing.length - missed.length;
    found += hits;
    required += needing.length;
    if (needing.length > 0) worst = Math.min(worst, (100 * hits) / needing.length);
    // Precision beside recall: of the messages where this category was reported, how many should not have it.
    const reported = messages.filter((m) => m.found.indexOf(category) >= 0);
    const wrong = reported.filter((m) => m.label.categories.indexOf(category) < 0 && m.label.optional.indexOf(category) < 0);
    lines.push(
      '  ' + pad(category, 20) + pad(hits + '/' + needing.length, 9) + pad(pct(hits, needing.length), 8) +
        '  reported in ' + reported.length + ', false ' + wrong.length,
    );
    for (const m of missed) lines.push('      missed ' + describe(m));
  }
  const negatives = messages.filter((m) => m.label.categories.length === 0);
  const falsePositives = messages
    .map((m) => ({ m, extra: m.found.filter((c) => m.label.categories.indexOf(c) < 0 && m.label.optional.indexOf(c) < 0) }))
    .filter((x) => x.extra.length > 0);
  const negativesHit = falsePositives.filter((x) => x.m.label.categories.length === 0).length;
  lines.push('  false-positive messages: ' + falsePositives.length + ' (' + negativesHit + ' of ' + negatives.length + ' negatives)');
  for (const x of falsePositives) {
    lines.push('      ' + describe(x.m) + ': ' + x.extra.join(', ') + (x.m.label.categories.length === 0 ? '  [negative]' : ''));
  }
  const unread = messages.filter((m) => m.unread > 0);
  if (unread.length > 0) lines.push('  messages with an unreadable attachment: ' + unread.map(describe).join(', '));
  const silent = messages.filter((m) => m.label.categories.length > 0 && m.found.length === 0).length;
  lines.push(
    '  summary: recall ' + found + '/' + required + ' (' + pct(found, required) + '), lowest category ' +
      (worst > 100 ? '-' : worst.toFixed(1) + '%') + ', ' + silent + ' positive messages without any finding, ' +
      falsePositives.length + ' false-positive messages (' + negativesHit + '/' + negatives.length + ' negatives)',
  );
  process.stdout.write(lines.join('\n') + '\n');
}

function main(): void {
  const started = Date.now();
  if (!fs.existsSync(cli)) throw new Error('build the CLI first: ' + cli + ' is missing (npm run eval does it)');

  const own = path.join(root, 'test', 'eval');
  const split = readJson<Record<string, string>>(path.join(own, 'split.json'));
  let t = Date.now();
  const ownMessages = load(own, path.join(own, 'msgs'));
  process.stdout.write('own set scanned in ' + ((Date.now() - t) / 1000).toFixed(1) + ' s\n');
  report('own set, tuned part', ownMessages.filter((m) => split[m.file] !== 'held-out'));
  report('own set, held-out third', ownMessages.filter((m) => split[m.file] === 'held-out'));

  const shared = path.resolve(root, '..', 'shared', 'corpus');
  if (fs.existsSync(path.join(shared, 'labels.json')) && fs.existsSync(path.join(shared, 'msgs'))) {
    t = Date.now();
    const sharedMessages = load(shared, path.join(shared, 'msgs'));
    process.stdout.write('\nshared corpus scanned in ' + ((Date.now() - t) / 1000).toFixed(1) + ' s\n');
    report('shared corpus (' + shared + ')', sharedMessages);
  } else {
    process.stdout.write('\n== shared corpus: not found at ' + shared + ', skipped\n');
  }
  process.stdout.write('\neval took ' + ((Date.now() - started) / 1000).toFixed(1) + ' s\n');
}

try {
  main();
} catch (error) {
  // The runner reports, it does not gate: say what went wrong and still exit 0.
  process.stdout.write('eval could not run: ' + (error instanceof Error ? error.message : String(error)) + '\n');
}
