import { DETECTOR_IDS } from '../../src/model/finding';
import { detectorMessages, reasonWords } from '../../src/taskpane/detector-texts';

describe('detector texts in the task pane', () => {
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
