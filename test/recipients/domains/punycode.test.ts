import { domainToASCII, domainToUnicode as nodeDomainToUnicode } from 'url';
import { decodePunycode, domainToUnicode } from '../../../src/recipients/domains/punycode';

const cp = (...codes: number[]) => String.fromCodePoint(...codes);

// RFC 3492 section 7.1 sample strings: encoded form -> code points.
const RFC_SAMPLES: [string, string, string][] = [
  ['(A) Arabic (Egyptian)', 'egbpdaj6bu4bxfgehfvwxn', cp(0x0644, 0x064a, 0x0647, 0x0645, 0x0627, 0x0628, 0x062a, 0x0643, 0x0644, 0x0645, 0x0648, 0x0634, 0x0639, 0x0631, 0x0628, 0x064a, 0x061f)],
  ['(B) Chinese (simplified)', 'ihqwcrb4cv8a8dqg056pqjye', cp(0x4ed6, 0x4eec, 0x4e3a, 0x4ec0, 0x4e48, 0x4e0d, 0x8bf4, 0x4e2d, 0x6587)],
  ['(C) Chinese (traditional)', 'ihqwctvzc91f659drss3x8bo0yb', cp(0x4ed6, 0x5011, 0x7232, 0x4ec0, 0x9ebd, 0x4e0d, 0x8aaa, 0x4e2d, 0x6587)],
  ['(D) Czech', 'Proprostnemluvesky-uyb24dma41a', 'Pro' + cp(0x010d) + 'prost' + cp(0x011b) + 'nemluv' + cp(0x00ed) + cp(0x010d) + 'esky'],
  ['(E) Hebrew', '4dbcagdahymbxekheh6e0a7fei0b', cp(0x05dc, 0x05de, 0x05d4, 0x05d4, 0x05dd, 0x05e4, 0x05e9, 0x05d5, 0x05d8, 0x05dc, 0x05d0, 0x05de, 0x05d3, 0x05d1, 0x05e8, 0x05d9, 0x05dd, 0x05e2, 0x05d1, 0x05e8, 0x05d9, 0x05ea)],
  ['(G) Japanese', 'n8jok5ay5dzabd5bym9f0cm5685rrjetr6pdxa', cp(0x306a, 0x305c, 0x307f, 0x3093, 0x306a, 0x65e5, 0x672c, 0x8a9e, 0x3092, 0x8a71, 0x3057, 0x3066, 0x304f, 0x308c, 0x306a, 0x3044, 0x306e, 0x304b)],
  ['(I) Russian', 'b1abfaaepdrnnbgefbaDotcwatmq2g4l', cp(0x043f, 0x043e, 0x0447, 0x0435, 0x043c, 0x0443, 0x0436, 0x0435, 0x043e, 0x043d, 0x0438, 0x043d, 0x0435, 0x0433, 0x043e, 0x0432, 0x043e, 0x0440, 0x044f, 0x0442, 0x043f, 0x043e, 0x0440, 0x0443, 0x0441, 0x0441, 0x043a, 0x0438)],
  ['(J) Spanish', 'PorqunopuedensimplementehablarenEspaol-fmd56a', 'Porqu' + cp(0xe9) + 'nopuedensimplementehablarenEspa' + cp(0xf1) + 'ol'],
  ['(L) 3-nen B-gumi', '3B-ww4c5e180e575a65lsy2b', '3' + cp(0x5e74) + 'B' + cp(0x7d44, 0x91d1, 0x516b, 0x5148, 0x751f)],
  ['(M) Amuro Namie', '-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n', cp(0x5b89, 0x5ba4, 0x5948, 0x7f8e, 0x6075) + '-with-SUPER-MONKEYS'],
  ['(O) Hitotsu yane', '2-u9tlzr9756bt3uc0v', cp(0x3072, 0x3068, 0x3064, 0x5c4b, 0x6839, 0x306e, 0x4e0b) + '2'],
  ['(Q) Puffy de Rumba', 'de-jg4avhby1noc0d', cp(0x30d1, 0x30d5, 0x30a3, 0x30fc) + 'de' + cp(0x30eb, 0x30f3, 0x30d0)],
  ['(R) Sono speed de', 'd9juau41awczczp', cp(0x305d, 0x306e, 0x30b9, 0x30d4, 0x30fc, 0x30c9, 0x3067)],
  ['(S) ASCII only', '-> $1.00 <--', '-> $1.00 <-'],
];

describe('decodePunycode', () => {
  it.each(RFC_SAMPLES)('decodes RFC 3492 sample %s', (_name, encoded, expected) => {
    expect(decodePunycode(encoded)).toBe(expected);
  });

  it.each([
    ['80ak6aa92e', 'аррӏе'],
    ['mnchen-3ya', 'münchen'],
    ['bcher-kva', 'bücher'],
    ['caf-dma', 'café'],
    ['abc-', 'abc'],
  ])('decodes the label %s', (encoded, expected) => {
    expect(decodePunycode(encoded)).toBe(expected);
  });

  it.each(['ab!cd', 'zzzzzzzzzzzzzzzzzzzzzzz', 'ü-abc', '99999999999999', 'a'.repeat(300), '-'])('refuses invalid input %s without throwing', (input) => {
    expect(() => decodePunycode(input)).not.toThrow();
    expect(decodePunycode(input)).toBeNull();
  });

  it('agrees with Node on domains it encodes, including homographs', () => {
    const words = ['gmаil', 'раураl', 'аррӏе', 'ziggо', 'kpnmаil', 'gemeente-utrеcht', 'rаbobank', 'ïng', 'hоtmail', 'bücher', 'πολύ', 'дом', 'münchen-straße'];
    for (const word of words) {
      const ascii = domainToASCII(word + '.nl');
      expect(ascii.startsWith('xn--')).toBe(true);
      expect(domainToUnicode(ascii)).toBe(nodeDomainToUnicode(ascii));
    }
  });

  it('agrees with Node on many generated labels', () => {
    const alphabet = ['a', 'b', 'e', 'o', 'z', '-', '1', 'а', 'е', 'о', 'ρ', 'ü', 'é', '中', '日'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    let compared = 0;
    for (let n = 0; n < 500; n++) {
      let label = 'x';
      const len = 1 + (next() % 12);
      for (let i = 0; i < len; i++) label += alphabet[next() % alphabet.length];
      const ascii = domainToASCII(label + '.com');
      if (!ascii || !ascii.startsWith('xn--')) continue;
      compared++;
      expect(domainToUnicode(ascii)).toBe(nodeDomainToUnicode(ascii));
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('leaves ASCII domains and undecodable labels as they are', () => {
    expect(domainToUnicode('gemeente-utrecht.nl')).toBe('gemeente-utrecht.nl');
    expect(domainToUnicode('xn--!!.nl')).toBe('xn--!!.nl');
  });
});
