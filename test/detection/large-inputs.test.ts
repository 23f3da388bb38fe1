/**
 * Big and hostile inputs must stay linear. No timing assertions: jest's timeout is the guard, and
 * `npm run bench` prints the times. Each case also checks the result, so it cannot pass by accident.
 */
import { detectText } from '../../src/detection';
import { mixedDutchText } from '../../bench/mixed-dutch-text';

const MB = 1024 * 1024;

describe('large and hostile inputs', () => {
  it('scans a 10 MB mixed body and finds the planted values', () => {
    const body = mixedDutchText(10 * MB, 7);
    const found = detectText(body);
    const detectors = new Set(found.filter((m) => m.confidence !== 'low').map((m) => m.detector));
    for (const id of ['bsn', 'iban', 'payment-card', 'credential', 'payslip', 'health', 'personal-list'] as const) expect(detectors.has(id)).toBe(true);
    // Every planted list is found, not only the first ones (about one plant in seven is a list).
    const lists = found.filter((m) => m.detector === 'personal-list').length;
    const planted = (body.match(/^Naam\tE-mail\tTelefoon$/gm) || []).length;
    expect(planted).toBeGreaterThan(10);
    expect(lists).toBe(planted);
    for (const m of found) expect(m.evidence).not.toMatch(/111222333|0417164300|4111 1111 1111 1111|Zomer2024/);
  });

  it('a 100,000-digit run is no number of ours', () => {
    expect(detectText('BSN ' + '7'.repeat(100000))).toEqual([]);
  });

  it.each([
    ['"1 1 1 …"', '1 '.repeat(500000)],
    ['"1.1.1…"', '1.'.repeat(500000)],
    ['"1-1-1…"', '1-'.repeat(500000)],
    ['dots', '.'.repeat(1000000)],
    ['spaces', ' '.repeat(1000000)],
    ['tabs', '\t'.repeat(1000000)],
    ['newlines', '\n'.repeat(1000000)],
    ['letters', 'a'.repeat(1000000)],
    ['"wachtwoord: " repeated', 'wachtwoord: '.repeat(90000)],
    ['"@" repeated', '@'.repeat(1000000)],
  ])('separator or label runs stay quiet: %s', (_name, input) => {
    expect(detectText(input).filter((m) => m.confidence !== 'low')).toEqual([]);
  });

  it('a BSN after a million spaces is still found', () => {
    const found = detectText(' '.repeat(1000000) + 'BSN 111222333');
    expect(found.map((m) => [m.detector, m.confidence])).toEqual([['bsn', 'high']]);
  });

  it('a 100,000-row sheet under a BSN header: capped, not read to the end', () => {
    const sheet = 'Naam\tBSN\n' + 'Jan Jansen\t111222333\n'.repeat(100000);
    const found = detectText(sheet, { detectors: ['bsn', 'personal-list'] });
    const bsn = found.filter((m) => m.detector === 'bsn');
    expect(bsn).toHaveLength(1000);
    expect(bsn.every((m) => m.confidence === 'high')).toBe(true);
    expect(found.filter((m) => m.detector === 'personal-list')).toHaveLength(1);
  });

  it('a one-line megabyte of addresses and phone numbers', () => {
    const line = 'a@b.nl 06-12345678 '.repeat(55000);
    expect(detectText(line).filter((m) => m.detector === 'personal-list')).toEqual([]);
  });
});
