/**
 * The labelled corpus: realistic Dutch and English office mail (test/corpus/messages, written by
 * build.py) scanned end to end under the default policy, as the CLI does. Prints recall and false
 * positives per detector, and holds the engine to recall >= 0.9 with few false positives overall.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CONTENT_DETECTORS, RECIPIENT_DETECTORS, type DetectorId } from '../../src/model/finding';
import { parseEml } from '../../src/extract/mail/eml';
import { defaultPolicy } from '../../src/policy/defaults';
import { scanMessage } from '../../src/scan';

const dir = path.join(__dirname, 'messages');
const labels: Record<string, DetectorId[]> = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8'));
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
/** Attachment findings (unscannable/encrypted) describe our reach, not the message: not scored here. */
const SCORED: DetectorId[] = [...CONTENT_DETECTORS, ...RECIPIENT_DETECTORS];

const MIN_RECALL = 0.9;
const right = (text: string, width: number): string => (text.length >= width ? text : ' '.repeat(width - text.length) + text);
const MAX_FALSE_POSITIVES = 3;

test('the corpus is labelled: at least 40 messages, each with a label entry, every scored detector with a positive', () => {
  expect(files.length).toBeGreaterThanOrEqual(40);
  expect(Object.keys(labels).sort()).toEqual(files);
  const positives = new Set<string>();
  for (const f of files) for (const id of labels[f]) positives.add(id);
  for (const id of CONTENT_DETECTORS) expect(positives).toContain(id);
  const negatives = files.filter((f) => labels[f].length === 0).length;
  expect(negatives).toBeGreaterThanOrEqual(15);
});

test('recall and false positives per detector on the corpus', () => {
  const stats: Record<string, { tp: number; fn: number; fp: number; missed: string[]; extra: string[] }> = {};
  for (const id of SCORED) stats[id] = { tp: 0, fn: 0, fp: 0, missed: [], extra: [] };

  for (const file of files) {
    const message = parseEml(new Uint8Array(fs.readFileSync(path.join(dir, file))));
    const report = scanMessage(message, { policy: defaultPolicy(), senderAddress: message.from && message.from.address, now: () => 0 });
    const found = new Set(report.findings.map((f) => f.detector));
    const expected = new Set(labels[file]);
    for (const id of SCORED) {
      if (expected.has(id) && found.has(id)) stats[id].tp++;
      else if (expected.has(id)) {
        stats[id].fn++;
        stats[id].missed.push(file);
      } else if (found.has(id)) {
        stats[id].fp++;
        stats[id].extra.push(file);
      }
    }
  }

  let tp = 0;
  let fn = 0;
  let fp = 0;
  const lines = ['detector              positives  found  recall  false-pos'];
  for (const id of SCORED) {
    const s = stats[id];
    tp += s.tp;
    fn += s.fn;
    fp += s.fp;
    const positives = s.tp + s.fn;
    const recall = positives > 0 ? (s.tp / positives).toFixed(2) : '  - ';
    let line = `${id}${' '.repeat(Math.max(1, 22 - id.length))}${right(String(positives), 9)}  ${right(String(s.tp), 5)}  ${right(recall, 6)}  ${right(String(s.fp), 9)}`;
    if (s.missed.length > 0) line += `\n    missed: ${s.missed.join(', ')}`;
    if (s.extra.length > 0) line += `\n    false positive: ${s.extra.join(', ')}`;
    lines.push(line);
  }
  const recall = tp / (tp + fn);
  lines.push(`overall: recall ${recall.toFixed(3)} (${tp}/${tp + fn}), false positives ${fp}, messages ${files.length}`);
  console.log(lines.join('\n'));

  expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  expect(fp).toBeLessThanOrEqual(MAX_FALSE_POSITIVES);
});
