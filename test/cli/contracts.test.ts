/**
 * The CLI over agreements made by LibreOffice (test/cli/fixtures/contracts, see its make.sh): each
 * employment, settlement and English employment agreement is found as docx, odt, doc and pdf; the
 * blank model and the agreement between two companies are not (under the default policy).
 */
import * as path from 'path';
import { runCli } from '../../src/cli/run';

const dir = path.join(__dirname, 'fixtures', 'contracts');
const FORMATS = ['docx', 'odt', 'doc', 'pdf'];
const AGREEMENTS = ['arbeidsovereenkomst-de-graaf', 'vaststellingsovereenkomst-kaya', 'employment-agreement-okafor'];
const LOOK_ALIKES = ['model-arbeidsovereenkomst', 'dienstverleningsovereenkomst'];

interface Result {
  verdict: string;
  findings: Array<{ detector: string; confidence: string; severity: string; location: { part: string; attachment?: string }; evidence: string }>;
}

function scan(file: string): Result {
  let out = '';
  const code = runCli(['scan', '--json', file], { out: (s) => (out += s), err: () => undefined, now: () => 0 });
  expect([file, code]).not.toEqual([file, 2]);
  return JSON.parse(out).results[0];
}

const cases = (names: string[]) => names.flatMap((n) => FORMATS.map((f) => [`${n}.${f}`] as const));

describe('employment contracts made by LibreOffice', () => {
  it.each(cases(AGREEMENTS))('%s is an employment contract: a warning with the recognised words', (file) => {
    const r = scan(path.join(dir, file));
    const found = r.findings.filter((f) => f.detector === 'employment-contract');
    expect(found).toHaveLength(1);
    expect(found[0].confidence).toBe('high');
    expect(found[0].severity).toBe('warn');
    expect(found[0].location).toEqual({ part: 'attachment', attachment: file });
    expect(found[0].evidence).toMatch(/overeenkomst|agreement/);
    expect(r.verdict).toBe('warn');
  });

  it.each(cases(LOOK_ALIKES))('%s is not reported', (file) => {
    const r = scan(path.join(dir, file));
    expect(r.findings.filter((f) => f.detector === 'employment-contract')).toEqual([]);
  });
});
