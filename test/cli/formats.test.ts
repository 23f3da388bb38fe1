/**
 * The CLI over every real-producer fixture: what each file plants is found, clean files stay clean,
 * protected and unreadable files are reported as such. Expectations come from what the fixture
 * sources plant (see each folder's make.sh and src/), not from the scanner's output.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/run';
import { encodeBase64 } from '../../src/codec/bytes';

const root = path.join(__dirname, '..');
const office = (name: string) => path.join(root, 'extract', 'fixtures', name);
const legacy = (name: string) => path.join(root, 'extract', 'office', 'fixtures', name);
const pdf = (name: string) => path.join(root, 'extract', 'pdf', 'fixtures', name);
const embedded = (name: string) => path.join(root, 'extract', 'embedded', 'fixtures', name);

interface Result {
  verdict: string;
  findings: Array<{ detector: string; location: { part: string; attachment?: string; path?: string }; evidence: string }>;
}

function scan(file: string): Result {
  let out = '';
  const code = runCli(['scan', '--json', file], { out: (s) => (out += s), err: () => undefined, now: () => 0 });
  expect([file, code]).not.toEqual([file, 2]);
  return JSON.parse(out).results[0];
}

const detectors = (r: Result) => Array.from(new Set(r.findings.map((f) => f.detector))).sort();

const PAYSLIP = ['bsn', 'iban', 'payslip'];
const planted: Array<[string, string[]]> = [
  [office('planted.docx'), PAYSLIP],
  [office('planted-from-html.docx'), PAYSLIP],
  [office('planted.odt'), PAYSLIP],
  [office('planted-flat.fodt'), PAYSLIP],
  [office('planted.rtf'), PAYSLIP],
  [office('planted.html'), PAYSLIP],
  [office('planted-cp1252.html'), PAYSLIP],
  [office('planted-utf8.txt'), PAYSLIP],
  [office('planted-utf16le-bom.txt'), PAYSLIP],
  [office('planted-utf16be.txt'), PAYSLIP],
  [office('planted-cp1252.txt'), PAYSLIP],
  [office('planted.pptx'), ['bsn', 'iban']],
  [office('planted.odp'), ['bsn', 'iban']],
  [office('planted-list.xlsx'), ['bsn', 'iban']],
  [office('planted-list.ods'), ['bsn', 'iban']],
  [office('planted-list.csv'), ['bsn', 'iban']],
  [office('planted-list-comma-cp1252.csv'), ['bsn', 'iban']],
  [office('planted.json'), ['bsn', 'iban']],
  [office('planted.xml'), ['bsn', 'iban']],
  [office('plain.zip'), PAYSLIP],
  [office('nested.zip'), PAYSLIP],
  [legacy('payslip.doc'), PAYSLIP],
  [legacy('bsn-list.xls'), ['bsn', 'iban', 'personal-list']],
  [legacy('payroll.xls'), ['bsn', 'payslip']],
  [pdf('libreoffice-loonstrook.pdf'), PAYSLIP],
  [pdf('chromium-loonstrook.pdf'), PAYSLIP],
  [pdf('ghostscript-loonstrook.pdf'), PAYSLIP],
  [pdf('qpdf-objstm.pdf'), PAYSLIP],
  [pdf('qpdf-aes256-owner.pdf'), PAYSLIP],
  [pdf('qpdf-rc4-40-owner.pdf'), PAYSLIP],
  // Planted only inside an embedded object or an attached file.
  [embedded('contract-with-table.docx'), ['bsn', 'iban']],
  [embedded('contract-with-table.odt'), ['bsn', 'iban']],
  [embedded('slides-with-table.pptx'), ['bsn', 'iban']],
  [embedded('contract-with-package.docx'), PAYSLIP],
  [embedded('contract-with-package.odt'), PAYSLIP],
  [embedded('attached.pdf'), ['bsn', 'iban']],
  [embedded('annotated.pdf'), ['bsn', 'iban']],
];

const clean = [
  office('clean.docx'), office('clean.xlsx'), office('clean.pptx'), office('clean.odt'), office('clean.ods'),
  office('clean.odp'), office('clean.rtf'), office('clean.txt'), office('clean.csv'), office('clean-flat.fodt'),
  legacy('meeting-notes.doc'), legacy('inventory.xls'), pdf('libreoffice-clean.pdf'),
];

const protectedFiles = [
  office('encrypted.zip'), office('encrypted.odt'), legacy('bsn-list-protected.xls'), legacy('bsn-list-protected.xlsx'),
  legacy('payslip-protected.docx'), pdf('qpdf-aes256-user.pdf'), pdf('qpdf-rc4-128-user.pdf'),
];

describe('send-guard scan on real-producer fixtures', () => {
  it.each(planted)('%s: finds what it plants', (file, expected) => {
    const result = scan(file);
    expect(detectors(result)).toEqual(expect.arrayContaining(expected));
    expect(result.verdict).toBe('warn');
    for (const f of result.findings) expect(f.evidence).not.toMatch(/123456782|NL91ABNA0417164300/);
  });

  it.each(clean)('%s: stays clean', (file) => {
    expect(scan(file)).toMatchObject({ verdict: 'allow', findings: [] });
  });

  it.each(protectedFiles)('%s: reported as already protected', (file) => {
    expect(detectors(scan(file))).toContain('encrypted-attachment');
  });

  it('scanned PDFs without text are unscannable, and stop the send: never a silent pass', () => {
    for (const file of [pdf('img2pdf-scan.pdf'), pdf('ghostscript-scan.pdf')]) {
      const result = scan(file);
      expect(result.findings.map((f) => [f.detector, f.location.attachment])).toEqual([['unscannable-attachment', path.basename(file)]]);
      expect(result.verdict).toBe('warn');
    }
  });

  it('a message with a broken attachment still reports what its body holds', () => {
    const docx = fs.readFileSync(office('planted.docx'));
    const broken = docx.subarray(0, Math.floor(docx.length / 2));
    const eml = [
      'From: HR <hr@gemeente-voorbeeld.nl>',
      'To: Jan <jan@gemeente-voorbeeld.nl>',
      'Subject: Gegevens',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Het BSN van Jan is 111222333.',
      '--b',
      'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="contract.docx"',
      'Content-Disposition: attachment; filename="contract.docx"',
      'Content-Transfer-Encoding: base64',
      '',
      encodeBase64(broken).replace(/(.{76})/g, '$1\n'),
      '--b--',
      '',
    ].join('\r\n');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'send-guard-formats-'));
    const file = path.join(dir, 'broken.eml');
    fs.writeFileSync(file, eml);
    const result = scan(file);
    const found = result.findings.map((f) => [f.detector, f.location.part, f.location.attachment]);
    expect(found).toContainEqual(['bsn', 'body', undefined]);
    expect(found).toContainEqual(['unscannable-attachment', 'attachment', 'contract.docx']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
