/** One table test for every detector: the true and false examples of each detector (detection/examples/<id>.ts). */
import { detectText, DETECTORS } from '../../src/detection';
import { detectorTexts } from '../../src/detection/descriptions';
import { DETECTOR_EXAMPLES } from '../../src/detection/examples';
import { CONTENT_DETECTORS } from '../../src/model/finding';

describe('every content detector is registered and describes itself', () => {
  it('has exactly the contract ids, in order', () => {
    expect(DETECTORS.map((d) => d.id)).toEqual([...CONTENT_DETECTORS]);
  });
  it.each(DETECTORS.map((d) => [d.id, d] as const))('%s has texts in nl and en and true and false examples', (_id, d) => {
    for (const lang of ['nl', 'en'] as const) {
      expect(d.texts[lang].name.length).toBeGreaterThan(0);
      expect(detectorTexts(d.id)[lang].why.length).toBeGreaterThan(20);
      expect(detectorTexts(d.id)[lang].summary({ count: 2 })).toMatch(/2/);
    }
    expect(DETECTOR_EXAMPLES[d.id].some((e) => e.hits.length > 0)).toBe(true);
    expect(DETECTOR_EXAMPLES[d.id].some((e) => e.hits.length === 0)).toBe(true);
  });
});

const rows = DETECTORS.flatMap((d) => DETECTOR_EXAMPLES[d.id].map((e) => [d.id, e.text.replace(/\s+/g, ' ').slice(0, 60), d.id, e] as const));

describe.each(DETECTORS.map((d) => [d.id] as const))('%s examples', (id) => {
  const mine = rows.filter((r) => r[0] === id);
  it.each(mine)('%s: %s', (_id, _label, detector, example) => {
    const found = detectText(example.text, { detectors: [detector] });
    expect(found.map((m) => m.confidence)).toEqual(example.hits.map((h) => h.confidence));
    example.hits.forEach((h, i) => {
      if (h.evidence !== undefined) expect(found[i].evidence).toBe(h.evidence);
      expect(found[i].detector).toBe(detector);
      expect(found[i].end).toBeGreaterThan(found[i].start);
    });
  });
});
