import { decodeBase64, decodeText, decodeUtf8, encodeBase64, encodeUtf8, sniffAndDecode } from '../../src/codec/bytes';

describe('bytes', () => {
  it('decodes base64 like Node does, white space and url-safe included', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'Loonstrook € maart — ü', 'x'.repeat(1000)]) {
      const b64 = Buffer.from(text, 'utf8').toString('base64');
      expect(Buffer.from(decodeBase64(b64)).toString('utf8')).toBe(text);
      expect(Buffer.from(decodeBase64(b64.replace(/(.{10})/g, '$1\r\n'))).toString('utf8')).toBe(text);
      expect(encodeBase64(Buffer.from(text, 'utf8'))).toBe(b64);
    }
    expect(Array.from(decodeBase64('-_8'))).toEqual([0xfb, 0xff]);
  });

  it('round-trips UTF-8 and replaces invalid sequences', () => {
    const text = 'Zoë € 😀 straße';
    expect(decodeUtf8(encodeUtf8(text))).toBe(text);
    expect(decodeUtf8(Uint8Array.from([0x41, 0xff, 0x42, 0xe2, 0x82]))).toBe('A\uFFFDB\uFFFD');
  });

  it('decodes charsets by label and sniffs unlabelled text', () => {
    expect(decodeText(Uint8Array.from([0x80, 0xeb]), 'windows-1252')).toBe('€ë');
    expect(decodeText(Uint8Array.from([0xa4]), 'iso-8859-15')).toBe('€');
    expect(sniffAndDecode(Uint8Array.from([0xff, 0xfe, 0x41, 0, 0x42, 0]))).toBe('AB');
    expect(sniffAndDecode(Uint8Array.from([0x41, 0, 0x42, 0, 0x43, 0, 0x44, 0]))).toBe('ABCD');
    expect(sniffAndDecode(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]))).toBe('Café');
    expect(sniffAndDecode(encodeUtf8('Café'))).toBe('Café');
  });
});
