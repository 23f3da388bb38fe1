/** The record of encrypted attachments: what the session data keeps and what the audit header says. */
import { auditHeaderValue, parseEncrypted } from '../../src/session/decision';

describe('encrypted attachments in the audit header', () => {
  it('names each encrypted copy with its method, digits masked, never anything else', () => {
    const value = auditHeaderValue({
      result: 'clean',
      encrypted: [
        { name: 'loonstrook-maart-2026.pdf', method: 'pdf-aes256' },
        { name: 'medewerkers.zip', method: 'zip-aes256' },
      ],
    });
    expect(value).toBe('v=1; result=clean; encrypted="loonstrook-maart-####.pdf (pdf-aes256), medewerkers.zip (zip-aes256)"');
  });

  it('leaves the field out when nothing was encrypted', () => {
    expect(auditHeaderValue({ result: 'clean', encrypted: [] })).toBe('v=1; result=clean');
  });
});

describe('parseEncrypted', () => {
  it('keeps well-formed records and cleans their names', () => {
    expect(parseEncrypted(JSON.stringify([{ name: 'lijst "1".zip', method: 'zip-aes256' }, { name: 5, method: 'x' }, { name: 'a', method: 'has spaces' }]))).toEqual([
      { name: "lijst '#'.zip", method: 'zip-aes256' },
    ]);
  });

  it('gives [] for anything else', () => {
    expect(parseEncrypted(undefined)).toEqual([]);
    expect(parseEncrypted('{')).toEqual([]);
    expect(parseEncrypted('{"a":1}')).toEqual([]);
  });
});
