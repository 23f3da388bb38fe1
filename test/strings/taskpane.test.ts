import { DETECTOR_IDS } from '../../src/model/finding';
import { allDetectorTexts } from '../../src/scan/descriptions';
import { ALERT_STRINGS } from '../../src/strings/alert';
import { MESSAGES, languageFor, type MessageProps } from '../../src/strings/taskpane';

// One sample props value per message id: the type checker makes this list complete.
const SAMPLE: { [K in keyof MessageProps]: MessageProps[K] } = {
  appTitle: {}, policyInForce: { name: 'HR' }, stoppedHeading: {}, checkingHeading: {}, checking: {}, checkAgain: {},
  checkFailed: {}, nothingFound: {}, canSendNow: {}, resultSummary: { count: 2 }, stillToDo: { count: 1 }, foundHeading: {},
  where: { part: 'attachment', attachment: 'a.zip', path: 'b/c.xlsx' }, places: { count: 2 }, foundTimes: { count: 3 },
  reasonLabel: {}, confidenceLabel: {}, confidence: { confidence: 'medium' }, blockedNote: {}, blockedBadge: {}, dealtWithBadge: {},
  actionsHeading: {}, sendSecurely: {}, applyLabel: { name: 'Vertrouwelijk' }, labelApplied: { name: 'Vertrouwelijk' },
  secureApplied: { how: 'subject-tag' }, secureNotSupported: {}, encryptInOutlook: {}, encryptHow: {}, encryptDone: {},
  encryptRecorded: {}, adminCanSetUp: {},
  removeAttachment: { attachment: 'a.pdf' }, attachmentRemoved: { attachment: 'a.pdf' }, moveToBcc: { count: 12 },
  movedToBcc: { count: 12 }, sendAnyway: {}, sendAnywayReasonLabel: {}, sendAnywayReasonHint: {}, sendAnywayReasonMissing: {},
  sendAnywayConfirm: {}, sendAnywayCancel: {}, sendAnywayRecorded: {}, sendAnywayNotAllowed: {}, actionFailed: {}, busy: {},
};

describe('task pane strings', () => {
  test.each(['nl', 'en'] as const)('%s has a non-empty text for every message', (lang) => {
    const messages = MESSAGES[lang];
    for (const id of Object.keys(SAMPLE) as (keyof MessageProps)[]) {
      const text = (messages[id] as (p: unknown) => string)(SAMPLE[id]);
      expect(typeof text).toBe('string');
      expect(text.trim()).not.toBe('');
    }
    expect(Object.keys(messages).sort()).toEqual(Object.keys(SAMPLE).sort());
  });

  test('the two languages differ and both use the values they are given', () => {
    expect(MESSAGES.nl.canSendNow({})).not.toBe(MESSAGES.en.canSendNow({}));
    for (const lang of ['nl', 'en'] as const) {
      expect(MESSAGES[lang].policyInForce({ name: 'Salarisadministratie' })).toContain('Salarisadministratie');
      expect(MESSAGES[lang].where({ part: 'attachment', attachment: 'a.zip', path: 'b/c.xlsx' })).toContain('b/c.xlsx');
      expect(MESSAGES[lang].moveToBcc({ count: 12 })).toContain('12');
    }
  });

  test("Outlook's display language picks nl or en, anything else the fallback", () => {
    expect(languageFor('nl-NL', 'en')).toBe('nl');
    expect(languageFor('nl-BE', 'en')).toBe('nl');
    expect(languageFor('en-GB', 'nl')).toBe('en');
    expect(languageFor('de-DE', 'nl')).toBe('nl');
    expect(languageFor(undefined, 'en')).toBe('en');
  });

  test('Dutch speaks to the user with "je" everywhere: no "u" or "uw" in the pane, the alert or any detector text', () => {
    const formal = /(^|[^\p{L}])(u|uw|U|Uw|wilt|heeft u|kunt u)(?=$|[^\p{L}])/u;
    const texts: string[] = [];
    for (const id of Object.keys(SAMPLE) as (keyof MessageProps)[]) texts.push((MESSAGES.nl[id] as (p: unknown) => string)(SAMPLE[id]));
    const a = ALERT_STRINGS.nl;
    texts.push(a.nextStepWarn, a.nextStepFix, a.nextStepRibbon, a.checkFailed({ timedOut: true }), a.cancelLabel, a.heading);
    const detectors = allDetectorTexts();
    for (const id of DETECTOR_IDS) {
      const d = detectors[id].nl;
      texts.push(d.name, d.summary({ count: 1 }), d.summary({ count: 3 }));
      if (d.why) texts.push(d.why);
    }
    const offending = texts.filter((t) => formal.test(t));
    expect(offending).toEqual([]);
    // The check itself can fail: a formal sentence is caught.
    expect(formal.test('Wilt u dit controleren?')).toBe(true);
    expect(formal.test('Uw organisatie')).toBe(true);
  });
});
