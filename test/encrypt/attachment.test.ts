/** encryptAttachment: the method from the content, the name, and the files it refuses. */
import { encryptAttachment, EncryptError, encryptedName, encryptionMethodFor } from '../../src/encrypt';
import { FIXTURES, OFFICE_FIXTURES, PDF_FIXTURES, readFixture } from './helpers';

const PASSWORD = 'tq7m-4xzp-k9ra-hwe3';

describe('the method follows the content, not the name', () => {
  it.each([
    [PDF_FIXTURES, 'libreoffice-loonstrook.pdf', 'pdf-aes256'],
    [FIXTURES, 'planted.docx', 'office-agile'],
    [FIXTURES, 'planted-list.xlsx', 'office-agile'],
    [FIXTURES, 'planted.pptx', 'office-agile'],
    [FIXTURES, 'planted-list.ods', 'zip-aes256'],
    [FIXTURES, 'planted.odt', 'zip-aes256'],
    [FIXTURES, 'planted-list.csv', 'zip-aes256'],
    [FIXTURES, 'plain.zip', 'zip-aes256'],
    [OFFICE_FIXTURES, 'bsn-list.xls', 'zip-aes256'],
    [OFFICE_FIXTURES, 'payslip.doc', 'zip-aes256'],
  ])('%s/%s → %s', (folder, name, method) => {
    expect(encryptionMethodFor(readFixture(folder, name))).toBe(method);
  });

  it('a PDF named .docx is still a PDF', () => {
    expect(encryptionMethodFor(readFixture(PDF_FIXTURES, 'chromium-loonstrook.pdf'))).toBe('pdf-aes256');
  });
});

it('keeps the name for PDF and Office, and makes a zip name otherwise', () => {
  expect(encryptedName('loonstrook.pdf', 'pdf-aes256')).toBe('loonstrook.pdf');
  expect(encryptedName('lijst.xlsx', 'office-agile')).toBe('lijst.xlsx');
  expect(encryptedName('lijst.csv', 'zip-aes256')).toBe('lijst.zip');
  expect(encryptedName('README', 'zip-aes256')).toBe('README.zip');
});

it('encrypts a .doc into a zip named after it, holding the file', async () => {
  const result = await encryptAttachment('payslip.doc', readFixture(OFFICE_FIXTURES, 'payslip.doc'), PASSWORD);
  expect(result.method).toBe('zip-aes256');
  expect(result.name).toBe('payslip.zip');
  expect(Buffer.from(result.bytes.subarray(30, 41)).toString('latin1')).toBe('payslip.doc');
});

describe('refuses', () => {
  it.each([
    [FIXTURES, 'encrypted.zip'],
    [FIXTURES, 'encrypted.odt'],
    [OFFICE_FIXTURES, 'bsn-list-protected.xlsx'],
    [OFFICE_FIXTURES, 'payslip-protected.docx'],
    [OFFICE_FIXTURES, 'bsn-list-protected.xls'],
    [OFFICE_FIXTURES, 'payslip-protected.doc'],
    [PDF_FIXTURES, 'qpdf-aes256-user.pdf'],
  ])('an already encrypted file (%s/%s)', async (folder, name) => {
    await expect(encryptAttachment(name, readFixture(folder, name), PASSWORD)).rejects.toEqual(new EncryptError('already-encrypted'));
  });

  it('its own output, a second time', async () => {
    for (const [folder, name] of [
      [FIXTURES, 'planted-list.xlsx'],
      [FIXTURES, 'planted-list.csv'],
      [PDF_FIXTURES, 'ghostscript-loonstrook.pdf'],
    ]) {
      const once = await encryptAttachment(name, readFixture(folder, name), PASSWORD);
      await expect(encryptAttachment(once.name, once.bytes, PASSWORD)).rejects.toEqual(new EncryptError('already-encrypted'));
    }
  }, 60000);

  it('a damaged Office file (a docx cut in half)', async () => {
    const whole = readFixture(FIXTURES, 'planted.docx');
    await expect(encryptAttachment('planted.docx', whole.subarray(0, whole.length >> 1), PASSWORD)).rejects.toEqual(new EncryptError('damaged'));
  });

  it('an empty file', async () => {
    await expect(encryptAttachment('leeg.txt', new Uint8Array(0), PASSWORD)).rejects.toEqual(new EncryptError('empty'));
  });

  it("a password shorter than the policy's minimum", async () => {
    await expect(encryptAttachment('a.txt', Uint8Array.from([65]), 'kort', { minimumPasswordLength: 16 })).rejects.toEqual(new EncryptError('password-too-short'));
  });
});
