/**
 * Objects embedded in documents are scanned like attachments, with their path shown. The fixtures
 * plant a BSN and an IBAN only inside the embedded object (see fixtures/make.sh), so a finding
 * can only come from reading it. What cannot be read is reported, and the caps hold.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { unzipSync, zipSync } from 'fflate';
import { extractAttachment } from '../../../src/extract';
import { readOlePackage } from '../../../src/extract/embedded';
import { defaultPolicy } from '../../../src/policy/defaults';
import type { LimitsPolicy } from '../../../src/policy/types';
import { scanMessage } from '../../../src/scan';
import { bsnsIn, ibansIn } from '../helpers';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)));

function extract(name: string, bytes: Uint8Array, limits: Partial<LimitsPolicy> = {}) {
  return extractAttachment(name, bytes, { limits: { ...defaultPolicy().limits, ...limits }, deadline: Infinity, now: () => 0 });
}

/** [detector, path] of what the default policy reports for the file as an attachment. */
function reported(name: string, bytes: Uint8Array): Array<[string, string | undefined]> {
  const report = scanMessage({ to: [], cc: [], bcc: [], subject: '', bodyText: '', attachments: [{ name, kind: 'file', bytes }] }, { policy: defaultPolicy(), now: () => 0, lang: 'en' });
  return report.findings.map((f) => [f.detector, f.location.path] as [string, string | undefined]);
}

const cases: Array<[string, RegExp]> = [
  ['contract-with-table.docx', /^word\/embeddings\/oleObject1\.xlsx\/Sheet1$/],
  ['contract-with-table.odt', /^Object 1\/Sheet1$/],
  ['slides-with-table.pptx', /^ppt\/embeddings\/oleObject1\.xlsx\/Sheet1$/],
  ['contract-with-package.docx', /^word\/embeddings\/oleObject1\.bin\/planted\.txt$/],
  ['contract-with-package.odt', /^[^/]+\/planted\.txt$/],
  ['attached.pdf', /^personeel\.xlsx\/planted-list$/],
  ['annotated.pdf', /^loonstrook\.txt$/],
];

describe('embedded objects', () => {
  it.each(cases)('%s: the value inside the embedded object is found, at its path', (name, path) => {
    const result = extract(name, fixture(name));
    expect(result.problems).toEqual([]);
    const inner = result.texts.filter((t) => path.test(t.path));
    expect(inner).toHaveLength(1);
    expect(bsnsIn(inner[0].text).length + ibansIn(inner[0].text).length).toBeGreaterThan(0);
    // The document's own text holds neither: the finding can only come from the object.
    for (const t of result.texts.filter((x) => x !== inner[0])) expect(bsnsIn(t.text).concat(ibansIn(t.text))).toEqual([]);
    const found = reported(name, fixture(name));
    expect(found.filter(([d]) => d === 'bsn' || d === 'iban').every(([, p]) => p !== undefined && path.test(p))).toBe(true);
    expect(found.map(([d]) => d)).toEqual(expect.arrayContaining(['iban']));
  });

  it('an embedded object that cannot be read is reported, at its path', () => {
    const parts = unzipSync(fixture('contract-with-package.docx'));
    const ole = parts['word/embeddings/oleObject1.bin'];
    // Cut the compound file short: its sectors (and the package in them) are gone.
    const damaged = zipSync({ ...parts, 'word/embeddings/oleObject1.bin': ole.subarray(0, 1200) });
    const found = reported('contract.docx', damaged);
    expect(found).toContainEqual(['unscannable-attachment', 'word/embeddings/oleObject1.bin']);
  });

  it('an embedded workbook whose bytes are damaged in the package is reported', () => {
    const bytes = fixture('contract-with-table.docx').slice();
    const parts = unzipSync(bytes);
    const xlsx = parts['word/embeddings/oleObject1.xlsx'].slice();
    xlsx.fill(0, 100, 400);
    const found = reported('contract.docx', zipSync({ ...parts, 'word/embeddings/oleObject1.xlsx': xlsx }));
    expect(found.some(([d, p]) => d === 'unscannable-attachment' && (p || '').startsWith('word/embeddings/oleObject1.xlsx'))).toBe(true);
  });

  it('objects go through the dispatcher one level deeper: the depth cap holds for them', () => {
    const result = extract('contract.docx', fixture('contract-with-table.docx'), { archiveDepth: 0 });
    expect(result.problems).toContainEqual({ detector: 'unscannable-attachment', path: 'word/embeddings/oleObject1.xlsx', reason: 'too-deep' });
    expect(result.texts.some((t) => bsnsIn(t.text).length > 0)).toBe(false);
  });

  it('an OLE package that links to a file instead of holding it gives no file', () => {
    const text = (s: string) => Array.from(s + '\0', (c) => c.charCodeAt(0));
    const body = [2, 0, ...text('a.txt'), ...text('C:\\a.txt'), 0, 0, 1, 0];
    const stream = Uint8Array.from([body.length, 0, 0, 0, ...body]);
    expect(readOlePackage(stream)).toBeNull();
    const held = Uint8Array.from([0, 0, 0, 0, 2, 0, ...text('a.txt'), ...text('C:\\a.txt'), 0, 0, 3, 0, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0x41, 0x42]);
    expect(readOlePackage(held)).toEqual({ name: 'a.txt', bytes: Uint8Array.from([0x41, 0x42]) });
  });
});
