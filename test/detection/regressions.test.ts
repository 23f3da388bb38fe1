import { detectText } from '../../src/detection';

/** Cases found after the detectors landed: each row once failed. */
const rows: Array<[string, string, Array<[string, string]>]> = [
  [
    'a label on the next line names the next value, not this one',
    'Werknemer: Jan de Vries\nBSN: 123456782\nIBAN: NL91ABNA0417164300\n',
    [
      ['bsn', 'high'],
      ['iban', 'high'],
    ],
  ],
  ['an order number label on the same line still wins', 'BSN-aanvraag, ordernummer 123456782', []],
];

describe('detection regressions', () => {
  it.each(rows)('%s', (_why, text, expected) => {
    expect(detectText(text, { detectors: ['bsn', 'iban'] }).map((m) => [m.detector, m.confidence])).toEqual(expected);
  });
});
