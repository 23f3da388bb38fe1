import { MESSAGES, languageFor, type MessageProps } from '../../src/strings/taskpane';

// One sample props value per message id: the type checker makes this list complete.
const SAMPLE: { [K in keyof MessageProps]: MessageProps[K] } = {
  appTitle: {}, policyInForce: { name: 'HR' }, stoppedHeading: {}, checkingHeading: {}, checking: {}, checkAgain: {},
  checkFailed: {}, nothingFound: {}, canSendNow: {}, resultSummary: { count: 2 }, stillToDo: { count: 1 }, groupContent: {},
  groupRecipients: {}, groupAttachments: {}, where: { part: 'attachment', attachment: 'a.zip', path: 'b/c.xlsx' }, foundTimes: { count: 3 }, evidenceLabel: {}, whereLabel: {},
  whyLabel: {}, reasonLabel: {}, confidenceLabel: {}, confidence: { confidence: 'medium' }, blockedNote: {}, blockedBadge: {}, dealtWithBadge: {},
  actionsHeading: {}, sendSecurely: {}, secureApplied: { how: 'subject-tag' }, secureNotSupported: {},
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
});
