/** employment-contract reaches every surface: policy validation, the alert text and the task pane's words, in nl and en. */
import type { Finding } from '../../src/model/finding';
import { decide, detectorName } from '../../src/on-send/alert';
import { detectorTexts } from '../../src/scan/descriptions';
import type { DetectorId, Language } from '../../src/model/finding';

const detectorMessages = (id: DetectorId, lang: Language) => detectorTexts(id)[lang];
import { validatePolicy } from '../../src/policy/validate';
import { defaultPolicy } from '../../src/policy/defaults';

const finding: Finding = {
  detector: 'employment-contract',
  confidence: 'high',
  severity: 'warn',
  location: { part: 'attachment', attachment: 'Arbeidsovereenkomst.pdf' },
  evidence: 'arbeidsovereenkomst, proeftijd',
  count: 1,
};

describe('employment-contract on every surface', () => {
  it('is on by default as a warning from medium confidence, like a payslip, and a policy may set it', () => {
    expect(defaultPolicy().detectors['employment-contract']).toEqual(defaultPolicy().detectors.payslip);
    expect(validatePolicy({ detectors: { 'employment-contract': { action: 'block', minConfidence: 'high' } } }).errors).toEqual([]);
    expect(validatePolicy({ detectors: { 'employment-contracts': { action: 'block' } } }).errors).toHaveLength(1);
  });

  it.each([
    ['nl', 'arbeidsovereenkomst', 'in bijlage Arbeidsovereenkomst.pdf'],
    ['en', 'employment or settlement agreement', 'Arbeidsovereenkomst.pdf'],
  ] as const)('the %s alert names it mid-sentence and where it is', (lang, name, where) => {
    expect(detectorName('employment-contract', lang).startsWith(name)).toBe(true);
    const o = decide({ verdict: 'warn', findings: [finding], elapsedMs: 1, timedOut: false }, {
      lang,
      taskPaneButton: true,
      markdown: false,
      commandId: 'SendGuardOpenPane',
      fingerprint: 'f'.repeat(64),
      promptUser: 'promptUser',
    });
    expect(o.allowEvent).toBe(false);
    expect(o.errorMessage).toContain(detectorName('employment-contract', lang));
    expect(o.errorMessage).toContain(where);
  });

  it('the task pane explains why in both languages', () => {
    expect(detectorMessages('employment-contract', 'nl').why).toMatch(/beveiligd kanaal/);
    expect(detectorMessages('employment-contract', 'en').why).toMatch(/secure channel/);
    expect(detectorMessages('employment-contract', 'nl').summary({ count: 2 })).toMatch(/^2 /);
  });
});
