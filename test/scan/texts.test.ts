import { DETECTOR_IDS } from '../../src/model/finding';
import { allDetectorTexts, detectorTexts, reasonText } from '../../src/scan/descriptions';
import type { DetectorId, Language } from '../../src/model/finding';

const detectorMessages = (id: DetectorId, lang: Language) => detectorTexts(id)[lang];
const reasonWords = reasonText;

test('every detector id has a name, a summary and a reason in Dutch and English', () => {
  const all = allDetectorTexts();
  expect(Object.keys(all).sort()).toEqual([...DETECTOR_IDS].sort());
  for (const id of DETECTOR_IDS) {
    for (const lang of ['nl', 'en'] as const) {
      const texts = detectorTexts(id)[lang];
      expect(texts.name.trim()).not.toBe('');
      expect(texts.why.trim()).not.toBe('');
      expect(texts.summary({ count: 1 }).trim()).not.toBe('');
      expect(texts.summary({ count: 3 }).trim()).not.toBe('');
    }
    expect(detectorTexts(id).nl.name).not.toBe(detectorTexts(id).en.why);
  }
});

test('attachment reasons are worded per language; an unknown code is shown as it is', () => {
  for (const reason of ['too-large', 'too-deep', 'too-many-entries', 'expansion-ratio', 'time-out', 'corrupt', 'unknown-format', 'no-text', 'encrypted', 'cloud', 'read-error', 'no-content']) {
    expect(reasonText(reason, 'nl')).not.toBe(reason);
    expect(reasonText(reason, 'en')).not.toBe(reason);
    expect(reasonText(reason, 'nl')).not.toBe(reasonText(reason, 'en'));
  }
  expect(reasonText('something-new', 'nl')).toBe('something-new');
});

describe('texts for every detector id (alert, task pane, CLI)', () => {
  test.each(['nl', 'en'] as const)('every detector has a name, a summary and a reason why in %s', (lang) => {
    for (const id of DETECTOR_IDS) {
      const m = detectorMessages(id, lang);
      expect(m.name.trim()).not.toBe('');
      expect(m.summary({ count: 2 }).trim()).not.toBe('');
      expect(m.why.trim()).not.toBe('');
      expect(m.summary({ count: 2 })).not.toBe(id);
    }
  });
  test('reason codes in words, unknown ones as they are', () => {
    expect(reasonWords('too-large', 'en')).toBe('too large to check');
    expect(reasonWords('too-large', 'nl')).not.toBe(reasonWords('too-large', 'en'));
    expect(reasonWords('something-new', 'nl')).toBe('something-new');
  });
});
