import { defaultPolicy } from '../../src/policy/defaults';
import { validatePolicy } from '../../src/policy/validate';
import { MASKABLE_DETECTORS } from '../../src/masking';

describe('detectors.<id>.offerMask', () => {
  it('offers masking by default for every check whose findings are values, and for no other', () => {
    const detectors = defaultPolicy().detectors;
    const offered = Object.keys(detectors).filter((id) => detectors[id as keyof typeof detectors].offerMask);
    expect(offered.sort()).toEqual(MASKABLE_DETECTORS.slice().sort());
  });

  it('lets an admin keep the BSN (no masking) while the rest keeps its default', () => {
    const result = validatePolicy({ detectors: { bsn: { offerMask: false } } });
    expect(result.errors).toEqual([]);
    expect(result.policy!.detectors.bsn.offerMask).toBe(false);
    expect(result.policy!.detectors.iban.offerMask).toBe(true);
  });

  it('rejects a value that is not true or false, with its path', () => {
    const result = validatePolicy({ detectors: { iban: { offerMask: 'yes' } } });
    expect(result.policy).toBeNull();
    expect(result.errors.map((e) => e.path)).toEqual(['detectors.iban.offerMask']);
  });
});
