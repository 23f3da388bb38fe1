/** Line numbers for the validation errors in the studio's JSON view. */
import { lineOf, linesByPath } from '../../src/studio/json-lines';
import { parsePolicy } from '../../src/policy/validate';

const TEXT = `{
  "name": "HR",
  "detectors": {
    "bsn": {
      "action": "stop"
    }
  },
  "recipients": {
    "trustedDomains": [
      "salaris.example",
      "not a domain"
    ]
  },
  "limits": { "timeBudgetMs": 5 }
}
`;

describe('lines by path', () => {
  const lines = linesByPath(TEXT);

  test('every key and list item has the line it starts on', () => {
    expect(lines.get('name')).toBe(2);
    expect(lines.get('detectors.bsn')).toBe(4);
    expect(lines.get('detectors.bsn.action')).toBe(5);
    expect(lines.get('recipients.trustedDomains[0]')).toBe(10);
    expect(lines.get('recipients.trustedDomains[1]')).toBe(11);
    expect(lines.get('limits.timeBudgetMs')).toBe(14);
  });

  test("the validator's errors all get a line", () => {
    const { errors } = parsePolicy(TEXT);
    expect(errors.map((e) => e.path).sort()).toEqual(['detectors.bsn.action', 'limits.timeBudgetMs', 'recipients.trustedDomains[1]']);
    expect(errors.map((e) => lineOf(lines, e.path)).sort()).toEqual([11, 14, 5]);
  });

  test('a path the text lacks falls back to its nearest parent', () => {
    expect(lineOf(lines, 'detectors.bsn.minConfidence')).toBe(4);
    expect(lineOf(lines, 'secureSend.mechanism')).toBeUndefined();
  });

  test('escaped quotes in keys and strings do not throw it off', () => {
    const map = linesByPath('{\n "a\\"b": "x\\"y",\n "c": [1, {"d": true}]\n}');
    expect(map.get('a"b')).toBe(2);
    expect(map.get('c[1].d')).toBe(3);
  });

  test('text that is not JSON gives no lines', () => {
    expect(linesByPath('{ "name": ').size).toBe(0);
  });
});
