/**
 * The rule, stated as a test: every damaged file either still gives its planted value's finding or
 * is reported (`unscannable-attachment` / `encrypted-attachment`) by the default policy. Never a
 * silent allow. Seeded mutants of real-producer files, per reader family and kind of damage.
 * `npm test` runs a fixed seed and a small count; `npm run fuzz` the same code with more
 * (SEND_GUARD_MUTANTS per fixture and kind, SEND_GUARD_SEED).
 */
import { extractAttachment } from '../../../src/extract';
import { defaultPolicy } from '../../../src/policy/defaults';
import { scanMessage } from '../../../src/scan';
import type { MessageInput } from '../../../src/model/message';
import { seeded } from '../../seeded';
import { type Fixture, fixtures, MUTATION_KINDS, type Mutant, mutate, touchesValue, valueRanges } from './mutants';

const PER_KIND = Math.max(1, parseInt(process.env.SEND_GUARD_MUTANTS || '3', 10) || 3);
const SEED = parseInt(process.env.SEND_GUARD_SEED || '20261204', 10) || 20261204;

const VALUE_DETECTORS = ['bsn', 'iban'];
const REPORTED = ['unscannable-attachment', 'encrypted-attachment'];

/** What the default policy reports for a message with the file attached, under a clock that never runs out. */
function reportedDetectors(name: string, bytes: Uint8Array): string[] {
  const message: MessageInput = { to: [], cc: [], bcc: [], subject: '', bodyText: '', attachments: [{ name, kind: 'file', bytes }] };
  const report = scanMessage(message, { policy: defaultPolicy(), now: () => 0, lang: 'en' });
  return report.findings.filter((f) => f.location.part === 'attachment').map((f) => f.detector);
}

/**
 * Silent allows that belong to work on another branch (format chosen from name and content
 * together; "read but empty" reported for every format). Listed and counted, not hidden: once that
 * work is merged these two kinds must go and the test tightens to "no silent allow at all".
 */
type Outcome = 'kept' | 'reported' | 'value-damaged' | 'pending-format-from-name' | 'pending-read-but-empty' | 'silent';

function classify(fixture: Fixture, mutant: Mutant, ranges: Array<[number, number]>): Outcome {
  const found = reportedDetectors(fixture.file, mutant.bytes);
  if (found.some((d) => VALUE_DETECTORS.indexOf(d) >= 0)) return 'kept';
  if (found.some((d) => REPORTED.indexOf(d) >= 0)) return 'reported';
  // Damage to the value's own bytes (or the label right before it) changes the value: nothing to notice.
  if (touchesValue(mutant, ranges)) return 'value-damaged';
  // No longer that family's file at all (a .pdf without %PDF-, a .docx that is no zip): read as another format.
  if (!stillOfFamily(fixture.family, mutant.bytes)) return 'pending-format-from-name';
  const result = extractAttachment(fixture.file, mutant.bytes, { limits: defaultPolicy().limits, deadline: Infinity, now: () => 0 });
  // The family was not recognised: "unknown format" (low confidence) for a file named .doc/.pdf/.txt,
  // the attachment itself or a file inside it (a text with a flipped control byte).
  if (result.problems.length > 0 && result.problems.every((p) => p.reason === 'unknown-format')) return 'pending-format-from-name';
  if (result.problems.length === 0 && !result.texts.some((t) => /\S/.test(t.text))) return 'pending-read-but-empty';
  return 'silent';
}

/** Whether the bytes still carry what the dispatcher knows the family by today (its own choice, by content). */
function stillOfFamily(family: Fixture['family'], bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  switch (family) {
    case 'zip':
      return head.startsWith('PK\x03\x04') || Buffer.from(bytes).includes('PK\x05\x06');
    case 'compound':
      return head.startsWith('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1');
    case 'pdf':
      return head.indexOf('%PDF-') >= 0;
    default:
      return true;
  }
}

describe('never a silent allow: damaged real-producer files are read or reported', () => {
  const all = fixtures();
  const tally = new Map<string, number>();
  const pending: string[] = [];

  afterAll(() => {
    const lines = Array.from(tally.entries()).sort().map(([k, n]) => `  ${k}: ${n}`);
    // Printed so the excluded cases are seen, not hidden (see classify).
    console.log(`mutants (seed ${SEED}, ${PER_KIND} per fixture and kind):\n${lines.join('\n')}` + (pending.length ? `\npending on other work:\n  ${pending.join('\n  ')}` : ''));
  });

  it.each(all.map((f) => [f.file, f] as [string, Fixture]))('%s', (_file, fixture) => {
    expect(reportedDetectors(fixture.file, fixture.bytes)).toEqual(expect.arrayContaining([expect.stringMatching(/^(bsn|iban)$/)]));
    const ranges = valueRanges(fixture.bytes);
    const rnd = seeded(SEED ^ hash(fixture.file));
    const silent: string[] = [];
    for (const kind of MUTATION_KINDS) {
      for (let i = 0; i < PER_KIND; i++) {
        const mutant = mutate(fixture, kind, rnd);
        const outcome = classify(fixture, mutant, ranges);
        const key = `${fixture.family} ${kind} ${outcome}`;
        tally.set(key, (tally.get(key) || 0) + 1);
        const where = `${fixture.file} ${kind} #${i} bytes ${mutant.from}-${mutant.to} of ${fixture.bytes.length}`;
        if (outcome === 'silent') silent.push(where);
        else if (outcome.startsWith('pending')) pending.push(`${outcome}: ${where}`);
      }
    }
    expect(silent).toEqual([]);
  });
});

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
