/**
 * The credential detector walks the rest of a sentence after each label, looking for a value given
 * later on. These tests count that walk's work (no timing): labels close together must share the
 * words they read, and no kind of blank may stop the walk from moving on.
 */
import { detectText } from '../../src/detection';
import { SentenceWords } from '../../src/detection/detectors/credential';
import { isSpace } from '../../src/detection/text/words';

afterEach(() => jest.restoreAllMocks());

/** How often a method of SentenceWords runs during detectText; more than `limit` calls fail the test instead of hanging it. */
function countCalls(method: 'read' | 'at', text: string, limit = Infinity): number {
  const original = SentenceWords.prototype[method];
  let calls = 0;
  jest.spyOn(SentenceWords.prototype, method).mockImplementation(function (this: SentenceWords, i: number, end: number) {
    if (++calls > limit) throw new Error(method + ' called more than ' + limit + ' times');
    return original.call(this, i, end);
  });
  detectText(text, { detectors: ['credential'] });
  jest.restoreAllMocks();
  return calls;
}

describe('the sentence walk after a credential label', () => {
  it('knows every blank that \\s knows', () => {
    for (let c = 0; c < 0x10000; c++) expect([c, isSpace(c)]).toEqual([c, /\s/.test(String.fromCharCode(c))]);
  });

  it.each([
    ['an em space', '\u2003'],
    ['a form feed', '\f'],
    ['a vertical tab', '\v'],
    ['a line separator', '\u2028'],
    ['a byte order mark', '\ufeff'],
    ['a narrow no-break space', '\u202f'],
  ])('moves on over %s', (_name, blank) => {
    const text = 'Het wachtwoord is nu' + blank + ' Gr67dTsy!';
    // A walk reads a few words; one that does not move on calls at() without end.
    expect(countCalls('at', text, 1000)).toBeLessThan(1000);
    expect(detectText(text).map((m) => [m.detector, m.confidence])).toEqual([['credential', 'medium']]);
  });

  it('reads each word once however many labels stand before it: "wachtwoord: " repeated', () => {
    const labels = 5000;
    const reads = countCalls('read', 'wachtwoord: '.repeat(labels));
    // Each label's 140-character window holds a dozen words. Read per label, that is twelve reads a
    // label; shared, it is the word itself plus at most two per label (the colon right after the
    // label, and the word its window cuts short).
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThanOrEqual(3 * labels);
    expect(countCalls('read', 'wachtwoord: '.repeat(4 * labels))).toBeLessThanOrEqual(3 * 4 * labels);
  });

  it('still finds the value later in a sentence among many labels', () => {
    const text = 'wachtwoord: '.repeat(50) + 'het wachtwoord is nu Gr67dTsy!';
    const found = detectText(text).filter((m) => m.detector === 'credential');
    expect(found).toHaveLength(1);
    // The value, without the sentence's exclamation mark.
    expect(found[0].end).toBe(text.length - 1);
  });
});
